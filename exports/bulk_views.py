"""The page that starts a bulk export of a unit's subtree (exports.bulk) as a background job.

Only people who see every report of the subtree may (units.access: Action.EXPORT_SUBTREE); others get 404
(cannot see the unit) or 403 (see it, may not export it all). One unfinished bulk export per person: a
second start leads to the one still running.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from exports import bulk
from exports.tasks import export_subtree
from jobs.models import Job, JobKind
from jobs.runner import AlreadyRunning, start
from units import access
from units.access import Action


@login_required
@require_http_methods(["GET", "POST"])
def bulk_export(request, unit_code):
    unit = access.unit_for_user(request.user, unit_code, Action.EXPORT_SUBTREE)
    periods = list(bulk.periods_with_reports(unit))
    chosen = request.POST.get("period") or request.GET.get("period")
    period = next((p for p in periods if p.code == chosen), periods[0] if periods else None)
    if request.method == "POST":
        if period is None or period.code != chosen:
            messages.error(request, _("Choose a period for which the units have reports."))
            return redirect("exports:bulk", unit_code=unit.code)
        try:
            job = start(
                task=export_subtree,
                kind=JobKind.BULK_EXPORT,
                user=request.user,
                unit=unit,
                title=f"{unit.name} · {period.name}",
                params={"period": period.code},
            )
        except AlreadyRunning as exc:
            messages.warning(
                request, _("Your previous export is still running. Start the next one when it has finished.")
            )
            return redirect("jobs:detail", pk=exc.job.pk)
        return redirect("jobs:detail", pk=job.pk)
    reports = list(bulk.reports_for(request.user, unit, period).order_by("unit__path")) if period else []
    running = Job.objects.active().filter(user=request.user, kind=JobKind.BULK_EXPORT).first()
    return render(
        request,
        "exports/bulk.html",
        {"unit": unit, "period": period, "periods": periods, "reports": reports, "running": running},
    )
