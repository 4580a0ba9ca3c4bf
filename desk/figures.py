"""A report's figures, read once per page: one page asks for them many times.

The report page words its live blocks, lists its findings, shows its key figures and checks the numbers
typed in its text, each from ``consolidation.figures.report_figures``; for a district each is a whole
consolidation. A view that only reads wraps its work in ``read_once()``: inside it, ``figures(report)``
computes the figures of a unit and period once and hands the same dict to every caller. Outside it
(services, moves, the submission snapshot) every call reads afresh, so nothing stale survives a change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from consolidation.figures import report_figures
from reports.models import Report

_memo: ContextVar[dict | None] = ContextVar("desk_report_figures", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """Within this block, a report's figures are computed once (for a page that changes nothing). Nested
    blocks share the outermost one's figures."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def figures(report: Report) -> dict:
    """``report_figures`` for the report's unit and period; computed once inside ``read_once()``."""
    memo = _memo.get()
    if memo is None:
        return report_figures(unit=report.unit, period=report.period)
    key = (report.unit_id, report.period_id)
    if key not in memo:
        memo[key] = report_figures(unit=report.unit, period=report.period)
    return memo[key]
