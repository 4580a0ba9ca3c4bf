"""What a report's figures are: the one answer for the page, the PDF, the Excel file and the snapshot.

A unit with no units below reports what it entered (with its derived totals,
rates and provided figures: ``indicators.values.values_by_code``). A district
or province reports its own entries plus the consolidated figures of its
units, counts added and rates recomputed from the added parts
(``consolidation.prefill.figures_with_sources``); text and coded answers stay
its own. The consolidated part is live while the report is being drafted and
the last consolidation run once it was sent, so "what was sent" is what was
printed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from consolidation.prefill import consolidated_part, figures_with_sources
from indicators.models import Indicator
from indicators.tables import dossier_columns
from indicators.values import active_indicators, values_by_code
from plans.summary import TaskSummaries, task_summaries, with_rows
from reports.models import Period
from units.models import Unit


def report_figures(*, unit: Unit, period: Period, catalogue: dict[str, Indicator] | None = None) -> dict:
    """The figures of ``unit``'s report for ``period``, by indicator code (``catalogue``: the active one)."""
    catalogue = catalogue if catalogue is not None else active_indicators()
    values = dict(values_by_code(unit=unit, period=period, indicators=catalogue))
    if not unit.has_units_below:
        return values
    for row in figures_with_sources(unit=unit, period=period, catalogue=catalogue, own=values):
        if row.total is not None:
            values[row.code] = row.total
    return values


def consolidated_dossier_cells(*, unit: Unit, period: Period) -> dict[str, dict[str, Decimal]] | None:
    """Biểu 06 of the units below (procedure field -> column code -> figure; "" the total row), to add to
    the unit's own: live while drafting, as sent after. None for a unit with no units below."""
    if not unit.has_units_below:
        return None
    part = consolidated_part(unit=unit, period=period)
    cells: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for code in dossier_columns(active_indicators()):
        for field_code, value in part.breakdowns.get(code, {}).items():
            cells[field_code][code] = value
        if code in part.values:
            cells[""][code] = part.values[code]
    return dict(cells)


def report_task_summaries(*, unit: Unit, period: Period, on: dt.date) -> TaskSummaries:
    """The task tables of ``unit``'s report: its own plan's, plus, for a consolidating unit, its units' tasks
    (per reform field, live while drafting, as sent after), so the table agrees with items 1.1/1.2."""
    own = task_summaries(units=unit, year=period.year, on=on)
    if not unit.has_units_below:
        return own
    stored = consolidated_part(unit=unit, period=period).tasks
    return TaskSummaries(with_rows(own.own, stored.get("own", [])), with_rows(own.assigned, stored.get("assigned", [])))
