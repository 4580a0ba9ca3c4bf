"""Reviewers' comments on a report's sections, and the clerk marking them resolved. Access: units.access."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from desk.models import SectionComment
from reports.models import Report, ReportSection, ReportState
from units import access
from units.access import Action

# A reviewer comments on what has been sent to them, or on what they returned.
COMMENTABLE = frozenset({ReportState.SUBMITTED, ReportState.ACCEPTED, ReportState.RETURNED})
MAX_LENGTH = 4000


def add_comment(*, user, section: ReportSection, text: str) -> SectionComment:
    """A comment by a reviewer of the section's unit (PermissionDenied otherwise) on a report sent up."""
    report = section.report
    access.require(user, Action.REVIEW, report.unit)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write the comment first."))
    if len(text) > MAX_LENGTH:
        raise ValidationError(_("A comment has at most %(count)d characters."), params={"count": MAX_LENGTH})
    if report.state not in COMMENTABLE:
        raise ValidationError(_("Sections are commented on once the report has been sent up."))
    return SectionComment.objects.create(section=section, author=user, text=text)


def resolve_comment(*, user, comment: SectionComment) -> SectionComment:
    """The clerk who writes the unit's report marks a comment resolved (PermissionDenied otherwise); once."""
    access.require(user, Action.EDIT, comment.section.report.unit)
    if comment.resolved_at is None:
        comment.resolved_at = timezone.now()
        comment.resolved_by = user
        comment.save(update_fields=["resolved_at", "resolved_by"])
    return comment


def report_comments(report: Report) -> list[SectionComment]:
    """Every comment on the report's sections, oldest first, with their authors. One query."""
    return list(
        SectionComment.objects.filter(section__report=report).select_related("author", "resolved_by", "section")
    )
