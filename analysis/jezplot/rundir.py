"""Reading a jezsim run folder (DESIGN.md section 4) into pandas, with one-sentence errors."""

import json
from pathlib import Path

import pandas as pd

TIMESERIES_COLUMNS = ["date", "region", "sector", "variable", "unit", "value"]
EVENTS_COLUMNS = ["time_s", "date", "kind", "subject", "detail"]
SUMMARY_COLUMNS = ["metric", "unit", "value"]
ZONE = "zone"
MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "year": 12}


class RunFolderError(Exception):
    """Bad input: the message is one sentence naming the file and what is wrong with it."""


def _read_table(path, columns, what):
    """A CSV with at least `columns`, every cell as text; RunFolderError when it is not one."""
    try:
        size = path.stat().st_size
        with open(path, "rb"):
            pass
    except OSError as e:
        raise RunFolderError(f"{path} cannot be read ({e.strerror or e}).")
    if size == 0:
        raise RunFolderError(
            f"{path} is empty: expected {what} with the header {','.join(columns)}.")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        raise RunFolderError(
            f"{path} has no header line: expected {what} with the header {','.join(columns)}.")
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        detail = " ".join(str(e).split())
        raise RunFolderError(f"{path} is not a readable CSV file ({detail}).")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        found = ",".join(str(c) for c in table.columns)
        raise RunFolderError(
            f"{path} lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}: "
            f"expected the header {','.join(columns)}, found {found}.")
    return table


def _numbers(table, column, path):
    """The column as floats; RunFolderError naming the first line that is not a number."""
    values = pd.to_numeric(table[column], errors="coerce")
    bad = values.isna() & (table[column].str.strip().str.lower() != "nan")
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise RunFolderError(
            f"{path} line {i + 2}: column {column} should be a number but is "
            f"'{table[column].iloc[i]}'.")
    return values.astype(float)


def _dates(table, column, fmt, path, example):
    dates = pd.to_datetime(table[column], format=fmt, errors="coerce")
    if dates.isna().any():
        i = int(dates.isna().to_numpy().nonzero()[0][0])
        raise RunFolderError(
            f"{path} line {i + 2}: column {column} should be a date like {example} but is "
            f"'{table[column].iloc[i]}'.")
    return dates


def read_timeseries(path):
    table = _read_table(path, TIMESERIES_COLUMNS, "jezsim's tidy time series")
    if table.empty:
        raise RunFolderError(f"{path} has a header but no data rows.")
    table["value"] = _numbers(table, "value", path)
    table["date"] = _dates(table, "date", "%Y-%m", path, "2017-09")
    # region_kind (zone, island, hub, route, side, project) came after the first format.
    return table[TIMESERIES_COLUMNS + [c for c in ("region_kind",) if c in table.columns]]


def read_events(path):
    """events.csv as a frame with a datetime column `when`; None when the file is absent."""
    if not path.exists():
        return None
    table = _read_table(path, EVENTS_COLUMNS, "jezsim's event log")
    table["when"] = _dates(table, "date", "%Y-%m-%d", path, "2018-01-20")
    return table


def read_summary(path):
    """summary.csv as a frame metric, unit, value (float); None when the file is absent."""
    if not path.exists():
        return None
    table = _read_table(path, SUMMARY_COLUMNS, "jezsim's headline results")
    table["value"] = _numbers(table, "value", path)
    return table[SUMMARY_COLUMNS]


def read_manifest(path):
    """manifest.json as a dict; {} when absent or unreadable (it only labels the figures)."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def read_scenario(path):
    """scenario.resolved.yaml as a dict when python3-yaml is installed and the file parses, else
    None: the figures then take what they need from events.csv and the series themselves."""
    try:
        import yaml
    except ImportError:
        return None
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        return data if isinstance(data, dict) else None
    except (OSError, yaml.YAMLError):
        return None


def require_folder(folder, kind, command):
    """Fails with one sentence unless `folder` is an existing folder; `kind` is "run" or "sweep",
    `command` the jezsim command that makes one, ending in "-o"."""
    folder = Path(folder)
    if not folder.exists():
        raise RunFolderError(f"{folder} does not exist: expected a {kind} folder made by "
                             f"'{command} {folder}'.")
    if not folder.is_dir():
        raise RunFolderError(f"{folder} is not a folder: expected a {kind} folder made by "
                             f"'{command} FOLDER'.")
    return folder


def check_folder(folder):
    folder = require_folder(folder, "run", "jezsim run SCENARIO -o")
    if not (folder / "timeseries.csv").is_file():
        others = [n for n in ("manifest.json", "summary.csv", "events.csv")
                  if (folder / n).exists()]
        if others:
            raise RunFolderError(f"{folder / 'timeseries.csv'} is missing from the run folder "
                                 f"(which has {', '.join(others)}).")
        raise RunFolderError(f"{folder} is not a jezsim run folder: it has no timeseries.csv "
                             f"(make one with 'jezsim run SCENARIO -o {folder}').")
    return folder
