"""Figures filled offline: download the .xlsx template, upload it, preview, confirm (indicators.offline)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from indicators import offline
from indicators.previews import read_preview, sign_preview
from indicators.saving import can_edit
from reports.models import Period, Report
from units import access

PAYLOAD_SALT = "indicators.offline-upload"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _unit_period(request, unit_code, period_code, action):
    unit = access.unit_for_user(request.user, unit_code)
    period = get_object_or_404(Period, code=period_code)
    access.require_readable(request.user, unit, Report.objects.filter(unit=unit, period=period))
    access.require(request.user, action, unit)
    return unit, period


def _forms_url(unit, period):
    return reverse("indicators:forms", args=[unit.code, period.code]) + "#offline"


@login_required
@require_GET
def offline_template(request, unit_code, period_code):
    unit, period = _unit_period(request, unit_code, period_code, access.Action.VIEW)
    response = HttpResponse(offline.write_template(unit=unit, period=period), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="so-lieu-{unit.code}-{period.code}.xlsx"'
    return response


@login_required
@require_POST
def offline_upload(request, unit_code, period_code):
    """Read a filled template and show what would change; saves nothing."""
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    if not can_edit(user=request.user, unit=unit, period=period):
        messages.error(request, _("The report has been sent; its figures can no longer be changed."))
        return redirect(_forms_url(unit, period))
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ValidationError(_("Choose the filled template (.xlsx)."))
        result = offline.read_upload(upload, unit=unit, period=period)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages) + " " + _("Nothing was saved."))
        return redirect(_forms_url(unit, period))
    payload = sign_preview(result.payload(), unit=unit, period=period, salt=PAYLOAD_SALT)
    return render(
        request,
        "indicators/offline_preview.html",
        {"unit": unit, "period": period, "upload": result, "payload": payload},
        status=200 if result.ok else 422,
    )


@login_required
@require_POST
def offline_confirm(request, unit_code, period_code):
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    try:
        data = read_preview(request.POST.get("payload"), unit=unit, period=period, salt=PAYLOAD_SALT,
                            expired=_("The preview has expired; upload the template again."))  # fmt: skip
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_forms_url(unit, period))
    problems = offline.offline_save(unit=unit, period=period, user=request.user, payload=data)
    if problems:
        for line in problems:
            messages.error(request, line)
        messages.error(request, _("Nothing was saved."))
    else:
        messages.success(request, _("The figures of the template were saved."))
    return redirect(_forms_url(unit, period))
