"""Demo PAR INDEX: Quảng Ngãi's 2022 and 2023 district frameworks with the 13 districts' published scores
(Bình Sơn's are seed 004's), its 2024 framework copied from 2023's with Bình Sơn's self-assessment a draft,
and Khánh Hòa's two-tier commune framework for 2025 with Phường Nha Trang's self-assessment still a draft.
Idempotent: frameworks are keyed by (province, year, group), assessments by unit, the decisions by their
register entry.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from plans.models import Document, DocumentType
from scorecards import demo_data as data
from scorecards.frameworks import copy_framework
from scorecards.models import Assessment, Framework, Item, State, UnitGroup
from scorecards.results import field_of, scored_items
from scorecards.services import open_assessment
from units.divisions import HistoryUnavailable, province_before
from units.loading import identity
from units.models import Unit, UnitKind

QUANG_NGAI, KHANH_HOA, NHA_TRANG = "51", "56", "22366"


def _date(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def ensure_districts(province: Unit, codes) -> dict[str, Unit]:
    """Quảng Ngãi's districts before 2025, with their official codes and names from vietnam-provinces (the
    demo units module creates two of them; the others are added here, with a People's Committee identity)."""
    existing = {u.code: u for u in Unit.objects.filter(code__in=codes)}
    missing = [code for code in codes if code not in existing]
    if missing:
        try:
            names = {d.code: d.name for d in province_before(province.code).units}
        except HistoryUnavailable:
            names = {}
        for code in missing:
            if code not in names:
                continue
            unit = Unit(code=code, name=names[code], kind=UnitKind.DISTRICT, parent=province, **identity(names[code]))
            unit.save()
            existing[code] = unit
    return existing


def build_framework(*, province: Unit, year: int, group: str, title: str, survey: str, rows) -> Framework:
    framework, created = Framework.objects.get_or_create(
        province=province, year=year, group=group, defaults={"title": title, "survey_max_points": Decimal(survey)}
    )
    if not created:
        return framework
    by_number: dict[str, Item] = {}
    for order, (number, title_, max_points, method, extra) in enumerate(rows, start=1):
        parent = by_number.get(number.rpartition(".")[0]) if "." in number else None
        item = Item(framework=framework, parent=parent, number=number, order=order, title=title_,
                    max_points=Decimal(max_points), method=method or "manual")  # fmt: skip
        if method == "steps":
            item.steps = extra
        elif method == "ratio":
            item.numerator_code, item.denominator_code, item.thresholds = extra
        item.save()
        by_number[number] = item
    return framework


def spread(field_points: Decimal, leaves: list[Item]) -> dict[int, Decimal]:
    """A field's points over its scored items: each at its maximum, the points lost taken from the last items
    scored by hand (a yes-or-no or stepped item keeps its maximum unless they cannot take them all)."""
    lost = sum((leaf.max_points for leaf in leaves), Decimal(0)) - field_points
    points = {leaf.pk: leaf.max_points for leaf in leaves}
    by_hand = [leaf for leaf in reversed(leaves) if leaf.method == "manual"]
    for leaf in by_hand + [leaf for leaf in reversed(leaves) if leaf.method != "manual"]:
        take = min(lost, points[leaf.pk])
        points[leaf.pk] -= take
        lost -= take
    return points


def _decision(province: Unit, row) -> Document:
    number, issued, subject = row
    issued_on = _date(issued)
    document = Document.objects.filter(
        unit=province, doc_type=DocumentType.DECISION, year=issued_on.year, number=number
    ).first()
    if document is None:
        document = Document(unit=province, doc_type=DocumentType.DECISION, number=number, symbol="QĐ-UBND",
                            issued_on=issued_on, subject=subject)  # fmt: skip
        document.save()
    return document


