"""The results of a framework: points per field and in total, shares, ranks among peers, change from last year.

``framework_results(framework)`` reads a framework, its assessments and scores, and last year's framework of
the same province and group with its scores, in a constant number of queries whatever the number of units
and items. A scored item counts with the council's appraised points once given, else the unit's own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from scorecards.models import Assessment, Framework, Item, Score, UnitGroup
from scorecards.scoring import Rank, rank_change, ranks, share

ZERO = Decimal(0)


def peers_noun(group: str) -> str:
    """How the documents name a unit's peers: "huyện, thành phố" for districts."""
    return {
        UnitGroup.DISTRICT: _("districts and cities"),
        UnitGroup.COMMUNE: _("communes and wards"),
        UnitGroup.AGENCY: _("provincial agencies"),
    }[group]


@dataclass
class Standing:
    points: Decimal | None
    max_points: Decimal
    rank: Rank | None = None
    previous_points: Decimal | None = None
    previous_rank: Rank | None = None

    @property
    def share(self) -> Decimal | None:
        return share(self.points, self.max_points)

    @property
    def change(self) -> int | None:
        """Places gained since last year (negative: lost)."""
        return rank_change(
            self.previous_rank.position if self.previous_rank else None, self.rank.position if self.rank else None
        )

    @property
    def points_change(self) -> Decimal | None:
        if self.points is None or self.previous_points is None:
            return None
        return self.points - self.previous_points


@dataclass
class LostPoints:
    item: Item
    points: Decimal | None
    reason: str


@dataclass
class FieldResult:
    item: Item
    standing: Standing
    lost: list[LostPoints] = field(default_factory=list)


@dataclass
class UnitResult:
    assessment: Assessment
    self_points: Decimal | None
    fields: list[FieldResult]
    appraised: Standing
    survey: Standing
    total: Standing

    @property
    def unit(self):
        return self.assessment.unit


@dataclass
class Results:
    framework: Framework
    previous: Framework | None
    units: list[UnitResult]
    fields: list[Item]

    @property
    def peers(self) -> str:
        return peers_noun(self.framework.group)

    def for_unit(self, unit_id: int) -> UnitResult | None:
        return next((r for r in self.units if r.assessment.unit_id == unit_id), None)

    @property
    def max_points(self) -> Decimal:
        return sum((f.max_points for f in self.fields), ZERO)


@dataclass
class _Tally:
    """One framework's points in force per assessment: per field, appraised total, survey, total."""

    fields: list[Item]
    leaves: dict[int, list[Item]]  # field id -> its scored items
    by_unit: dict[int, dict]  # unit id -> {"assessment", "field": {number: points}, "self", "appraised", ...}


def scored_items(items: list[Item]) -> list[Item]:
    """The items with nothing below them, in order."""
    parents = {item.parent_id for item in items}
    return [item for item in items if item.pk not in parents]


def field_of(items: list[Item]) -> dict[int, Item]:
    """Each item's field (level-1 ancestor)."""
    by_id = {item.pk: item for item in items}
    found: dict[int, Item] = {}
    for item in items:
        top = item
        while top.parent_id is not None:
            top = by_id[top.parent_id]
        found[item.pk] = top
    return found


def _total(values: list[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, ZERO) if known else None


def _tally(framework: Framework) -> _Tally:
    items = list(Item.objects.filter(framework=framework).order_by("order", "pk"))
    fields = [item for item in items if item.parent_id is None]
    tops = field_of(items)
    leaves: dict[int, list[Item]] = defaultdict(list)
    for item in scored_items(items):
        leaves[tops[item.pk].pk].append(item)
    assessments = list(Assessment.objects.filter(framework=framework).select_related("unit", "decision"))
    scores: dict[int, dict[int, Score]] = defaultdict(dict)
    for score in Score.objects.filter(assessment__framework=framework):
        scores[score.assessment_id][score.item_id] = score
    by_unit = {}
    for assessment in assessments:
        own = scores[assessment.pk]
        per_field, self_total = {}, []
        for top in fields:
            in_force = []
            for leaf in leaves[top.pk]:
                score = own.get(leaf.pk)
                if score is None:
                    continue
                self_total.append(score.self_points)
                in_force.append(score.appraised_points if score.appraised_points is not None else score.self_points)
            per_field[top.number] = _total(in_force)
        appraised = _total(list(per_field.values()))
        survey = assessment.survey_points
        by_unit[assessment.unit_id] = {
            "assessment": assessment,
            "scores": own,
            "field": per_field,
            "self": _total(self_total),
            "appraised": appraised,
            "survey": survey,
            "total": appraised + survey if appraised is not None and survey is not None else None,
        }
    return _Tally(fields, leaves, by_unit)


def previous_framework(framework: Framework) -> Framework | None:
    return Framework.objects.filter(
        province_id=framework.province_id, group=framework.group, year=framework.year - 1
    ).first()


def framework_results(framework: Framework) -> Results:
    now = _tally(framework)
    previous = previous_framework(framework)
    before = _tally(previous) if previous is not None else None

    def ranked(tally: _Tally | None, key, number=None):
        if tally is None:
            return {}
        return ranks({u: (row[key].get(number) if number else row[key]) for u, row in tally.by_unit.items()})

    def last_year(key, number=None):
        if before is None:
            return {}
        return {u: (row[key].get(number) if number else row[key]) for u, row in before.by_unit.items()}

    max_fields = sum((f.max_points for f in now.fields), ZERO)
    standings = {}
    for key in ("appraised", "survey", "total"):
        standings[key] = (ranked(now, key), ranked(before, key), last_year(key))
    field_standings = {
        f.number: (ranked(now, "field", f.number), ranked(before, "field", f.number), last_year("field", f.number))
        for f in now.fields
    }
    units = []
    for unit_id, row in now.by_unit.items():

        def standing(points, max_points, triple, unit_id=unit_id):
            current, previous_ranks, previous_points = triple
            return Standing(
                points, max_points, current.get(unit_id), previous_points.get(unit_id), previous_ranks.get(unit_id)
            )

        fields = []
        for f in now.fields:
            lost = []
            for leaf in now.leaves[f.pk]:
                score = row["scores"].get(leaf.pk)
                got = None
                if score is not None:
                    got = score.appraised_points if score.appraised_points is not None else score.self_points
                if got is None or got < leaf.max_points:
                    lost.append(LostPoints(leaf, got, score.appraisal_reason if score is not None else ""))
            fields.append(
                FieldResult(f, standing(row["field"][f.number], f.max_points, field_standings[f.number]), lost)
            )
        units.append(
            UnitResult(
                assessment=row["assessment"],
                self_points=row["self"],
                fields=fields,
                appraised=standing(row["appraised"], max_fields, standings["appraised"]),
                survey=standing(row["survey"], framework.survey_max_points, standings["survey"]),
                total=standing(row["total"], max_fields + framework.survey_max_points, standings["total"]),
            )
        )
    units.sort(key=lambda r: (r.total.rank.position if r.total.rank else 10**6, r.assessment.unit.path))
    return Results(framework, previous, units, now.fields)
