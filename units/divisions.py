"""Vietnam's official administrative units, read from the vietnam-provinces package (GPL-3.0).

The package holds the units in force since 1 July 2025 (34 provinces, about 3,300 communes, wards and
special zones, no districts) and, from version 2026.2 on, the units before that day (63 provinces,
their districts, communes, wards and townships) and the table of which old communes formed each new one.
Versions 2026.x require Python 3.12; on Python 3.11 the newest version, 2025.10.1, holds the current
units only: ``history_available()`` says which. This module only reads: it turns the package's objects
into ``Division`` rows in the project's terms (codes as the national code list writes them, zero-padded:
province 2 digits, district 3, commune 5; the project's unit kinds). ``units.loading`` writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import vietnam_provinces
from vietnam_provinces import Province, ProvinceCode, Ward

from units.models import UnitKind

try:  # the pre-2025 units and the 2025 conversion table: vietnam-provinces >= 2026.2 (Python >= 3.12)
    from vietnam_provinces import legacy
except ImportError:  # pragma: no cover - depends on the installed version
    legacy = None

PACKAGE_VERSION: str = vietnam_provinces.__version__
DATA_VERSION: str = getattr(vietnam_provinces, "__data_version__", "")
# The day the two-tier local government took over (Nghị quyết 202/2025/QH15 and the resolutions on the
# communes): the old units were dissolved and the new ones established on it.
REORGANISED_ON = dt.date(2025, 7, 1)
# A pre-2025 unit whose official code a current unit holds (a new commune often took the code of one of
# the communes it was formed from) is stored with this suffix: 22366 is Phường Nha Trang, 22366-cu the
# old Phường Tân Tiến.
LEGACY_SUFFIX = "-cu"

# The package's division types, in the project's kinds.
KINDS = {
    "tỉnh": UnitKind.PROVINCE,
    "thành phố trung ương": UnitKind.PROVINCE,
    "huyện": UnitKind.DISTRICT,
    "quận": UnitKind.DISTRICT,
    "thị xã": UnitKind.DISTRICT,
    "thành phố": UnitKind.DISTRICT,
    "xã": UnitKind.COMMUNE,
    "đặc khu": UnitKind.COMMUNE,  # a special zone (Lý Sơn, Phú Quốc …) is governed as a commune
    "phường": UnitKind.WARD,
    "thị trấn": UnitKind.TOWNSHIP,
}
# How a name starts for each division type (the 2025.x data names a province without it: "Khánh Hòa").
NAME_PREFIXES = {"tỉnh": "Tỉnh", "thành phố trung ương": "Thành phố"}


class UnknownProvince(LookupError):
    pass


class HistoryUnavailable(LookupError):
    pass


@dataclass(frozen=True)
class Division:
    """One official unit as the loader needs it."""

    code: str
    name: str
    kind: str
    division_type: str  # the package's word: "xã", "phường", "đặc khu", "huyện", "thành phố" …
    parent_code: str | None  # the unit above it, None for a province
    established_on: dt.date | None = None
    dissolved_on: dt.date | None = None
    merged_into_code: str | None = None


@dataclass(frozen=True)
class ProvinceMap:
    """A province as the package gives it: its units, parents first."""

    province: Division
    units: list[Division]  # the province first, then the units below it, each after its parent
    legacy_included: bool
    unmapped: list[str]  # codes of old communes the conversion table gives no successor in this province
    # Whether the units' founding, dissolution and merger are given (False for a pre-2025 map, which leaves
    # what a later load recorded as it is).
    dated: bool = True


def history_available() -> bool:
    """Whether the installed package has the pre-2025 units and the 2025 conversion table."""
    return legacy is not None


def province_code(code: int | str) -> str:
    return f"{int(code):02d}"


def district_code(code: int | str) -> str:
    return f"{int(code):03d}"


def commune_code(code: int | str) -> str:
    return f"{int(code):05d}"


def _type(division) -> str:
    return str(getattr(division.division_type, "value", division.division_type))


def _name(division) -> str:
    name, kind = division.name.strip(), _type(division)
    prefix = NAME_PREFIXES.get(kind)
    if prefix and not name.lower().startswith(("tỉnh ", "thành phố ")):
        return f"{prefix} {name}"
    return name


def current_provinces() -> list[Division]:
    """The 34 provinces and centrally governed cities in force now."""
    return sorted(
        (Division(province_code(p.code), _name(p), UnitKind.PROVINCE, _type(p), None) for p in Province.iter_all()),
        key=lambda d: d.code,
    )


def _current_province(code: str):
    try:
        return Province.from_code(ProvinceCode(int(code)))
    except ValueError as error:
        raise UnknownProvince(code) from error


def _current_wards(province) -> list:
    return sorted(Ward.iter_by_province(province.code), key=lambda w: int(w.code))


def current_commune_codes() -> frozenset[str]:
    """Every current commune's code, nationally: the codes a pre-2025 commune cannot keep bare."""
    return frozenset(commune_code(w.code) for w in Ward.iter_all())


def legacy_commune_code(code: int | str, taken: frozenset[str]) -> str:
    """How a pre-2025 commune's code is stored: bare, or with LEGACY_SUFFIX when a current unit holds it."""
    bare = commune_code(code)
    return bare + LEGACY_SUFFIX if bare in taken else bare


