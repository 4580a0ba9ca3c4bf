"""Issue #12, item 6: the offices a document names are those of the unit's own district, or none."""

import pytest

from units.models import Unit, UnitKind
from units.wording import office_note

NOTE = "Phòng TC-KH {cấp} tổng hợp"


def unit(code, name, kind, parent=None):
    return Unit.objects.create(code=code, name=name, kind=kind, parent=parent, issuing_authority="ỦY BAN NHÂN DÂN",
                               place_name=name)  # fmt: skip


@pytest.fixture
def province(db):
    return unit("P1", "Tỉnh Thử", UnitKind.PROVINCE)


def test_a_commune_names_its_districts_offices_with_the_districts_level(province):
    district = unit("D1", "Huyện Núi", UnitKind.DISTRICT, province)
    city = unit("D2", "Thành phố Biển", UnitKind.DISTRICT, province)
    assert office_note(NOTE, unit("C1", "Xã Một", UnitKind.COMMUNE, district)) == "Phòng TC-KH huyện tổng hợp"
    assert office_note(NOTE, unit("C2", "Phường Hai", UnitKind.WARD, city)) == "Phòng TC-KH thành phố tổng hợp"
    assert office_note(NOTE, district) == "Phòng TC-KH huyện tổng hợp"  # the district's own offices
    assert office_note("Phòng Tư pháp tổng hợp", district) == "Phòng Tư pháp tổng hợp"


def test_no_district_offices_in_a_two_tier_commune_or_a_province(province):
    ward = unit("W1", "Phường Mới", UnitKind.WARD, province)  # two tiers: directly under the province
    assert office_note(NOTE, ward) == ""
    assert office_note(NOTE, province) == ""
