"""Plain names and formatted values of summary.csv metrics, for the report's tables:
'Gross regional product, final year' for grp_final_year, '2.5 %' for an IRR of 0.02482."""

import math
import re

# Word stems of metric names, as a reader says them.
STEMS = {
    "grp": "gross regional product", "jobs": "jobs", "labour_income": "labour income",
    "imports": "imports (leakage)", "output": "gross output", "investment": "investment",
    "visitors": "visitors", "tax_receipts": "tax receipts", "npv": "net present value",
    "irr": "internal rate of return", "payback": "payback", "fish_delivered":
    "fish delivered to market", "fish_produced": "fish produced", "fish_stock": "fish ashore",
    "fish_in_transit": "fish at sea", "fish_export_revenue": "fish export revenue",
    "fish_lost_to_power": "fish not made for want of power", "sailings": "sailings",
    "sailings_cancelled": "sailings cancelled", "voyages_aborted": "voyages aborted",
    "wind_energy": "wind energy", "diesel_saved": "diesel saved", "co2_avoided": "CO2 avoided",
    "unserved_energy": "unserved energy", "waste_treated": "waste treated",
    "cargo_spoiled": "cargo spoiled", "aquaculture_harvest": "aquaculture harvest",
    "greenhouse_output": "greenhouse output", "unmet_demand": "unmet demand",
    "value_added": "value added", "discount_rate": "discount rate",
}
SUFFIXES = [("_final_year", "final year"), ("_first_year", "first year"),
            ("_cumulative", "whole run"), ("_total", "whole run"), ("_end", "at the end")]
SIDES = {"japan": "Japan", "russia": "Russia"}
# The rows the report's headline table opens with, in this order, when the run has them.
HEADLINE = ["grp_final_year", "jobs_final_year", "labour_income_final_year", "imports_final_year",
            "impact_grp_final_year", "impact_jobs_final_year", "impact_grp_cumulative",
            "investment_total", "npv_japan", "npv_russia", "irr_japan", "irr_russia",
            "payback_japan", "payback_russia", "tax_receipts_japan", "tax_receipts_russia",
            "visitors_total", "wind_energy_total", "diesel_saved_total", "co2_avoided_total",
            "unserved_energy_total", "fish_delivered_total", "sailings_cancelled_total"]


def plain_name(metric):
    """'Net present value, Japan (JPY)' for npv_japan_jpy; unknown stems keep their words."""
    m = str(metric)
    extra = []
    if m.endswith("_jpy"):
        m, currency = m[:-4], " (in JPY)"
    else:
        currency = ""
    impact = m.startswith("impact_")
    if impact:
        m = m[len("impact_"):]
    project = re.match(r"^(npv|irr|payback)_project_(.+)$", m)
    if project:
        m, extra = project.group(1), [f"project {project.group(2)}"]
    for suffix, words in SUFFIXES:
        if m.endswith(suffix) and m != suffix.strip("_"):
            m, extra = m[:-len(suffix)], extra + [words]
            break
    side = next((s for s in SIDES if m.endswith("_" + s)), None)
    if side:
        m, extra = m[:-len(side) - 1], [SIDES[side]] + extra
    stem = STEMS.get(m, m.replace("_", " "))
    if impact:
        stem = f"impact on {stem}"
    text = ", ".join([stem] + extra) + currency
    return text[0].upper() + text[1:]


def is_rate(metric, unit):
    """A rate or share shown in percent: IRRs, discount rates, shares and fractions."""
    unit, metric = str(unit).strip().lower(), str(metric)
    if "%" in unit:
        return False
    if metric.startswith(("irr_", "impact_irr")):
        return True
    return unit in ("fraction", "share", "1/year") or ("rate" in metric and unit in ("", "1"))


def formatted(value, metric="", unit=""):
    """(text, unit) as the report shows them: thousands separated, rates in percent."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value), unit
    if not math.isfinite(v):
        return "n/a", unit
    if is_rate(metric, unit):
        return f"{v * 100:.1f} %", ("per year" if "year" in str(unit) or
                                    str(metric).startswith("irr") else "")
    if v.is_integer() and abs(v) < 1e15 or abs(v) >= 1000:
        return f"{v:,.0f}", unit
    if abs(v) >= 10:
        return f"{v:,.1f}", unit
    return f"{v:.3g}", unit
