"""Figure entry pages: the list of forms, one form, the Biểu 06 paste/upload, explanations.

Views parse the request, call one function, render. Units come from the
access module (never trusted from the URL alone); changes are POST-only
and redirect after success.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from indicators import importing
from indicators.comments import commented_report, sheet_comments
from indicators.entry import VALUE_PREFIX, entry_page, forms_overview, parse_post
from indicators.live import live_figures
from indicators.models import FormDefinition
from indicators.previews import read_preview, sign_preview
from indicators.province_forms import may_use
from indicators.saving import can_edit, values_save
from indicators.validation import explanation_save, findings
from indicators.values import FormSpec, form_spec, sheet_version
from reports.models import Period, Report
from units import access

IMPORT_SALT = "indicators.dossier-import"


def _unit_period(request, unit_code, period_code, action=access.Action.VIEW):
    unit = access.unit_for_user(request.user, unit_code)
    period = get_object_or_404(Period, code=period_code)
    # A reviewer reads the figures of a report sent to it, a viewer those of an accepted one (units.access.READS):
    # the figures of a draft below look missing, as its report does; then the action (403 when not theirs).
    access.require_readable(request.user, unit, Report.objects.filter(unit=unit, period=period))
    access.require(request.user, action, unit)
    return unit, period


def _form_url(unit, period, form_code):
    return reverse("indicators:form_edit", args=[unit.code, period.code, form_code])


@login_required
@require_GET
def forms(request, unit_code, period_code):
    unit, period = _unit_period(request, unit_code, period_code)
    summaries, found = forms_overview(unit=unit, period=period)
    return render(
        request,
        "indicators/forms.html",
        {
            "unit": unit,
            "period": period,
            "summaries": summaries,
            "findings": found,
            "editable": can_edit(user=request.user, unit=unit, period=period),
        },
    )


def _active_form(form_code: str, unit) -> FormSpec:
    """The active form's layout (built once per process and catalogue version), or 404; also 404 for another
    province's own form (indicators.province_forms)."""
    try:
        spec = form_spec(form_code)
    except FormDefinition.DoesNotExist:
        raise Http404 from None
    if not may_use(unit, spec.form):
        raise Http404
    return spec


@login_required
@require_http_methods(["GET", "POST"])
def form_edit(request, unit_code, period_code, form_code):
    unit, period = _unit_period(request, unit_code, period_code)
    _active_form(form_code, unit)
    posted, errors, status = None, None, 200
    if request.method == "POST":
        if not access.allowed(request.user, access.Action.EDIT, unit):
            raise PermissionDenied
        values, notes, posted = parse_post(request.POST)
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1
        result = values_save(
            unit=unit,
            period=period,
            user=request.user,
            form_code=form_code,
            values=values,
            notes=notes,
            version=version,
        )
        if result.ok:
            if result.duplicate:
                messages.info(request, _("These figures were already saved."))
            else:
                messages.success(request, _("Figures saved."))
                _warn_failing_checks(request, unit=unit, period=period)
            return redirect(_form_url(unit, period, form_code))
        # Something was left out or refused: the page is shown again with what was typed.
        errors, status, conflicts = result.errors, 409 if result.conflicts else 422, result.conflicts
        if result.conflicts:
            messages.error(
                request,
                _(
                    "Someone else saved this form while you were editing it. Your figures are still in the form "
                    "below; check the changes listed and save again."
                ),
            )
        for message in result.general_errors:
            messages.error(request, message)
        for message in _left_out(result):
            messages.error(request, message)
        if result.saved or result.duplicate:
            messages.warning(request, _("Every other figure is saved. Correct the marked cells and save again."))
            _warn_failing_checks(request, unit=unit, period=period)
    else:
        conflicts = []
    page = entry_page(unit=unit, period=period, user=request.user, form_code=form_code, posted=posted, errors=errors)
    return render(
        request,
        "indicators/form_edit.html",
        {
            "unit": unit,
            "period": period,
            "page": page,
            "conflicts": conflicts,
            # reviewers' comments on this sheet, beside it (indicators.comments)
            "sheet_comments": sheet_comments(unit=unit, period=period, form=page.form),
            "can_comment": access.allowed(request.user, access.Action.REVIEW, unit)
            and commented_report(unit=unit, period=period) is not None,
            "can_resolve": access.allowed(request.user, access.Action.EDIT, unit),
        },
        status=status,
    )


