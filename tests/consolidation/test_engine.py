import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consolidation.completeness import DESCENDANTS
from consolidation.engine import consolidate
from reports.models import PeriodKind, ReportingDuty, ReportState, ReportType
from reports.periods import ensure_period
from units.models import Unit, UnitKind
from units.tree import merge_units

from .conftest import make_communes, make_report, put

S = ReportState


def test_it_recomputes_rates_from_summed_parts_never_averages(district, h1_2024):
    a, b = make_communes(district, 2)
    put(a, h1_2024, {"dossiers.resolved.on_time": 90, "dossiers.resolved.late": 10})
    put(b, h1_2024, {"dossiers.resolved.on_time": 1, "dossiers.resolved.late": 9})
    for unit in (a, b):
        make_report(unit, h1_2024)

    result = consolidate(unit=district, period=h1_2024)

    assert result.values["dossiers.resolved.total"] == 110
    # (90/100 + 1/10) / 2 = 50 % would be the average of percentages; the sums give 91/110.
    assert result.values["dossiers.rate.on_time"] == Decimal("82.73")


def test_it_sums_counts_and_procedure_field_rows(district, h1_2024):
    a, b = make_communes(district, 2)
    put(a, h1_2024, {"dossiers.received.online": 888, "dossiers.received.direct": 1028})
    put(a, h1_2024, {"dossiers.received.online": 800}, breakdown="ho-tich")
    put(b, h1_2024, {"dossiers.received.online": 112, "dossiers.received.carried_over": 33})
    put(b, h1_2024, {"dossiers.received.online": 100}, breakdown="ho-tich")
    for unit in (a, b):
        make_report(unit, h1_2024)

    result = consolidate(unit=district, period=h1_2024)

    assert result.values["dossiers.received.online"] == 1000
    assert result.values["dossiers.received.total"] == 888 + 1028 + 112 + 33
    assert result.values["dossiers.rate.online"] == Decimal("49.31")  # 1000 / 2028 = 49,309…
    assert result.breakdowns["dossiers.received.online"] == {"ho-tich": 900}


def test_it_counts_coded_answers_per_answer(district, h1_2024):
    units = make_communes(district, 3)
    for unit, answer in zip(units, (1, 1, 0), strict=True):
        put(unit, h1_2024, {"direction.dialogue": answer})
        make_report(unit, h1_2024)

    result = consolidate(unit=district, period=h1_2024)

    counts = {c.label: c.count for c in result.coded["direction.dialogue"]}
    assert counts == {"Không": 1, "Có": 2}
    assert result.coded_text("direction.dialogue") == "1/3 xã: Không; 2/3 xã: Có"
    assert "direction.dialogue" not in result.values or result.values["direction.dialogue"] is None


def test_it_counts_only_accepted_reports_unless_provisional(district, h1_2024):
    accepted, submitted, draft, returned = make_communes(district, 4)
    for unit, state in ((accepted, S.ACCEPTED), (submitted, S.SUBMITTED), (draft, S.DRAFT), (returned, S.RETURNED)):
        put(unit, h1_2024, {"feedback.received": 1})
        make_report(unit, h1_2024, state)

    final = consolidate(unit=district, period=h1_2024)
    provisional = consolidate(unit=district, period=h1_2024, provisional=True)

    assert final.values["feedback.received"] == 1
    assert [u.pk for u in final.source_units] == [accepted.pk]
    assert provisional.values["feedback.received"] == 2
    assert provisional.provisional is True
    assert {u.pk for u in provisional.source_units} == {accepted.pk, submitted.pk}


def test_the_kinds_filter_leaves_out_other_kinds(district, h1_2024):
    (commune,) = make_communes(district, 1)
    (office,) = make_communes(district, 1, prefix="PNV", kind=UnitKind.DISTRICT_OFFICE)
    # This district has its offices file the half-year report too (by default they file none).
    ReportingDuty.objects.create(unit=district, unit_kind=UnitKind.DISTRICT_OFFICE, period_kind=PeriodKind.HALF_YEAR,
                                 report_type=ReportType.objects.get(code="cchc-half-year"))  # fmt: skip
    for unit in (commune, office):
        put(unit, h1_2024, {"institution.legal_docs.issued": 5})
        make_report(unit, h1_2024)

    everyone = consolidate(unit=district, period=h1_2024)
    communes = consolidate(unit=district, period=h1_2024, kinds=UnitKind.commune_level())

    assert everyone.values["institution.legal_docs.issued"] == 10
    assert everyone.completeness.expected == 2
    assert communes.values["institution.legal_docs.issued"] == 5
    assert [s.unit.pk for s in communes.completeness.units] == [commune.pk]


