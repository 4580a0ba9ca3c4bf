"""Issue #12, item 6, and #13, item 3: the offices a document names are those of the unit's own district (or,
in two tiers, province), by role, in the words its province chose, else the national wording."""

import pytest

from units.models import OfficeLevel, OfficeName, OfficeRole, Unit, UnitKind
from units.wording import DEFAULT_NAMES, office_names, office_note

NOTE = "Phòng TC-KH {cấp} tổng hợp"
FINANCE = OfficeRole.FINANCE_PLANNING


def unit(code, name, kind, parent=None):
    return Unit.objects.create(code=code, name=name, kind=kind, parent=parent, issuing_authority="ỦY BAN NHÂN DÂN",
                               place_name=name)  # fmt: skip


@pytest.fixture
def province(db):
    return unit("P1", "Tỉnh Thử", UnitKind.PROVINCE)


def name(province, role, level, text):
    return OfficeName.objects.create(province=province, role=role, level=level, name=text)


def test_a_commune_names_its_districts_offices_with_the_districts_level(province):
    name(province, FINANCE, OfficeLevel.DISTRICT, NOTE)
    name(province, OfficeRole.JUSTICE, OfficeLevel.DISTRICT, "Phòng Tư pháp tổng hợp")
    district = unit("D1", "Huyện Núi", UnitKind.DISTRICT, province)
    city = unit("D2", "Thành phố Biển", UnitKind.DISTRICT, province)
    assert office_note(FINANCE, unit("C1", "Xã Một", UnitKind.COMMUNE, district)) == "Phòng TC-KH huyện tổng hợp"
    assert office_note(FINANCE, unit("C2", "Phường Hai", UnitKind.WARD, city)) == "Phòng TC-KH thành phố tổng hợp"
    assert office_note(FINANCE, district) == "Phòng TC-KH huyện tổng hợp"  # the district's own offices
    assert office_note(OfficeRole.JUSTICE, district) == "Phòng Tư pháp tổng hợp"
    # a role the province named nothing for: the national wording, by role
    assert office_note(OfficeRole.CULTURE, district) == "Cơ quan văn hóa, thông tin cấp huyện tổng hợp"


def test_without_names_the_national_wording_by_role(province):
    district = unit("D1", "Huyện Núi", UnitKind.DISTRICT, province)
    commune = unit("C1", "Xã Một", UnitKind.COMMUNE, district)
    assert office_names(commune) == DEFAULT_NAMES[OfficeLevel.DISTRICT]
    assert office_note(OfficeRole.JUSTICE, commune) == "Cơ quan tư pháp cấp huyện tổng hợp"
    assert office_note("", commune) == ""  # a group no office consolidates


def test_a_two_tier_commune_names_its_provinces_offices(province):
    ward = unit("W1", "Phường Mới", UnitKind.WARD, province)  # two tiers: directly under the province
    assert office_note(OfficeRole.JUSTICE, ward) == "Cơ quan tư pháp cấp tỉnh tổng hợp"
    name(province, OfficeRole.JUSTICE, OfficeLevel.PROVINCE, "Sở Tư pháp {cấp} tổng hợp")
    name(province, OfficeRole.CULTURE, OfficeLevel.PROVINCE, "")  # named blank: no note
    assert office_note(OfficeRole.JUSTICE, ward) == "Sở Tư pháp tỉnh tổng hợp"
    assert office_note(OfficeRole.CULTURE, ward) == ""
    assert office_names(province) == {}  # a province's own report names none


def test_another_provinces_names_never_leak(province):
    other = unit("P2", "Tỉnh Khác", UnitKind.PROVINCE)
    name(other, OfficeRole.JUSTICE, OfficeLevel.DISTRICT, "Phòng Tư pháp Tỉnh Khác")
    name(other, OfficeRole.JUSTICE, OfficeLevel.PROVINCE, "Sở Tư pháp Tỉnh Khác")
    district = unit("D1", "Huyện Núi", UnitKind.DISTRICT, province)
    ward = unit("W1", "Phường Mới", UnitKind.WARD, province)
    assert office_note(OfficeRole.JUSTICE, district) == "Cơ quan tư pháp cấp huyện tổng hợp"
    assert office_note(OfficeRole.JUSTICE, ward) == "Cơ quan tư pháp cấp tỉnh tổng hợp"
    assert office_note(OfficeRole.JUSTICE, unit("W2", "Phường Khác", UnitKind.WARD, other)) == "Sở Tư pháp Tỉnh Khác"


def test_every_catalogue_office_is_a_role():
    from indicators.catalogue.base import GROUPS
    from indicators.catalogue.forms import FORMS

    roles = {group[2] for group in GROUPS} | {row[3] for *_, rows in FORMS for row in rows if len(row) > 3}
    assert roles - {""} <= set(OfficeRole.values) and len(roles - {""}) == len(OfficeRole.values)
    assert set(DEFAULT_NAMES[OfficeLevel.DISTRICT]) == set(DEFAULT_NAMES[OfficeLevel.PROVINCE]) == set(OfficeRole)
