"""The front door: `jezsim plot|report|compare` run the jezsim-* helpers generated beside the
jezsim binary (build tree) and pass their arguments on; a missing helper or a missing Python
package is one sentence and exit 2."""

import os
import shutil
import subprocess
import sys

import pandas as pd

from checks import assert_one_sentence_exit_2, assert_png


def jez(jezsim, *args, env=None, timeout=600):
    return subprocess.run([str(jezsim), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_helpers_sit_beside_jezsim_with_a_python_that_has_pandas(jezsim):
    for tool in ("plot", "report", "compare"):
        helper = jezsim.parent / f"jezsim-{tool}"
        assert helper.is_file() and os.access(helper, os.X_OK), helper
        interpreter = helper.read_text().splitlines()[0]
        assert interpreter.startswith("#!/"), interpreter
        done = subprocess.run([interpreter[2:].strip(), "-c", "import pandas, matplotlib"],
                              capture_output=True, text=True)
        assert done.returncode == 0, (interpreter, done.stderr)


def test_plot_of_a_run(jezsim, short_run, tmp_path):
    folder = tmp_path / "run"
    shutil.copytree(short_run, folder, ignore=shutil.ignore_patterns("figures"))
    # From another directory, with a PATH whose first python3 may lack pandas.
    done = subprocess.run([str(jezsim), "plot", str(folder)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Figures written to" in done.stdout
    assert_png(folder / "figures" / "economy_output_by_sector.png")


def test_report_and_its_flags_are_passed_on(jezsim, short_run, tmp_path):
    folder = tmp_path / "run"
    shutil.copytree(short_run, folder, ignore=shutil.ignore_patterns("figures"))
    out = tmp_path / "r.html"
    done = jez(jezsim, "report", folder, "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.is_file() and out.read_text().startswith("<!DOCTYPE html>")
    helped = jez(jezsim, "report", "--help")
    assert helped.returncode == 0 and "--no-plot" in helped.stdout, helped


def test_compare_writes_the_csv(jezsim, short_run, fewer_sailings_run, tmp_path):
    done = jez(jezsim, "compare", short_run, fewer_sailings_run, "-o", tmp_path / "c.csv",
               "--figures", tmp_path / "f")
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(tmp_path / "c.csv")
    assert list(table.columns[:3]) == ["metric", "unit", "run"]


def test_bad_folder_is_the_helpers_one_sentence(jezsim, tmp_path):
    assert_one_sentence_exit_2(jez(jezsim, "plot", tmp_path / "nowhere"), "jezsim plot",
                               "does not exist")


def test_helper_not_found(jezsim, tmp_path):
    alone = tmp_path / "bin" / "jezsim"
    alone.parent.mkdir()
    shutil.copy2(jezsim, alone)
    env = dict(os.environ, PATH="/usr/bin:/bin")
    done = jez(alone, "plot", tmp_path, env=env)
    assert done.returncode == 2, done
    assert "jezsim-plot was found neither in" in done.stderr and "make install" in done.stderr


def test_missing_python_package_gives_the_apt_get_line(jezsim, short_run):
    # -S leaves out site-packages, where Debian's pandas lives: as a python3 without it.
    done = subprocess.run([sys.executable, "-S", str(jezsim.parent / "jezsim-plot"),
                           str(short_run)], capture_output=True, text=True, timeout=120)
    assert_one_sentence_exit_2(done, "is missing", "sudo apt-get install python3-")


def test_installed_tree_runs_from_anywhere(jezsim, short_run, tmp_path):
    """`cmake --install` (what `make install PREFIX=...` runs) into a scratch prefix: the installed
    jezsim finds the installed helpers, and they the installed analysis package."""
    build = jezsim.parents[2]
    prefix = tmp_path / "prefix"
    done = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for path in ("bin/jezsim", "bin/jezsim-plot", "bin/jezsim-report", "bin/jezsim-compare",
                 "share/jezsim/analysis/jezplot/entry.py", "share/jezsim/analysis/report.py",
                 "share/jezsim/scenarios/southern-kurils-2017.yaml",
                 "share/jezsim/scenarios/sweeps/monte-carlo-weather-prices.yaml",
                 "share/doc/jezsim/README.md", "share/doc/jezsim/docs/scenario-format.md"):
        assert (prefix / path).is_file(), path
    installed = prefix / "bin" / "jezsim"
    env = dict(os.environ, PATH=f"{prefix / 'bin'}:/usr/bin:/bin")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    helped = subprocess.run(["jezsim", "report", "--help"], capture_output=True, text=True,
                            cwd=elsewhere, env=env, timeout=120)
    assert helped.returncode == 0 and "--no-plot" in helped.stdout, helped.stderr
    missing = subprocess.run([str(installed), "plot", "nowhere"], capture_output=True,
                             text=True, cwd=elsewhere, env=env, timeout=120)
    assert_one_sentence_exit_2(missing, "nowhere does not exist")
    compared = subprocess.run(["jezsim", "compare", str(short_run), str(short_run)],
                              capture_output=True, text=True, cwd=elsewhere, env=env,
                              timeout=120)
    assert_one_sentence_exit_2(compared, "given twice")
