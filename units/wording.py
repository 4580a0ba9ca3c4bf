"""Wording that follows the unit: the offices a document names are the offices of the unit's own level.

The statistical appendix notes which office of the district consolidates each reform field ("Phòng
Tư pháp tổng hợp", "Phòng TC-KH thành phố tổng hợp" in seed 001, a commune of a city). Those offices
exist only where there is a district: in a district's own report and in the reports of its communes.
A catalogue note may say ``{cấp}`` where the district's level word goes ("Phòng TC-KH {cấp} tổng hợp"
reads "… huyện …" in a huyện, "… thành phố …" in a city); in a province, an agency's report and a
commune of a two-tier province (no district since 1/7/2025) the notes are left out.
"""

from __future__ import annotations

from units.models import Unit, UnitKind

LEVEL = "{cấp}"


def district_of(unit: Unit) -> Unit | None:
    """The district whose offices a unit's documents name: itself, or the district above a commune."""
    if unit.kind == UnitKind.DISTRICT:
        return unit
    parent = unit.parent if unit.parent_id else None
    if unit.is_commune_level and parent is not None and parent.kind == UnitKind.DISTRICT:
        return parent
    return None


def office_note(text: str, unit: Unit) -> str:
    """A consolidating office's note as the unit's document prints it ("" where there are no such offices)."""
    if not text:
        return ""
    district = district_of(unit)
    if district is None:
        return ""
    return " ".join(text.replace(LEVEL, district.level_word).split())


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
