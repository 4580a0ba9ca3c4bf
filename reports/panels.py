"""What the report page and the editor show beside the narrative.

Each panel comes from the app that owns the data (statistics, plans,
consolidation); this module only gathers them for one report.
"""

from __future__ import annotations

from dataclasses import dataclass

from reports.models import Report


@dataclass(frozen=True)
class Insertable:
    """A paragraph the editor can insert at the cursor."""

    key: str
    title: str
    text: str
    source: str


def findings(report: Report) -> list:
    from indicators.validation import findings as figure_findings

    return figure_findings(unit=report.unit, period=report.period)


def insertables(report: Report) -> list[Insertable]:
    from indicators.narrative import paragraphs as figure_paragraphs

    from plans.narrative import paragraphs as plan_paragraphs

    items = [
        Insertable(p.key, p.title, p.text, "plans") for p in plan_paragraphs(unit=report.unit, period=report.period)
    ]
    items += [
        Insertable(p.key, p.title, p.text, "figures") for p in figure_paragraphs(unit=report.unit, period=report.period)
    ]
    if report.unit.children.exists():
        from consolidation.narrative import paragraphs as consolidated_paragraphs

        items += [
            Insertable(p.key, p.title, p.text, "consolidation")
            for p in consolidated_paragraphs(unit=report.unit, period=report.period)
        ]
    return items


def task_summary(report: Report):
    from plans.summary import task_summary as summary

    return summary(unit=report.unit, year=report.period.year, on=report.cutoff_end)