def score_districts(framework: Framework, districts: dict[str, Unit], table: dict, decision: Document, *,
                    losses: dict | None = None, own: dict | None = None) -> None:  # fmt: skip
    """Published assessments with the table's points per field (spread over the items) and SIPAS."""
    items = list(Item.objects.filter(framework=framework).order_by("order"))
    leaves = scored_items(items)
    tops = field_of(items)
    fields = [i for i in items if i.parent_id is None]
    for code, row in table.items():
        unit = districts.get(code)
        if unit is None or Assessment.objects.filter(framework=framework, unit=unit).exists():
            continue
        assessment = open_assessment(framework=framework, unit=unit)
        scores = {s.item_id: s for s in assessment.scores.all()}
        for index, field in enumerate(fields):
            field_leaves = [leaf for leaf in leaves if tops[leaf.pk].pk == field.pk]
            if code == "524" and losses:
                points = {leaf.pk: Decimal(losses[leaf.number][0]) if leaf.number in losses else leaf.max_points
                          for leaf in field_leaves}  # fmt: skip
                assert sum(points.values()) == Decimal(row[index]), field.number
            else:
                points = spread(Decimal(row[index]), field_leaves)
            for leaf in field_leaves:
                score = scores[leaf.pk]
                reason = losses[leaf.number][1] if code == "524" and losses and leaf.number in losses else ""
                self_points = (
                    Decimal((own or {}).get(leaf.number, points[leaf.pk])) if code == "524" else points[leaf.pk]
                )
                score.self_points, score.appraised_points = self_points, points[leaf.pk]
                score.appraisal_reason = reason if points[leaf.pk] != self_points or reason else ""
                score.save()
        assessment.survey_points = Decimal(row[8])
        assessment.state, assessment.decision, assessment.published_at = State.PUBLISHED, decision, timezone.now()
        assessment.save()


def seed(stdout=None) -> None:
    province = Unit.objects.filter(code=QUANG_NGAI).first()
    if province is not None:
        districts = ensure_districts(province, list(data.DISTRICTS_2023))
        title = "Bộ chỉ số cải cách hành chính của UBND các huyện, thị xã, thành phố năm {}"
        old = build_framework(province=province, year=2022, group=UnitGroup.DISTRICT, title=title.format(2022),
                              survey=data.DISTRICT_SURVEY, rows=data.DISTRICT_ITEMS)  # fmt: skip
        new = Framework.objects.filter(province=province, year=2023, group=UnitGroup.DISTRICT).first()
        if new is None:
            new = copy_framework(source=old, year=2023)
        score_districts(old, districts, data.DISTRICTS_2022, _decision(province, data.DECISION_2023))
        score_districts(new, districts, data.DISTRICTS_2023, _decision(province, data.DECISION_2024),
                        losses=data.BINH_SON_LOSSES, own=data.BINH_SON_SELF)  # fmt: skip
        # 2024: the framework copied from 2023's, Bình Sơn's self-assessment a draft (its ratio items are scored
        # from its 2024 figures when its clerk opens it)
        following = Framework.objects.filter(province=province, year=2024, group=UnitGroup.DISTRICT).first()
        if following is None:
            following = copy_framework(source=new, year=2024)
        if "524" in districts:
            open_assessment(framework=following, unit=districts["524"])
        if stdout is not None:
            stdout.write(
                f"PAR INDEX: {Assessment.objects.filter(framework__province=province).count()} district scorecards."
            )
    khanh_hoa = Unit.objects.filter(code=KHANH_HOA).first()
    nha_trang = Unit.objects.filter(code=NHA_TRANG).first()
    if khanh_hoa is not None:
        framework = build_framework(
            province=khanh_hoa, year=2025, group=UnitGroup.COMMUNE,
            title="Bộ chỉ số cải cách hành chính của UBND các xã, phường, đặc khu năm 2025",
            survey=data.COMMUNE_SURVEY, rows=data.COMMUNE_ITEMS,
        )  # fmt: skip
        if nha_trang is not None:
            open_assessment(framework=framework, unit=nha_trang)
