"""Reading a jezsim sweep folder (issue 5) into pandas, with one-sentence errors.

The folder holds `results.csv` (tidy, one row per run: point id, replication, seed, every
parameter, every output, status, wall time), `points.csv`, `sensitivity.csv`, `manifest.json`,
and per-run folders with `timeseries.csv` when the sweep ran with `--keep timeseries`.

Which columns are parameters and which outputs: manifest.json's `parameters` and `outputs` when it
lists them, else points.csv's columns (parameters) and the numeric columns left (outputs), else
the scenario-path syntax (a parameter is a dotted key path such as `sectors.wind.capacity_factor`).
"""

import json

import numpy as np
import pandas as pd

from .rundir import RunFolderError, require_folder

ID_COLUMNS = ("point_id", "point", "id")
BOOKKEEPING = {"replication", "rep", "seed", "status", "error", "message", "run", "folder",
               "exit_code", "wall_s", "wall_time_s", "wall_time", "shard", "sample", "block"}
# sensitivity.csv's index names (jezsim sweep writes first_order, total_order, src, r_squared).
INDEX_NAMES = {"first_order": "S1", "s1": "S1", "first": "S1", "total_order": "ST",
               "st": "ST", "total": "ST", "src": "SRC", "r_squared": "R2"}
OK_STATUS = {"ok", "done", "success", "succeeded", "0"}


def _read_csv(path, what):
    if not path.is_file():
        raise RunFolderError(f"{path} is missing: expected {what}.")
    if path.stat().st_size == 0:
        raise RunFolderError(f"{path} is empty: expected {what}.")
    try:
        return pd.read_csv(path, keep_default_na=True)
    except pd.errors.EmptyDataError:
        raise RunFolderError(f"{path} has no header line: expected {what}.")
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise RunFolderError(f"{path} is not a readable CSV file ({' '.join(str(e).split())}).")


def _names(value):
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, list):
        return [str(v if not isinstance(v, dict) else v.get("path", v.get("name", ""))) for v in
                value]
    return []


