from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from desk.reminders import remind_missing
from reports.models import Period
from units import access
from units.access import Action


@login_required
@require_POST
def remind(request, unit_code, period_code):
    """Nhắc nộp: remind every unit below ``unit_code`` that owes its report for the period."""
    unit = access.unit_for_user(request.user, unit_code, Action.CONSOLIDATE)
    period = get_object_or_404(Period, code=period_code)
    reminders = remind_missing(user=request.user, reviewing=unit, period=period)
    count = len(reminders)
    messages.success(
        request,
        ngettext("Reminded %(count)d unit.", "Reminded %(count)d units.", count) % {"count": count},
    )
    if request.POST.get("back") == "board":
        return redirect("desk:board", unit.code, period.code)
    return redirect("desk:home")
