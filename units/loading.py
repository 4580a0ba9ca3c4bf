"""Loading a province's official units (``units.divisions``) into the unit tree: ``manage.py load_units``.

One transaction, a few queries per level of the tree whatever the number of units (bulk inserts and
updates, with their history rows), and idempotent: units are matched by their official code, so a second
run updates what changed and creates nothing twice. The tree's rules hold: a new unit's path is its
parent's path and its own id (``units.models``), a unit that moves to another parent is saved through
``Unit.save``, which rewrites its subtree's paths.

What a load owns: the official name, kind and parent of each unit, and (for the current map) its
founding, dissolution and merger on 1/7/2025. The document identity (short name, authority lines, place
name, code suffix, signatory's authority and title) is filled from the official name when a unit is
created, and afterwards only where it is blank or still what the previous name gave, so an
administrator's corrections stay and a renamed unit follows its new name. Units the package does not list
(offices such as the Sở Nội vụ or a district's Phòng Nội vụ, added by the administrator) are never
touched; a commune-level or district unit under the province that the package no longer lists is
reported, not removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from units import divisions
from units.divisions import Division, ProvinceMap
from units.models import PATH_STEP, Unit, UnitKind

OFFICIAL_KINDS = (UnitKind.PROVINCE, UnitKind.DISTRICT, *UnitKind.commune_level())
IDENTITY_FIELDS = (
    "short_name",
    "parent_authority",
    "issuing_authority",
    "place_name",
    "document_code_suffix",
    "signatory_authority",
    "signatory_title",
)
# The level words a name starts with, longest first, for the place name of the date line.
_LEVEL_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "quận", "huyện", "tỉnh", "xã")


def place_name(name: str) -> str:
    """The date line's place: "Vạn Tường" for Xã Vạn Tường; a numbered ward keeps its name ("Phường 1")."""
    lowered = name.lower()
    for word in _LEVEL_WORDS:
        if lowered.startswith(word + " "):
            rest = name[len(word) + 1 :].strip()
            return name if rest.isdigit() else rest
    return name


def identity(name: str) -> dict[str, str]:
    """A People's Committee's document identity from its official name (Nghị định 30/2020, Phụ lục I).

    "Xã Vạn Tường": short name "UBND xã Vạn Tường", authority lines "ỦY BAN NHÂN DÂN" / "XÃ VẠN TƯỜNG" and
    no parent line (a People's Committee prints none; only an office under a committee does), date line
    "Vạn Tường, ngày …", documents numbered …/BC-UBND, signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".
    """
    return {
        "short_name": f"UBND {name[:1].lower()}{name[1:]}",
        "parent_authority": "",
        "issuing_authority": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        "place_name": place_name(name),
        "document_code_suffix": "BC-UBND",
        "signatory_authority": "TM. ỦY BAN NHÂN DÂN",
        "signatory_title": "CHỦ TỊCH",
    }


@dataclass
class LoadResult:
    province: Unit
    created: list[Unit] = field(default_factory=list)
    updated: list[Unit] = field(default_factory=list)
    unchanged: int = 0
    recoded: list[tuple[str, str]] = field(default_factory=list)  # (old code, new code) of the same unit
    not_listed: list[Unit] = field(default_factory=list)  # units the package no longer lists, left alone
    unmapped: list[str] = field(default_factory=list)  # old communes without a successor in the table
    legacy_included: bool = False

    def summary(self) -> str:
        text = _(
            "%(province)s: %(created)d units created, %(updated)d updated, %(unchanged)d unchanged "
            "(vietnam-provinces %(version)s)."
        ) % {
            "province": self.province.name,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "version": divisions.PACKAGE_VERSION,
        }
        if not self.legacy_included:
            text += " " + _(
                "The installed vietnam-provinces has no list of the units before 1/7/2025: the old "
                "districts and communes and the 2025 mergers were not loaded (they need version 2026.2 or "
                "later, which needs Python 3.12)."
            )
        if self.recoded:
            text += " " + _("Codes corrected by the official list: %(codes)s.") % {
                "codes": ", ".join(f"{old} → {new}" for old, new in self.recoded)
            }
        if self.not_listed:
            text += " " + _("Not in the official list, left as they are: %(units)s.") % {
                "units": ", ".join(f"{u.code} {u.name}" for u in self.not_listed)
            }
        return text


def _depths(units: list[Division]) -> dict[str, int]:
    depth: dict[str, int] = {}
    for division in units:
        depth[division.code] = 0 if division.parent_code is None else depth[division.parent_code] + 1
    return depth


def _recode(pmap: ProvinceMap, existing: dict[str, Unit]) -> list[tuple[Unit, str]]:
    """Current communes the province already holds under a code the official list has since changed.

    Matched by name among the province's current (not dissolved) commune-level units whose code the list
    no longer has: the data update renumbered them (vietnam-provinces 2025.10 → 2026: 152 communes).
    """
    province = existing.get(pmap.province.code)
    if province is None:
        return []
    codes = {d.code for d in pmap.units}
    missing = {d.name: d.code for d in pmap.units if d.parent_code == pmap.province.code and d.code not in existing}
    candidates = Unit.objects.filter(
        parent=province, kind__in=UnitKind.commune_level(), dissolved_on__isnull=True, name__in=list(missing)
    ).exclude(code__in=codes)
    by_name: dict[str, list[Unit]] = {}
    for unit in candidates:
        by_name.setdefault(unit.name, []).append(unit)
    return [(units[0], missing[name]) for name, units in by_name.items() if len(units) == 1]


