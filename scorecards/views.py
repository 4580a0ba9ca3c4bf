"""PAR INDEX pages: the list, a framework's ranking, a unit's assessment (self-assessment, appraisal), SIPAS,
publishing. Each view checks access through units.access, calls one service or selector, and renders."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from plans.models import Document, DocumentType
from scorecards import pages, services
from scorecards.charts import fields_chart_svg, rank_history, rank_history_svg
from scorecards.models import Assessment, Evidence, Framework, Score, State
from scorecards.publication import publication_filename, publication_xlsx
from scorecards.results import framework_results
from scorecards.services import Appraisal, SelfEntry
from units import access
from units.access import Action


def _framework(user, pk) -> Framework:
    """A framework of a province the user sees (else 404)."""
    return access.object_for_user(user, Framework.objects.select_related("province"), pk, unit_field="province")


def _assessment(user, framework_pk, code) -> Assessment:
    found = (
        access.scope(Assessment.objects.select_related("framework__province", "unit", "decision"), user)
        .filter(framework_id=framework_pk, unit__code=code)
        .first()
    )
    if found is None:
        raise Http404
    return found


def _messages(request, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for key, errors in exc.message_dict.items():
            for error in errors:
                messages.error(request, f"{key}: {error}")
    else:
        for error in exc.messages:
            messages.error(request, error)


@login_required
@require_GET
def index(request):
    frameworks, assessments = pages.frameworks_for(request.user)
    return render(request, "scorecards/index.html", {"frameworks": frameworks, "assessments": assessments})


@login_required
@require_GET
def ranking(request, pk):
    framework = _framework(request.user, pk)
    results = framework_results(framework)
    may_publish = access.allowed(request.user, Action.PUBLISH_SCORES, framework.province)
    decisions = []
    if may_publish:
        decisions = list(
            Document.objects.filter(
                unit=framework.province, doc_type=DocumentType.DECISION, year__gte=framework.year
            ).order_by("-issued_on", "-number")
        )
    return render(
        request,
        "scorecards/ranking.html",
        {
            "framework": framework,
            "results": results,
            "may_publish": may_publish,
            "decisions": decisions,
            "published": any(r.assessment.state == State.PUBLISHED for r in results.units),
        },
    )


@login_required
@require_GET
def ranking_xlsx(request, pk):
    """The ranking as the province's Excel publication, for whoever sees the ranking page."""
    framework = _framework(request.user, pk)
    content, _units = publication_xlsx(framework)
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{publication_filename(framework)}"'
    return response


@login_required
@require_GET
def assessment(request, pk, code):
    found = _assessment(request.user, pk, code)
    page = pages.assessment_page(user=request.user, assessment=found)
    unit_result = page.results.for_unit(found.unit_id) if page.results else None
    return render(
        request,
        "scorecards/assessment.html",
        {
            "page": page,
            "framework": page.framework,
            "assessment": found,
            "totals": pages.field_totals(page.rows),
            "unit_result": unit_result,
            "peers": page.results.peers if page.results else "",
            "standings": pages.standing_rows(page.results, unit_result) if unit_result else [],
            "chart": fields_chart_svg(page.results, unit_result) if unit_result else "",
            "rank_chart": rank_history_svg(rank_history(found.framework, found.unit), found.unit.name)
            if unit_result
            else "",
        },
    )


def _ids(values) -> tuple[int, ...]:
    try:
        return tuple(sorted({int(v) for v in values}))
    except ValueError:
        raise ValidationError(_("Unknown document.")) from None


@login_required
@require_POST
def save_self(request, pk, code):
    found = _assessment(request.user, pk, code)
    if not access.allowed(request.user, Action.EDIT, found.unit):
        raise PermissionDenied
    item_ids = Score.objects.filter(assessment=found).values_list("item_id", flat=True)
    try:
        entries = {
            item_id: SelfEntry(
                request.POST.get(f"points-{item_id}", ""),
                request.POST.get(f"note-{item_id}", ""),
                _ids(request.POST.getlist(f"docs-{item_id}")),
            )
            for item_id in item_ids
            if f"points-{item_id}" in request.POST  # an item the form did not show is left as it is
        }
        services.save_self_assessment(
            assessment=found, user=request.user, entries=entries, version=int(request.POST.get("version", 0))
        )
        messages.success(request, _("The self-assessment is saved."))
    except ValidationError as exc:
        _messages(request, exc)
    except ValueError:
        messages.error(request, _("The form is incomplete: reload the page."))
    return redirect("scorecards:assessment", pk, code)


