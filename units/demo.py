"""Demo units and people: Quảng Ngãi (Bình Sơn district, Quảng Ngãi city) and Bình Dương, the three-tier
world of 2023; and Khánh Hòa, the two-tier world since 1/7/2025.

Every unit that is an official unit carries its official code (2-digit province, 3-digit district,
5-digit commune): the three-tier demo its code before 1/7/2025, as ``units.divisions.province_before``
gives it (an old commune whose code a current commune took carries the ``-cu`` suffix, as the loader
stores it), so loading the official list into the demo never gives one code to two units
(tests/units/test_demo_codes.py). Offices' codes extend their parent's. Khánh Hòa is loaded from the
official list (``units.loading``, vietnam-provinces): its real post-2025 codes, its communes directly under
the province, the Sở Nội vụ added on top as an administrator would.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from units import divisions
from units.admin_scope import ADMINISTRATOR_PERMISSIONS
from units.loading import identity, load_province
from units.models import Membership, OfficeLevel, OfficeName, OfficeRole, Role, Unit, UnitKind, User
from units.tree import merge_units

DEMO_PASSWORD = "demo1234"

BINH_SON_COMMUNES = [
    ("21040-cu", "Thị trấn Châu Ổ", "Châu Ổ", UnitKind.TOWNSHIP),
    ("21043", "Xã Bình Thuận", "Bình Thuận", UnitKind.COMMUNE),
    ("21046", "Xã Bình Thạnh", "Bình Thạnh", UnitKind.COMMUNE),
    ("21049", "Xã Bình Đông", "Bình Đông", UnitKind.COMMUNE),
    ("21052", "Xã Bình Chánh", "Bình Chánh", UnitKind.COMMUNE),
    ("21055", "Xã Bình Nguyên", "Bình Nguyên", UnitKind.COMMUNE),
    ("21058", "Xã Bình Khương", "Bình Khương", UnitKind.COMMUNE),
    ("21061-cu", "Xã Bình Trị", "Bình Trị", UnitKind.COMMUNE),
    ("21064", "Xã Bình An", "Bình An", UnitKind.COMMUNE),
    ("21067", "Xã Bình Hải", "Bình Hải", UnitKind.COMMUNE),
    ("21070", "Xã Bình Dương", "Bình Dương", UnitKind.COMMUNE),
    ("21073", "Xã Bình Phước", "Bình Phước", UnitKind.COMMUNE),
    ("21079", "Xã Bình Hòa", "Bình Hòa", UnitKind.COMMUNE),
    ("21082", "Xã Bình Trung", "Bình Trung", UnitKind.COMMUNE),
    ("21085-cu", "Xã Bình Minh", "Bình Minh", UnitKind.COMMUNE),
    ("21088", "Xã Bình Long", "Bình Long", UnitKind.COMMUNE),
    ("21091", "Xã Bình Thanh", "Bình Thanh", UnitKind.COMMUNE),
    ("21100-cu", "Xã Bình Chương", "Bình Chương", UnitKind.COMMUNE),
    ("21103", "Xã Bình Hiệp", "Bình Hiệp", UnitKind.COMMUNE),
    ("21106", "Xã Bình Mỹ", "Bình Mỹ", UnitKind.COMMUNE),
    ("21109-cu", "Xã Bình Tân Phú", "Bình Tân Phú", UnitKind.COMMUNE),
    ("21112", "Xã Bình Châu", "Bình Châu", UnitKind.COMMUNE),
]
# Signatories named in the seeds.
SIGNATORIES = {
    "21073": "Ngô Văn Vương",
    "21208": "Trần Ngọc Lâm",
    "25834": "Bành Quốc Trung",
    "524": "Nguyễn Tường Duy",
}


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    unit: str


def _unit(code: str, **fields) -> Unit:
    unit = Unit.objects.filter(code=code).first()
    if unit is None:
        unit = Unit(code=code)
    for key, value in fields.items():
        setattr(unit, key, value)
    unit.save()
    return unit


def _commune(code, name, place, kind, parent: Unit) -> Unit:
    level = {UnitKind.TOWNSHIP: "THỊ TRẤN", UnitKind.WARD: "PHƯỜNG"}.get(kind, "XÃ")
    prefix = {UnitKind.TOWNSHIP: "thị trấn", UnitKind.WARD: "phường"}.get(kind, "xã")
    return _unit(
        code,
        name=name,
        short_name=f"UBND {prefix} {place}",
        kind=kind,
        parent=parent,
        parent_authority="",  # a People's Committee prints no parent line (Nghị định 30/2020; seeds 000, 001)
        issuing_authority=f"ỦY BAN NHÂN DÂN\n{level} {place.upper()}",
        place_name=place,
        document_code_suffix="BC-UBND",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
        signatory_name=SIGNATORIES.get(code, ""),
    )


def seed_units() -> dict[str, Unit]:
    qn = _unit(
        "51",
        name="Tỉnh Quảng Ngãi",
        short_name="UBND tỉnh Quảng Ngãi",
        kind=UnitKind.PROVINCE,
        parent=None,
        issuing_authority="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
        place_name="Quảng Ngãi",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
    )
    _unit(
        "51-SNV",
        name="Sở Nội vụ tỉnh Quảng Ngãi",
        short_name="Sở Nội vụ",
        kind=UnitKind.PROVINCE_AGENCY,
        parent=qn,
        parent_authority="UBND TỈNH QUẢNG NGÃI",
        issuing_authority="SỞ NỘI VỤ",
        place_name="Quảng Ngãi",
        document_code_suffix="BC-SNV",
        signatory_title="GIÁM ĐỐC",
    )
    _unit(
        "51-VP",
        name="Văn phòng UBND tỉnh Quảng Ngãi",
        short_name="Văn phòng UBND tỉnh",
        kind=UnitKind.PROVINCE_AGENCY,
        parent=qn,
        parent_authority="UBND TỈNH QUẢNG NGÃI",
        issuing_authority="VĂN PHÒNG",
        place_name="Quảng Ngãi",
        document_code_suffix="BC-VP",
        signatory_title="CHÁNH VĂN PHÒNG",
        signatory_name="Vũ Minh Tâm",
    )
    binh_son = _unit(
        "524",
        name="Huyện Bình Sơn",
        short_name="UBND huyện Bình Sơn",
        kind=UnitKind.DISTRICT,
        parent=qn,
        parent_authority="",
        issuing_authority="ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN",
        place_name="Bình Sơn",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
        signatory_name=SIGNATORIES["524"],
    )
    _unit(
        "524-PNV",
        name="Phòng Nội vụ huyện Bình Sơn",
        short_name="Phòng Nội vụ huyện Bình Sơn",
        kind=UnitKind.DISTRICT_OFFICE,
        parent=binh_son,
        parent_authority="UBND HUYỆN BÌNH SƠN",
        issuing_authority="PHÒNG NỘI VỤ",
        place_name="Bình Sơn",
        document_code_suffix="BC-PNV",
        signatory_title="TRƯỞNG PHÒNG",
    )
    for row in BINH_SON_COMMUNES:
        _commune(*row, parent=binh_son)
    qn_city = _unit(
        "522",
        name="Thành phố Quảng Ngãi",
        short_name="UBND thành phố Quảng Ngãi",
        kind=UnitKind.DISTRICT,
        parent=qn,
        issuing_authority="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ QUẢNG NGÃI",
        place_name="Quảng Ngãi",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
    )
    _commune("21208", "Xã Tịnh Châu", "Tịnh Châu", UnitKind.COMMUNE, qn_city)

    bd = _unit(
        "74",
        name="Tỉnh Bình Dương",
        short_name="UBND tỉnh Bình Dương",
        kind=UnitKind.PROVINCE,
        parent=None,
        issuing_authority="ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG",
        place_name="Bình Dương",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
    )
    bau_bang = _unit(
        "719",
        name="Huyện Bàu Bàng",
        short_name="UBND huyện Bàu Bàng",
        kind=UnitKind.DISTRICT,
        parent=bd,
        issuing_authority="ỦY BAN NHÂN DÂN\nHUYỆN BÀU BÀNG",
        place_name="Bàu Bàng",
        signatory_authority="TM. ỦY BAN NHÂN DÂN",
        signatory_title="CHỦ TỊCH",
    )
    _commune("25834", "Xã Lai Hưng", "Lai Hưng", UnitKind.COMMUNE, bau_bang)
    name_offices(qn, OfficeLevel.DISTRICT, QUANG_NGAI_DISTRICT_OFFICES)
    return {u.code: u for u in Unit.objects.all()}


# The names the province's documents give its offices (units.wording), as demo data: Quảng Ngãi's district
# offices as seed 001 prints them in its Phụ lục I ("Phòng TC-KH thành phố tổng hợp" in a city's commune), and
# the departments of a province since 2025 for Khánh Hòa's communes.
QUANG_NGAI_DISTRICT_OFFICES = {
    OfficeRole.JUSTICE: "Phòng Tư pháp tổng hợp",
    OfficeRole.OFFICE: "Văn phòng HĐND&UBND",
    OfficeRole.HOME_AFFAIRS: "Phòng Nội vụ",
    OfficeRole.FINANCE_PLANNING: "Phòng TC-KH {cấp} tổng hợp",
    OfficeRole.CULTURE: "Phòng Văn hóa và Thông tin tổng hợp",
}
KHANH_HOA_PROVINCE_OFFICES = {
    OfficeRole.JUSTICE: "Sở Tư pháp tổng hợp",
    OfficeRole.OFFICE: "Văn phòng UBND tỉnh tổng hợp",
    OfficeRole.HOME_AFFAIRS: "Sở Nội vụ tổng hợp",
    OfficeRole.FINANCE_PLANNING: "Sở Tài chính tổng hợp",
    OfficeRole.CULTURE: "Sở Khoa học và Công nghệ tổng hợp",
}


def name_offices(province: Unit, level: str, names: dict[str, str]) -> None:
    """Set a province's office names at one level (idempotent)."""
    for role, name in names.items():
        OfficeName.objects.update_or_create(province=province, role=role, level=level, defaults={"name": name})


