"""What changes a scorecard: the unit's self-assessment, its moves, the council's appraisal, SIPAS, publishing.

Each service checks the access module, then validates everything before it writes, in one transaction
(holding the assessment's row lock), so bad input writes nothing. Every write goes through the models'
history (django-simple-history): each change of a score, by whom and when, is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consolidation.figures import report_figures
from plans.models import Document, DocumentType
from reform_portal.numbers import format_number, to_decimal
from reform_portal.uploads import read_bytes
from reports.periods import ensure_period
from scorecards.models import EDITABLE, Assessment, Evidence, Framework, Item, Method, Score, State
from scorecards.results import scored_items
from scorecards.scoring import check_method_points, check_points, score_ratio
from scorecards.survey_file import match_survey_rows, read_survey_rows
from units import access
from units.access import Action
from units.models import Unit, UnitKind

GROUP_KINDS = {
    "district": [UnitKind.DISTRICT],
    "commune": UnitKind.commune_level(),
    "agency": [UnitKind.PROVINCE_AGENCY],
}


class Locked(ValidationError):
    pass


def scored_units(framework: Framework):
    """The units a framework scores: the province's units of its group (existing in that year)."""
    province = framework.province
    return (
        Unit.objects.existing_between(dt.date(framework.year, 1, 1), dt.date(framework.year, 12, 31))
        .filter(path__gte=province.path, path__lt=province.path_upper_bound, kind__in=GROUP_KINDS[framework.group])
        .order_by("path")
    )


@transaction.atomic
def open_assessment(*, framework: Framework, unit: Unit) -> Assessment:
    """The unit's assessment of the framework, with an empty score per scored item (created once)."""
    assessment, _created = Assessment.objects.get_or_create(framework=framework, unit=unit)
    items = scored_items(list(Item.objects.filter(framework=framework)))
    have = set(Score.objects.filter(assessment=assessment).values_list("item_id", flat=True))
    for item in items:
        if item.pk not in have:
            Score.objects.create(assessment=assessment, item=item)
    return assessment


# Ratio items: scored from the value store ---------------------------------------------------------


@dataclass
class Measured:
    item: Item
    numerator: Decimal | None
    denominator: Decimal | None
    percent: Decimal | None
    points: Decimal | None


def measured_ratios(assessment: Assessment, items: list[Item] | None = None) -> dict[int, Measured]:
    """Each ratio item's figures for the unit's year (its yearly report's figures: own and units below)."""
    items = items if items is not None else scored_items(list(Item.objects.filter(framework=assessment.framework)))
    ratios = [item for item in items if item.method == Method.RATIO]
    if not ratios:
        return {}
    figures = report_figures(unit=assessment.unit, period=ensure_period(str(assessment.framework.year)))
    found = {}
    for item in ratios:
        num, den = to_decimal(figures.get(item.numerator_code)), to_decimal(figures.get(item.denominator_code))
        percent, pts = score_ratio(num, den, item.thresholds, item.max_points)
        found[item.pk] = Measured(item, num, den, percent, pts)
    return found


# Self-assessment -----------------------------------------------------------------------------------


def _locked_assessment(assessment_id: int) -> Assessment:
    return Assessment.objects.select_for_update().select_related("framework", "unit").get(pk=assessment_id)


def _refuse_published(assessment: Assessment) -> None:
    if assessment.state == State.PUBLISHED:
        raise Locked(_("The results were published: the scores can no longer change."))


def _typed(value, item: Item) -> Decimal | None:
    return check_method_points(value, method=item.method, max_points=item.max_points, steps=item.steps)


@dataclass
class SelfEntry:
    points: str = ""
    note: str = ""
    documents: tuple[int, ...] = ()


