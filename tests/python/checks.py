"""Assertions shared by the Python tests: valid PNG figures, one-sentence exit-2 errors."""

import subprocess
import sys
from pathlib import Path

import matplotlib.image as mpimg

REPO = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def script(name, *args, timeout=300):
    """Runs analysis/<name> with Debian's python (the one running the tests)."""
    return subprocess.run([sys.executable, str(REPO / "analysis" / name), *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def assert_png(path):
    assert path.is_file(), f"{path.name} was not written"
    assert path.read_bytes()[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    image = mpimg.imread(path)
    assert image.ndim == 3 and image.shape[2] in (3, 4)
    assert image.shape[1] > 800 and image.shape[0] > 400, f"{path.name} is {image.shape}"
    # Not a blank canvas: a drawn figure has many distinct colours.
    assert image[..., :3].std() > 0.05, f"{path.name} looks blank"


def assert_one_sentence_exit_2(done, *words):
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    message = done.stderr.strip()
    assert message.count("\n") == 0, f"more than one line: {message!r}"
    assert message.endswith(".")
    for w in words:
        assert w in message, f"{w!r} not in {message!r}"
    assert not done.stdout
