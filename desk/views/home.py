import datetime as dt

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from desk.selectors import home_context


@login_required
@require_GET
def home(request):
    year = request.GET.get("year", "")
    context = home_context(user=request.user, today=dt.date.today(), year=int(year) if year.isdigit() else None)
    return render(request, "desk/home.html", context)
