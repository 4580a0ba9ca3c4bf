"""Reviewers' comments on a figure sheet of a report sent up, and the clerk marking them resolved.

As desk.comments does for a report's sections (issue 16, item 2): a reviewer of the unit (REVIEW) comments on
what was sent to it or what it returned; the unit's clerk (EDIT) sees the comment beside the sheet and marks
it resolved. Access: units.access.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from indicators.models import FormDefinition, SheetComment
from reports.models import Report
from reports.states import COMMENTABLE
from units import access
from units.access import Action

MAX_LENGTH = 4000


def commented_report(*, unit, period) -> Report | None:
    """The unit's report of the period a reviewer comments on: the one sent (or returned) last."""
    found = Report.objects.filter(unit=unit, period=period, state__in=sorted(COMMENTABLE))
    return found.order_by("-submitted_at", "-pk").first()


def add_sheet_comment(*, user, report: Report, form: FormDefinition, text: str) -> SheetComment:
    """A comment by a reviewer of the report's unit (PermissionDenied otherwise) on a report sent up."""
    access.require(user, Action.REVIEW, report.unit)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write the comment first."))
    if len(text) > MAX_LENGTH:
        raise ValidationError(_("A comment has at most %(count)d characters."), params={"count": MAX_LENGTH})
    if report.state not in COMMENTABLE:
        raise ValidationError(_("Figure sheets are commented on once the report has been sent up."))
    return SheetComment.objects.create(report=report, form=form, author=user, text=text)


def resolve_sheet_comment(*, user, comment: SheetComment) -> SheetComment:
    """The clerk who fills in the unit's figures marks a comment resolved (PermissionDenied otherwise); once."""
    access.require(user, Action.EDIT, comment.report.unit)
    if comment.resolved_at is None:
        comment.resolved_at = timezone.now()
        comment.resolved_by = user
        comment.save(update_fields=["resolved_at", "resolved_by"])
    return comment


def sheet_comments(*, unit, period, form: FormDefinition | None = None) -> list[SheetComment]:
    """The comments on the unit's sheets of the period (one form's, or every form's), oldest first. One query."""
    found = SheetComment.objects.filter(report__unit=unit, report__period=period)
    if form is not None:
        found = found.filter(form=form)
    return list(found.select_related("author", "resolved_by", "form", "report__unit"))
