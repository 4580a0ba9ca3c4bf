"""Who must report (issue 12, item 4): the national default, a province's setting, a reviewing unit's override.

The demo tree: Quảng Ngãi (51) with its Sở Nội vụ (51-SNV) and Văn phòng UBND (51-VP), Huyện Bình Sơn
(524: 22 communes and its Phòng Nội vụ 524-PNV), Thành phố Quảng Ngãi (522: Tịnh Châu); Bình Dương (74)
with Huyện Bàu Bàng (719: Lai Hưng).
"""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from reports.duties import duties, expected_units
from reports.models import Period, PeriodKind, Report, ReportingDuty, ReportType
from reports.periods import ensure_period
from units.models import Unit, UnitKind

YEAR = PeriodKind.YEAR


@pytest.fixture
def year(tree):
    return Period.objects.get(code="2023")


def codes(units) -> set[str]:
    return {u.code for u in units}


def template(code: str) -> ReportType:
    return ReportType.objects.get(code=code)


def setting(unit: Unit, kind: str, type_code: str | None, period_kind: str = YEAR) -> ReportingDuty:
    owed = template(type_code) if type_code else None
    return ReportingDuty.objects.create(unit=unit, unit_kind=kind, period_kind=period_kind, report_type=owed)


def test_by_default_communes_file_the_cchc_report_to_their_district_and_its_office_files_none(tree, year):
    binh_son = tree["524"]
    communes = Unit.objects.filter(parent=binh_son, kind__in=UnitKind.commune_level())

    expected = expected_units(reviewing=binh_son, period=year)

    assert codes(expected) == codes(communes) and len(communes) == 22  # Thị trấn Châu Ổ is one of them
    assert "524-PNV" not in codes(expected)  # Phòng Nội vụ writes the district's report; it files none
    owed = duties(unit=binh_son, period=year)
    assert owed.owed(tree["21073"]) == template("cchc-year")
    assert owed.owed(tree["524-PNV"]) is None


def test_by_default_a_province_expects_its_districts_and_not_its_agencies(tree, year):
    expected = expected_units(reviewing=tree["51"], period=year)

    assert codes(expected) == {"524", "522"}  # not the Sở Nội vụ (the reviewing office), nor the Văn phòng
    assert codes(expected_units(reviewing=None, period=year)) == {"51", "74"}  # the provinces, to the country


def test_the_template_owed_follows_the_period_kind(tree):
    quarter = ensure_period("2024-Q1")
    owed = duties(unit=tree["524"], period=quarter)
    assert owed.owed(tree["21073"]) == template("cchc-quarter")


def test_a_two_tier_province_expects_its_communes_at_the_province(tree):
    """Since 1/7/2025 a province has no districts: its communes file to it (its Sở Nội vụ reviews them)."""
    period = ensure_period("2025-Q3")
    province = Unit.objects.create(code="98", name="Tỉnh Hai Cấp", kind=UnitKind.PROVINCE,
                                   issuing_authority="ỦY BAN NHÂN DÂN", place_name="Hai Cấp")  # fmt: skip
    office = Unit.objects.create(code="98-SNV", name="Sở Nội vụ tỉnh Hai Cấp", kind=UnitKind.PROVINCE_AGENCY,
                                 parent=province, issuing_authority="SỞ NỘI VỤ", place_name="Hai Cấp")  # fmt: skip
    communes = [
        Unit.objects.create(code=f"98{i:03d}", name=f"{kind.label} {i}", kind=kind, parent=province,
                            issuing_authority="ỦY BAN NHÂN DÂN", place_name=str(i), established_on=dt.date(2025, 7, 1))
        for i, kind in enumerate([UnitKind.COMMUNE, UnitKind.WARD, UnitKind.COMMUNE])
    ]  # fmt: skip

    expected = expected_units(reviewing=province, period=period)

    assert codes(expected) == codes(communes) and office.code not in codes(expected)
    assert duties(unit=province, period=period).owed(communes[1]) == template("cchc-quarter")
    # Before the communes were founded (1/7/2025) nobody was expected.
    assert not expected_units(reviewing=province, period=ensure_period("2025-Q1")).exists()


