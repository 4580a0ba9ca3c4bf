"""Benchmark: consolidate one province and the whole country (DESIGN.md: < 100 ms, < 1 s).

    .venv/bin/python tests/bench/bench_consolidation.py                       # SQLite, /tmp/portal_bench.sqlite3
    .venv/bin/python tests/bench/bench_consolidation.py --database-url postgres://postgres@127.0.0.1:5432/portal_bench

The first run migrates the database and generates the national data set
(34 provinces, ~3,300 communes, 150 indicators, 8 periods); later runs reuse
it (``--size 0.1``: a tenth of the communes, in minutes). Prints, per case, the median wall time of
``consolidate`` over several runs, this process's CPU time beside it (on PostgreSQL the server's work is
in the SQL time, not in the CPU time), the time spent in SQL, and the number of queries; ``--plans``
prints PostgreSQL's plan of each case's GROUP BY over the values (EXPLAIN ANALYZE).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_portal.settings")
    if database_url.startswith("postgres"):
        _create_pg_database(database_url)
    import django

    django.setup()


def _create_pg_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


class SqlTimer:
    def __init__(self):
        self.seconds, self.queries = 0.0, 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


def measure(label: str, func, runs: int, plans: bool = False) -> None:
    from django.db import connection

    func()  # warm up caches (the first run also reads the catalogue from disk)
    walls, cpus, sqls, queries = [], [], [], 0
    for _ in range(runs):
        timer = SqlTimer()
        with connection.execute_wrapper(timer):
            started, cpu = time.perf_counter(), time.process_time()
            func()
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        sqls.append(timer.seconds)
        queries = timer.queries
    print(
        f"{label:<58} wall {statistics.median(walls) * 1000:8.1f} ms   cpu {statistics.median(cpus) * 1000:8.1f} ms   "
        f"sql {statistics.median(sqls) * 1000:8.1f} ms   queries {queries}"
    )
    if plans and connection.vendor == "postgresql":
        print_plan(func)


def print_plan(func) -> None:
    """PostgreSQL's plan of the case's GROUP BY over the values, as it ran (EXPLAIN ANALYZE)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        func()
    sums = [q["sql"] for q in ctx.captured_queries if "indicators_value" in q["sql"] and "SUM(" in q["sql"]]
    if not sums:
        return
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sums[0])
        for (line,) in cursor.fetchall():
            print("    " + line[:160])


def national_excel(period) -> bytes:
    """What ``manage.py consolidate --national --scope descendants --kinds commune,ward,township --format xlsx``
    does in process: the consolidation and its breakdown table (``serialise.build``), then the workbook."""
    from django.utils import translation

    from consolidation.completeness import DESCENDANTS
    from consolidation.serialise import as_xlsx, build
    from units.models import UnitKind

    with translation.override("vi"):
        c, table = build(unit=None, period=period, scope=DESCENDANTS, kinds=UnitKind.commune_level())
        return as_xlsx(c, table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="sqlite:////tmp/portal_bench.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2025-Q2")
    parser.add_argument("--size", type=float, default=1.0, help="the generator's --size when it must generate")
    parser.add_argument("--plans", action="store_true", help="print PostgreSQL's plan of each case's sum query")
    parser.add_argument("--only", help="run the cases whose label contains this text")
    args = parser.parse_args()
    setup(args.database_url)

    from django.core.management import call_command
    from django.db import connection

    from consolidation.breakdown import breakdown_table
    from consolidation.completeness import DESCENDANTS
    from consolidation.engine import consolidate
    from consolidation.generator import generate, national_units
    from indicators.models import Value
    from reports.models import Period
    from units.models import Unit, UnitKind

    call_command("migrate", verbosity=0)
    if not national_units():
        started = time.perf_counter()
        stats = generate(communes=round(3300 * args.size), log=lambda m: print("  " + m))
        print(f"generated in {time.perf_counter() - started:.1f} s: {stats}")
    period = Period.objects.get(code=args.period)
    provinces = national_units()
    # The largest province with districts, and one with communes directly below it.
    with_districts = next(p for p in provinces if Unit.objects.filter(parent=p, kind=UnitKind.DISTRICT).exists())
    flat = next(p for p in provinces if not Unit.objects.filter(parent=p, kind=UnitKind.DISTRICT).exists())
    print(
        f"{connection.vendor}: {Unit.objects.count()} units, {Value.objects.count()} values, "
        f"period {period.code}, {args.runs} runs each"
    )
    district = Unit.objects.filter(parent=with_districts, kind=UnitKind.DISTRICT).first()
    cases = [
        (f"district {district.code} (children)", lambda: consolidate(unit=district, period=period)),
        (f"province {flat.code} (children, communes directly below)", lambda: consolidate(unit=flat, period=period)),
        (f"province {with_districts.code} (children: districts, agencies)",
         lambda: consolidate(unit=with_districts, period=period)),
        (f"province {with_districts.code} (descendants, communes only)",
         lambda: consolidate(unit=with_districts, period=period, scope=DESCENDANTS, kinds=UnitKind.commune_level())),
        ("country (children: 34 provinces with their subtrees)", lambda: consolidate(unit=None, period=period)),
        ("country (descendants, communes only)",
         lambda: consolidate(unit=None, period=period, scope=DESCENDANTS, kinds=UnitKind.commune_level())),
        (f"breakdown table, province {flat.code}", lambda: breakdown_table(unit=flat, period=period)),
        ("breakdown table, country (descendants, communes)",
         lambda: breakdown_table(unit=None, period=period, scope=DESCENDANTS, kinds=UnitKind.commune_level())),
        ("country Excel (descendants, communes): build + as_xlsx", lambda: national_excel(period)),
    ]  # fmt: skip
    for label, func in cases:
        if not args.only or args.only in label:
            measure(label, func, args.runs, plans=args.plans)


if __name__ == "__main__":
    main()
