"""The entry points behind `jezsim plot`, `jezsim report` and `jezsim compare` (the installed
jezsim-plot, jezsim-report and jezsim-compare): a missing Python package is one sentence with the
apt-get line that installs it and exit 2; then the script's own main."""

import os
import sys
from pathlib import Path

# Module -> the Debian package that has it.
DEBIAN_PACKAGES = {"pandas": "python3-pandas", "matplotlib": "python3-matplotlib",
                   "numpy": "python3-numpy", "yaml": "python3-yaml", "scipy": "python3-scipy"}
NEEDED = ("numpy", "pandas", "matplotlib")


def missing_package(prog, modules=NEEDED):
    """None when every module imports, else the exit code 2 after one sentence on stderr."""
    for module in modules:
        try:
            __import__(module)
        except ImportError:
            package = DEBIAN_PACKAGES.get(module, f"python3-{module}")
            sys.stderr.write(
                f"{prog}: the Python package {module} is missing for {sys.executable}: install "
                f"it with 'sudo apt-get install {package}'.\n")
            return 2
    return None


def is_sweep(folder):
    folder = Path(folder)
    return (folder / "results.csv").is_file() and not (folder / "timeseries.csv").is_file()


def main(tool, argv):
    prog = f"jezsim {tool}"
    code = missing_package(prog)
    if code is not None:
        return code
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if tool == "plot":
        folder = next((a for a in argv if not a.startswith("-")), None)
        if folder is not None and is_sweep(folder):
            import plot_sweep
            return plot_sweep.main(argv, prog=prog)
        import plot_run
        return plot_run.main(argv, prog=prog)
    if tool == "report":
        import report
        return report.main(argv, prog=prog)
    if tool == "compare":
        import compare
        return compare.main(argv, prog=prog)
    sys.stderr.write(f"jezsim: no helper named {tool}.\n")
    return 2
