"""Reading a report, moving it through the workflow, and the reviewer's board."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from consolidation.changes import labelled_changes
from consolidation.charts import trend_chart_html
from consolidation.pages import board_summary_context
from desk import panels, selectors
from desk.blocks import report_blocks
from desk.comments import COMMENTABLE, report_comments, returned_comments
from desk.figures import read_once
from desk.forms import IssueForm, MoveForm
from desk.numbering import on_approval
from desk.services import report_issue
from desk.snapshots import changes_since_last_submission
from desk.stale_numbers import stale_numbers
from desk.window import window_warnings
from desk.workflow import WorkflowError, apply_move, available_moves, can_edit
from reports import markup, states
from reports.calendars import due_date_for
from reports.models import Period, Report
from reports.report_types import usable_by
from units import access
from units.access import Action


@login_required
@require_GET
def report_detail(request, pk):
    report = Report.objects.for_user(request.user, pk)
    report = selectors.report_with_sections(report.pk)
    sections = list(report.sections.all())
    with read_once():  # the page reads the report's figures many times and changes nothing
        return _detail_page(request, report, sections)


def _detail_page(request, report, sections):
    user = request.user
    moves = available_moves(report=report, user=user)
    blocks = report_blocks(report) if any(markup.live_keys(s.body) for s in sections) else {}
    return render(
        request,
        "desk/report_detail.html",
        {
            "report": report,
            "sections": [(s, markup.render(s.body, anchor=f"s{s.order}", blocks=blocks)) for s in sections],
            "moves": moves,
            # the leader sees the number and date approving gives the report (desk.numbering)
            "number_on_approval": on_approval(report) if any(m.name == "approve" for m in moves) else None,
            "can_edit": can_edit(report=report, user=user),
            "can_issue": access.allowed(user, Action.APPROVE, report.unit),
            "can_consolidate": report.unit.has_units_below and access.allowed(user, Action.FOLLOW, report.unit),
            "findings": panels.findings(report),
            "stale_numbers": stale_numbers(report) if report.state in states.EDITABLE else [],
            "task_summary": panels.task_summary(report),
            "key_figures": panels.key_figures(report),
            "timeline": selectors.report_timeline(report),
            "return_reason": selectors.return_reason(report),
            "comments": report_comments(report),
            "can_comment": report.state in COMMENTABLE and access.allowed(user, Action.REVIEW, report.unit),
            "changes": (changes := changes_since_last_submission(report)),
            # the figures that changed, by indicator name (codes are for administrators and exports)
            "figure_changes": _named(changes[1]) if changes else [],
            # the comments it was returned with, and which the clerk addressed (beside the diff)
            "returned_comments": returned_comments(report),
            "issue_form": IssueForm(initial={"number": report.number, "issued_on": report.issued_on}),
            "due_date": due_date_for(report.unit, report.period),
            "window_warnings": window_warnings(report),
        },
    )


def _with(periods: list, period) -> list:
    return periods if period in periods else [*periods, period]


def _named(figure_changes) -> list:
    lines = [{"code": f.code, "old": f.before, "new": f.after} for f in figure_changes]
    return labelled_changes(lines, limit=len(lines))


@login_required
@require_POST
def report_move(request, pk):
    report = Report.objects.for_user(request.user, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The request was incomplete; nothing was changed."))
        return redirect("desk:detail", report.pk)
    try:
        transition = apply_move(
            report=report,
            user=request.user,
            move_name=form.cleaned_data["move"],
            seen_state=form.cleaned_data["seen_state"],
            comment=form.cleaned_data["comment"],
        )
    except WorkflowError as exc:
        # "done": a repeated request whose first try went through (its answer may have been lost).
        level = {"done": messages.SUCCESS, "stale": messages.INFO}.get(exc.code, messages.ERROR)
        messages.add_message(request, level, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Done: the report is now “%(state)s”.") % {"state": transition.get_to_state_display()}
        )
    return redirect("desk:detail", report.pk)


@login_required
@require_POST
def report_issue_view(request, pk):
    report = Report.objects.for_user(request.user, pk, Action.APPROVE)
    form = IssueForm(request.POST)
    if form.is_valid():
        try:
            report_issue(report=report, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Number and date recorded."))
            for warning in window_warnings(report):
                messages.warning(request, warning)
    else:
        messages.error(request, _("Please enter a valid number and a date as dd/mm/yyyy."))
    return redirect("desk:detail", report.pk)


@login_required
@require_GET
def board(request, unit_code, period_code):
    unit = access.unit_for_user(request.user, unit_code, Action.FOLLOW)
    period = get_object_or_404(Period, code=period_code)
    types = [t for t in usable_by(unit).order_by("code") if t.fits(period)]  # the national and its province's own
    type_code = request.GET.get("type", "")
    report_type = next((t for t in types if t.code == type_code), None)
    status = request.GET.get("status", "")
    # One completeness for the board, its header and the Tổng hợp box: the same counts everywhere.
    summary = board_summary_context(unit=unit, period=period)
    data = selectors.board(
        user=request.user, unit=unit, period=period, report_type=report_type, status=status, completeness=summary["k"]
    )
    return render(
        request,
        "desk/board.html",
        {
            "board": data,
            "status": status,
            "statuses": selectors.BOARD_STATUSES,
            "types": types,
            # the recent periods, and the board's own when it is older (the choice shows what is on screen)
            "periods": _with(selectors.recent_periods(today=dt.date.today(), limit=12), period),
            "consolidation": summary,
            "trend_svg": trend_chart_html(unit=unit, period=period),  # with its figures as a table
            # read only for a viewer or a reviewer above: no reminder (CONSOLIDATE), no bulk export without it
            "can_remind": access.allowed(request.user, Action.CONSOLIDATE, unit),
            "can_export": access.allowed(request.user, Action.EXPORT_SUBTREE, unit),
        },
    )