def _official_fields(division: Division, pmap: ProvinceMap, units: dict[str, Unit]) -> dict:
    values = {"name": division.name, "kind": division.kind}
    if pmap.dated:
        target = units.get(division.merged_into_code) if division.merged_into_code else None
        values |= {
            "established_on": division.established_on,
            "dissolved_on": division.dissolved_on,
            "merged_into_id": target.pk if target else None,
        }
    return values


def _identity_updates(unit: Unit, name: str) -> dict[str, str]:
    """The identity fields to rewrite: blank ones, and those still as the stored name gave them."""
    before, after = identity(unit.name), identity(name)
    return {
        key: after[key]
        for key in IDENTITY_FIELDS
        if getattr(unit, key) != after[key] and getattr(unit, key) in ("", before[key])
    }


@transaction.atomic
def load_province(
    code: str,
    *,
    as_of: dt.date | None = None,
    history: bool = True,
    may_change: Callable[[Unit], bool] | None = None,
    reason: str = "load_units",
) -> LoadResult:
    """Load (or refresh) province ``code``'s official units; see the module's docstring.

    ``may_change``: when given, every existing unit the load would change must pass it, or nothing is
    written (``PermissionDenied`` names them): the admin's scope (a province administrator cannot pull
    another province's units into theirs).
    """
    pmap = divisions.province_map(code, as_of=as_of, history=history)
    codes = [d.code for d in pmap.units]
    existing = {u.code: u for u in Unit.objects.select_for_update().filter(code__in=codes)}
    merged_codes = {d.merged_into_code for d in pmap.units if d.merged_into_code} - set(codes)
    outside = {u.code: u for u in Unit.objects.filter(code__in=merged_codes)}
    recoded = []
    for unit, new_code in _recode(pmap, existing):
        recoded.append((unit.code, new_code))
        unit.code = new_code
        existing[new_code] = unit
    recoded_ids = {existing[new].pk for _old, new in recoded}
    if may_change is not None:
        refused = [u for u in existing.values() if not may_change(u)]
        if refused:
            raise PermissionDenied(
                _("These units are outside what you administer: %(units)s.")
                % {"units": ", ".join(f"{u.code} {u.name}" for u in refused)}
            )

    units: dict[str, Unit] = {**outside, **existing}
    depth = _depths(pmap.units)
    created: list[Unit] = []
    changed: dict[int, Unit] = {}
    saved_ids: set[int] = set()  # moved units, saved one by one (their history row is written by the save)
    unchanged = 0
    for level in range(max(depth.values()) + 1):
        fresh: list[Unit] = []
        updates: list[Unit] = []
        moved = False
        for division in (d for d in pmap.units if depth[d.code] == level):
            parent = units[division.parent_code] if division.parent_code else None
            official = _official_fields(division, pmap, units)
            unit = existing.get(division.code)
            if unit is None:
                unit = Unit(
                    code=division.code, parent=parent, path="", depth=level, **official, **identity(division.name)
                )
                fresh.append(unit)
                units[division.code] = unit
                continue
            values = {**_identity_updates(unit, division.name), **official}
            dirty = {key: value for key, value in values.items() if getattr(unit, key) != value}
            if (parent.pk if parent else None) != unit.parent_id:
                for key, value in dirty.items():
                    setattr(unit, key, value)
                unit.parent = parent
                unit.save()  # rewrites the subtree's paths
                changed[unit.pk] = unit
                saved_ids.add(unit.pk)
                moved = True
            elif dirty or unit.pk in recoded_ids:
                for key, value in dirty.items():
                    setattr(unit, key, value)
                updates.append(unit)
            else:
                unchanged += 1
        if fresh:
            Unit.objects.bulk_create(fresh)
            for unit in fresh:
                parent_path = unit.parent.path if unit.parent_id else ""
                unit.path = parent_path + str(unit.pk).zfill(PATH_STEP)
                unit.depth = len(unit.path) // PATH_STEP - 1
            Unit.objects.bulk_update(fresh, ["path", "depth"])
            created.extend(fresh)
        if updates:
            fields = ["code", "name", "kind", *IDENTITY_FIELDS]
            if pmap.dated:
                fields += ["established_on", "dissolved_on", "merged_into"]
            Unit.objects.bulk_update(updates, fields)
            changed.update({u.pk: u for u in updates})
        if moved:  # paths below a moved unit changed in the database: read them again
            paths = dict(Unit.objects.filter(pk__in=[u.pk for u in existing.values()]).values_list("pk", "path"))
            for unit in existing.values():
                unit.path = paths[unit.pk]
    if created:
        Unit.history.bulk_history_create(created, default_change_reason=reason)
    plain_updates = [u for u in changed.values() if u.pk not in saved_ids]
    if plain_updates:
        Unit.history.bulk_history_create(plain_updates, update=True, default_change_reason=reason)

    province = units[pmap.province.code]
    listed = set(codes)
    left = province.descendants().filter(kind__in=OFFICIAL_KINDS, dissolved_on__isnull=True).exclude(code__in=listed)
    if not pmap.dated:  # a pre-2025 map: the units founded on 1/7/2025 are not in it, and rightly so
        left = left.exclude(established_on__gte=divisions.REORGANISED_ON)
    not_listed = list(left.order_by("path"))
    return LoadResult(
        province=province,
        created=created,
        updated=list(changed.values()),
        unchanged=unchanged,
        recoded=recoded,
        not_listed=not_listed,
        unmapped=pmap.unmapped,
        legacy_included=pmap.legacy_included,
    )
