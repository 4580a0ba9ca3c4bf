"""What a report said when it was sent, and what changed since.

A snapshot (narrative and figures) is stored with every submission, so a
reviewer who returned a report sees exactly what the clerk changed before
sending it again. It freezes the wording of the live blocks too: once the
report is sent, its page and its PDF word them as they were sent
(desk.blocks.report_blocks).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from django.utils.html import escape

from consolidation.figures import report_figures
from desk.blocks import current_blocks
from reform_portal.numbers import format_date
from reports.markup import expand, live_keys
from reports.models import Report


def _figures(report: Report) -> dict[str, str]:
    """The figures as the report prints them (a district's include its units': consolidation.figures)."""
    values = report_figures(unit=report.unit, period=report.period)
    return {code: "" if value is None else str(value) for code, value in sorted(values.items())}


def take_snapshot(report: Report) -> dict:
    """The report as it reads now: its fields, its sections with the live blocks worded, its figures."""
    sections = list(report.sections.all())
    used = {key for text in [report.intro, report.closing, *(s.body for s in sections)] for key in live_keys(text)}
    blocks = {key: text for key, text in current_blocks(report).items() if key in used} if used else {}
    return {
        "version": report.version,
        "meta": {name: _text(getattr(report, name)) for name in Report.EDIT_FIELDS},
        "sections": {section.heading: expand(section.body, blocks) for section in sections},
        "blocks": blocks,
        "figures": _figures(report),
        # what the leader signed it with (desk.numbering): the number and date it went up with
        "issued": {"number": report.document_number if report.number else "", "on": _text(report.issued_on or "")},
    }


def _text(value) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return value if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class TextChange:
    heading: str
    diff_html: str


@dataclass(frozen=True)
class FigureChange:
    code: str
    before: str
    after: str


def _diff_html(before: str, after: str) -> str:
    rows = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        tag, text = line[:2], escape(line[2:])
        if tag == "- ":
            rows.append(f'<del class="d-block bg-danger-subtle">{text}</del>')
        elif tag == "+ ":
            rows.append(f'<ins class="d-block bg-success-subtle text-decoration-none">{text}</ins>')
    return "".join(rows)


def changes_since(before: dict, after: dict) -> tuple[list[TextChange], list[FigureChange]]:
    texts = []
    old_sections = {**before.get("meta", {}), **before.get("sections", {})}
    new_sections = {**after.get("meta", {}), **after.get("sections", {})}
    for heading in dict.fromkeys([*old_sections, *new_sections]):
        old, new = old_sections.get(heading) or "", new_sections.get(heading) or ""
        if old != new:
            texts.append(TextChange(heading, _diff_html(old, new)))
    old_figures, new_figures = before.get("figures", {}), after.get("figures", {})
    figures = [
        FigureChange(code, old_figures.get(code, ""), new_figures.get(code, ""))
        for code in sorted(set(old_figures) | set(new_figures))
        if old_figures.get(code, "") != new_figures.get(code, "")
    ]
    return texts, figures


def changes_since_last_submission(report: Report) -> tuple[list[TextChange], list[FigureChange]] | None:
    """What changed since the report was last sent, as the person looking at it needs it.

    While the clerk is drafting again, that is the draft against the last submission; once it has been
    sent again, it is the new submission against the previous one (what the reviewer returned).
    """
    submissions = list(report.transitions.filter(action="submit").exclude(snapshot={}).order_by("-at", "-pk")[:2])
    base = submissions[0] if report.is_editable_state and submissions else None
    if not report.is_editable_state and len(submissions) == 2:
        base = submissions[1]
    if base is None:
        return None
    return changes_since(base.snapshot, take_snapshot(report))
