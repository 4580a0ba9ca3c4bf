"""A reviewer comments on a figure sheet; the unit's clerk marks the comment resolved (indicators.comments)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators.comments import add_sheet_comment, commented_report, resolve_sheet_comment
from indicators.models import SheetComment
from indicators.province_forms import usable_forms
from indicators.views.entry import _unit_period
from units.access import Action


def _sheet_url(unit, period, form_code) -> str:
    return reverse("indicators:form_edit", args=[unit.code, period.code, form_code]) + "#sheet-comments"


@login_required
@require_POST
def sheet_comment(request, unit_code, period_code, form_code):
    unit, period = _unit_period(request, unit_code, period_code, Action.REVIEW)
    form = get_object_or_404(usable_forms(unit), code=form_code)
    report = commented_report(unit=unit, period=period)
    try:
        if report is None:
            raise ValidationError(_("Figure sheets are commented on once the report has been sent up."))
        add_sheet_comment(user=request.user, report=report, form=form, text=request.POST.get("text", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Comment added."))
    return redirect(_sheet_url(unit, period, form.code))


@login_required
@require_POST
def sheet_comment_resolve(request, unit_code, period_code, pk):
    unit, period = _unit_period(request, unit_code, period_code, Action.EDIT)
    comment = get_object_or_404(
        SheetComment.objects.select_related("report__unit", "form"), pk=pk, report__unit=unit, report__period=period
    )
    resolve_sheet_comment(user=request.user, comment=comment)
    messages.success(request, _("Comment marked resolved."))
    return redirect(_sheet_url(unit, period, comment.form.code))
