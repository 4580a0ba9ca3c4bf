"""Consolidation pages: thin views over consolidation.pages and consolidation.prefill."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from consolidation.changes import labelled_changes, trigger_label
from consolidation.pages import Options, overview_context
from consolidation.prefill import is_live, latest_run, refresh
from consolidation.serialise import as_json, as_xlsx, build
from reports.models import Period
from units import access
from units.access import Action


def _unit_and_period(request, unit_code: str, period_code: str, action: Action = Action.FOLLOW):
    unit = access.unit_for_user(request.user, unit_code, action)
    return unit, get_object_or_404(Period, code=period_code)


@login_required
@require_GET
def overview(request, unit_code: str, period_code: str):
    unit, period = _unit_and_period(request, unit_code, period_code)
    context = overview_context(unit=unit, period=period, options=Options.from_query(request.GET))
    context["can_recalculate"] = access.allowed(request.user, Action.CONSOLIDATE, unit)
    # the last recalculation's changes by indicator name, rates with their % (no codes on this page)
    context["run_changes"] = labelled_changes(context["run"].changes) if context["run"] else []
    context["run_trigger"] = trigger_label(context["run"].trigger) if context["run"] else ""
    return render(request, "consolidation/overview.html", context)


@login_required
@require_GET
def export(request, unit_code: str, period_code: str, fmt: str):
    unit, period = _unit_and_period(request, unit_code, period_code)
    if fmt not in ("json", "xlsx"):
        raise Http404
    options = Options.from_query(request.GET)
    with translation.override("vi"):
        c, table = build(
            unit=unit, period=period, provisional=options.provisional, scope=options.scope, kinds=options.kinds
        )
        suffix = "-tam-tinh" if options.provisional else ""
        name = f"tong-hop-{unit.code}-{period.code}{suffix}.{fmt}"
        if fmt == "json":
            response = HttpResponse(as_json(c, table), content_type="application/json; charset=utf-8")
        else:
            response = HttpResponse(
                as_xlsx(c, table), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_POST
def recalculate(request, unit_code: str, period_code: str):
    unit, period = _unit_and_period(request, unit_code, period_code, Action.CONSOLIDATE)
    if not is_live(unit=unit, period=period):
        messages.warning(request, _("The report has been sent; its consolidated figures stay as they were sent."))
        return redirect("consolidation:overview", unit.code, period.code)
    before = latest_run(unit=unit, period=period)
    run = refresh(unit=unit, period=period, trigger="manual", user=request.user)
    if before is None or run.pk != before.pk:
        messages.success(request, _("Recalculated: %(n)d figure(s) changed.") % {"n": len(run.changes)})
    else:
        messages.info(request, _("The consolidated figures are up to date."))
    return redirect("consolidation:overview", unit.code, period.code)
