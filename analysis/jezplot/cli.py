"""The front end shared by the figure scripts: one-sentence errors with exit 2 on bad input,
figures drawn by forked workers, and the list of files written."""

import argparse
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from jezplot.rundir import RunFolderError


def draw_in_workers(draw_one, tasks, jobs=None):
    """Runs draw_one(*task) for every task, in `jobs` forked processes (default: the cores);
    the figures are independent, and the loaded data is inherited by the fork."""
    jobs = min(jobs or os.cpu_count() or 1, len(tasks))
    if jobs <= 1:
        return [draw_one(*t) for t in tasks]
    with ProcessPoolExecutor(max_workers=jobs,
                             mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(draw_one, *zip(*tasks)))


def guarded(prog, doing, action):
    """Runs action() and returns (True, its result), or prints one sentence on stderr and returns
    (False, the exit code): 2 for a folder that is not what it should be, 1 for anything else,
    never a traceback. `doing` completes "could not ..." for unexpected errors."""
    try:
        return True, action()
    except RunFolderError as e:
        sys.stderr.write(f"{prog}: {e}\n")
        return False, 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{prog}: interrupted.\n")
        return False, 1
    except Exception as e:  # one sentence, and the type for a bug report
        detail = " ".join(str(e).split()) or "no detail"
        sys.stderr.write(f"{prog}: could not {doing} ({type(e).__name__}: {detail}).\n")
        return False, 1


def one_sentence_parser(prog, usage, description):
    """An argparse parser whose errors are one sentence naming the usage, and exit 2, like
    jezsim's bad command lines; `prog` is how the user called the script ('jezsim plot')."""
    class Parser(argparse.ArgumentParser):
        def error(self, message):
            sys.stderr.write(f"{prog}: {message} (usage: {prog} {usage}).\n")
            sys.exit(2)

    return Parser(prog=prog, description=description)


def figures_main(prog, description, folder_arg, folder_help, plot, argv=None):
    """Parses FOLDER, calls plot(Path(FOLDER)) and reports: exit 2 with one sentence for a folder
    that is not what it should be, 1 for anything else, never a traceback."""
    parser = one_sentence_parser(prog, folder_arg.upper(), description)
    parser.add_argument(folder_arg, help=folder_help)
    folder = getattr(parser.parse_args(argv), folder_arg)
    t0 = time.perf_counter()
    ok, written = guarded(prog, f"draw the figures of {folder}", lambda: plot(Path(folder)))
    if not ok:
        return written
    print(f"Figures written to {written[0].parent} in {time.perf_counter() - t0:.1f} s:")
    for p in written:
        print(f"  {p}")
    return 0
