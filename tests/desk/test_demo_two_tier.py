"""The two-tier demo: Khánh Hòa loaded from the official list, its wards and communes reporting to the
province in every state, and the wards that formed Phường Nha Trang with their 2024 reports."""

import pytest
from vietnam_provinces import ProvinceCode, Ward

from consolidation.engine import consolidate
from desk import demo as desk_demo
from indicators import demo as indicators_demo
from plans import demo as plans_demo
from reports import demo as reports_demo
from reports.models import Report, ReportState
from reports.periods import ensure_period
from units import demo as units_demo
from units import divisions
from units.models import Membership, Role, Unit, UnitKind

S = ReportState


@pytest.fixture
def demo(db):
    logins = units_demo.seed()
    for seeder in (reports_demo, indicators_demo, plans_demo, desk_demo):
        seeder.seed()
    return logins


def test_khanh_hoa_is_two_tier_with_its_official_codes(demo):
    province = Unit.objects.get(code=units_demo.KHANH_HOA)
    current = province.children.filter(kind__in=UnitKind.commune_level(), dissolved_on__isnull=True)
    official = {f"{int(w.code):05d}" for w in Ward.iter_by_province(ProvinceCode(56))}

    assert set(current.values_list("code", flat=True)) == official
    assert not province.children.filter(kind=UnitKind.DISTRICT, dissolved_on__isnull=True).exists()
    assert Unit.objects.get(code="56-SNV").kind == UnitKind.PROVINCE_AGENCY
    reviewer = Membership.objects.get(user__username="reviewer.khanhhoa", role=Role.REVIEWER)
    assert reviewer.unit == province
    assert {login.username for login in demo} >= {"clerk.nhatrang", "leader.nhatrang", "reviewer.khanhhoa",
                                                  "leader.khanhhoa", "admin.khanhhoa"}  # fmt: skip


def test_the_communes_report_to_the_province_in_every_state(demo):
    province = Unit.objects.get(code=units_demo.KHANH_HOA)
    reports = Report.objects.filter(unit__parent=province)

    assert set(reports.filter(period__code="2026-Q3").values_list("state", flat=True)) == {
        S.ACCEPTED, S.SUBMITTED, S.PENDING_APPROVAL, S.RETURNED, S.DRAFT
    }  # fmt: skip
    assert set(reports.filter(period__code="2025").values_list("state", flat=True)) == {S.ACCEPTED}
    result = consolidate(unit=province, period=ensure_period("2026-Q3"))
    assert result.completeness.expected == len(list(Ward.iter_by_province(ProvinceCode(56))))
    assert [u.code for u in result.source_units] == ["22333"]
    assert result.values["dossiers.received.total"] > 0


def test_nha_trangs_predecessors_have_2024_reports_and_are_merged(demo):
    nha_trang = Unit.objects.get(code=units_demo.NHA_TRANG)
    old = Unit.objects.filter(merged_into=nha_trang)
    city = Unit.objects.get(code=units_demo.OLD_NHA_TRANG_CITY[0])

    assert set(units_demo.old_nha_trang_codes()) <= set(old.values_list("code", flat=True))
    assert "22366-cu" in units_demo.old_nha_trang_codes()  # the new ward took Phường Tân Tiến's code
    assert set(old.values_list("dissolved_on", flat=True)) == {divisions.REORGANISED_ON}
    assert nha_trang.established_on == divisions.REORGANISED_ON
    year_2024 = ensure_period("2024")
    assert Report.objects.filter(unit__in=old, period=year_2024, state=S.ACCEPTED).count() == 2
    before = consolidate(unit=city, period=year_2024)
    assert len(before.source_units) == 2 and before.values["dossiers.received.total"] > 0
    assert consolidate(unit=nha_trang.parent, period=ensure_period("2026-Q3")).completeness.expected == 65


@pytest.mark.skipif(not divisions.history_available(), reason="vietnam-provinces without the pre-2025 list")
def test_the_typed_predecessors_are_the_packages():
    sources = Ward.from_code(int(units_demo.NHA_TRANG)).get_legacy_sources()
    assert sorted((int(w.code), w.name) for w in sources) == units_demo.NHA_TRANG_PREDECESSORS
    assert {int(w.district_code) for w in sources} == {int(units_demo.OLD_NHA_TRANG_CITY[0])}
