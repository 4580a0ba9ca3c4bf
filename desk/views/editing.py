"""Starting and writing a report."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from desk import panels, selectors
from desk.blocks import block_key, report_blocks
from desk.comments import report_comments
from desk.figures import read_once
from desk.forms import NewReportForm, ReportForm
from desk.services import StaleVersion, previous_report, report_create, report_save, section_add
from desk.snapshots import TextChange, _diff_html
from desk.window import window_warnings
from desk.workflow import can_edit
from reform_portal.numbers import format_date
from reform_portal.text import normalise_newlines
from reports import markup
from reports.calendars import due_date_for, existed_during
from reports.duties import duties
from reports.models import Period, Report
from reports.report_types import offered
from units import access
from units.access import Action


@login_required
@require_http_methods(["GET", "POST"])
def report_new(request, unit_code, period_code):
    unit = access.unit_for_user(request.user, unit_code, Action.EDIT)
    period = get_object_or_404(Period, code=period_code)
    if not existed_during(unit, period):
        raise Http404("The unit did not exist during this period.")
    types = offered(unit=unit, period=period)
    existing = {r.report_type_id: r for r in Report.objects.filter(unit=unit, period=period)}
    chosen = request.POST.get("report_type", "")
    if request.method == "POST" and chosen.isdigit() and int(chosen) in existing:
        # A second click on "create" (or a stale page): the report exists; open it rather than fail.
        messages.info(request, _("This unit already has a report of this kind for this period."))
        return redirect("desk:edit", existing[int(chosen)].pk)
    types = [t for t in types if t.pk not in existing]
    form = NewReportForm(request.POST or None, types=types, owed=duties(unit=unit, period=period).owed(unit))
    if request.method == "POST" and form.is_valid():
        try:
            report = report_create(
                unit=unit,
                period=period,
                report_type=form.cleaned_data["report_type"],
                user=request.user,
                copy_previous=form.cleaned_data["copy_previous"],
            )
        except ValidationError as exc:
            # Typically a second click on "create": the report exists already; open it.
            messages.info(request, " ".join(exc.messages))
            report = Report.objects.filter(
                unit=unit, period=period, report_type=form.cleaned_data["report_type"]
            ).first()
            if report is None:
                return redirect("desk:home")
        return redirect("desk:edit", report.pk)
    previous = {t.pk: previous_report(unit=unit, report_type=t, before=period) for t in types}
    return render(
        request,
        "desk/report_new.html",
        {
            "unit": unit,
            "period": period,
            "due_date": due_date_for(unit, period),
            "form": form,
            "existing": existing.values(),
            "previous": previous,
        },
    )


def _as_text(value) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return normalise_newlines(value).strip() if isinstance(value, str) or value is None else str(value)


def _conflicts(report: Report, form: ReportForm) -> list[TextChange]:
    """Where the saved report now differs from what this user typed."""
    report.refresh_from_db()
    changes = []
    for name in Report.EDIT_FIELDS:
        mine, theirs = _as_text(form.cleaned_data.get(name)), _as_text(getattr(report, name))
        if mine != theirs:
            changes.append(TextChange(str(Report._meta.get_field(name).verbose_name), _diff_html(theirs, mine)))
    for section in report.sections.order_by("order"):
        mine = normalise_newlines(form.cleaned_data.get(f"section_{section.pk}")).strip()
        if mine != section.body:
            changes.append(TextChange(section.heading, _diff_html(section.body, mine)))
    return changes


def _add_section(request, report: Report):
    """The section the "add a section after this one" button asked for, once the edits are saved."""
    after = request.POST.get("add_after", "")
    if not after.isdigit():
        return None
    return section_add(report=report, user=request.user, after=int(after), version=report.version)


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request, pk):
    report = Report.objects.for_user(request.user, pk, Action.EDIT)
    if not can_edit(report=report, user=request.user):
        messages.warning(request, _("This report cannot be edited in its current state."))
        return redirect("desk:detail", report.pk)
    sections = list(report.sections.order_by("order"))
    form = ReportForm(request.POST or None, instance=report, sections=sections)
    conflicts = []
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # the edits and the section added after them, or neither
                saved = report_save(report=report, user=request.user, edit=form.to_edit(),
                                    version=form.cleaned_data["version"])  # fmt: skip
                added = _add_section(request, saved)
        except StaleVersion as exc:
            conflicts = _conflicts(report, form)
            form.add_error(None, exc.messages[0])
            # The next save is a deliberate choice made after seeing the differences.
            form.data = form.data.copy()
            form.data["version"] = report.version
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Saved."))
            for warning in window_warnings(report):
                messages.warning(request, warning)
            if added is not None:
                return redirect(f"{reverse('desk:edit', args=[report.pk])}#section-{added.order}")
            if "save_and_view" in request.POST:
                return redirect("desk:detail", report.pk)
            return redirect("desk:edit", report.pk)
    elif request.method == "POST":
        messages.error(request, _("Nothing was saved: please correct the fields marked below."))
    with read_once():  # nothing changes from here: the paragraphs and the key figures share one reading
        return render(
            request,
            "desk/report_edit.html",
            {
                "report": report,
                "form": form,
                "conflicts": conflicts,
                "insertables": [(item, block_key(item)) for item in panels.insertables(report)],
                "key_figures": panels.key_figures(report),
                "return_reason": selectors.return_reason(report),
                "comments": report_comments(report),
            },
        )


@login_required
@require_POST
def preview(request, pk):
    """Live preview of one section's text (htmx)."""
    report = Report.objects.for_user(request.user, pk)
    text = request.POST.get("text", "")[:100_000]
    blocks = report_blocks(report) if markup.live_keys(text) else {}
    return HttpResponse(markup.render(text, anchor=f"p{pk}", blocks=blocks))
