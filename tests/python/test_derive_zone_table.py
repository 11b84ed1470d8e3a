"""The default zone table: analysis/derive_zone_table.py regenerates the committed CSV byte for
byte from the OECD file, and the committed table is a balanced, productive IO table."""
import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "analysis" / "derive_zone_table.py"
TABLE = REPO / "scenarios" / "data" / "southern-kurils-zone.csv"
OECD = REPO / ".." / "shared" / "data" / "oecd-iot-2015"

SECTORS = ["aquaculture", "greenhouse", "tourism", "wind_power", "waste", "fishing",
           "fish_processing", "construction", "power", "transport", "trade_services",
           "public_admin"]
FINAL_DEMAND = ["household_consumption", "government", "investment", "exports"]
NAMED_ROWS = ["compensation", "value_added", "employment", "imports", "taxes", "total_output"]


def read_table(path):
    """Header and {row name: [floats]} of an IO table CSV, skipping '#' comment lines."""
    with open(path, newline="") as f:
        rows = list(csv.reader(line for line in f if not line.startswith("#")))
    header = rows[0]
    return header, {r[0]: [float(v) for v in r[1:]] for r in rows[1:]}


@pytest.fixture(scope="module")
def table():
    header, rows = read_table(TABLE)
    n = len(SECTORS)
    z = np.array([rows[s][:n] for s in SECTORS])
    f = np.array([rows[s][n:n + len(FINAL_DEMAND)] for s in SECTORS])
    x = np.array([rows[s][-1] for s in SECTORS])
    return {"header": header, "rows": rows, "z": z, "f": f, "x": x}


def test_script_reproduces_committed_table_byte_for_byte(tmp_path):
    # The committed CSV must be what the script makes from the raw OECD file, nothing edited.
    if not (OECD / "RUS2015dom.csv").is_file():
        pytest.skip(f"OECD folder {OECD.resolve()} absent: cannot rerun the derivation")
    out = tmp_path / "zone.csv"
    subprocess.run([sys.executable, str(SCRIPT), "--oecd", str(OECD), "-o", str(out)],
                   check=True)
    assert out.read_bytes() == TABLE.read_bytes()


def test_layout_matches_design(table):
    # DESIGN.md section 4: sector columns, final-demand columns, total_output; named rows after.
    assert table["header"] == ["sector"] + SECTORS + FINAL_DEMAND + ["total_output"]
    assert list(table["rows"]) == SECTORS + NAMED_ROWS


def test_rows_balance(table):
    # Intermediate sales plus final demand = gross output, sector by sector, within 0.1 %.
    np.testing.assert_allclose(table["z"].sum(axis=1) + table["f"].sum(axis=1), table["x"],
                               rtol=1e-3)


def test_columns_balance(table):
    # Inputs bought on the islands + imports + taxes + value added = gross output, within 0.1 %.
    n, rows = len(SECTORS), table["rows"]
    outlays = table["z"].sum(axis=0) + sum(
        np.array(rows[k][:n]) for k in ("imports", "taxes", "value_added"))
    np.testing.assert_allclose(outlays, table["x"], rtol=1e-3)
    np.testing.assert_allclose(rows["total_output"][:n], table["x"], rtol=1e-9)


def test_value_added_imports_and_taxes_equal_final_demand(table):
    # DESIGN.md's accounting identity: primary inputs of all sectors = total final demand.
    n, rows = len(SECTORS), table["rows"]
    primary = sum(sum(rows[k][:n]) for k in ("imports", "taxes", "value_added"))
    assert primary == pytest.approx(table["f"].sum(), rel=1e-4)


def test_table_is_productive(table):
    # Hawkins-Simon: column sums of A below 1 and a non-negative Leontief inverse.
    a = table["z"] / table["x"]
    assert (a >= 0).all()
    assert (a.sum(axis=0) < 1).all()
    leontief = np.linalg.inv(np.eye(len(SECTORS)) - a)
    assert (leontief >= -1e-12).all()


def test_fish_processing_exports_are_the_three_plants(table):
    # 230 kt a year (Etorofu 120, Shikotan 70, Kunashiri 40) at 33.6 RUB/kg = 7,728 RUB mn,
    # essentially all of fish processing's output.
    k = SECTORS.index("fish_processing")
    exports = table["f"][k, FINAL_DEMAND.index("exports")]
    assert exports == 7728.0
    assert exports / table["x"][k] > 0.95


def test_joint_activities_small_but_positive(table):
    # The five activities existed in tiny forms in 2017: each under 1 % of the zone's output.
    total = table["x"].sum()
    for s in SECTORS[:5]:
        assert 0 < table["x"][SECTORS.index(s)] < 0.01 * total, s


def test_compensation_is_part_of_value_added(table):
    rows, n = table["rows"], len(SECTORS)
    comp, va = np.array(rows["compensation"][:n]), np.array(rows["value_added"][:n])
    assert (comp > 0).all() and (comp < va).all()
    assert (np.array(rows["employment"][:n]) > 0).all()


def test_small_island_multipliers(table):
    # FLQ with lambda* ~ 0.07 leaks most inputs: Type I output multipliers stay between 1 and
    # 1.5, and fish processing (buying the local catch) is above fishing.
    leontief = np.linalg.inv(np.eye(len(SECTORS)) - table["z"] / table["x"])
    m = leontief.sum(axis=0)
    assert ((m > 1.0) & (m < 1.5)).all()
    assert m[SECTORS.index("fish_processing")] > m[SECTORS.index("fishing")]
