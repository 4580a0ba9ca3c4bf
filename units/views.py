import datetime as dt

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from units import access
from units.access import Action


@login_required
@require_GET
def unit_detail(request, code):
    unit = access.unit_for_user(request.user, code)
    return render(
        request,
        "units/unit_detail.html",
        {
            "unit": unit,
            "ancestors": list(unit.ancestors()),
            "children": list(access.visible_units(request.user).filter(parent=unit).order_by("path")),
            "roles": sorted(access.roles_in(request.user, unit)),
            # a bulk export (exports app) of a unit with units below, for those who see all of them
            "may_export_subtree": unit.has_units_below and access.allowed(request.user, Action.EXPORT_SUBTREE, unit),
            "current_year": dt.date.today().year,
        },
    )
