"""A report's figures, read once per page: one page asks for them many times.

The report page words its live blocks, lists its findings, shows its key figures and checks the numbers
typed in its text, each from ``consolidation.figures.report_figures``; for a district each is a whole
consolidation. A view that only reads wraps its work in ``read_once()`` (``consolidation.memo.reading``,
the one memo of figures that do not change while a page or a document is read): inside it,
``figures(report)`` computes the figures of a unit and period once and hands the same dict to every caller,
as the consolidations, completeness and breakdowns they are made of. Outside it (services, moves, the
submission snapshot) every call reads afresh, so nothing stale survives a change.
"""

from __future__ import annotations

from consolidation.figures import report_figures
from consolidation.memo import reading as read_once
from consolidation.memo import remembered
from reports.models import Report

__all__ = ["figures", "read_once"]


def figures(report: Report) -> dict:
    """``report_figures`` for the report's unit and period; computed once inside ``read_once()``."""
    return remembered(
        ("report_figures", report.unit_id, report.period_id),
        lambda: report_figures(unit=report.unit, period=report.period),
    )
