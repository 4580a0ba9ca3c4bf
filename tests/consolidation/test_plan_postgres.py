"""On PostgreSQL a province's sums read only its units' rows: the plan looks the values up by unit.

The generator writes a small national data set (several provinces, so the period holds far more rows than
one province has) and ANALYZEs it; the GROUP BY of ``consolidate`` is captured and EXPLAINed as the
planner sees it. Reading the period through its index and joining to the province's units afterwards
(what a subquery of the counted units gave) costs what the whole country costs.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consolidation.engine import DESCENDANTS, consolidate
from consolidation.generator import generate, national_units
from reports.models import Period
from units.models import Unit, UnitKind

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the query plan of PostgreSQL (SQLite reads the per-unit index anyway)"
)


def _nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _value_scans(sql: str) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        (raw,) = cursor.fetchone()
    plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
    return [node for node in _nodes(plan) if node.get("Relation Name") == "indicators_value"]


@pytest.fixture
def national(db):
    generate(provinces=6, communes=600, indicators=60, periods=1, tasks_per_unit=0, log=lambda _m: None)
    return national_units()


@pytest.mark.parametrize("case", ["flat province", "province with districts, communes only"])
def test_a_provinces_sums_read_its_units_through_the_unit_index(national, case):
    period = Period.objects.get(code="2024-Q1")
    if case == "flat province":
        province = next(p for p in national if not Unit.objects.filter(parent=p, kind=UnitKind.DISTRICT).exists())
        run = lambda: consolidate(unit=province, period=period)  # noqa: E731
    else:
        province = next(p for p in national if Unit.objects.filter(parent=p, kind=UnitKind.DISTRICT).exists())
        run = lambda: consolidate(unit=province, period=period, scope=DESCENDANTS, kinds=UnitKind.commune_level())  # noqa: E731
    with CaptureQueriesContext(connection) as ctx:
        result = run()
    assert result.values.get("dossiers.received.total")  # the province has figures
    sums = [q["sql"] for q in ctx.captured_queries if 'SUM("indicators_value"."number")' in q["sql"]]
    assert len(sums) == 1
    scans = _value_scans(sums[0])
    assert scans, "the sum reads indicators_value"
    for scan in scans:
        # A bitmap heap scan reads through the bitmap index scans below it.
        indexes = [n for n in _nodes(scan) if n["Node Type"] == "Bitmap Index Scan"] or [scan]
        for index in indexes:
            assert index["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Index Scan"), index["Node Type"]
            # The per-unit unique index (unit, period, …) or the foreign key's index on unit: either reads the
            # province's units' rows only; the period's index would read the whole country's.
            assert index["Index Name"] != "value_period_indicator_idx"
            assert "unit_id" in index["Index Cond"], index["Index Cond"]
