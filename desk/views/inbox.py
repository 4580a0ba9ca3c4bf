from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from desk.models import DigestChoice
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


@login_required
@require_POST
def digest(request):
    """Choose, or stop, one daily e-mail of what waits on me instead of one e-mail per move."""
    if request.POST.get("daily") == "on":
        DigestChoice.objects.get_or_create(user=request.user)
        messages.success(request, _("You will get one e-mail a day of what waits on you."))
    else:
        DigestChoice.objects.filter(user=request.user).delete()
        messages.success(request, _("You will get an e-mail on each move again."))
    return redirect("desk:home")
