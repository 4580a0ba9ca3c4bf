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

from consolidation.prefill import figures_with_sources
from indicators.models import Indicator
from indicators.values import active_indicators, values_by_code
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