DEMO_PEOPLE = [
    # username, full name, position, [(unit code, role)], staff
    ("clerk.binhphuoc", "Nguyễn Thị Hoa", "Công chức Văn phòng - Thống kê", [("21073", Role.CLERK)], False),
    ("leader.binhphuoc", "Ngô Văn Vương", "Chủ tịch UBND xã", [("21073", Role.LEADER)], False),
    ("clerk.tinhchau", "Lê Thị Mai", "Công chức Văn phòng - Thống kê", [("21208", Role.CLERK)], False),
    ("leader.tinhchau", "Trần Ngọc Lâm", "Chủ tịch UBND xã", [("21208", Role.LEADER)], False),
    ("clerk.laihung", "Phạm Văn Nam", "Công chức Văn phòng - Thống kê", [("25834", Role.CLERK)], False),
    (
        "reviewer.binhson",
        "Trần Văn Bình",
        "Chuyên viên Phòng Nội vụ huyện Bình Sơn",
        [("524", Role.REVIEWER), ("524", Role.CLERK)],
        False,
    ),
    ("leader.binhson", "Nguyễn Tường Duy", "Chủ tịch UBND huyện", [("524", Role.LEADER)], False),
    ("reviewer.quangngai", "Võ Thị Lan", "Chuyên viên Sở Nội vụ", [("51", Role.REVIEWER)], False),
    ("viewer.quangngai", "Đặng Minh Quân", "Lãnh đạo Sở Nội vụ", [("51", Role.VIEWER)], False),
    ("admin.quangngai", "Huỳnh Văn Tài", "Quản trị hệ thống, Sở Nội vụ", [("51", Role.ADMIN)], True),
]


