"""The demo's official units carry their official codes: loading the official list into the demo never gives
one code to two units (issue 13: 21178 was the demo's Tịnh Châu and is officially Xã Tịnh Trà)."""

import pytest

from units import divisions
from units.models import Unit, UnitKind

OFFICIAL_KINDS = {UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP}

pytestmark = pytest.mark.skipif(
    not divisions.history_available(), reason="the installed vietnam-provinces has no list before 1/7/2025"
)


@pytest.mark.parametrize("province", ["51", "74"])
def test_three_tier_demo_units_are_the_official_units_before_2025(tree, province):
    official = {d.code: d for d in divisions.province_before(province).units}
    root = tree[province]
    demo = Unit.objects.filter(path__startswith=root.path, kind__in=OFFICIAL_KINDS).select_related("parent")
    assert demo.count() > 1
    for unit in demo:
        assert unit.code in official, f"{unit.code} {unit.name} is not an official code in {province}"
        expected = official[unit.code]
        assert (unit.name, unit.kind) == (expected.name, expected.kind)
        assert (unit.parent.code if unit.parent else None) == expected.parent_code


def test_the_seeds_communes_carry_their_official_codes(tree):
    assert tree["21208"].name == "Xã Tịnh Châu" and tree["21208"].parent.code == "522"
    assert tree["21073"].name == "Xã Bình Phước" and tree["21073"].parent.code == "524"
    assert tree["25834"].name == "Xã Lai Hưng" and tree["25834"].parent.code == "719"
    assert "21178" not in tree  # officially Xã Tịnh Trà (huyện Sơn Tịnh), not in the demo
