"""On PostgreSQL a province's sums read only its units' rows: the plan looks the values up by unit.

The generator writes a small national data set of several provinces and periods and ANALYZEs it, so a
period's rows lie together on disk and are a fraction of the table, as in the national data set (where
PostgreSQL read the whole period through the period index and filtered the province's units out of it).
Every query ``consolidate`` runs over the values is captured and EXPLAINed as the planner sees it: each
reads the values through an index whose condition names the unit.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consolidation.completeness import DESCENDANTS
from consolidation.engine import consolidate
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
    generate(provinces=6, communes=600, indicators=60, periods=4, tasks_per_unit=0, log=lambda _m: None)
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
    over_values = [q["sql"] for q in ctx.captured_queries if "indicators_value" in q["sql"]]
    # The sum, the stated figures and the coverage; the sum is among them.
    assert len(over_values) == 3
    assert any("SUM(" in sql for sql in over_values)
    for sql in over_values:
        scans = _value_scans(sql)
        assert scans, "the query reads indicators_value"
        for scan in scans:
            # A bitmap heap scan reads through the bitmap index scans below it.
            indexes = [n for n in _nodes(scan) if n["Node Type"] == "Bitmap Index Scan"] or [scan]
            for index in indexes:
                assert index["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Index Scan"), index["Node Type"]
                # The per-unit unique index (unit, period, …) or the foreign key's index on unit: either reads the
                # province's units' rows only; an index of the period reads the whole country's.
                assert index["Index Name"] not in ("value_period_indicator_idx", "indicators_value_period_id_ec16c702")
                assert "unit_id" in index["Index Cond"], index["Index Cond"]