# The two-tier demo: Khánh Hòa since 1/7/2025 (the old Khánh Hòa and Ninh Thuận), reviewed by its Sở Nội vụ.
KHANH_HOA = "56"
# Phường Nha Trang (22366), formed on 1/7/2025 from five wards of the old Thành phố Nha Trang (568), as the
# 2025 conversion table of vietnam-provinces >= 2026.2 gives them (tests/units/test_demo_two_tier.py checks
# this against the package where it is installed). The package on Python 3.11 has no pre-2025 list, so the
# demo types these; where the package has it, ``load_province`` loads them (and all the others) itself.
NHA_TRANG = "22366"
OLD_NHA_TRANG_CITY = ("568", "Thành phố Nha Trang")
NHA_TRANG_PREDECESSORS = [
    (22348, "Phường Vạn Thạnh"),
    (22363, "Phường Lộc Thọ"),
    (22366, "Phường Tân Tiến"),
    (22372, "Phường Phước Hòa"),
    (22375, "Phường Vĩnh Nguyên"),
]
TWO_TIER_PEOPLE = [
    ("clerk.nhatrang", "Trần Thị Thu", "Công chức Văn phòng - Thống kê", [(NHA_TRANG, Role.CLERK)], False),
    ("leader.nhatrang", "Lê Văn Hùng", "Chủ tịch UBND phường", [(NHA_TRANG, Role.LEADER)], False),
    (
        "reviewer.khanhhoa",
        "Nguyễn Thị Ngọc",
        "Chuyên viên Sở Nội vụ tỉnh Khánh Hòa",
        [(KHANH_HOA, Role.REVIEWER), (KHANH_HOA, Role.CLERK)],
        False,
    ),
    ("leader.khanhhoa", "Phạm Minh Đức", "Chủ tịch UBND tỉnh", [(KHANH_HOA, Role.LEADER)], False),
    ("admin.khanhhoa", "Võ Văn Long", "Quản trị hệ thống, Sở Nội vụ", [(KHANH_HOA, Role.ADMIN)], True),
]