def test_a_province_setting_overrides_the_default_in_that_province_only(tree, year):
    quang_ngai = tree["51"]
    setting(quang_ngai, UnitKind.COMMUNE, "programme-year")  # Quảng Ngãi's communes file the programme report
    setting(quang_ngai, UnitKind.PROVINCE_AGENCY, "cchc-year")  # and its agencies file the CCHC report …
    setting(tree["51-SNV"], UnitKind.PROVINCE_AGENCY, None)  # … except the Sở Nội vụ, which receives them

    owed = duties(unit=quang_ngai, period=year)
    assert owed.owed(tree["21073"]) == template("programme-year")
    assert owed.owed(tree["21040-cu"]) == template("cchc-year")  # a township: the setting is for communes
    assert codes(expected_units(reviewing=quang_ngai, period=year)) == {"524", "522", "51-VP"}
    assert "21073" in codes(expected_units(reviewing=tree["524"], period=year, report_type=template("programme-year")))
    assert "21073" not in codes(expected_units(reviewing=tree["524"], period=year, report_type=template("cchc-year")))
    # Bình Dương keeps the national default.
    assert duties(unit=tree["719"], period=year).owed(tree["25834"]) == template("cchc-year")
    # A setting for quarters leaves the years alone.
    setting(quang_ngai, UnitKind.DISTRICT, None, period_kind=PeriodKind.QUARTER)
    assert {"524", "522"} <= codes(expected_units(reviewing=quang_ngai, period=year))
    assert not expected_units(reviewing=quang_ngai, period=ensure_period("2024-Q1"), subtree=False).filter(
        kind=UnitKind.DISTRICT
    )


def test_a_reviewing_unit_setting_beats_its_province(tree, year):
    setting(tree["51"], UnitKind.COMMUNE, "programme-year")
    setting(tree["524"], UnitKind.COMMUNE, "cchc-year")  # Bình Sơn keeps the CCHC report

    owed = duties(unit=tree["51"], period=year)
    assert owed.owed(tree["21073"]) == template("cchc-year")  # Bình Phước, in Bình Sơn
    assert owed.owed(tree["21208"]) == template("programme-year")  # Tịnh Châu, in the city
    # The same answers as querysets, at any depth below the province.
    below = expected_units(reviewing=tree["51"], period=year, subtree=True, report_type=template("cchc-year"))
    assert "21073" in codes(below) and "21208" not in codes(below)

    setting(tree["524"], UnitKind.TOWNSHIP, None)  # and does not ask its township for a report
    assert "21040-cu" not in codes(expected_units(reviewing=tree["524"], period=year))


def test_the_owed_reports_are_those_of_the_owed_template(tree, year):
    binh_phuoc = tree["21073"]
    base = {"unit": binh_phuoc, "period": year, "subject": "Báo cáo", "cutoff_start": year.cutoff_start,
            "cutoff_end": year.cutoff_end}  # fmt: skip
    programme = Report.objects.create(report_type=template("programme-year"), **base)
    owed = duties(unit=tree["524"], period=year)
    assert list(owed.reports()) == []  # a report of another template fulfils no duty
    cchc = Report.objects.create(report_type=template("cchc-year"), **base)
    assert list(owed.reports()) == [cchc] and programme not in owed.reports()


def test_the_settings_are_read_in_two_queries_whatever_their_number(tree, year, django_assert_num_queries):
    for code in ("51", "524", "522", "21073"):
        setting(tree[code], UnitKind.COMMUNE, "cchc-year")
    with django_assert_num_queries(2):
        owed = duties(unit=tree["51"], period=year)
    with django_assert_num_queries(1):
        assert len(list(owed.expected(reviewing=tree["524"]))) == 22


def test_a_setting_names_a_template_used_for_its_period_kind(tree):
    duty = ReportingDuty(unit=tree["51"], unit_kind=UnitKind.COMMUNE, period_kind=PeriodKind.QUARTER,
                         report_type=template("cchc-year"))  # fmt: skip
    with pytest.raises(ValidationError):
        duty.full_clean()
    duty.report_type = template("cchc-quarter")
    duty.full_clean()
