import datetime as dt

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from desk.inbox import inbox
from desk.models import DigestChoice
from desk.selectors import home_context
from reports.calendars import open_current_years
from units import access


@login_required
@require_GET
def home(request):
    year = request.GET.get("year", "")
    # A year's periods are opened by its province's first user who needs them (no scheduler runs).
    open_current_years(units=[m.unit for m in access.memberships_of(request.user)], today=dt.date.today())
    context = home_context(user=request.user, today=dt.date.today(), year=int(year) if year.isdigit() else None)
    context["inbox"] = inbox(user=request.user, today=dt.date.today())
    context["digest_chosen"] = DigestChoice.objects.filter(user=request.user).exists()
    return render(request, "desk/home.html", context)
