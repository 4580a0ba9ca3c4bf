"""The plan page: summary at a date, tasks by field, add/edit, one-tap completion (htmx)."""

from __future__ import annotations

import datetime as dt
from copy import copy
from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from plans import selectors, services
from plans.forms import CompleteForm, TaskForm
from plans.imports import parse_date
from plans.models import Plan
from plans.status import BADGE_CLASSES, task_status
from plans.summary import task_summary
from plans.tables import task_table
from reports.locking import StaleVersion
from reports.models import Period, PeriodKind
from units import access
from units.access import Action

MIN_YEAR, MAX_YEAR = 2000, 2100


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404


def _assigned(request) -> bool:
    return (request.GET.get("assigned") or request.POST.get("assigned")) == "1"


def _plan_url(unit, year, assigned=False, on=None) -> str:
    url = reverse("plans:plan", args=[unit.code, year])
    query = [("assigned", "1")] if assigned else []
    if on is not None:
        query.append(("on", on.isoformat()))
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")


def _day(request, year: int) -> dt.date:
    text = request.GET.get("on")
    if text:
        try:
            return parse_date(text)
        except ValueError:
            messages.warning(request, _("“%(text)s” is not a date; showing the default date.") % {"text": text})
    period = Period.objects.filter(kind=PeriodKind.YEAR, year=year).only("cutoff_end").first()
    return selectors.default_day(year=year, today=dt.date.today(), cutoff_end=period and period.cutoff_end)


def _decorate(tasks, on):
    for task in tasks:
        task.status = task_status(task, on)
        task.badge = BADGE_CLASSES[task.status]
    return tasks


@login_required
@require_GET
def plan_page(request, code, year):
    _check_year(year)
    unit = access.unit_for_user(request.user, code)
    assigned = _assigned(request)
    can_edit = access.allowed(request.user, Action.EDIT, unit)
    on = _day(request, year)
    plan = (
        Plan.objects.filter(unit=unit, year=year, kind=selectors.plan_kind(assigned)).select_related("decision").first()
    )
    tasks = _decorate(list(selectors.plan_tasks(plan=plan)), on)
    summary = task_summary(unit=unit, year=year, on=on, assigned=assigned)
    documents = list(selectors.unit_documents(unit=unit).filter(year__gte=year - 1, year__lte=year + 1))
    form = TaskForm(unit=unit, documents=documents) if can_edit else None
    return render(
        request,
        "plans/plan.html",
        {
            "unit": unit,
            "year": year,
            "plan": plan,
            "assigned": assigned,
            "can_edit": can_edit,
            "on": on,
            "today": dt.date.today(),
            "summary": summary,
            "table": task_table(summary),
            "groups": [(f, list(ts)) for f, ts in groupby(tasks, key=lambda t: t.field)],
            "form": form,
            "documents": documents,
            "plan_url": _plan_url(unit, year, assigned),
        },
    )


@login_required
@require_POST
def task_create(request, code, year):
    _check_year(year)
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    assigned = _assigned(request)
    form = TaskForm(request.POST, unit=unit)
    if form.is_valid():
        plan = services.plan_get_or_create(unit=unit, year=year, assigned=assigned)
        try:
            services.task_create(plan=plan, user=request.user, token=form.cleaned_data["token"], **form.values())
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Task added."))
            return redirect(_plan_url(unit, year, assigned))
    return render(
        request,
        "plans/task_form.html",
        {"unit": unit, "year": year, "form": form, "assigned": assigned, "task": None},
        status=400,
    )


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, code, year, pk):
    _check_year(year)
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    task = selectors.task_of_unit(unit=unit, year=year, pk=pk)
    assigned = task.plan.kind == selectors.plan_kind(True)
    status, context_current = 200, None
    if request.method == "POST":
        # A copy: the form writes its values into the instance; the service reloads the task under lock.
        form = TaskForm(request.POST, instance=copy(task), unit=unit)
        if form.is_valid():
            try:
                services.task_update(
                    task=task, user=request.user, version=form.cleaned_data["version"] or 0, **form.values()
                )
            except StaleVersion as exc:
                # Keep what the user typed; saving again (now knowingly) applies it over the newer version.
                data = request.POST.copy()
                data["version"] = exc.current.version
                form = TaskForm(data, instance=copy(exc.current), unit=unit)
                form.is_valid()
                form.add_error(None, exc.messages)
                context_current = exc.current
                status = 409
            except ValidationError as exc:
                _add_errors(form, exc)
                status = 400
            else:
                messages.success(request, _("Task saved."))
                return redirect(_plan_url(unit, year, assigned))
        else:
            status = 400
    else:
        form = TaskForm(instance=task, unit=unit)
    return render(
        request,
        "plans/task_form.html",
        {"unit": unit, "year": year, "form": form, "assigned": assigned, "task": task, "current": context_current},
        status=status,
    )


@login_required
@require_POST
def task_complete(request, code, year, pk):
    """Mark done today or on a date, or reopen; answers htmx with the task's card."""
    _check_year(year)
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    task = selectors.task_of_unit(unit=unit, year=year, pk=pk)
    form = CompleteForm(request.POST)
    error = None
    if not form.is_valid():
        error = _("Choose a valid completion date.")
    else:
        data = form.cleaned_data
        day = None if data["reopen"] else (dt.date.today() if data["today"] else data["completed_on"])
        if day is None and not data["reopen"]:
            error = _("Choose the completion date.")
        else:
            try:
                task = services.task_mark_done(task=task, user=request.user, version=data["version"], on=day)
            except StaleVersion as exc:
                task, error = exc.current, " ".join(exc.messages)
            except ValidationError as exc:
                error = " ".join(exc.messages)
    if request.htmx:
        on = dt.date.today() if task.plan.year == dt.date.today().year else _day(request, year)
        _decorate([task], on)
        response = render(
            request,
            "plans/_task.html",
            {"task": task, "unit": unit, "year": year, "can_edit": True, "today": dt.date.today(), "error": error},
        )
        return response
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Completion saved."))
    return redirect(_plan_url(unit, year, task.plan.kind == selectors.plan_kind(True)))


@login_required
@require_POST
def task_delete(request, code, year, pk):
    _check_year(year)
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    task = selectors.task_of_unit(unit=unit, year=year, pk=pk)
    assigned = task.plan.kind == selectors.plan_kind(True)
    try:
        services.task_delete(task=task, user=request.user, version=int(request.POST.get("version") or 0))
    except ValidationError as exc:  # a newer version (StaleVersion), or a report that printed it (ReportFrozen)
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Task deleted."))
    if request.htmx:
        return HttpResponse(headers={"HX-Redirect": _plan_url(unit, year, assigned)})
    return redirect(_plan_url(unit, year, assigned))


@login_required
@require_POST
def plan_decision(request, code, year):
    _check_year(year)
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    assigned = _assigned(request)
    plan = services.plan_get_or_create(unit=unit, year=year, assigned=assigned)
    raw = request.POST.get("decision") or ""
    decision = None
    if raw:
        decision = selectors.unit_documents(unit=unit).filter(pk=raw if raw.isdigit() else 0).first()
        if decision is None:
            messages.error(request, _("Choose a document from this unit's register."))
            return redirect(_plan_url(unit, year, assigned))
    services.plan_set_decision(plan=plan, user=request.user, decision=decision)
    messages.success(request, _("The plan's document is saved."))
    return redirect(_plan_url(unit, year, assigned))