class Sweep:
    def __init__(self, folder):
        folder = require_folder(folder, "sweep", "jezsim sweep SWEEP.yaml -o")
        if not (folder / "results.csv").exists():
            raise RunFolderError(f"{folder} is not a jezsim sweep folder: it has no results.csv "
                                 f"(make one with 'jezsim sweep SWEEP.yaml -o {folder}').")
        self.folder = folder
        self._units = None
        self.manifest = self._manifest()
        path = folder / "results.csv"
        self.results = _read_csv(path, "the sweep's results, one row per run")
        cols = list(self.results.columns)
        self.id_column = next((c for c in ID_COLUMNS if c in cols), None)
        missing = [c for c in (self.id_column or "point_id", "status") if c not in cols]
        if missing:
            raise RunFolderError(f"{path} lacks the column{'s' if len(missing) > 1 else ''} "
                                 f"{', '.join(missing)}: found {','.join(cols)}.")
        if self.results.empty:
            raise RunFolderError(f"{path} has a header but no runs.")
        status = self.results["status"].astype(str).str.strip().str.lower()
        self.ok = self.results[status.isin(OK_STATUS)]
        self.failed = len(self.results) - len(self.ok)
        if self.ok.empty:
            raise RunFolderError(f"{path} has no successful run ({len(self.results)} runs, "
                                 f"statuses: {', '.join(sorted(set(status)))}).")
        self.parameters, self.outputs = self._split_columns(cols)
        if not self.outputs:
            raise RunFolderError(f"{path} has no output column: expected the summary metrics "
                                 f"the sweep collects, found {','.join(cols)}.")
        self.method = str(self.manifest.get("method") or self._spec().get("method") or "")
        self.sensitivity, self.r_squared = self._split_r_squared(self._sensitivity())

    def _manifest(self):
        try:
            with open(self.folder / "manifest.json", encoding="utf-8") as f:
                data = json.load(f)
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _spec(self):
        spec = self.manifest.get("sweep")
        return spec if isinstance(spec, dict) else {}

    def _split_columns(self, cols):
        spec = self._spec()
        params = _names(self.manifest.get("parameters") or spec.get("parameters"))
        outputs = _names(self.manifest.get("outputs") or spec.get("outputs"))
        if not params and (self.folder / "points.csv").is_file():
            points = _read_csv(self.folder / "points.csv", "the sweep's points")
            params = [c for c in points.columns if c not in ID_COLUMNS and c not in BOOKKEEPING]
        if not params:
            params = [c for c in cols if "." in c]
        params = [p for p in params if p in cols]
        numeric = [c for c in cols if c not in params and c not in BOOKKEEPING
                   and c not in ID_COLUMNS and pd.api.types.is_numeric_dtype(self.results[c])]
        outputs = [o for o in outputs if o in cols] or numeric
        return params, outputs

    @staticmethod
    def _split_r_squared(table):
        """The indices per parameter, and {output: R^2} of the regression (a row without a
        parameter); index names made S1, ST, SRC."""
        if table is None:
            return None, {}
        table = table.assign(index=table["index"].map(
            lambda k: INDEX_NAMES.get(str(k).strip().lower(), str(k))))
        r2 = table[table["index"] == "R2"]
        table = table[(table["index"] != "R2") & table["parameter"].notna()
                      & (table["parameter"].astype(str).str.strip() != "")]
        return (table if len(table) else None), dict(zip(r2["output"], r2["value"]))

    def _sensitivity(self):
        """sensitivity.csv, long: output, parameter, index (S1, ST, SRC...), value, low, high;
        None when absent. Wide files (S1, S1_conf, ST, ST_conf) are turned long."""
        path = self.folder / "sensitivity.csv"
        if not path.is_file():
            return None
        t = _read_csv(path, "the sweep's sensitivity indices")
        out_col = next((c for c in ("output", "metric") if c in t.columns), None)
        par_col = next((c for c in ("parameter", "param", "path") if c in t.columns), None)
        if out_col is None or par_col is None:
            raise RunFolderError(f"{path} lacks the columns output and parameter: found "
                                 f"{','.join(t.columns)}.")
        kind_col = next((c for c in ("index", "kind", "measure", "indicator", "method")
                         if c in t.columns), None)
        value_col = next((c for c in ("value", "estimate") if c in t.columns), None)
        if kind_col and value_col:
            long = t.rename(columns={out_col: "output", par_col: "parameter", kind_col: "index",
                                     value_col: "value"})
            low = next((c for c in ("ci_low", "low", "lower", "conf_low") if c in t.columns),
                       None)
            high = next((c for c in ("ci_high", "high", "upper", "conf_high") if c in t.columns),
                        None)
            conf = next((c for c in ("conf", "ci", "ci_half_width") if c in t.columns), None)
            long["low"] = long[low] if low else (long["value"] - long[conf] if conf else np.nan)
            long["high"] = long[high] if high else (long["value"] + long[conf] if conf
                                                    else np.nan)
            return long[["output", "parameter", "index", "value", "low", "high"]]
        parts = []
        for index in ("S1", "ST", "S2", "SRC", "src", "first", "total"):
            if index not in t.columns:
                continue
            part = pd.DataFrame({"output": t[out_col], "parameter": t[par_col],
                                 "index": index, "value": t[index]})
            conf = next((c for c in (f"{index}_conf", f"{index}_ci") if c in t.columns), None)
            low, high = f"{index}_low", f"{index}_high"
            if low in t.columns and high in t.columns:
                part["low"], part["high"] = t[low], t[high]
            elif conf:
                part["low"], part["high"] = t[index] - t[conf], t[index] + t[conf]
            else:
                part["low"] = part["high"] = np.nan
            parts.append(part)
        if not parts:
            raise RunFolderError(f"{path} has no index columns: expected index,value or S1, ST "
                                 f"(Sobol) or SRC columns, found {','.join(t.columns)}.")
        return pd.concat(parts, ignore_index=True)

    def units(self):
        """{output: unit}: manifest.json's `units`, else a kept run's summary.csv, else {}."""
        if getattr(self, "_units", None) is None:
            units = self.manifest.get("units")
            self._units = dict(units) if isinstance(units, dict) else {}
            if not self._units:
                found = next(iter(self.folder.glob("*/**/summary.csv")), None)
                if found is not None:
                    try:
                        t = pd.read_csv(found, dtype=str, keep_default_na=False)
                        self._units = dict(zip(t["metric"], t["unit"]))
                    except (OSError, ValueError, KeyError, pd.errors.ParserError):
                        pass
        return self._units

    def varying(self):
        """The parameters that take more than one value among the successful runs."""
        return [p for p in self.parameters if self.ok[p].nunique(dropna=True) > 1]

    def is_grid(self):
        """A full factorial grid over exactly two varying parameters."""
        v = self.varying()
        if len(v) != 2:
            return False
        if self.method and self.method != "grid":
            return False
        levels = [self.ok[p].nunique() for p in v]
        cells = self.ok.groupby(v).ngroups
        return cells == levels[0] * levels[1] and max(levels) <= 40

    def kept_series(self):
        """Paths of the per-run timeseries.csv files (sweeps run with --keep timeseries)."""
        return sorted(p for p in self.folder.glob("*/**/timeseries.csv")
                      if "figures" not in p.parts)

    def label(self):
        name = self.manifest.get("name") or self._spec().get("name") or self.folder.resolve().name
        method = f", {self.method}" if self.method else ""
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{name}{method}: {len(self.ok)} runs{failed}"