@login_required
@require_POST
def evidence(request, pk, code, score_pk):
    found = _assessment(request.user, pk, code)
    if not access.allowed(request.user, Action.EDIT, found.unit):
        raise PermissionDenied
    score = get_object_or_404(Score, pk=score_pk, assessment=found)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a file."))
    else:
        try:
            services.attach_evidence(score=score, user=request.user, upload=upload)
            messages.success(request, _("The file is attached."))
        except ValidationError as exc:
            _messages(request, exc)
    return redirect("scorecards:assessment", pk, code)


@login_required
@require_GET
def evidence_file(request, pk, code, evidence_pk):
    """An evidence file, for whoever sees the assessment (its unit, the council, the province)."""
    found = _assessment(request.user, pk, code)
    evidence = get_object_or_404(Evidence, pk=evidence_pk, score__assessment=found)
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.name)


@login_required
@require_POST
def move(request, pk, code):
    found = _assessment(request.user, pk, code)
    try:
        services.apply_move(
            assessment=found,
            user=request.user,
            name=request.POST.get("move", ""),
            comment=request.POST.get("comment", ""),
            state_seen=request.POST.get("state") or None,
        )
    except ValidationError as exc:
        _messages(request, exc)
    return redirect("scorecards:assessment", pk, code)


@login_required
@require_POST
def appraise(request, pk, code):
    found = _assessment(request.user, pk, code)
    if not access.allowed(request.user, Action.APPRAISE, found.unit):
        raise PermissionDenied
    item_ids = Score.objects.filter(assessment=found).values_list("item_id", flat=True)
    changes = {
        item_id: Appraisal(request.POST.get(f"appraised-{item_id}", ""), request.POST.get(f"reason-{item_id}", ""))
        for item_id in item_ids
        if f"appraised-{item_id}" in request.POST
    }
    try:
        changed = services.appraise(assessment=found, user=request.user, changes=changes)
        messages.success(request, _("Appraisal saved: %(count)d changes.") % {"count": len(changed)})
    except ValidationError as exc:
        _messages(request, exc)
    return redirect("scorecards:assessment", pk, code)


@login_required
@require_POST
def survey(request, pk):
    framework = _framework(request.user, pk)
    if not access.allowed(request.user, Action.PUBLISH_SCORES, framework.province):
        raise PermissionDenied
    try:
        if request.FILES.get("file") is not None:
            count = services.import_survey(framework=framework, user=request.user, upload=request.FILES["file"])
        else:
            points = {
                key.removeprefix("sipas-"): value for key, value in request.POST.items() if key.startswith("sipas-")
            }
            count = services.set_survey_points(framework=framework, user=request.user, points=points)
        messages.success(request, _("SIPAS points saved: %(count)d changes.") % {"count": count})
    except ValidationError as exc:
        _messages(request, exc)
    return redirect("scorecards:ranking", pk)


@login_required
@require_POST
def publish(request, pk):
    framework = _framework(request.user, pk)
    if not access.allowed(request.user, Action.PUBLISH_SCORES, framework.province):
        raise PermissionDenied
    chosen = request.POST.get("decision", "")
    decision = Document.objects.filter(pk=int(chosen), unit=framework.province).first() if chosen.isdigit() else None
    if decision is None:
        messages.error(request, _("Choose the decision that publishes the results."))
        return redirect("scorecards:ranking", pk)
    try:
        services.publish(framework=framework, user=request.user, decision=decision)
        messages.success(request, _("The results are published."))
    except ValidationError as exc:
        _messages(request, exc)
    return redirect("scorecards:ranking", pk)
