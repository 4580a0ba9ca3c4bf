"""What the scorecard pages show, read in a constant number of queries (views only render these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from indicators.values import active_indicators
from plans.models import Document
from reform_portal.numbers import format_number, format_percent
from scorecards.models import Assessment, Framework, Item, Method, Score, State
from scorecards.results import Results, Standing, UnitResult, field_of, framework_results, scored_items
from scorecards.scoring import points_change_text, rank_change_phrase, rank_phrase
from scorecards.services import Measured, measured_ratios, moves_for
from units import access
from units.access import Action


@dataclass
class Row:
    item: Item
    scored: bool
    score: Score | None = None
    measured: Measured | None = None
    documents: list = field(default_factory=list)
    files: list = field(default_factory=list)
    figures: tuple[str, str] = ("", "")  # a ratio's numerator and denominator, named as in the catalogue

    @property
    def in_force(self) -> Decimal | None:
        if self.score is None:
            return None
        return self.score.appraised_points if self.score.appraised_points is not None else self.score.self_points

    @property
    def thresholds_text(self) -> list[tuple[str, str]]:
        return [(str(a), str(b)) for a, b in self.item.thresholds]


@dataclass
class AssessmentPage:
    framework: Framework
    assessment: Assessment
    rows: list[Row]
    register: list[Document]
    moves: list
    may_edit: bool
    may_appraise: bool
    results: Results | None
    history: list = field(default_factory=list)


def frameworks_for(user):
    """The frameworks of the provinces the user sees, newest first, and the user's units' assessments."""
    frameworks = list(
        Framework.objects.filter(access.units_q(user, Action.VIEW, prefix="province__"))
        .select_related("province")
        .order_by("-year", "province__path", "group")
    )
    assessments = list(
        access.scope(Assessment.objects.all(), user)
        .select_related("framework", "unit")
        .order_by("-framework__year", "unit__path")
    )
    return frameworks, assessments


def assessment_page(*, user, assessment: Assessment) -> AssessmentPage:
    framework = assessment.framework
    items = list(Item.objects.filter(framework=framework).order_by("order", "pk"))
    leaves = {item.pk for item in scored_items(items)}
    scores = {
        s.item_id: s
        for s in Score.objects.filter(assessment=assessment).prefetch_related(
            Prefetch("documents", queryset=Document.objects.order_by("issued_on", "number")), "files"
        )
    }
    may_edit = assessment.state in (State.DRAFT, State.RETURNED) and access.allowed(user, Action.EDIT, assessment.unit)
    may_appraise = assessment.state == State.SUBMITTED and access.allowed(user, Action.APPRAISE, assessment.unit)
    measured = measured_ratios(assessment, [i for i in items if i.pk in leaves]) if may_edit else {}
    catalogue = active_indicators() if any(item.method == Method.RATIO for item in items) else {}

    def name(code: str) -> str:
        return catalogue[code].name if code in catalogue else code

    rows = []
    for item in items:
        score = scores.get(item.pk)
        rows.append(
            Row(
                item,
                item.pk in leaves,
                score,
                measured.get(item.pk) if item.method == Method.RATIO else None,
                list(score.documents.all()) if score else [],
                list(score.files.all()) if score else [],
                (name(item.numerator_code), name(item.denominator_code)) if item.method == Method.RATIO else ("", ""),
            )
        )
    register = []
    if may_edit:
        register = list(
            Document.objects.filter(unit=assessment.unit)
            .filter(Q(year=framework.year) | Q(year=framework.year - 1))
            .order_by("-issued_on", "-number")
        )
    results = (
        framework_results(framework)
        if access.allowed(user, Action.VIEW, framework.province) or (assessment.state == State.PUBLISHED)
        else None
    )
    history = score_history(assessment, {item.pk: item.number for item in items})
    return AssessmentPage(
        framework, assessment, rows, register, moves_for(user, assessment), may_edit, may_appraise, results, history
    )


@dataclass
class Change:
    """One change of a score, as the history keeps it."""

    when: object  # datetime
    who: str
    number: str
    self_points: tuple[Decimal | None, Decimal | None] | None  # (before, after) when the unit's own changed
    appraised_points: tuple[Decimal | None, Decimal | None] | None  # the same for the council's
    reason: str


def score_history(assessment: Assessment, numbers: dict[int, str]) -> list[Change]:
    """Every change someone made in the portal to the assessment's scores (the unit's own points, the council's
    points or reason), newest first, with who made it (``numbers``: item id -> number). Read from
    django-simple-history in one query; the demo's and the data loads' writes (no user) are left out."""
    records = (
        Score.history.filter(assessment_id=assessment.pk)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    changes, previous = [], {}
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        old_self = before.self_points if before else None
        old_appraised = before.appraised_points if before else None
        old_reason = before.appraisal_reason if before else ""
        own = (old_self, record.self_points) if old_self != record.self_points else None
        council = (old_appraised, record.appraised_points) if old_appraised != record.appraised_points else None
        if record.history_user is None or (own is None and council is None and old_reason == record.appraisal_reason):
            continue
        who = str(record.history_user)
        reason = record.appraisal_reason if (council or old_reason != record.appraisal_reason) else ""
        changes.append(Change(record.history_date, who, numbers.get(record.item_id, ""), own, council, reason))
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes


def field_totals(rows: list[Row]) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """Per field id: (the unit's own total, the total in force)."""
    tops = field_of([r.item for r in rows])
    own: dict[int, list] = {}
    force: dict[int, list] = {}
    for row in rows:
        if row.scored and row.score is not None:
            top = tops[row.item.pk].pk
            own.setdefault(top, []).append(row.score.self_points)
            force.setdefault(top, []).append(row.in_force)

    def total(values):
        known = [v for v in values if v is not None]
        return sum(known, Decimal(0)) if known else None

    return {top: (total(own.get(top, [])), total(force.get(top, []))) for top in own}


@dataclass
class StandingRow:
    label: str
    points: str  # "9,2/10,5"
    share: str  # "87,62 %"
    rank: str  # "xếp hạng 11/13 huyện, thành phố", "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác"
    change: str  # "+0,29 điểm; tăng 9 bậc so với năm 2022"
    total: bool = False


def standing_rows(results: Results, result: UnitResult) -> list[StandingRow]:
    """The unit's result per field, then the appraised part, SIPAS and the total, worded as the seeds word them."""
    previous_year = results.framework.year - 1

    def row(label: str, standing: Standing, total: bool = False) -> StandingRow:
        change = [points_change_text(standing.points_change), rank_change_phrase(standing.change, previous_year)]
        return StandingRow(
            label,
            f"{format_number(standing.points, empty='–')}/{format_number(standing.max_points)}",
            format_percent(standing.share),
            rank_phrase(standing.rank, results.peers) if standing.rank else "",
            "; ".join(part for part in change if part),
            total,
        )

    rows = [row(f"{f.item.number}. {f.item.title}", f.standing) for f in result.fields]
    rows.append(row(_("Self-assessment as appraised"), result.appraised, True))
    rows.append(row("SIPAS", result.survey, True))
    rows.append(row(_("Total"), result.total, True))
    return rows
