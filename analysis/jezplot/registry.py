"""The figures plot_run.py draws: one entry per PNG, drawn only when its variables exist.

To add a figure: write `def my_figure(run, path)` (see economy_figures.py) and append a
FigureSpec naming the variables it needs."""

from dataclasses import dataclass
from typing import Callable, Optional, Tuple

from . import (activity_figures, economy_figures, finance_figures, region_figures,
               transport_figures)
from .palette import ACTIVITIES


@dataclass(frozen=True)
class FigureSpec:
    filename: str
    draw: Callable
    needs_all: Tuple[str, ...] = ()   # every one of these variables must be in timeseries.csv
    needs_any: Tuple[str, ...] = ()   # and at least one of these (the figure draws what exists)
    when: Optional[Callable] = None   # and this, if given, holds for the run

    def drawable(self, run):
        return (run.has(*self.needs_all)
                and (not self.needs_any or any(run.has(v) for v in self.needs_any))
                and (self.when is None or bool(self.when(run))))


FIGURES = [
    FigureSpec("economy_output_by_sector.png", economy_figures.economy_output_by_sector,
               needs_any=("value_added", "jobs"),
               when=lambda run: len(run.rows("value_added", region="zone"))
               or len(run.rows("jobs", region="zone"))),
    # Routes carry cargo_* too: the figure needs islands with fish plants.
    FigureSpec("fish_cargo.png", transport_figures.fish_cargo,
               needs_any=("cargo_produced", "cargo_delivered", "cargo_stock"),
               when=lambda run: run.islands()),
    FigureSpec("sailings.png", transport_figures.sailings, needs_all=("sailings",)),
    FigureSpec("exports.png", economy_figures.exports, needs_all=("exports_delivered",),
               when=lambda run: len(run.rows("exports_delivered", region="zone"))),
    FigureSpec("activities.png", activity_figures.activities,
               needs_any=tuple(v for v, _, _ in ACTIVITIES)),
    FigureSpec("power_mix.png", activity_figures.power_mix,
               needs_any=tuple(v for v, _, _ in activity_figures.POWER_SOURCES),
               when=activity_figures.power_islands),
    FigureSpec("visitors.png", activity_figures.visitors,
               needs_any=("visitors", "visitors_japan", "visitors_russia")),
    # These two also draw from summary.csv alone (NPV by side, impact_* rows).
    FigureSpec("project_finance.png", finance_figures.project_finance,
               when=finance_figures.has_finance),
    FigureSpec("impact.png", finance_figures.impact, when=finance_figures.has_impact),
    FigureSpec("impact_by_region.png", region_figures.impact_by_region,
               when=region_figures.has_regions),
]
