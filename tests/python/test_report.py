"""analysis/report.py on a real short run, extended with SYNTHETIC rows only for the variables
jezsim does not write yet (synthetic_rows.py says which and why), so that every figure is in it."""

import base64
import html
import json
import re
import shutil
import subprocess

import matplotlib.image as mpimg
import pandas as pd
import pytest

from checks import PNG_SIGNATURE, assert_one_sentence_exit_2, script
from synthetic_rows import extend_run


@pytest.fixture(scope="module")
def reported(short_run, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report") / "run"
    shutil.copytree(short_run, folder, ignore=shutil.ignore_patterns("figures"))
    extend_run(folder)
    done = script("report.py", folder)
    return folder, done


def test_report_embeds_every_figure(reported):
    folder, done = reported
    assert done.returncode == 0, done.stderr
    text = (folder / "report.html").read_text()
    figures = sorted((folder / "figures").glob("*.png"))
    assert len(figures) == 10  # impact_by_region.png: the default has mainland regions
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    assert len(images) == len(figures)
    embedded = [base64.b64decode(i) for i in images]
    assert all(b[:8] == PNG_SIGNATURE for b in embedded)
    # Each figure file, byte for byte, with its name in the caption.
    assert sorted(embedded) == sorted(p.read_bytes() for p in figures)
    for p in figures:
        assert f"<figcaption>{p.name}:" in text


def test_report_reads_headline_then_figures_then_assumptions(reported):
    folder, done = reported
    assert done.returncode == 0, done.stderr
    text = (folder / "report.html").read_text()
    headline, figures, assumptions = (text.index(f'<h2 id="{i}">')
                                      for i in ("headline", "figures", "assumptions"))
    assert headline < figures < assumptions
    assert headline < text.index("<figure") and figures < text.index("<figure") < assumptions
    # The headline table: plain names (with the code name), units, formatted numbers.
    summary = pd.read_csv(folder / "summary.csv").set_index("metric")
    grp = summary.loc["grp_final_year", "value"]
    assert ("<tr><td>Gross regional product, final year <code>grp_final_year</code></td>"
            f"<td class=\"num\">{grp:,.0f}</td><td>RUB mn/year</td></tr>") in text
    # A rate in percent per year; n/a when it is undefined (to 2022-12 Japan's equity flows
    # never turn positive, so it has no IRR).
    irr = summary.loc["irr_japan", "value"]
    cell = "n/a</td><td>1/year" if pd.isna(irr) else f"{irr * 100:.1f} %</td><td>per year"
    assert (f"Internal rate of return, Japan <code>irr_japan</code></td><td class=\"num\">"
            f"{cell}</td>") in text
    # Every summary.csv row is there, in the collapsed list of all results.
    every = text[text.index("<summary>All "):figures]
    for metric in summary.index:
        assert f"<code>{html.escape(metric)}</code>" in every, metric
    # Assumptions: the key settings, then the scenario and the manifest collapsed and wrapped.
    part = text[assumptions:]
    assert "<td>discount rate of every NPV</td><td>8.0 % per year</td>" in part
    assert "<details open" not in text
    assert "white-space:pre-wrap" in text
    assert html.escape((folder / "scenario.resolved.yaml").read_text()) in part
    manifest = json.loads((folder / "manifest.json").read_text())
    assert "<summary>Run record (manifest.json)</summary>" in part
    assert (f"<tr><td>scenario.sha256</td><td>{manifest['scenario']['sha256']}</td></tr>"
            in part)


def test_npv_panels_state_their_rate(short_run):
    from jezplot.finance_figures import at_rate
    from jezplot.run import Run

    assert at_rate(Run(short_run)) == " (at 8.0 % a year)"


def test_report_renders_in_chromium_with_a_figure_in_the_first_two_screens(reported, tmp_path):
    """Headless Chromium (Debian's chromium, installed by scripts/setup.sh) at 1,400 px: the page
    renders, and the first figure, outlined in magenta for the test, is within 2 x 900 px."""
    folder, _ = reported
    chromium = shutil.which("chromium")
    assert chromium, "no chromium: scripts/setup.sh installs Debian's chromium"
    page = tmp_path / "report.html"
    page.write_text((folder / "report.html").read_text().replace(
        "</head>", "<style>figure:first-of-type img{outline:10px solid #ff00ff}</style></head>",
        1))
    shot = tmp_path / "shot.png"
    done = subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                           "--hide-scrollbars", "--window-size=1400,1800",
                           f"--screenshot={shot}", page.as_uri()],
                          capture_output=True, text=True, timeout=180)
    assert shot.is_file(), done.stderr
    image = mpimg.imread(shot)[..., :3]
    assert image.shape[:2] == (1800, 1400)
    dark = (image.max(axis=2) < 0.3).mean()
    assert dark > 0.005, "the page looks blank"  # text and figures drawn
    magenta = (image[..., 0] > 0.9) & (image[..., 1] < 0.1) & (image[..., 2] > 0.9)
    rows = magenta.any(axis=1).nonzero()[0]
    assert len(rows), "the first figure is not within the first two screens (1,800 px)"
    assert rows[0] < 1800


def test_report_is_self_contained(reported):
    folder, _ = reported
    text = (folder / "report.html").read_text()
    # Nothing fetched from elsewhere: no external scripts, style sheets, images or fonts.
    assert not re.search(r'(src|href)="(https?:)?//', text)
    assert "<script" not in text and "@import" not in text and "url(" not in text


def test_not_a_run_or_sweep(tmp_path):
    assert_one_sentence_exit_2(script("report.py", tmp_path), str(tmp_path),
                               "neither a jezsim run folder")


def test_run_without_summary(short_run, tmp_path):
    folder = tmp_path / "run"
    shutil.copytree(short_run, folder, ignore=shutil.ignore_patterns("figures"))
    (folder / "summary.csv").unlink()
    assert_one_sentence_exit_2(script("report.py", folder), str(folder / "summary.csv"),
                               "missing")
    assert not (folder / "report.html").exists()