@transaction.atomic
def save_self_assessment(*, assessment: Assessment, user, entries: dict[int, SelfEntry], version: int) -> Assessment:
    """The unit's scores (item id -> typed points, note, register documents), all or nothing.

    Ratio items are not typed: they take the points their thresholds give the year's figures. A document
    must be of the unit's own register. Refused unless the unit's clerk (EDIT) saves a draft or returned
    assessment of the version they saw.
    """
    access.require(user, Action.EDIT, assessment.unit)
    assessment = _locked_assessment(assessment.pk)
    _refuse_published(assessment)
    if assessment.state not in EDITABLE:
        raise Locked(_("The self-assessment was sent: it can change again only when it is returned."))
    if assessment.version != version:
        raise ValidationError(_("Someone else saved this self-assessment meanwhile: reload the page."))
    scores = {s.item_id: s for s in Score.objects.filter(assessment=assessment).select_related("item")}
    items = [s.item for s in scores.values()]
    measured = measured_ratios(assessment, items)
    allowed_docs = set(
        Document.objects.filter(
            unit=assessment.unit, pk__in={d for e in entries.values() for d in e.documents}
        ).values_list("pk", flat=True)
    )
    errors: dict[str, list[str]] = {}
    changes = []
    # ratio items are recomputed from the year's figures on every save, typed or not
    entries = {**{s.item_id: SelfEntry() for s in scores.values() if s.item.method == Method.RATIO}, **entries}
    for item_id, entry in entries.items():
        score = scores.get(item_id)
        if score is None:
            continue
        if score.item.method == Method.RATIO:
            found = measured.get(item_id)
            new_points = found.points if found else None
            new_measured = found.percent if found else None
        else:
            try:
                new_points = _typed(entry.points, score.item)
            except ValidationError as exc:
                errors[score.item.number] = exc.messages
                continue
            new_measured = None
        if set(entry.documents) - allowed_docs:
            errors[score.item.number] = [_("A document must come from the unit's own register.")]
            continue
        changes.append((score, new_points, new_measured, entry))
    if errors:
        raise ValidationError({number: messages for number, messages in errors.items()})
    for score, new_points, new_measured, entry in changes:
        if (score.self_points, score.measured, score.self_note) != (new_points, new_measured, entry.note.strip()):
            score.self_points, score.measured, score.self_note = new_points, new_measured, entry.note.strip()
            score._change_reason, score._history_user = "self-assessment", user
            score.save(update_fields=["self_points", "measured", "self_note"])
        if set(score.documents.values_list("pk", flat=True)) != set(entry.documents):
            score.documents.set(entry.documents)
    assessment.version += 1
    assessment._history_user = user
    assessment.save(update_fields=["version"])
    return assessment


@transaction.atomic
def attach_evidence(*, score: Score, user, upload) -> Evidence:
    """A file beside a score, read through the bounded upload reader (too large: refused, nothing stored)."""
    access.require(user, Action.EDIT, score.assessment.unit)
    assessment = _locked_assessment(score.assessment_id)
    _refuse_published(assessment)
    if assessment.state not in EDITABLE:
        raise Locked(_("The self-assessment was sent: it can change again only when it is returned."))
    data = read_bytes(upload)
    name = (getattr(upload, "name", "") or "evidence").rsplit("/", 1)[-1][:200]
    evidence = Evidence(score=score, name=name, sha256=hashlib.sha256(data).hexdigest(), uploaded_by=user)
    evidence.file.save(name, ContentFile(data), save=False)
    evidence.save()
    return evidence


# The moves -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    name: str
    sources: frozenset[str]
    target: str
    action: Action
    comment_required: bool = False


MOVES = {
    m.name: m
    for m in (
        Move("submit", frozenset({State.DRAFT, State.RETURNED}), State.PENDING_APPROVAL, Action.EDIT),
        Move("approve", frozenset({State.PENDING_APPROVAL}), State.SUBMITTED, Action.APPROVE),
        Move("send_back", frozenset({State.PENDING_APPROVAL}), State.RETURNED, Action.APPROVE, True),
        Move("return", frozenset({State.SUBMITTED}), State.RETURNED, Action.APPRAISE, True),
    )
}


def moves_for(user, assessment: Assessment) -> list[Move]:
    return [
        m for m in MOVES.values() if assessment.state in m.sources and access.allowed(user, m.action, assessment.unit)
    ]


@transaction.atomic
def apply_move(
    *, assessment: Assessment, user, name: str, comment: str = "", state_seen: str | None = None
) -> Assessment:
    move = MOVES.get(name)
    if move is None:
        raise ValidationError(_("Unknown action."))
    assessment = _locked_assessment(assessment.pk)
    access.require(user, move.action, assessment.unit)
    if state_seen is not None and assessment.state != state_seen:
        return assessment  # a double click moves once
    if assessment.state not in move.sources:
        raise ValidationError(_("This action is not possible in the assessment's present state."))
    if move.comment_required and not comment.strip():
        raise ValidationError(_("Say why it is sent back."))
    if name == "submit":
        missing = Score.objects.filter(assessment=assessment, self_points__isnull=True).exclude(
            item__method=Method.RATIO
        )
        if missing.exists():
            raise ValidationError(
                _("Score every item before sending: %(items)s.")
                % {"items": ", ".join(missing.order_by("item__order").values_list("item__number", flat=True))}
            )
    assessment.state = move.target
    assessment.comment = comment.strip()
    assessment._change_reason, assessment._history_user = name, user
    assessment.save(update_fields=["state", "comment"])
    return assessment


# The council's appraisal ---------------------------------------------------------------------------


@dataclass
class Appraisal:
    points: str = ""
    reason: str = ""


