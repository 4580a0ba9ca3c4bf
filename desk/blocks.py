"""The live blocks of a report's text: what a ``[[key]]`` in a section says right now, or said when sent.

A clerk inserts a generated paragraph as a reference (``[[figures.dossiers]]``, ``[[plans.plan]]``) or
one figure (``[[figure:dossiers.rate.online]]``), not as a copy of its figures; the preview, the report page and the PDF word it from the figures at that
moment (reports.markup renders it). Once the report is sent, the wording is the one frozen in the
snapshot of its last submission, so what the leader approved and the reviewer accepted never changes
afterwards.
"""

from __future__ import annotations

from desk.figures import figures, read_once
from desk.panels import Insertable, figure_display, insertables
from indicators.values import active_indicators
from reform_portal.numbers import percent_places
from reports import states
from reports.models import Report


def block_key(item: Insertable) -> str:
    """ "figures.dossiers", "plans.plan", "consolidation.completeness": the key a text refers to."""
    return item.key if "." in item.key else f"{item.source}.{item.key}"


def current_blocks(report: Report) -> dict[str, str]:
    """Every generated paragraph's wording, and every figure (``figure:<code>``), from the figures now (computed
    once for both: ``read_once``)."""
    with percent_places(report.percent_places), read_once():
        blocks = {block_key(item): item.text for item in insertables(report)}
        catalogue = active_indicators()
        for code, value in figures(report).items():
            if value is not None and not isinstance(value, str) and code in catalogue:
                blocks[f"figure:{code}"] = figure_display(catalogue[code], value)
    return blocks


def report_blocks(report: Report) -> dict[str, str]:
    """The wording the report's text shows: live while drafting, as sent once the report is frozen."""
    if report.state in states.FROZEN:
        sent = report.transitions.exclude(snapshot={}).order_by("-at", "-pk")
        snapshot = sent.values_list("snapshot", flat=True).first()
        if snapshot and "blocks" in snapshot:
            return snapshot["blocks"]
    return current_blocks(report)
