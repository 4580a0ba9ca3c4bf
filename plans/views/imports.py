"""Paste or upload a task list: preview every row, save nothing until the user confirms a clean list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plans import services
from plans.forms import ImportForm
from plans.imports import COLUMNS, parse_text, read_upload
from plans.models import Plan, PlanKind
from units import access
from units.access import Action


@login_required
@require_http_methods(["GET", "POST"])
def task_import(request, code, year):
    if not 2000 <= year <= 2100:
        raise Http404
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    assigned = (request.GET.get("assigned") or request.POST.get("assigned")) == "1"
    kind = PlanKind.ASSIGNED if assigned else PlanKind.OWN
    context = {"unit": unit, "year": year, "assigned": assigned, "columns": COLUMNS, "preview": None}
    if request.method == "GET":
        context["form"] = ImportForm()
        return render(request, "plans/import.html", context)

    form = ImportForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, "plans/import.html", context, status=400)
    text = form.cleaned_data["text"]
    upload = form.cleaned_data.get("file")
    if upload:
        try:
            text = read_upload(upload)
        except ValidationError as exc:
            form.add_error("file", exc)
            return render(request, "plans/import.html", context, status=400)
    plan = Plan.objects.filter(unit=unit, year=year, kind=kind).first() or Plan(unit=unit, year=year, kind=kind)
    preview = parse_text(text, plan=plan)
    context.update(preview=preview, text=text)
    # The preview carries the list itself (as text) to the confirm step: nothing is stored in between.
    context["form"] = ImportForm(initial={"text": text})
    if not preview.ok or not form.cleaned_data["confirm"]:
        return render(request, "plans/import.html", context, status=200 if preview.ok else 400)
    plan = services.plan_get_or_create(unit=unit, year=year, assigned=assigned)
    try:
        created = services.tasks_import(plan=plan, user=request.user, rows=preview.values)
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return render(request, "plans/import.html", context, status=400)
    messages.success(request, _("%(count)s tasks imported.") % {"count": len(created)})
    url = reverse("plans:plan", args=[unit.code, year])
    return redirect(url + ("?assigned=1" if assigned else ""))
