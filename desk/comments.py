"""Reviewers' comments on a report's sections, and the clerk marking them resolved. Access: units.access."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from desk.models import SectionComment
from reports import states
from reports.models import Report, ReportSection
from units import access
from units.access import Action

# A reviewer comments on what has been sent to them, or on what they returned.
COMMENTABLE = states.COMMENTABLE
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


@dataclass(frozen=True)
class ReturnedComment:
    """A comment the report was returned with: where it was made, and whether the clerk has resolved it."""

    where: str  # the section's heading or the figure sheet's title
    text: str
    resolved: bool
    resolved_by: str


def returned_comments(report: Report) -> list[ReturnedComment]:
    """The section and sheet comments written up to the report's last return, sections first, and which of them
    the clerk has addressed (marked resolved): what the diff since the last submission shows beside the changes.
    Three queries."""
    returned = report.transitions.filter(to_state=states.ReportState.RETURNED).order_by("-at", "-pk").first()
    if returned is None:
        return []
    sections = [c for c in report_comments(report) if c.created_at <= returned.at]
    sheets = report.sheet_comments.filter(created_at__lte=returned.at).select_related("form", "resolved_by")
    return [
        ReturnedComment(
            where=c.section.heading if isinstance(c, SectionComment) else c.form.title,
            text=c.text,
            resolved=c.resolved_at is not None,
            resolved_by=c.resolved_by.display_name if c.resolved_by else "",
        )
        for c in [*sections, *sheets]
    ]
