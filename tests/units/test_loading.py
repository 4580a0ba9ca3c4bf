"""Loading a province's official units from vietnam-provinces (units.divisions, units.loading, load_units).

The expected codes and names are read from the package itself, so the tests hold for whichever pinned
version is installed. The tests of the pre-2025 units and the 2025 mergers need the package's pre-2025
list (vietnam-provinces >= 2026.2, Python >= 3.12) and are skipped without it.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from vietnam_provinces import Province, ProvinceCode, Ward

from consolidation.completeness import DESCENDANTS
from consolidation.engine import consolidate
from reports.periods import ensure_period
from tests.consolidation.conftest import make_report, put
from units import divisions
from units.demo import grant_administrator_permissions
from units.loading import identity, load_province, place_name
from units.models import PATH_STEP, Unit, UnitKind

KHANH_HOA = "56"
LAI_CHAU = "12"  # the smallest province with its history: 38 communes now, one old province before
JULY_2025 = dt.date(2025, 7, 1)

needs_history = pytest.mark.skipif(
    not divisions.history_available(),
    reason=f"vietnam-provinces {divisions.PACKAGE_VERSION} has no pre-2025 list (needs >= 2026.2, Python 3.12)",
)


def package_wards(code: str) -> dict[str, str]:
    return {f"{int(w.code):05d}": w.name for w in Ward.iter_by_province(ProvinceCode(int(code)))}


def assert_paths_true():
    """Every unit's path is its parent's path and its own id; its depth follows."""
    units = {u.pk: u for u in Unit.objects.all()}
    for unit in units.values():
        parent_path = units[unit.parent_id].path if unit.parent_id else ""
        assert unit.path == parent_path + str(unit.pk).zfill(PATH_STEP), unit.code
        assert unit.depth == len(unit.path) // PATH_STEP - 1


@pytest.fixture
def khanh_hoa(db):
    return load_province(KHANH_HOA, history=False)


def test_a_province_is_loaded_with_the_package_codes_and_names(khanh_hoa):
    province = Unit.objects.get(code=KHANH_HOA)
    expected = package_wards(KHANH_HOA)

    communes = {u.code: u for u in province.children.all()}
    assert {code: u.name for code, u in communes.items()} == expected
    assert len(expected) == 65  # the 2025 list: 65 communes, wards and a special zone
    assert province.name == "Tỉnh Khánh Hòa" and province.kind == UnitKind.PROVINCE and province.parent is None
    assert {u.established_on for u in communes.values()} == {JULY_2025}
    assert {u.kind for u in communes.values()} == {UnitKind.COMMUNE, UnitKind.WARD}
    assert len(khanh_hoa.created) == 66 and not khanh_hoa.updated
    assert_paths_true()


def test_the_document_identity_follows_the_official_name(khanh_hoa):
    ward = Unit.objects.get(code="22366")
    zone = Unit.objects.get(name="Đặc khu Trường Sa")
    province = Unit.objects.get(code=KHANH_HOA)

    assert ward.name == "Phường Nha Trang"
    assert ward.short_name == "UBND phường Nha Trang"
    assert ward.issuing_authority_lines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG NHA TRANG"]
    assert ward.parent_authority == ""  # a People's Committee prints no parent line
    assert ward.place_name == "Nha Trang"
    assert (ward.document_code_suffix, ward.signatory_authority, ward.signatory_title) == (
        "BC-UBND",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    )
    assert (zone.kind, zone.short_name, zone.place_name) == (UnitKind.COMMUNE, "UBND đặc khu Trường Sa", "Trường Sa")
    assert zone.issuing_authority_lines == ["ỦY BAN NHÂN DÂN", "ĐẶC KHU TRƯỜNG SA"]
    assert province.issuing_authority_lines == ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"]
    assert province.short_name == "UBND tỉnh Khánh Hòa"


def test_place_names():
    assert place_name("Thành phố Phan Rang - Tháp Chàm") == "Phan Rang - Tháp Chàm"
    assert place_name("Thị trấn Châu Ổ") == "Châu Ổ"
    assert place_name("Phường 1") == "Phường 1"  # "1, ngày …" would not do
    assert identity("Thành phố Hà Nội")["short_name"] == "UBND thành phố Hà Nội"


def test_reloading_updates_and_never_duplicates(khanh_hoa):
    ward = Unit.objects.get(code="22366")
    Unit.objects.filter(pk=ward.pk).update(name="Phường Nha Trang (cũ)", short_name="UBND phường Nha Trang (cũ)")
    Unit.objects.filter(code="22453").update(place_name="Cam Đức")  # an administrator's correction
    count, history = Unit.objects.count(), Unit.history.count()

    again = load_province(KHANH_HOA, history=False)

    assert Unit.objects.count() == count
    assert [u.code for u in again.updated] == ["22366"] and not again.created
    assert again.unchanged == 65
    ward.refresh_from_db()
    assert (ward.name, ward.short_name) == ("Phường Nha Trang", "UBND phường Nha Trang")
    assert Unit.objects.get(code="22453").place_name == "Cam Đức"
    assert Unit.history.count() == history + 1  # the one change is in the unit's history
    assert_paths_true()


def test_a_reload_is_a_few_bulk_queries(khanh_hoa):
    with CaptureQueriesContext(connection) as queries:
        load_province(KHANH_HOA, history=False)
    assert len(queries) <= 12


def test_offices_added_by_the_administrator_are_kept(khanh_hoa):
    province = Unit.objects.get(code=KHANH_HOA)
    office = Unit.objects.create(
        code="56-SNV",
        name="Sở Nội vụ tỉnh Khánh Hòa",
        short_name="Sở Nội vụ",
        kind=UnitKind.PROVINCE_AGENCY,
        parent=province,
        parent_authority="UBND TỈNH KHÁNH HÒA",
        issuing_authority="SỞ NỘI VỤ",
        place_name="Khánh Hòa",
        document_code_suffix="BC-SNV",
    )
    before = Unit.objects.filter(pk=office.pk).values().get()

    result = load_province(KHANH_HOA, history=False)

    assert Unit.objects.filter(pk=office.pk).values().get() == before
    assert office.pk not in {u.pk for u in result.updated} and result.not_listed == []
    assert office.history.count() == 1


def test_a_commune_the_list_does_not_name_is_reported_not_removed(khanh_hoa):
    province = Unit.objects.get(code=KHANH_HOA)
    typed = Unit.objects.create(code="T-1", name="Xã Gõ Tay", kind=UnitKind.COMMUNE, parent=province,
                                issuing_authority="ỦY BAN NHÂN DÂN", place_name="Gõ Tay")  # fmt: skip

    result = load_province(KHANH_HOA, history=False)

    assert result.not_listed == [typed]
    assert "T-1 Xã Gõ Tay" in result.summary()
    assert Unit.objects.filter(pk=typed.pk).exists()


def test_a_code_the_official_list_changed_is_corrected_on_the_same_unit(khanh_hoa):
    ward = Unit.objects.get(code="22366")
    Unit.objects.filter(pk=ward.pk).update(code="22367")  # as an earlier version of the list had it

    result = load_province(KHANH_HOA, history=False)

    assert result.recoded == [("22367", "22366")] and not result.created
    assert Unit.objects.get(code="22366").pk == ward.pk


def test_a_province_administrator_cannot_pull_units_from_outside(khanh_hoa):
    with pytest.raises(PermissionDenied, match="56 Tỉnh Khánh Hòa"):
        load_province(KHANH_HOA, history=False, may_change=lambda unit: unit.code != KHANH_HOA)


def test_a_2026_period_consolidates_the_new_communes_and_a_2024_one_does_not(khanh_hoa, tree):
    province = Unit.objects.get(code=KHANH_HOA)
    nha_trang, cam_lam = Unit.objects.get(code="22366"), Unit.objects.get(code="22453")
    q1_2026, year_2024 = ensure_period("2026-Q1"), ensure_period("2024")
    for unit, received in ((nha_trang, 120), (cam_lam, 80)):
        put(unit, q1_2026, {"feedback.received": received})
        make_report(unit, q1_2026)
        put(unit, year_2024, {"feedback.received": 1})  # typed into a year the ward did not exist
        make_report(unit, year_2024)

    now = consolidate(unit=province, period=q1_2026)
    before = consolidate(unit=province, period=year_2024)

    assert now.values["feedback.received"] == 200
    assert now.completeness.expected == 65 and now.completeness.accepted == 2
    assert before.completeness.expected == 0 and before.values.get("feedback.received") is None


def test_the_command(db):
    out = io.StringIO()
    call_command("load_units", "--province", KHANH_HOA, "--no-history", stdout=out)
    call_command("load_units", "--province", KHANH_HOA, "--no-history", stdout=out)

    assert Unit.objects.count() == 66
    first, second = (re.findall(r"\d+", line.split("(")[0]) for line in out.getvalue().splitlines())
    assert first == ["66", "0", "0"] and second == ["0", "0", "66"]  # created, updated, unchanged
    with pytest.raises(CommandError, match="No province with code 99"):
        call_command("load_units", "--province", "99")


def test_without_the_pre_2025_list_the_command_says_what_is_missing(db, monkeypatch):
    """An older vietnam-provinces (before 2026.2) has no ``legacy`` module: the pinned one has it, so the
    test takes it away, as an installation with the older package would be."""
    monkeypatch.setattr(divisions, "legacy", None)
    assert not divisions.history_available()
    with pytest.raises(CommandError, match=r"2026\.2"):
        call_command("load_units", "--province", LAI_CHAU, "--as-of", "2024-12-31")
    out = io.StringIO()
    call_command("load_units", "--province", LAI_CHAU, stdout=out)
    assert "2026.2" in out.getvalue()


# With the pre-2025 list: old units, mergers, and consolidation either side of 1/7/2025 ----------------


def legacy_expected(code: str) -> tuple[dict[str, str], dict[str, str]]:
    """From the package: old commune code (as stored) -> name, and old commune code -> successor code."""
    legacy = divisions.legacy  # present only in vietnam-provinces >= 2026.2
    taken = divisions.current_commune_codes()
    names, successors = {}, {}
    for ward in Ward.iter_by_province(ProvinceCode(int(code))):
        for source in ward.get_legacy_sources():
            stored = divisions.legacy_commune_code(source.code, taken)
            names[stored] = source.name
            options = successors.setdefault(stored, [])
            options.append(int(ward.code))
    chosen = {
        stored: f"{(int(stored[:5]) if int(stored[:5]) in news else min(news)):05d}"
        for stored, news in successors.items()
    }
    old_province = legacy.Province.from_code(legacy.ProvinceCode(int(code)))
    for district in legacy.District.iter_by_province(old_province.code):
        for ward in legacy.Ward.iter_by_district(district.code):
            names.setdefault(divisions.legacy_commune_code(ward.code, taken), ward.name)
    return names, chosen


@needs_history
def test_the_pre_2025_units_are_loaded_dissolved_and_merged_on_1_july_2025(db):
    result = load_province(LAI_CHAU)
    province = Unit.objects.get(code=LAI_CHAU)
    names, successors = legacy_expected(LAI_CHAU)

    old = {
        u.code: u for u in province.descendants().filter(kind__in=UnitKind.commune_level(), dissolved_on__isnull=False)
    }
    new = {u.code: u for u in province.children.filter(kind__in=UnitKind.commune_level())}
    assert {c: u.name for c, u in old.items()} == names
    assert {c: u.name for c, u in new.items()} == package_wards(LAI_CHAU)
    assert {u.dissolved_on for u in old.values()} == {JULY_2025}
    assert {c: u.merged_into.code for c, u in old.items() if u.merged_into_id} == successors
    assert {u.established_on for u in new.values()} == {JULY_2025} and province.dissolved_on is None
    districts = province.children.filter(kind=UnitKind.DISTRICT)
    assert districts.exists() and set(districts.values_list("dissolved_on", flat=True)) == {JULY_2025}
    assert any(code.endswith(divisions.LEGACY_SUFFIX) for code in old)  # a new commune took an old one's code
    assert result.legacy_included and not result.not_listed
    assert_paths_true()

    again = load_province(LAI_CHAU)
    assert not again.created and not again.updated


@needs_history
def test_a_pre_2025_period_consolidates_the_old_communes_and_a_2026_one_the_new(db, tree):
    load_province(LAI_CHAU)
    province = Unit.objects.get(code=LAI_CHAU)
    merged = Unit.objects.filter(merged_into__isnull=False, kind__in=UnitKind.commune_level())
    old_a, old_b = merged.order_by("code")[:2]
    successor = old_a.merged_into
    year_2024, q1_2026 = ensure_period("2024"), ensure_period("2026-Q1")
    for unit, received in ((old_a, 30), (old_b, 12)):
        put(unit, year_2024, {"feedback.received": received})
        make_report(unit, year_2024)
    put(successor, q1_2026, {"feedback.received": 7})
    make_report(successor, q1_2026)

    before = consolidate(unit=province, period=year_2024, scope=DESCENDANTS, kinds=UnitKind.commune_level())
    after = consolidate(unit=province, period=q1_2026, scope=DESCENDANTS, kinds=UnitKind.commune_level())

    old_codes = {
        u.code for u in province.descendants().filter(dissolved_on=JULY_2025, kind__in=UnitKind.commune_level())
    }
    assert {s.unit.code for s in before.completeness.units} == old_codes
    assert before.values["feedback.received"] == 42
    assert {s.unit.code for s in after.completeness.units} == set(package_wards(LAI_CHAU))
    assert after.values["feedback.received"] == 7


@needs_history
def test_a_province_loaded_before_the_merger_is_continued_by_the_current_load(db):
    before = load_province(KHANH_HOA, as_of=dt.date(2024, 12, 31))
    ninh_thuan = load_province("58", as_of=dt.date(2024, 12, 31)).province
    assert ninh_thuan.parent is None and before.province.children.filter(kind=UnitKind.DISTRICT).count() == 9

    now = load_province(KHANH_HOA)

    ninh_thuan.refresh_from_db()
    assert now.province.pk == before.province.pk
    assert ninh_thuan.parent_id == now.province.pk and ninh_thuan.merged_into_id == now.province.pk
    assert ninh_thuan.dissolved_on == JULY_2025
    assert set(now.province.children.filter(kind__in=UnitKind.commune_level()).values_list("code", flat=True)) == set(
        package_wards(KHANH_HOA)
    )
    assert_paths_true()


def test_the_package_lists_34_provinces():
    assert len(divisions.current_provinces()) == 34 == len(list(Province.iter_all()))


# The admin's action -------------------------------------------------------------------------------------


def _messages(response) -> list[tuple[str, str]]:
    return [(m.level_tag, m.message) for m in response.context["messages"]]


def _run_action(client, user, units):
    client.force_login(user)
    return client.post(
        "/admin/units/unit/",
        {"action": "load_official_units", "_selected_action": [u.pk for u in units]},
        follow=True,
    )


def test_a_superuser_starts_a_province_from_its_bare_unit_in_the_admin(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="pw-123456")
    bare = Unit.objects.create(code=KHANH_HOA, name="Tỉnh Khánh Hòa", kind=UnitKind.PROVINCE,
                               issuing_authority="ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA", place_name="Nha Trang")  # fmt: skip

    response = _run_action(client, root, [bare])

    bare.refresh_from_db()
    [(level, text)] = _messages(response)
    created = Unit.objects.count() - 1  # the province itself was there
    assert level == "success" and text.startswith("Tỉnh Khánh Hòa: ") and f" {created} " in text
    communes = bare.children.filter(kind__in=UnitKind.commune_level(), dissolved_on__isnull=True)
    assert set(communes.values_list("code", flat=True)) == set(package_wards(KHANH_HOA))
    assert bare.short_name == "UBND tỉnh Khánh Hòa"  # blank: filled
    assert bare.place_name == "Nha Trang"  # typed: kept


def test_a_province_administrator_loads_only_their_own_province(client, tree, adam, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="pw-123456")
    _run_action(client, root, [Unit.objects.create(code=KHANH_HOA, name="Tỉnh Khánh Hòa", kind=UnitKind.PROVINCE,
                                                   issuing_authority="x", place_name="x")])  # fmt: skip
    khanh_hoa = Unit.objects.get(code=KHANH_HOA)
    grant_administrator_permissions(adam)
    count = Unit.objects.count()
    client.logout()

    _run_action(client, adam, [khanh_hoa])  # adam administers Quảng Ngãi only: 56 is not in his list
    response = _run_action(client, adam, [tree["524"]])

    assert Unit.objects.count() == count
    assert [level for level, _text in _messages(response)] == ["warning"]


def test_a_province_administrator_is_added_from_the_command_line(client, khanh_hoa):
    out = io.StringIO()
    call_command("add_administrator", "--username", "quantri.khanhhoa", "--unit", KHANH_HOA, stdout=out)
    call_command("add_administrator", "--username", "quantri.khanhhoa", "--unit", KHANH_HOA, stdout=out)

    person = Unit.objects.get(code=KHANH_HOA).memberships.get().user
    assert person.username == "quantri.khanhhoa" and person.is_staff and not person.has_usable_password()
    client.force_login(person)
    page = client.get("/admin/units/unit/").content.decode()
    assert "Phường Nha Trang" in page
    with pytest.raises(CommandError, match="No unit with code 99"):
        call_command("add_administrator", "--username", "x", "--unit", "99")