def current_province(code: str) -> ProvinceMap:
    """A province in force now and its communes directly under it, established on 1/7/2025."""
    province = _current_province(code)
    top = Division(province_code(province.code), _name(province), UnitKind.PROVINCE, _type(province), None)
    communes = [
        Division(
            commune_code(w.code),
            _name(w),
            KINDS[_type(w)],
            _type(w),
            top.code,
            established_on=REORGANISED_ON,
        )
        for w in _current_wards(province)
    ]
    return ProvinceMap(province=top, units=[top, *communes], legacy_included=False, unmapped=[])


def _successors(province) -> dict[int, int]:
    """Old commune code -> the new commune it went into (of this province), from the conversion table.

    An old commune split between several new ones goes into the one that took its code, or else the one
    with the smallest code.
    """
    found: dict[int, list[int]] = {}
    for ward in _current_wards(province):
        for source in ward.get_legacy_sources():
            found.setdefault(int(source.code), []).append(int(ward.code))
    return {old: (old if old in news else min(news)) for old, news in found.items()}


def _legacy_provinces(province) -> list:
    """The pre-2025 provinces that became this one (one split between provinces goes to its namesake)."""
    current_codes = {int(p.code) for p in Province.iter_all()}
    return [
        old
        for old in province.get_legacy_sources()
        if int(old.code) == int(province.code) or int(old.code) not in current_codes
    ]


def province_with_history(code: str) -> ProvinceMap:
    """The current province, and below it the units of the pre-2025 provinces it was formed from.

    The province that kept its code continues as this unit: its districts hang directly under it. Any
    other old province is a unit under it, dissolved on 1/7/2025 and merged into it. Every old district
    and commune was dissolved on 1/7/2025; each old commune is merged into its successor.
    """
    if not history_available():
        raise HistoryUnavailable(PACKAGE_VERSION)
    province = _current_province(code)
    current = current_province(code)
    top = current.province
    taken = current_commune_codes()
    successors = _successors(province)
    units, unmapped = list(current.units), []
    for old_province in _legacy_provinces(province):
        parent = top.code
        if int(old_province.code) != int(province.code):
            parent = province_code(old_province.code)
            units.append(
                Division(
                    parent,
                    _name(old_province),
                    UnitKind.PROVINCE,
                    _type(old_province),
                    top.code,
                    dissolved_on=REORGANISED_ON,
                    merged_into_code=top.code,
                )
            )
        for district in sorted(legacy.District.iter_by_province(old_province.code), key=lambda d: int(d.code)):
            units.append(
                Division(
                    district_code(district.code),
                    _name(district),
                    KINDS[_type(district)],
                    _type(district),
                    parent,
                    dissolved_on=REORGANISED_ON,
                )
            )
            for ward in sorted(legacy.Ward.iter_by_district(district.code), key=lambda w: int(w.code)):
                successor = successors.get(int(ward.code))
                if successor is None:
                    unmapped.append(commune_code(ward.code))
                units.append(
                    Division(
                        legacy_commune_code(ward.code, taken),
                        _name(ward),
                        KINDS[_type(ward)],
                        _type(ward),
                        district_code(district.code),
                        dissolved_on=REORGANISED_ON,
                        merged_into_code=commune_code(successor) if successor is not None else None,
                    )
                )
    return ProvinceMap(province=top, units=units, legacy_included=True, unmapped=unmapped)


def province_before(code: str) -> ProvinceMap:
    """A pre-2025 province (its own code of the time) with its districts and communes, as they were."""
    if not history_available():
        raise HistoryUnavailable(PACKAGE_VERSION)
    try:
        old = legacy.Province.from_code(legacy.ProvinceCode(int(code)))
    except ValueError as error:
        raise UnknownProvince(code) from error
    taken = current_commune_codes()
    top = Division(province_code(old.code), _name(old), UnitKind.PROVINCE, _type(old), None)
    units = [top]
    for district in sorted(legacy.District.iter_by_province(old.code), key=lambda d: int(d.code)):
        units.append(Division(district_code(district.code), _name(district), KINDS[_type(district)],
                              _type(district), top.code))  # fmt: skip
        for ward in sorted(legacy.Ward.iter_by_district(district.code), key=lambda w: int(w.code)):
            units.append(Division(legacy_commune_code(ward.code, taken), _name(ward), KINDS[_type(ward)],
                                  _type(ward), district_code(district.code)))  # fmt: skip
    return ProvinceMap(province=top, units=units, legacy_included=True, unmapped=[], dated=False)


def province_map(code: str, *, as_of: dt.date | None = None, history: bool = True) -> ProvinceMap:
    """The units of province ``code`` as of a day (default: today).

    On or after 1/7/2025: the current province with its communes, and, when ``history`` is asked and the
    package has it, the pre-2025 units it was formed from, dissolved and merged on that day. Before it: the
    pre-2025 province with that code, three tiers (needs the package's pre-2025 list).
    """
    if as_of is not None and as_of < REORGANISED_ON:
        return province_before(code)
    if history and history_available():
        return province_with_history(code)
    return current_province(code)