def old_nha_trang_codes() -> list[str]:
    """The stored codes of Phường Nha Trang's predecessors (22366-cu: the new ward took Tân Tiến's code)."""
    taken = divisions.current_commune_codes()
    return [divisions.legacy_commune_code(code, taken) for code, _name in NHA_TRANG_PREDECESSORS]


def seed_two_tier() -> dict[str, Unit]:
    """Khánh Hòa from the official list, its Sở Nội vụ, and Phường Nha Trang's predecessors."""
    province = load_province(KHANH_HOA, reason="seed_demo").province
    _unit(
        "56-SNV",
        name="Sở Nội vụ tỉnh Khánh Hòa",
        short_name="Sở Nội vụ",
        kind=UnitKind.PROVINCE_AGENCY,
        parent=province,
        parent_authority="UBND TỈNH KHÁNH HÒA",
        issuing_authority="SỞ NỘI VỤ",
        place_name="Khánh Hòa",
        document_code_suffix="BC-SNV",
        signatory_title="GIÁM ĐỐC",
    )
    nha_trang = Unit.objects.get(code=NHA_TRANG)
    if not divisions.history_available():
        code, name = OLD_NHA_TRANG_CITY
        city = _unit(code, name=name, kind=UnitKind.DISTRICT, parent=province, dissolved_on=divisions.REORGANISED_ON,
                     **identity(name))  # fmt: skip
        old = [
            _unit(
                stored,
                name=name,
                kind=UnitKind.WARD,
                parent=city,
                dissolved_on=divisions.REORGANISED_ON,
                **identity(name),
            )
            for stored, (_code, name) in zip(old_nha_trang_codes(), NHA_TRANG_PREDECESSORS, strict=True)
        ]
        merge_units(sources=old, into=nha_trang, on=divisions.REORGANISED_ON)
    name_offices(province, OfficeLevel.PROVINCE, KHANH_HOA_PROVINCE_OFFICES)
    return {u.code: u for u in province.descendants(include_self=True)}


# The group that carries a unit administrator's model permissions in the admin.
ADMINISTRATORS_GROUP = "Quản trị đơn vị"


def administrator_permissions() -> list[Permission]:
    wanted = Q(pk__in=[])
    for name in ADMINISTRATOR_PERMISSIONS:
        app_label, codename = name.split(".")
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(wanted))
    if len(found) != len(ADMINISTRATOR_PERMISSIONS):
        raise LookupError("Missing model permissions: run migrate before seeding.")
    return found


def grant_administrator_permissions(user: User) -> None:
    """Give ``user`` exactly the model permissions of a unit administrator (the group), idempotently.

    Staff status and these permissions open the admin; what they reach there is decided by the user's
    ADMIN memberships (units.admin_scope).
    """
    group, _ = Group.objects.get_or_create(name=ADMINISTRATORS_GROUP)
    group.permissions.set(administrator_permissions())
    user.groups.set([group])
    user.user_permissions.clear()


def seed_people(units: dict[str, Unit], people=DEMO_PEOPLE) -> list[DemoLogin]:
    logins = []
    # One hash for every demo login (hashing is slow on purpose; the demo's password is public anyway).
    encoded = make_password(DEMO_PASSWORD)
    for username, full_name, position, roles, staff in people:
        user = User.objects.filter(username=username).first() or User(username=username)
        user.full_name, user.position, user.is_staff = full_name, position, staff
        user.password = encoded
        user.save()
        for code, role in roles:
            Membership.objects.get_or_create(user=user, unit=units[code], role=role)
            logins.append(DemoLogin(username, Role(role).label, units[code].name))
        if staff and any(role == Role.ADMIN for _code, role in roles):
            grant_administrator_permissions(user)
    admin = User.objects.filter(username="admin").first() or User(username="admin")
    admin.full_name, admin.is_staff, admin.is_superuser = "Quản trị viên", True, True
    admin.password = encoded
    admin.save()
    logins.append(DemoLogin("admin", "Superuser", "—"))
    return logins


def seed(stdout=None) -> list[DemoLogin]:
    units = seed_units()
    units |= seed_two_tier()
    return seed_people(units, DEMO_PEOPLE + TWO_TIER_PEOPLE)
