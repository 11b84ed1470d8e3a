"""analysis/report.py on a real short run, extended with SYNTHETIC rows only for the variables
jezsim does not write yet (synthetic_rows.py says which and why), so that every figure is in it."""

import base64
import html
import json
import re
import shutil

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
    assert len(figures) == 9
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    assert len(images) == len(figures)
    embedded = [base64.b64decode(i) for i in images]
    assert all(b[:8] == PNG_SIGNATURE for b in embedded)
    # Each figure file, byte for byte, with its name in the caption.
    assert sorted(embedded) == sorted(p.read_bytes() for p in figures)
    for p in figures:
        assert f"<figcaption>{p.name}:" in text


def test_report_holds_the_headline_table_and_the_assumptions(reported):
    folder, done = reported
    text = (folder / "report.html").read_text()
    summary = pd.read_csv(folder / "summary.csv")
    for metric, unit in zip(summary["metric"], summary["unit"]):
        assert f"<tr><td>{metric}</td>" in text and f"<td>{html.escape(unit)}</td>" in text
    # grp_final_year's value, as the table writes it (thousands separated, whole units).
    grp = summary.set_index("metric").loc["grp_final_year", "value"]
    assert f"<td class=\"num\">{grp:,.0f}</td>" in text
    assert html.escape((folder / "scenario.resolved.yaml").read_text()) in text
    manifest = json.loads((folder / "manifest.json").read_text())
    assert (f"<tr><td>scenario.sha256</td><td>{manifest['scenario']['sha256']}</td></tr>"
            in text)
    assert "<td>files: timeseries.csv</td>" in text


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
