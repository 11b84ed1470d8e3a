#!/usr/bin/python3
"""One self-contained HTML report of a jezsim run folder or sweep folder, readable offline.

    jezsim report DIR [-o FILE.html] [--no-plot]

Draws the figures (jezsim plot; --no-plot uses those already in DIR/figures), then writes
DIR/report.html (or FILE.html), in the order a reader wants: the headline table (plain names,
units, rates in percent; every summary.csv row in a collapsed list below it), the figures
(embedded as base64 PNG), then the assumptions: the key settings, and the resolved scenario and
the run record (manifest.json) collapsed. A sweep's report shows the outputs' distribution, the
design (method, samples, each parameter's range) and the base scenario. Nothing links outside
the file. Exit codes: 0 written; 2 bad input (one sentence on stderr naming the file); 1
anything else.
"""

import base64
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import guarded, one_sentence_parser  # noqa: E402
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
    "impact_by_region.png": "The zone's gains on the mainland against the counterfactual: gross "
    "regional product and jobs caused by the zone's purchases, the projects' equipment and the "
    "package tours' visitors in each mainland region, and by side, next to the zone's own.",
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
pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:.8em;font-size:.85em;
white-space:pre-wrap;overflow-wrap:anywhere;max-height:40em;overflow-y:auto}
td{overflow-wrap:anywhere} table.kv td:first-child{white-space:nowrap}
code{font-size:.85em;color:#666} details{margin:.6em 0} summary{cursor:pointer;color:#235}
figure{margin:1.5em 0} figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#444;font-size:.92em;margin-top:.3em} nav a{margin-right:1em}
"""


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


def table_html(header, rows, numeric=(), css=""):
    out = [f"<table{' class=' + chr(34) + css + chr(34) if css else ''}><thead><tr>"] + [f"<th>{html.escape(h)}</th>" for h in header]
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


def headline_rows(summary):
    """(plain name with the metric's code name, value text, unit) rows: the headline metrics
    first (names.HEADLINE), and all of summary.csv's rows."""
    from jezplot.names import HEADLINE, formatted, plain_name

    rows = {}
    for metric, unit, value in summary[["metric", "unit", "value"]].itertuples(index=False):
        text, shown_unit = formatted(value, metric, unit)
        rows.setdefault(metric, (f"{html.escape(plain_name(metric))} "
                                 f"<code>{html.escape(metric)}</code>", text, shown_unit))
    first = [rows[m] for m in HEADLINE if m in rows]
    return first or list(rows.values())[:12], list(rows.values())


def html_rows_table(header, rows):
    """A table whose first cell is HTML already; the value right-aligned."""
    out = ["<table><thead><tr>"] + [f"<th>{html.escape(h)}</th>" for h in header]
    out.append("</tr></thead><tbody>")
    for name, value, unit in rows:
        out.append(f'<tr><td>{name}</td><td class="num">{html.escape(value)}</td>'
                   f"<td>{html.escape(str(unit))}</td></tr>")
    return "".join(out) + "</tbody></table>"


def run_sections(folder):
    from jezplot.rundir import read_manifest, read_summary, check_folder

    check_folder(folder)
    summary = read_summary(folder / "summary.csv")
    if summary is None:
        raise RunFolderError(f"{folder / 'summary.csv'} is missing: the report's headline table "
                             f"comes from it.")
    if summary.empty:
        raise RunFolderError(f"{folder / 'summary.csv'} has a header but no results.")
    first, every = headline_rows(summary)
    headline = html_rows_table(["result", "value", "unit"], first)
    headline += (f"<details><summary>All {len(every)} results (summary.csv)</summary>"
                 f"{html_rows_table(['result', 'value', 'unit'], every)}</details>")
    return headline, read_manifest(folder / "manifest.json"), "run"


def key_settings(folder):
    """(setting, value) rows a reader needs before the scenario file: horizon, seed, money,
    discount rate, counterfactual."""
    from jezplot.rundir import read_scenario

    scenario = read_scenario(folder / "scenario.resolved.yaml") or {}
    time = scenario.get("time") or {}
    economy = scenario.get("economy") or {}
    rows = []
    if time:
        rows.append(("horizon", f"{time.get('start', '?')} to {time.get('end', '?')}, one step "
                     f"per {time.get('step', 'month')}"))
    if "seed" in scenario:
        rows.append(("seed", scenario["seed"]))
    if economy.get("currency"):
        rows.append(("money", f"{economy['currency']} (the input-output table's unit)"))
    rate = economy.get("discount_rate_per_year")
    if isinstance(rate, (int, float)):
        rows.append(("discount rate of every NPV", f"{rate * 100:.1f} % per year"))
    if "counterfactual" in scenario:
        cf = scenario.get("counterfactual")
        rows.append(("counterfactual", cf if cf else "the same scenario without the joint "
                     "projects"))
    return rows


def sweep_sections(sweep):
    import numpy as np
    from jezplot.names import formatted, plain_name

    rows = []
    units = sweep.units()
    for o in sweep.outputs:
        v = sweep.ok[o].dropna().to_numpy(dtype=float)
        q = np.percentile(v, [5, 50, 95]) if len(v) else [np.nan] * 3
        unit = units.get(o, "")
        cells = [formatted(x, o, unit)[0] for x in (v.mean() if len(v) else np.nan, q[1], q[0],
                                                     q[2])]
        rows.append((f"{plain_name(o)} ({o})", len(v), *cells, formatted(0, o, unit)[1]))
    headline = table_html(["output", "runs", "mean", "median", "5 %", "95 %", "unit"], rows,
                          numeric=(1, 2, 3, 4, 5))
    params = [(p, fmt(sweep.ok[p].min()), fmt(sweep.ok[p].max()), sweep.ok[p].nunique())
              for p in sweep.parameters]
    ranges = table_html(["parameter", "lowest", "highest", "distinct values"], params,
                        numeric=(1, 2, 3)) if params else ""
    return headline, ranges


def sweep_design(sweep):
    """(setting, value) rows of the design, and the sweep file and the base scenario as
    (title, path) for the collapsed listings."""
    spec = sweep.manifest.get("sweep") if isinstance(sweep.manifest.get("sweep"), dict) else {}
    base = sweep.manifest.get("base_scenario")
    base = base if isinstance(base, dict) else {}
    rows = [(k, spec[k]) for k in ("method", "samples", "replications", "seed", "points")
            if k in spec]
    rows.append(("runs", f"{len(sweep.ok)} successful" +
                 (f", {sweep.failed} failed" if sweep.failed else "")))
    if base.get("file"):
        rows.append(("base scenario", base["file"]))
    files = [("Sweep file", Path(spec["file"])) if spec.get("file") else None,
             ("Base scenario", Path(base["file"])) if base.get("file") else None]
    return rows, [f for f in files if f is not None]


def listing(title, path):
    """A collapsed, wrapped listing of a text file."""
    if path is None or not path.is_file():
        return f"<p>{html.escape(title)}: {html.escape(str(path))} is not readable here.</p>"
    text = path.read_text(encoding="utf-8", errors="replace")
    return (f"<details><summary>{html.escape(title)}: {html.escape(path.name)} "
            f"({len(text.splitlines())} lines)</summary><pre>{html.escape(text)}</pre>"
            f"</details>")


def figures_html(figures):
    parts = []
    for path in figures:
        data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
        caption = CAPTIONS.get(Path(path).name, "")
        parts.append(f"<figure id=\"{html.escape(Path(path).stem)}\"><img alt=\""
                     f"{html.escape(caption or Path(path).name)}\" src=\"data:image/png;base64,"
                     f"{data}\"><figcaption>{html.escape(Path(path).name)}: "
                     f"{html.escape(caption)}</figcaption></figure>")
    return parts


def build(folder, out, plot):
    from jezplot.draw import save_text

    folder = Path(folder)
    if folder.is_dir() and not any((folder / n).exists() for n in
                                   ("timeseries.csv", "results.csv", "summary.csv")):
        raise RunFolderError(f"{folder} is neither a jezsim run folder (no timeseries.csv) nor "
                             f"a sweep folder (no results.csv).")
    is_sweep = folder.is_dir() and (folder / "results.csv").exists() and not (
        folder / "timeseries.csv").exists()
    if is_sweep:
        from jezplot.sweepdir import Sweep
        import plot_sweep

        sweep = Sweep(folder)
        figures = plot_sweep.plot_sweep(folder) if plot else sorted(
            (folder / "figures").glob("sweep_*.png"))
        headline, ranges = sweep_sections(sweep)
        manifest, kind, title = sweep.manifest, "sweep", sweep.label()
        settings, files = sweep_design(sweep)
        assumptions = [f"<h3>Design</h3>{table_html(['setting', 'value'], settings, css='kv')}"]
        if ranges:
            assumptions.append(f"<h3>Parameters varied</h3>{ranges}")
        assumptions += [listing(t, p) for t, p in files]
    else:
        import plot_run

        headline, manifest, kind = run_sections(folder)
        figures = plot_run.plot_run(folder) if plot else sorted((folder / "figures").glob("*.png"))
        title = plot_run._RUN.label() if plot else folder.resolve().name
        assumptions = [table_html(["setting", "value"], key_settings(folder), css="kv"),
                       listing("Scenario as run", folder / "scenario.resolved.yaml")]
    if not figures:
        raise RunFolderError(f"{folder / 'figures'} has no figures: run without --no-plot.")
    if manifest:
        assumptions.append("<details><summary>Run record (manifest.json)</summary>" + table_html(
            ["key", "value"], manifest_rows(manifest), css="kv") + "</details>")
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>jezsim {kind} report: {html.escape(title)}</title>"
             f"<style>{CSS}</style></head><body>",
             f"<h1>jezsim {kind} report</h1><p class=\"sub\">{html.escape(title)} — "
             f"{html.escape(str(folder))}</p>",
             "<nav><a href=\"#headline\">Headline</a><a href=\"#figures\">Figures</a>"
             "<a href=\"#assumptions\">Assumptions</a></nav>",
             f"<h2 id=\"headline\">Headline results</h2>{headline}",
             "<h2 id=\"figures\">Figures</h2>", *figures_html(figures),
             "<h2 id=\"assumptions\">Assumptions</h2>", *assumptions,
             "</body></html>\n"]
    out = Path(out) if out else folder / "report.html"
    save_text(out, "\n".join(parts))
    return out, figures


def main(argv=None, prog="report.py"):
    parser = one_sentence_parser(prog, "DIR [-o FILE.html] [--no-plot]",
                                 "A self-contained HTML report of a jezsim run or sweep.")
    parser.add_argument("dir", help="a run folder (jezsim run) or a sweep folder (jezsim sweep)")
    parser.add_argument("-o", "--output", help="the HTML file (default: DIR/report.html)")
    parser.add_argument("--no-plot", action="store_true",
                        help="use the figures already in DIR/figures")
    args = parser.parse_args(argv)
    ok, result = guarded(prog, f"write the report of {args.dir}",
                         lambda: build(args.dir, args.output, not args.no_plot))
    if not ok:
        return result
    out, figures = result
    print(f"Report written to {out} ({len(figures)} figures, {out.stat().st_size / 1e6:.1f} MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