@transaction.atomic
def appraise(*, assessment: Assessment, user, changes: dict[int, Appraisal]) -> list[Score]:
    """The council's scores (item id -> points, reason). A score changed to differ from the unit's own needs a
    reason; a blank score leaves the unit's own in force. Only on a sent assessment, all or nothing."""
    access.require(user, Action.APPRAISE, assessment.unit)
    assessment = _locked_assessment(assessment.pk)
    _refuse_published(assessment)
    if assessment.state != State.SUBMITTED:
        raise Locked(_("Only a self-assessment sent to the province is appraised."))
    scores = {s.item_id: s for s in Score.objects.filter(assessment=assessment).select_related("item")}
    errors: dict[str, list[str]] = {}
    planned = []
    for item_id, change in changes.items():
        score = scores.get(item_id)
        if score is None:
            continue
        try:
            new = _typed(change.points, score.item)
        except ValidationError as exc:
            errors[score.item.number] = exc.messages
            continue
        reason = change.reason.strip()
        changed = (new, reason) != (score.appraised_points, score.appraisal_reason)
        if changed and new is not None and new != score.self_points and not reason:
            errors[score.item.number] = [
                _("Give the reason for %(points)s points instead of the unit's %(own)s.")
                % {"points": format_number(new), "own": format_number(score.self_points, empty="–")}
            ]
            continue
        if changed:
            planned.append((score, new, reason))
    if errors:
        raise ValidationError(errors)
    for score, new, reason in planned:
        score.appraised_points, score.appraisal_reason = new, reason
        score._change_reason, score._history_user = reason or "appraisal", user
        score.save(update_fields=["appraised_points", "appraisal_reason"])
    if planned:
        assessment.version += 1
        assessment._history_user = user
        assessment.save(update_fields=["version"])
    return [p[0] for p in planned]


# SIPAS ---------------------------------------------------------------------------------------------


def _survey_value(text, framework: Framework) -> Decimal:
    return check_points(text if isinstance(text, str) else str(text), framework.survey_max_points)


@transaction.atomic
def set_survey_points(*, framework: Framework, user, points: dict[str, str]) -> int:
    """SIPAS points per unit code, all or nothing; returns how many changed."""
    if not access.allowed(user, Action.PUBLISH_SCORES, framework.province):
        raise PermissionDenied
    assessments = {
        a.unit.code: a
        for a in Assessment.objects.select_for_update(of=("self",)).select_related("unit").filter(framework=framework)
    }
    errors, planned = {}, []
    for code, text in points.items():
        assessment = assessments.get(code)
        if assessment is None:
            errors[code] = [_("No assessment of unit %(code)s in this framework.") % {"code": code}]
            continue
        if assessment.state == State.PUBLISHED:
            errors[code] = [_("The results were published: the scores can no longer change.")]
            continue
        try:
            value = _survey_value(text, framework) if str(text).strip() else None
        except ValidationError as exc:
            errors[code] = exc.messages
            continue
        if value != assessment.survey_points:
            planned.append((assessment, value))
    if errors:
        raise ValidationError(errors)
    for assessment, value in planned:
        assessment.survey_points = value
        assessment._change_reason, assessment._history_user = "SIPAS", user
        assessment.save(update_fields=["survey_points"])
    return len(planned)


def import_survey(*, framework: Framework, user, upload) -> int:
    if not access.allowed(user, Action.PUBLISH_SCORES, framework.province):
        raise PermissionDenied  # before the upload is read
    rows = read_survey_rows(upload)
    units = [a.unit for a in Assessment.objects.select_related("unit").filter(framework=framework)]
    return set_survey_points(framework=framework, user=user, points=match_survey_rows(rows, units))


# Publishing ----------------------------------------------------------------------------------------


@transaction.atomic
def publish(*, framework: Framework, user, decision: Document) -> int:
    """Publish every assessment of the framework with the province's decision; afterwards nothing changes.

    Refused unless every assessment was sent to the province and has its SIPAS points, and the decision
    is a decision of the province's own register.
    """
    if not access.allowed(user, Action.PUBLISH_SCORES, framework.province):
        raise PermissionDenied
    if decision.unit_id != framework.province_id or decision.doc_type != DocumentType.DECISION:
        raise ValidationError(_("The results are published by a decision of the province's register."))
    assessments = list(
        Assessment.objects.select_for_update(of=("self",)).select_related("unit").filter(framework=framework)
    )
    if not assessments:
        raise ValidationError(_("There is nothing to publish."))
    waiting = [a.unit.name for a in assessments if a.state != State.SUBMITTED]
    if waiting:
        raise ValidationError(_("Not yet sent to the province: %(units)s.") % {"units": ", ".join(waiting)})
    no_survey = [a.unit.name for a in assessments if a.survey_points is None]
    if no_survey:
        raise ValidationError(_("No SIPAS points yet: %(units)s.") % {"units": ", ".join(no_survey)})
    now = timezone.now()
    for assessment in assessments:
        assessment.state, assessment.decision, assessment.published_at = State.PUBLISHED, decision, now
        assessment._change_reason, assessment._history_user = "publish", user
        assessment.save(update_fields=["state", "decision", "published_at"])
    return len(assessments)
