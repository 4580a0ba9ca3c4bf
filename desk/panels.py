"""What the report page and the editor show beside the narrative.

Each panel comes from the app that owns the data (statistics, plans,
consolidation); this module only gathers them for one report.
"""

from __future__ import annotations

from dataclasses import dataclass

from consolidation import narrative as consolidation_narrative
from consolidation.figures import report_task_summaries
from desk.figures import figures
from indicators import narrative as indicators_narrative
from indicators import validation
from indicators.values import active_indicators, partial_codes
from plans import narrative as plans_narrative
from plans.tables import task_table
from reform_portal.numbers import format_number, format_percent, percent_places
from reform_portal.tables import Table
from reports.models import Report
from scorecards import narrative as scorecards_narrative


@dataclass(frozen=True)
class Insertable:
    """A paragraph the editor can insert at the cursor."""

    key: str
    title: str
    text: str
    source: str


def findings(report: Report) -> list:
    """The rules' verdict on the figures the report prints (a district's: its own and its units' together)."""
    return validation.findings(unit=report.unit, period=report.period, values=figures(report))


def insertables(report: Report) -> list[Insertable]:
    unit, period = report.unit, report.period
    items = [
        Insertable(p.key, p.title, p.text, "plans")
        for p in plans_narrative.paragraphs(unit=unit, period=period, on=report.cutoff_end)
    ]
    # A consolidating unit words its figures from what its report prints: its own plus its units'.
    catalogue = active_indicators()
    values = figures(report)
    paragraphs = indicators_narrative.paragraphs_from(values, partial_codes(values, indicators=catalogue))
    items += [Insertable(p.key, p.title, p.text, "figures") for p in paragraphs]
    if unit.has_units_below:
        items += [
            Insertable(p.key, p.title, p.text, "consolidation")
            for p in consolidation_narrative.paragraphs(unit=unit, period=period, values=values)
        ]
    # The unit's PAR INDEX result published by the report's cut-off (section II of seed 004's report)
    items += [
        Insertable(p.key, p.title, p.text, "scorecards")
        for p in scorecards_narrative.paragraphs(unit=unit, on=report.cutoff_end)
    ]
    return items


def task_summary(report: Report) -> Table:
    """The task table of the report's unit at the report's cut-off end, as the PDF prints it."""
    return task_table(report_task_summaries(unit=report.unit, period=report.period, on=report.cutoff_end).own)


def figure_display(indicator, value) -> str:
    """One figure as the document prints it: 1.949; 99,04 %."""
    return format_percent(value) if indicator.unit_of_measure == "%" else format_number(value)


KEY_FIGURES = [
    "dossiers.received.total",
    "dossiers.resolved.total",
    "dossiers.rate.online",
    "dossiers.rate.on_time",
    "dossiers.rate.digitised_results",
    "satisfaction.rate.satisfied",
]


@dataclass(frozen=True)
class KeyFigure:
    code: str
    name: str
    display: str


def key_figures(report: Report) -> list[KeyFigure]:
    """The handful of figures a reviewer looks at first, formatted as the document prints them."""
    catalogue = active_indicators()
    values = figures(report)
    shown = []
    for code in KEY_FIGURES:
        value, indicator = values.get(code), catalogue.get(code)
        if value is None or indicator is None or isinstance(value, str):
            continue
        with percent_places(report.percent_places):
            shown.append(KeyFigure(code, indicator.name, figure_display(indicator, value)))
    return shown
