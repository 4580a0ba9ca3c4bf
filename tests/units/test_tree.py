import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from units.models import Unit, UnitKind
from units.tree import dissolve_unit, merge_units


def make(code, parent=None, kind=UnitKind.COMMUNE):
    return Unit.objects.create(code=code, name=code, kind=kind, parent=parent, issuing_authority=code, place_name=code)


@pytest.mark.django_db
def test_it_builds_paths_from_ancestors():
    root = make("P", kind=UnitKind.PROVINCE)
    district = make("D", root, UnitKind.DISTRICT)
    commune = make("C", district)
    assert commune.path.startswith(district.path) and district.path.startswith(root.path)
    assert (root.depth, district.depth, commune.depth) == (0, 1, 2)
    assert list(commune.ancestors()) == [root, district]


@pytest.mark.django_db
def test_descendants_is_one_query_at_any_depth():
    root = make("P", kind=UnitKind.PROVINCE)
    sibling = make("Q", kind=UnitKind.PROVINCE)
    parent = root
    for i in range(6):
        parent = make(f"L{i}", parent)
    make("other", sibling)
    with CaptureQueriesContext(connection) as ctx:
        codes = sorted(root.descendants().values_list("code", flat=True))
    assert len(ctx.captured_queries) == 1
    assert codes == [f"L{i}" for i in range(6)]
    assert root.descendants(include_self=True).count() == 7


@pytest.mark.django_db
def test_moving_a_unit_moves_its_subtree():
    a = make("A", kind=UnitKind.PROVINCE)
    b = make("B", kind=UnitKind.PROVINCE)
    district = make("D", a, UnitKind.DISTRICT)
    commune = make("C", district)
    district.parent = b
    district.save()
    commune.refresh_from_db()
    assert commune.path.startswith(b.path)
    assert commune.depth == 2
    assert set(b.descendants().values_list("code", flat=True)) == {"D", "C"}
    assert not a.descendants().exists()


@pytest.mark.django_db
def test_a_unit_cannot_be_put_under_its_own_descendant():
    a = make("A", kind=UnitKind.PROVINCE)
    child = make("B", a)
    a.parent = child
    with pytest.raises(ValidationError):
        a.save()


@pytest.mark.django_db
def test_merging_keeps_history_and_limits_existence_by_date():
    district = make("D", kind=UnitKind.DISTRICT)
    old1, old2 = make("X1", district), make("X2", district)
    new = make("N", district)
    new.established_on = dt.date(2025, 7, 1)
    new.save()
    merge_units(sources=[old1, old2], into=new, on=dt.date(2025, 7, 1))
    old1.refresh_from_db()
    assert old1.merged_into == new and old1.dissolved_on == dt.date(2025, 7, 1)
    in_2024 = set(
        district.descendants()
        .existing_between(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        .values_list("code", flat=True)
    )
    in_2026 = set(
        district.descendants()
        .existing_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        .values_list("code", flat=True)
    )
    assert in_2024 == {"X1", "X2"}
    assert in_2026 == {"N"}
    # History rows record the change.
    assert old1.history.count() >= 2


@pytest.mark.django_db
def test_dissolve_and_no_merge_into_itself():
    unit = make("Z")
    dissolve_unit(unit=unit, on=dt.date(2025, 7, 1))
    assert not unit.existed_on(dt.date(2025, 7, 1)) and unit.existed_on(dt.date(2025, 6, 30))
    with pytest.raises(ValidationError):
        merge_units(sources=[unit], into=unit, on=dt.date(2025, 7, 1))


def test_demo_tree_has_the_required_units(tree):
    binh_son = tree["524"]
    communes = binh_son.descendants().filter(kind__in=UnitKind.commune_level())
    assert communes.count() >= 12
    assert communes.filter(name="Xã Bình Phước").exists()
    assert tree["21208"].parent.name == "Thành phố Quảng Ngãi"
    assert tree["25834"].parent.name == "Huyện Bàu Bàng"
    assert {"Sở Nội vụ tỉnh Quảng Ngãi", "Văn phòng UBND tỉnh Quảng Ngãi"} <= set(
        tree["51"].children.values_list("name", flat=True)
    )
