"""Who must report what to whom: the one answer, from the settings and the national default.

A unit files its report to the unit directly above it, the reviewing unit: a district for its
communes (three tiers), the province for its districts, and, in a two-tier province (since 1/7/2025,
communes directly under the province), the province's Sở Nội vụ for its communes. Which units must file,
and which report type, is data, never a guess from the tree:

- the national default, which needs no rows: communes, wards and townships, districts and provinces
  file the standard CCHC report (``STANDARD_TEMPLATE``, the template fitting the period); district
  offices (Phòng Nội vụ …) and provincial agencies (Sở Nội vụ …) file none, so the office that writes
  the district's or the province's report is never "missing";
- ``ReportingDuty`` rows: a province's setting for its units of a kind and a period kind, a reviewing
  unit's (a district's) setting, which beats its province's, or a single unit's own.

For a unit the closest setting wins. ``duties()`` reads the settings in force in a part of the tree for
a period (two queries) into a ``Duties``, which then answers without more queries: which report a unit
owes (``owed``), which units owe one to a reviewing unit (``expected``, a queryset: THE list of expected
units), and which reports are the owed ones (``reports``, a queryset). The board, completeness, the
consolidation and the document all count through it, so they count the same units and the same reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from reports.models import Period, Report, ReportingDuty, ReportType
from reports.outlines import KINDS
from units.models import Unit, UnitKind

# The national standard report (reports.outlines: "Kết quả thực hiện công tác cải cách hành chính",
# one template per period kind: cchc-quarter, cchc-year …).
STANDARD_TEMPLATE = "cchc"
# Who files it by default: every level of government; offices and agencies report within their unit.
DEFAULT_KINDS = (UnitKind.PROVINCE, UnitKind.DISTRICT, *UnitKind.commune_level())

NOTHING = Q(pk__in=[])


def standard_report_type(period: Period, types: Iterable[ReportType] | None = None) -> ReportType | None:
    """The active national standard CCHC template for the period's kind ("cchc-year" for a year; one query
    unless ``types`` is given). A province's own template is never the national standard; another national
    template whose code starts like it (a demo's "cchc-xa-…") is used only where a duty names it."""
    if types is None:
        types = ReportType.objects.filter(is_active=True, province=None, code__startswith=STANDARD_TEMPLATE)
    fitting = [
        t
        for t in types
        if t.is_active and t.province_id is None and t.code.startswith(STANDARD_TEMPLATE) and t.fits(period)
    ]
    exact = f"{STANDARD_TEMPLATE}-{KINDS.get(period.kind, '')}"
    return min(fitting, key=lambda t: (t.code != exact, t.code), default=None)


def _subtree(path: str, prefix: str = "") -> Q:
    """The unit with this path and every unit below it (one range on the path index)."""
    upper = str(int(path) + 1).zfill(len(path))
    return Q(**{f"{prefix}path__gte": path, f"{prefix}path__lt": upper})


@dataclass(frozen=True)
class Setting:
    """A ``ReportingDuty`` row as it applies: on the unit with ``path``, units of ``kind`` owe this type."""

    path: str
    kind: str
    report_type_id: int | None


@dataclass(frozen=True)
class Duties:
    """The reporting duties in force for one period in a part of the unit tree."""

    period: Period
    settings: tuple[Setting, ...]  # the deepest (closest) first
    types: dict[int, ReportType]
    standard: ReportType | None

    def at(self, period: Period) -> Duties:
        """The same settings for another period of the same kind (no query): a trend over the periods."""
        if period.kind != self.period.kind:
            raise ValueError("The settings read are those of one period kind.")
        return replace(self, period=period, standard=standard_report_type(period, self.types.values()))

    def owed(self, unit: Unit) -> ReportType | None:
        """The report ``unit`` must file for the period to the unit above it; None when it files none."""
        for setting in self.settings:
            if setting.kind == unit.kind and unit.path.startswith(setting.path):
                return self.types.get(setting.report_type_id) if setting.report_type_id else None
        return self.standard if unit.kind in DEFAULT_KINDS else None

    def _regions(self, prefix: str = "") -> list[tuple[Q, int]]:
        """Where units owe which report: (a filter on units, the report type's id), closest setting first."""
        regions = []
        for i, setting in enumerate(self.settings):
            closer = [s for s in self.settings[:i] if s.kind == setting.kind and s.path.startswith(setting.path)]
            if setting.report_type_id is None:
                continue
            where = Q(**{f"{prefix}kind": setting.kind}) & _subtree(setting.path, prefix)
            for other in closer:
                where &= ~_subtree(other.path, prefix)
            regions.append((where, setting.report_type_id))
        if self.standard is not None:
            set_kinds = {s.kind for s in self.settings}
            plain = [k for k in DEFAULT_KINDS if k not in set_kinds]
            if plain:
                regions.append((Q(**{f"{prefix}kind__in": plain}), self.standard.pk))
            for kind in DEFAULT_KINDS:
                if kind in set_kinds:
                    where = Q(**{f"{prefix}kind": kind})
                    for other in self.settings:
                        if other.kind == kind:
                            where &= ~_subtree(other.path, prefix)
                    regions.append((where, self.standard.pk))
        return regions

    def owing(self, report_type: ReportType | None = None, prefix: str = "") -> Q:
        """A filter on units (through ``prefix``): those that owe a report (of ``report_type`` when given)."""
        wanted = [where for where, type_id in self._regions(prefix) if report_type is None or type_id == report_type.pk]
        return reduce(or_, wanted, NOTHING)

    def expected(
        self, *, reviewing: Unit | None, subtree: bool = False, report_type: ReportType | None = None
    ) -> QuerySet[Unit]:
        """The units that must report to ``reviewing`` (None: the country) for the period.

        The units directly below it that existed during the period and owe a report (of ``report_type``
        when given); with ``subtree``, such units at any depth below it, each owing its report to the
        unit above it.
        """
        units = Unit.objects.all()
        if reviewing is None:
            units = units if subtree else units.filter(parent__isnull=True)
        elif subtree:
            units = units.filter(path__gt=reviewing.path, path__lt=reviewing.path_upper_bound)
        else:
            units = units.filter(parent=reviewing)
        return units.filter(self.owing(report_type)).existing_between(self.period.starts_on, self.period.ends_on)

    def reports(self) -> QuerySet[Report]:
        """The period's reports that are the ones their unit owes (a report of another type fulfils no duty)."""
        owed = [where & Q(report_type_id=type_id) for where, type_id in self._regions("unit__")]
        return Report.objects.filter(reduce(or_, owed, NOTHING), period=self.period)


def duties(*, unit: Unit | None, period: Period) -> Duties:
    """The duties in force for ``period`` over ``unit``'s subtree (None: the country). Two queries."""
    rows = ReportingDuty.objects.filter(period_kind=period.kind)
    if unit is not None:
        rows = rows.filter(Q(unit_id__in=unit.ancestor_ids) | _subtree(unit.path, "unit__"))
    settings = [Setting(*row) for row in rows.values_list("unit__path", "unit_kind", "report_type_id")]
    settings.sort(key=lambda s: -len(s.path))
    types = {t.pk: t for t in ReportType.objects.all()}
    return Duties(
        period=period, settings=tuple(settings), types=types, standard=standard_report_type(period, types.values())
    )


def addressee(*, unit: Unit, period: Period) -> str:
    """Who ``unit``'s report for ``period`` is addressed to ("Kính gửi"): the closest setting for units of
    its kind that names an addressee (a province sends its districts' reports to its Sở Nội vụ), else
    the unit directly above it. One query."""
    rows = ReportingDuty.objects.filter(
        period_kind=period.kind, unit_kind=unit.kind, unit_id__in=[*unit.ancestor_ids, unit.pk]
    )
    named = rows.exclude(addressee="").order_by("-unit__depth").values_list("addressee", flat=True).first()
    if named:
        return named
    return unit.parent.cited_name if unit.parent_id else ""


def recipients(*, unit: Unit, period: Period) -> str:
    """The "Nơi nhận" list of ``unit``'s report for ``period``, one per line: the closest setting for units
    of its kind that lists them, else "Như trên;" (where there is an addressee) and "Lưu: VT.". One query."""
    rows = ReportingDuty.objects.filter(
        period_kind=period.kind, unit_kind=unit.kind, unit_id__in=[*unit.ancestor_ids, unit.pk]
    )
    listed = rows.exclude(recipients="").order_by("-unit__depth").values_list("recipients", flat=True).first()
    if listed:
        return "\n".join(line.strip() for line in listed.splitlines() if line.strip())
    return "\n".join(filter(None, ["Như trên;" if unit.parent_id else "", "Lưu: VT."]))


def expected_units(
    *,
    reviewing: Unit | None,
    period: Period,
    report_type: ReportType | None = None,
    subtree: bool = False,
    owed: Duties | None = None,
) -> QuerySet[Unit]:
    """Which units must report to ``reviewing`` for ``period`` (of ``report_type`` when given): THE question.

    ``owed``: the duties already read for this period and a part of the tree that includes ``reviewing``.
    """
    owed = owed or duties(unit=reviewing, period=period)
    return owed.expected(reviewing=reviewing, subtree=subtree, report_type=report_type)
