"""A realistic national data set for benchmarks: 34 provinces, ~3,300 communes, 150 indicators, 8 periods.

The shape follows the 2025 reorganisation: half of the provinces still have
districts (with their offices) and communes under them, the other half have
communes directly under the province; a few communes merge on 1 July 2025
(before it the old communes report, after it the merged one). Every unit
reports every period; most reports are accepted, some only submitted, a few
still drafts; figures are plausible (parts add up, rates in range).

Everything is written with bulk_create in batches, ids allocated up front so
the materialized paths are known without a second pass.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from indicators.models import Aggregation, Indicator, Value, ValueSource, ValueType
from plans.models import Plan, PlanKind, ReformField, Task
from reports.duties import standard_report_type
from reports.models import Report, ReportState
from reports.periods import ensure_period
from units.models import PATH_STEP, Unit, UnitKind

PREFIX = "NB"  # codes of generated units, far from the official numeric codes
MERGER_DAY = dt.date(2025, 7, 1)
PERIOD_CODES = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
BATCH = 5000


@dataclass
class Stats:
    units: int = 0
    reports: int = 0
    values: int = 0
    tasks: int = 0
    indicators: int = 0


def _batched(items: Iterator, size: int = BATCH) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Tree:
    """Units with ids allocated up front, so each path is known when the object is built."""

    def __init__(self):
        self.next_id = (Unit.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
        self.units: list[Unit] = []

    def add(self, *, code, name, kind, parent: Unit | None, **extra) -> Unit:
        pk, self.next_id = self.next_id, self.next_id + 1
        path = (parent.path if parent else "") + str(pk).zfill(PATH_STEP)
        unit = Unit(pk=pk, code=code, name=name, kind=kind, parent=parent, path=path,
                    depth=len(path) // PATH_STEP - 1, issuing_authority=name.upper(), place_name=name,
                    **extra)  # fmt: skip
        self.units.append(unit)
        return unit


def _build_tree(provinces: int, communes: int, rng: random.Random) -> list[Unit]:
    tree = _Tree()
    per_province = max(1, communes // provinces)
    for p in range(1, provinces + 1):
        province = tree.add(code=f"{PREFIX}{p:02d}", name=f"Tỉnh Thử {p:02d}", kind=UnitKind.PROVINCE, parent=None)
        for a in range(3):
            tree.add(code=f"{province.code}-S{a}", name=f"Sở {a} tỉnh {p:02d}", kind=UnitKind.PROVINCE_AGENCY,
                     parent=province)  # fmt: skip
        with_districts = p % 2 == 0
        parents = [province]
        if with_districts:
            parents = []
            for d in range(1, 6):
                district = tree.add(code=f"{province.code}-D{d}", name=f"Huyện {d} tỉnh {p:02d}",
                                    kind=UnitKind.DISTRICT, parent=province)  # fmt: skip
                tree.add(code=f"{district.code}-PNV", name=f"Phòng Nội vụ huyện {d}", kind=UnitKind.DISTRICT_OFFICE,
                         parent=district)  # fmt: skip
                parents.append(district)
        made = []
        for c in range(per_province):
            parent = parents[c % len(parents)]
            kind = rng.choice([UnitKind.COMMUNE] * 8 + [UnitKind.WARD, UnitKind.TOWNSHIP])
            made.append(tree.add(code=f"{province.code}-X{c:03d}", name=f"Xã {c:03d} tỉnh {p:02d}", kind=kind,
                                 parent=parent))  # fmt: skip
        if p % 5 == 1 and len(made) >= 3:  # a few mergers on 1 July 2025: two communes become one
            old = made[-2:]
            new = tree.add(code=f"{province.code}-M1", name=f"Xã Hợp Nhất tỉnh {p:02d}", kind=UnitKind.COMMUNE,
                           parent=old[0].parent, established_on=MERGER_DAY)  # fmt: skip
            for unit in old:
                unit.dissolved_on, unit.merged_into = MERGER_DAY, new
    return tree.units


def _indicators(total: int) -> list[Indicator]:
    """The standard catalogue plus generated counts up to ``total`` active indicators."""
    existing = Indicator.objects.filter(is_active=True).count()
    extra = [
        Indicator(
            code=f"bench.extra.{i:03d}",
            name=f"Chỉ tiêu thử {i:03d}",
            unit_of_measure="Lượt",
            value_type=ValueType.COUNT,
            aggregation=Aggregation.SUM,
            value_source=ValueSource.ENTERED,
            order=10000 + i,
        )
        for i in range(max(0, total - existing))
    ]
    Indicator.objects.bulk_create(extra, ignore_conflicts=True)
    return list(Indicator.objects.filter(is_active=True, value_source=ValueSource.ENTERED).order_by("pk"))


def _dossier_figures(rng: random.Random, size: int) -> dict[str, int]:
    online, direct, postal = rng.randint(0, size), rng.randint(0, size), rng.randint(0, size // 20 + 1)
    carried = rng.randint(0, size // 10 + 1)
    received = online + direct + postal + carried
    resolved = int(received * rng.uniform(0.85, 0.99))
    late = int(resolved * rng.uniform(0, 0.05))
    early = int((resolved - late) * rng.uniform(0, 0.5))
    in_process = received - resolved
    return {
        "dossiers.received.online": online, "dossiers.received.direct": direct, "dossiers.received.postal": postal,
        "dossiers.received.carried_over": carried, "dossiers.resolved.early": early,
        "dossiers.resolved.on_time": resolved - late - early, "dossiers.resolved.late": late,
        "dossiers.in_process.within_deadline": in_process, "dossiers.in_process.overdue": 0,
        "dossiers.digitised.inputs": int(received * rng.uniform(0.6, 1)),
        "dossiers.digitised.results": int(resolved * rng.uniform(0.5, 1)),
        "satisfaction.very_satisfied": int(resolved * 0.5), "satisfaction.satisfied": int(resolved * 0.4),
        "satisfaction.neutral": int(resolved * 0.08), "satisfaction.dissatisfied": int(resolved * 0.02),
    }  # fmt: skip


def _values(units, periods, indicators, rng) -> Iterator[Value]:
    for period in periods:
        for unit in units:
            if not unit.existed_on(period.ends_on) and not unit.existed_on(period.starts_on):
                continue
            size = 400 if unit.kind in UnitKind.commune_level() else 150
            dossiers = _dossier_figures(rng, size)
            for ind in indicators:
                if ind.value_type == ValueType.TEXT:
                    continue
                if ind.value_type == ValueType.CODED:
                    number = rng.choice(list(ind.code_labels) or [0])
                elif ind.code in dossiers:
                    number = dossiers[ind.code]
                elif ind.value_type == ValueType.PERCENT:
                    number = Decimal(rng.randint(5000, 10000)) / 100
                else:
                    number = rng.randint(0, 50)
                yield Value(unit_id=unit.pk, period_id=period.pk, indicator_id=ind.pk, number=number)


def _reports(units, periods, rng) -> Iterator[Report]:
    report_types = {}
    for period in periods:
        report_types[period.pk] = standard_report_type(period)
    for period in periods:
        for unit in units:
            if not unit.existed_on(period.ends_on) and not unit.existed_on(period.starts_on):
                continue
            roll = rng.random()
            state = ReportState.ACCEPTED if roll < 0.93 else ReportState.SUBMITTED if roll < 0.97 else ReportState.DRAFT
            sent_on = period.due_date + dt.timedelta(days=rng.choice([-3, -2, -1, 0, 0, 0, 1, 4]))
            sent = timezone.make_aware(dt.datetime.combine(sent_on, dt.time(9)))
            yield Report(
                unit_id=unit.pk, period_id=period.pk, report_type=report_types[period.pk], state=state,
                subject=f"Báo cáo CCHC {period.name}", cutoff_start=period.cutoff_start, cutoff_end=period.cutoff_end,
                submitted_at=sent if state != ReportState.DRAFT else None,
                accepted_at=sent + dt.timedelta(days=2) if state == ReportState.ACCEPTED else None,
            )  # fmt: skip


def _tasks(units, years, rng, per_unit: int) -> tuple[list[Plan], Iterator[Task]]:
    fields = list(ReformField.objects.filter(is_active=True))
    plans = [Plan(unit_id=u.pk, year=y, kind=PlanKind.OWN) for u in units for y in years]
    Plan.objects.bulk_create(plans, batch_size=BATCH)
    plans = list(Plan.objects.filter(unit_id__in=[u.pk for u in units], year__in=years))

    def tasks():
        for plan in plans:
            for i in range(per_unit):
                deadline = dt.date(plan.year, rng.randint(1, 12), 28)
                done = deadline + dt.timedelta(days=rng.randint(-60, 20)) if rng.random() < 0.8 else None
                yield Task(plan=plan, field=rng.choice(fields), title=f"Nhiệm vụ {i}", deadline=deadline,
                           completed_on=done)  # fmt: skip

    return plans, tasks()


def _no_progress(done: int, total: int, step: str) -> None:
    pass


def generate(
    *, provinces=34, communes=3300, indicators=150, periods=8, tasks_per_unit=10, seed=2025, log=print,
    progress=_no_progress,
) -> Stats:  # fmt: skip
    """Create the data set (refuses to run twice).

    ``progress(done, total, step)`` is told the rows written so far against an estimate of all of them
    (units, reports, values and tasks), after each batch.
    """
    if Unit.objects.filter(code=f"{PREFIX}01").exists():
        raise RuntimeError("The national data set already exists.")
    rng = random.Random(seed)
    stats = Stats()
    period_objs = [ensure_period(code) for code in PERIOD_CODES[:periods]]
    units = _build_tree(provinces, communes, rng)
    years = sorted({p.year for p in period_objs})
    estimate = len(units) * (1 + len(period_objs) * (1 + indicators)) + len(units) * len(years) * tasks_per_unit

    def written() -> int:
        return stats.units + stats.reports + stats.values + stats.tasks

    with transaction.atomic():
        # Parents first: bulk_create writes the batches in order.
        pending = [u for u in units if u.merged_into is None]
        Unit.objects.bulk_create(sorted(pending, key=lambda u: u.path), batch_size=BATCH)
        merged = [u for u in units if u.merged_into is not None]
        Unit.objects.bulk_create(merged, batch_size=BATCH)
        _reset_sequences([Unit])
        stats.units = len(units)
        log(f"units: {stats.units}")
        catalogue = _indicators(indicators)
        stats.indicators = Indicator.objects.filter(is_active=True).count()
        for batch in _batched(_reports(units, period_objs, rng)):
            Report.objects.bulk_create(batch)
            stats.reports += len(batch)
        log(f"desk: {stats.reports}")
    progress(written(), estimate, "units, reports")
    for batch in _batched(_values(units, period_objs, catalogue, rng), 20000):
        with transaction.atomic():
            Value.objects.bulk_create(batch)
        stats.values += len(batch)
        progress(written(), max(estimate, written()), "values")
        if stats.values % 400000 < 20000:
            log(f"values: {stats.values}")
    log(f"values: {stats.values}")
    if tasks_per_unit:
        with transaction.atomic():
            _plans, tasks = _tasks(units, years, rng, tasks_per_unit)
            for batch in _batched(tasks):
                Task.objects.bulk_create(batch)
                stats.tasks += len(batch)
        log(f"tasks: {stats.tasks}")
    progress(written(), written() + 1, "ANALYZE")
    _analyse()
    return stats


def _reset_sequences(models) -> None:
    sql = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in sql:
            cursor.execute(statement)


def _analyse() -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL's ANALYZE, SQLite's ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def national_units() -> list[Unit]:
    return list(Unit.objects.filter(code__startswith=PREFIX, parent__isnull=True).order_by("code"))
