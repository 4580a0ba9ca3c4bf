"""Wording that follows the unit: the offices a document names are the offices of the unit's own level.

The statistical appendix notes which office consolidates each reform field. The catalogue names the office
by its role (``units.models.OfficeRole``: "justice", "finance-planning" …), never by one province's name;
each province names its offices in the admin (``units.models.OfficeName``, per role and level), and without
a name the national wording below holds ("Cơ quan tư pháp cấp huyện tổng hợp"). Seed 001's own names
("Phòng Tư pháp tổng hợp", "Phòng TC-KH thành phố tổng hợp") are Quảng Ngãi's, set by the demo.

Whose offices: in a district's own report and in its communes' reports, the district's (level "district",
before 1/7/2025); in a commune directly under its province (two tiers, since 1/7/2025), the province's
(level "province"). A province's own report and an agency's name none. A name may say ``{cấp}`` where the
level word of the unit whose offices they are goes ("Phòng TC-KH {cấp} tổng hợp" reads "… huyện …" in a
huyện, "… thành phố …" in a city).
"""

from __future__ import annotations

from units.models import OfficeLevel, OfficeName, OfficeRole, Unit, UnitKind

LEVEL = "{cấp}"


def district_of(unit: Unit) -> Unit | None:
    """The district whose offices a unit's documents name: itself, or the district above a commune."""
    if unit.kind == UnitKind.DISTRICT:
        return unit
    parent = unit.parent if unit.parent_id else None
    if unit.is_commune_level and parent is not None and parent.kind == UnitKind.DISTRICT:
        return parent
    return None


# The national wording, by level and role: what a province that names no office prints.
DEFAULT_NAMES = {
    OfficeLevel.DISTRICT: {
        OfficeRole.JUSTICE: "Cơ quan tư pháp cấp huyện tổng hợp",
        OfficeRole.OFFICE: "Văn phòng HĐND và UBND cấp huyện tổng hợp",
        OfficeRole.HOME_AFFAIRS: "Cơ quan nội vụ cấp huyện tổng hợp",
        OfficeRole.FINANCE_PLANNING: "Cơ quan tài chính - kế hoạch cấp huyện tổng hợp",
        OfficeRole.CULTURE: "Cơ quan văn hóa, thông tin cấp huyện tổng hợp",
    },
    OfficeLevel.PROVINCE: {
        OfficeRole.JUSTICE: "Cơ quan tư pháp cấp tỉnh tổng hợp",
        OfficeRole.OFFICE: "Văn phòng UBND cấp tỉnh tổng hợp",
        OfficeRole.HOME_AFFAIRS: "Cơ quan nội vụ cấp tỉnh tổng hợp",
        OfficeRole.FINANCE_PLANNING: "Cơ quan tài chính cấp tỉnh tổng hợp",
        OfficeRole.CULTURE: "Cơ quan chuyển đổi số cấp tỉnh tổng hợp",
    },
}


def offices_of(unit: Unit) -> tuple[str, Unit] | None:
    """(level, the unit whose offices a unit's documents name), or None where they name none."""
    district = district_of(unit)
    if district is not None:
        return OfficeLevel.DISTRICT, district
    parent = unit.parent if unit.parent_id else None
    if unit.is_commune_level and parent is not None and parent.kind == UnitKind.PROVINCE:
        return OfficeLevel.PROVINCE, parent
    return None


def office_names(unit: Unit) -> dict[str, str]:
    """Role -> the note a unit's documents print: its province's names at the level, else the national
    wording (one query; none where the unit's documents name no offices)."""
    found = offices_of(unit)
    if found is None:
        return {}
    level, offices = found
    names = dict(DEFAULT_NAMES[level])
    names.update(OfficeName.objects.filter(province_id=unit.root_id, level=level).values_list("role", "name"))
    return {role: " ".join(text.replace(LEVEL, offices.level_word).split()) for role, text in names.items()}


def office_note(role: str, unit: Unit, names: dict[str, str] | None = None) -> str:
    """The note naming the office of ``role`` as the unit's document prints it ("" where it names none)."""
    if not role:
        return ""
    return (office_names(unit) if names is None else names).get(role, "")


SUPERIOR = "UBND cấp trên"
DISTRICT = "UBND cấp huyện"


def superior_wording(text: str, unit: Unit) -> str:
    """A catalogue label in the unit's own words: "UBND cấp trên" is the unit's district ("UBND thành phố"
    for a commune of a city, seed 001's 1.2) or province, and "UBND cấp huyện" its district."""
    district = district_of(unit)
    if district is not None and district.level_word and district.pk != unit.pk:
        text = text.replace(SUPERIOR, f"UBND {district.level_word}").replace(DISTRICT, f"UBND {district.level_word}")
    elif unit.kind == UnitKind.DISTRICT and unit.parent_id and unit.parent.level_word:
        text = text.replace(SUPERIOR, f"UBND {unit.parent.level_word}")
    return text
