#!/usr/bin/python3
"""One self-contained HTML report of a jezsim run folder or sweep folder, readable offline.

    python3 analysis/report.py DIR [-o FILE.html] [--no-plot]

Draws the figures (plot_run.py or plot_sweep.py; --no-plot uses those already in DIR/figures),
then writes DIR/report.html (or FILE.html): the headline table, the assumptions (from
scenario.resolved.yaml and manifest.json) and every figure, embedded as base64 PNG, with no
link to anything outside the file. Exit codes: 0 written; 2 bad input (one sentence on stderr
naming the file); 1 anything else.
"""

import argparse
import base64
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import guarded  # noqa: E402
from jezplot.rundir import RunFolderError  # noqa: E402

CAPTIONS = {
    "economy_output_by_sector.png": "The zone economy by sector: value added (gross regional "
    "product) and jobs per calendar year.",
    "fish_cargo.png": "Fish cargo by island: produced, delivered to market and the stock ashore, "
    "with the closures of each island's export route shaded.",
    "sailings.png": "Sailings by route: departures that sailed and those cancelled by closures.",
    "exports.png": "Fish export revenue delivered to market, per period and per calendar year.",
    "activities.png": "The five joint activities' physical output, summed over the islands.",
    "power_mix.png": "Power mix by island: geothermal, wind, diesel and unserved energy.",
    "visitors.png": "Visitors per month by the side they come from.",
    "project_finance.png": "Project cash flows and net present value by side.",
    "impact.png": "Impact against the counterfactual (this run minus the same scenario without "
    "the joint activities).",
    "sweep_histograms.png": "Distribution of each output over the sweep's successful runs.",
    "sweep_fans.png": "Fan charts of the kept series: median, 50 % and 90 % bands.",
    "sweep_tornado.png": "Tornado chart: the output at each parameter's low and high end.",
    "sweep_sensitivity.png": "Sensitivity indices with their confidence intervals.",
    "sweep_heatmap.png": "The outputs over the two-parameter grid (mean over replications).",
}
CSS = """
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:2em auto;
max-width:1200px;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:1px solid #ccc;padding-bottom:.2em;
margin-top:2em} .sub{color:#555;margin-top:0}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums} th{background:#f3f3f3}
pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:.8em;overflow:auto;font-size:.85em}
figure{margin:1.5em 0} figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#444;font-size:.92em;margin-top:.3em} nav a{margin-right:1em}
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write(f"report.py: {message} (usage: report.py DIR [-o FILE.html] "
                         f"[--no-plot]).\n")
        sys.exit(2)


def fmt(v):
    try:
        v = float(v)
    except (TypeError, ValueError):
        return html.escape(str(v))
    if v != v:
        return "n/a"
    if v.is_integer() and abs(v) < 1e15:
        return f"{v:,.0f}"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if abs(v) >= 10:
        return f"{v:,.1f}"
    return f"{v:.4g}"


def table_html(header, rows, numeric=()):
    out = ["<table><thead><tr>"] + [f"<th>{html.escape(h)}</th>" for h in header]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(
            f'<td class="num">{fmt(c)}</td>' if i in numeric else f"<td>{html.escape(str(c))}</td>"
            for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def manifest_rows(manifest, prefix=""):
    """Flattened key, value pairs of manifest.json (lists and maps written out)."""
    rows = []
    for key, value in manifest.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and key != "files":
            rows += manifest_rows(value, name + ".")
        elif isinstance(value, dict):
            rows.append((name, ", ".join(value)))
        elif isinstance(value, list) and value and all(
                isinstance(v, dict) and "name" in v for v in value):
            for v in value:  # the folder's files: one row each, with what it holds
                rest = {k: x for k, x in v.items() if k != "name"}
                text = rest.get("description") if len(rest) == 1 else json.dumps(rest)
                rows.append((f"{name}: {v['name']}", text or ""))
        elif isinstance(value, list):
            rows.append((name, " ".join(str(v) for v in value) if all(
                not isinstance(v, (dict, list)) for v in value) else json.dumps(value)))
        else:
            rows.append((name, value))
    return rows


def run_sections(folder):
    from jezplot.rundir import read_manifest, read_summary, check_folder

    check_folder(folder)
    summary = read_summary(folder / "summary.csv")
    if summary is None:
        raise RunFolderError(f"{folder / 'summary.csv'} is missing: the report's headline table "
                             f"comes from it.")
    if summary.empty:
        raise RunFolderError(f"{folder / 'summary.csv'} has a header but no results.")
    headline = table_html(["metric", "value", "unit"],
                          summary[["metric", "value", "unit"]].itertuples(index=False),
                          numeric=(1,))
    return headline, read_manifest(folder / "manifest.json"), "run"


def sweep_sections(sweep):
    import numpy as np

    rows = []
    units = sweep.units()
    for o in sweep.outputs:
        v = sweep.ok[o].dropna().to_numpy(dtype=float)
        q = np.percentile(v, [5, 50, 95]) if len(v) else [np.nan] * 3
        rows.append((o, len(v), v.mean() if len(v) else np.nan, q[1], q[0], q[2],
                     units.get(o, "")))
    headline = table_html(["output", "runs", "mean", "median", "5 %", "95 %", "unit"], rows,
                          numeric=(1, 2, 3, 4, 5))
    params = [(p, fmt(sweep.ok[p].min()), fmt(sweep.ok[p].max()), sweep.ok[p].nunique())
              for p in sweep.parameters]
    ranges = table_html(["parameter", "lowest", "highest", "distinct values"], params,
                        numeric=(1, 2, 3)) if params else ""
    return headline, ranges


def build(folder, out, plot):
    from jezplot.draw import save_text

    folder = Path(folder)
    if folder.is_dir() and not any((folder / n).exists() for n in
                                   ("timeseries.csv", "results.csv", "summary.csv")):
        raise RunFolderError(f"{folder} is neither a jezsim run folder (no timeseries.csv) nor "
                             f"a sweep folder (no results.csv).")
    is_sweep = folder.is_dir() and (folder / "results.csv").exists() and not (
        folder / "timeseries.csv").exists()
    ranges = ""
    if is_sweep:
        from jezplot.sweepdir import Sweep
        import plot_sweep

        sweep = Sweep(folder)
        figures = plot_sweep.plot_sweep(folder) if plot else sorted(
            (folder / "figures").glob("sweep_*.png"))
        headline, ranges = sweep_sections(sweep)
        manifest, kind, title = sweep.manifest, "sweep", sweep.label()
        resolved = next(iter(sorted(folder.glob("**/scenario.resolved.yaml"))), None)
    else:
        import plot_run

        headline, manifest, kind = run_sections(folder)
        figures = plot_run.plot_run(folder) if plot else sorted((folder / "figures").glob("*.png"))
        title = plot_run._RUN.label() if plot else folder.resolve().name
        resolved = folder / "scenario.resolved.yaml"
    if not figures:
        raise RunFolderError(f"{folder / 'figures'} has no figures: run without --no-plot.")
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<title>jezsim {kind} report: {html.escape(title)}</title>"
             f"<style>{CSS}</style></head><body>",
             f"<h1>jezsim {kind} report</h1><p class=\"sub\">{html.escape(title)} — "
             f"{html.escape(str(folder))}</p>",
             "<nav><a href=\"#headline\">Headline</a><a href=\"#assumptions\">Assumptions</a>"
             "<a href=\"#figures\">Figures</a></nav>",
             f"<h2 id=\"headline\">Headline results</h2>{headline}",
             "<h2 id=\"assumptions\">Assumptions</h2>"]
    if ranges:
        parts.append(f"<h3>Parameters varied</h3>{ranges}")
    if manifest:
        parts.append("<h3>Run record (manifest.json)</h3>" + table_html(
            ["key", "value"], manifest_rows(manifest)))
    if resolved is not None and resolved.is_file():
        text = resolved.read_text(encoding="utf-8", errors="replace")
        parts.append(f"<h3>Scenario as run ({html.escape(resolved.name)})</h3>"
                     f"<details open><summary>{len(text.splitlines())} lines</summary>"
                     f"<pre>{html.escape(text)}</pre></details>")
    else:
        parts.append("<p>No scenario.resolved.yaml in the folder.</p>")
    parts.append("<h2 id=\"figures\">Figures</h2>")
    for path in figures:
        data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
        caption = CAPTIONS.get(Path(path).name, "")
        parts.append(f"<figure id=\"{html.escape(Path(path).stem)}\"><img alt=\""
                     f"{html.escape(caption or Path(path).name)}\" src=\"data:image/png;base64,"
                     f"{data}\"><figcaption>{html.escape(Path(path).name)}: "
                     f"{html.escape(caption)}</figcaption></figure>")
    parts.append("</body></html>\n")
    out = Path(out) if out else folder / "report.html"
    save_text(out, "\n".join(parts))
    return out, figures


def main(argv=None):
    parser = _Parser(description="A self-contained HTML report of a jezsim run or sweep.")
    parser.add_argument("dir", help="a run folder (jezsim run) or a sweep folder (jezsim sweep)")
    parser.add_argument("-o", "--output", help="the HTML file (default: DIR/report.html)")
    parser.add_argument("--no-plot", action="store_true",
                        help="use the figures already in DIR/figures")
    args = parser.parse_args(argv)
    ok, result = guarded("report.py", f"write the report of {args.dir}",
                         lambda: build(args.dir, args.output, not args.no_plot))
    if not ok:
        return result
    out, figures = result
    print(f"Report written to {out} ({len(figures)} figures, {out.stat().st_size / 1e6:.1f} MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