def test_merged_units_count_in_the_periods_when_they_existed(district):
    before, after, year = ensure_period("2025-H1"), ensure_period("2025-H2"), ensure_period("2025")
    old_a, old_b = make_communes(district, 2, prefix="OLD")
    new = Unit.objects.create(
        code="NEW1", name="Xã Mới", kind=UnitKind.COMMUNE, parent=district, issuing_authority="UBND",
        place_name="Mới", established_on=dt.date(2025, 7, 1),
    )  # fmt: skip
    merge_units(sources=[old_a, old_b], into=new, on=dt.date(2025, 7, 1))
    for unit in (old_a, old_b):
        put(unit, before, {"feedback.received": 3})
        make_report(unit, before)
    put(new, after, {"feedback.received": 10})
    make_report(new, after)
    put(new, year, {"feedback.received": 16})
    make_report(new, year)

    first_half = consolidate(unit=district, period=before)
    second_half = consolidate(unit=district, period=after)
    whole_year = consolidate(unit=district, period=year)

    assert first_half.values["feedback.received"] == 6
    assert {s.unit.code for s in first_half.completeness.units} == {old_a.code, old_b.code}
    assert second_half.values["feedback.received"] == 10
    assert [s.unit.code for s in second_half.completeness.units] == ["NEW1"]
    # The merged commune reports for the whole year; the communes it absorbed are not expected too.
    assert [s.unit.code for s in whole_year.completeness.units] == ["NEW1"]
    assert whole_year.values["feedback.received"] == 16


def test_completeness_counts_timeliness_against_the_due_date_and_names_missing_units(district, h1_2024):
    early, late, waiting, silent = make_communes(district, 4)
    make_report(early, h1_2024, submitted_on=h1_2024.due_date)
    make_report(late, h1_2024, submitted_on=h1_2024.due_date + dt.timedelta(days=1))
    make_report(waiting, h1_2024, S.SUBMITTED, submitted_on=h1_2024.due_date - dt.timedelta(days=3))
    make_report(silent, h1_2024, S.DRAFT)

    c = consolidate(unit=district, period=h1_2024).completeness

    assert (c.expected, c.submitted, c.accepted, c.on_time, c.late) == (4, 3, 2, 2, 1)
    assert c.missing == [silent]
    assert c.late_units == [late]
    assert c.awaiting_acceptance == [waiting]


def test_a_province_consolidates_its_districts_with_their_accepted_subtrees(tree, district, h1_2024):
    province = tree["51"]
    a, b = make_communes(district, 2)
    put(a, h1_2024, {"feedback.received": 2})
    put(b, h1_2024, {"feedback.received": 100})
    put(district, h1_2024, {"feedback.received": 7})  # the district's own offices' work
    make_report(a, h1_2024)
    make_report(b, h1_2024, S.SUBMITTED)  # not accepted by the district
    make_report(district, h1_2024)

    by_children = consolidate(unit=province, period=h1_2024)
    communes_only = consolidate(unit=province, period=h1_2024, scope=DESCENDANTS, kinds=UnitKind.commune_level())

    assert by_children.values["feedback.received"] == 9
    assert communes_only.values["feedback.received"] == 2
    communes = Unit.objects.descendants_of(province).filter(kind__in=UnitKind.commune_level())
    assert communes_only.completeness.expected == communes.count() == 22 + 1 + 2
    assert communes_only.completeness.accepted == 1


def _count_queries(district, period, n):
    units = make_communes(district, n, prefix=f"Q{n}-")
    for i, unit in enumerate(units):
        put(unit, period, {"dossiers.resolved.on_time": i, "dossiers.resolved.late": 1, "direction.dialogue": i % 2})
        make_report(unit, period)
    with CaptureQueriesContext(connection) as ctx:
        consolidate(unit=district, period=period)
    return len(ctx.captured_queries)


@pytest.mark.parametrize("scope", ["children"])
def test_the_number_of_queries_does_not_grow_with_the_number_of_units(tree, h1_2024, scope):
    small = Unit.objects.create(code="D3", name="D3", kind=UnitKind.DISTRICT, parent=tree["51"], issuing_authority="U", place_name="x")  # fmt: skip
    large = Unit.objects.create(code="D30", name="D30", kind=UnitKind.DISTRICT, parent=tree["51"], issuing_authority="U", place_name="x")  # fmt: skip
    assert _count_queries(small, h1_2024, 3) == _count_queries(large, h1_2024, 30)