def _warn_failing_checks(request, *, unit, period) -> None:
    """After a save, say that stored figures break a check: saving went through, sending will not."""
    errors = sum(1 for f in findings(unit=unit, period=period) if f.is_error)
    if errors:
        messages.warning(
            request,
            ngettext(
                "%(n)d check finds an error in the saved figures; correct it before sending the report (see Checks).",
                "%(n)d checks find errors in the saved figures; correct them before sending the report (see Checks).",
                errors,
            )
            % {"n": errors},
        )


def _left_out(result) -> list[str]:
    """What a save with refused cells tells the clerk: how many, why, and whether the rest was saved."""
    lines = []
    if result.unreadable:
        lines.append(
            ngettext(
                "%(n)d figure could not be read and was not saved; it is marked below with what you typed.",
                "%(n)d figures could not be read and were not saved; they are marked below with what you typed.",
                result.unreadable,
            )
            % {"n": result.unreadable}
        )
    if result.total_errors:
        lines.append(
            ngettext(
                "%(n)d typed total differs from the sum of its procedure-field rows and was not saved; "
                "the total row is the sum of the rows.",
                "%(n)d typed totals differ from the sum of their procedure-field rows and were not saved; "
                "the total row is the sum of the rows.",
                len(result.total_errors),
            )
            % {"n": len(result.total_errors)}
        )
    return lines


@login_required
@require_POST
def form_live(request, unit_code, period_code, form_code):
    """The computed cells and findings for what is typed, as htmx fragments; saves nothing."""
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    _active_form(form_code, unit)
    live = live_figures(unit=unit, period=period, form_code=form_code, data=request.POST)
    names = [k for k in request.POST if k.startswith(VALUE_PREFIX)]
    errors = [(name, live.errors.get(name[len(VALUE_PREFIX) :], "")) for name in names]
    return render(
        request,
        "indicators/_live.html",
        {
            "live": live,
            "errors": errors,
            "unit": unit,
            "period": period,
            "editable": True,
            "next_path": _form_url(unit, period, form_code),
        },
    )


@login_required
@require_POST
def dossier_import(request, unit_code, period_code):
    """Read a pasted or uploaded Biểu 06 table and show what would be saved; saves nothing."""
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    upload = request.FILES.get("file")
    text = request.POST.get("text", "")
    try:
        if upload is not None:
            lines = importing.read_lines_from_xlsx(upload)
        elif text.strip():
            lines = importing.read_lines_from_text(text)
        else:
            raise ValidationError(_("Paste the table or choose an .xlsx file."))
        preview = importing.parse_dossier_table(lines)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_form_url(unit, period, "dossiers") + "#import")
    version = sheet_version(unit=unit, period=period, form=form_spec("dossiers").form)
    payload = sign_preview({"values": preview.values(), "version": version}, unit=unit, period=period, salt=IMPORT_SALT)
    return render(
        request,
        "indicators/import_preview.html",
        {"unit": unit, "period": period, "preview": preview, "payload": payload, "text": text},
    )


@login_required
@require_POST
def dossier_import_confirm(request, unit_code, period_code):
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    try:
        data = read_preview(request.POST.get("payload"), unit=unit, period=period, salt=IMPORT_SALT,
                            expired=_("The preview has expired; paste or upload the table again."))  # fmt: skip
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_form_url(unit, period, "dossiers"))
    result = values_save(
        unit=unit,
        period=period,
        user=request.user,
        form_code="dossiers",
        values=data["values"],
        version=data["version"],
    )
    if result.ok:
        messages.success(request, _("The dossier table was imported."))
    elif result.saved:
        messages.warning(request, _("The dossier table was imported, except these cells:"))
        for key, message in result.errors.items():
            messages.error(request, f"{key}: {message}")
    else:
        for line in [*result.general_errors, *result.errors.values(), *result.conflicts]:
            messages.error(request, line)
        messages.error(request, _("Nothing was imported."))
    return redirect(_form_url(unit, period, "dossiers"))


@login_required
@require_POST
def explanation(request, unit_code, period_code):
    unit, period = _unit_period(request, unit_code, period_code, access.Action.EDIT)
    try:
        explanation_save(
            unit=unit,
            period=period,
            user=request.user,
            rule_code=request.POST.get("rule_code", ""),
            text=request.POST.get("text", ""),
        )
        messages.success(request, _("Explanation saved."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    next_url = request.POST.get("next", "")
    if not next_url.startswith(f"/u/{unit.code}/p/{period.code}/"):
        next_url = reverse("indicators:forms", args=[unit.code, period.code])
    return redirect(next_url + "#findings")
