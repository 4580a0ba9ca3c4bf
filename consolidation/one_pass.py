"""On PostgreSQL, the three readings of the counted units' values in one scan.

A consolidation reads the counted units' values of the period three ways: summed per figure (the GROUP BY
of ``engine``), the figures each unit gave (the coverage of ``parts.units_per_figure``), and the figures of
the units that stated a total or rate as a whole (``parts.stated_figures``). Each reading scans the same
rows; for the whole country those are half a million, and each scan cost about a quarter of a second.
Here one scan groups them two ways at once (``GROUPING SETS``): per (indicator, breakdown, answer) the sum,
smallest, largest and count; per unit the ids of its total figures and, for the stated figures and their
parts, "id:total?:number" triples. SQLite has no grouping sets and keeps the three queries (``available``).

The rows are read as ``unit_rows`` reads them: a list of units unit by unit through the unique index, a
subquery of units (the whole country) as a filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import QuerySet

from consolidation import unit_rows
from indicators.models import Value


def available() -> bool:
    return connection.vendor == "postgresql"


@dataclass
class Reading:
    sums: list[dict]  # as engine._sum_values: indicator_id, breakdown, answer, total, low, high, n
    given: list[str]  # per unit that gave any total figure: its indicators' ids, comma-separated (coverage)
    stated_rows: list[tuple[int, int, str, Decimal]]  # (unit, indicator, "" or "*" for a breakdown, number)


def read(
    counted: list[int] | QuerySet,
    period_id: int,
    *,
    summed_ids: Iterable[int],
    coded_ids: Iterable[int],
    stated_ids: Iterable[int],
    part_ids: Iterable[int],
) -> Reading:
    """One scan of the counted units' values of the period (numbers only), grouped per figure and per unit.

    ``summed_ids``: the figures summed (their aggregation combines them) and ``coded_ids`` (answers counted);
    ``stated_ids``: the figures a unit may state as a whole; ``part_ids``: those and the figures they stand
    for (a unit's stated rows are returned only when it stated one of ``stated_ids``)."""
    summed, coded = sorted(set(summed_ids) | set(coded_ids)), sorted(set(coded_ids))
    stated, parts = sorted(set(stated_ids)), sorted(set(part_ids) | set(stated_ids))
    columns = Value.objects.filter(period_id=period_id, number__isnull=False).values(
        "unit_id", "indicator_id", "breakdown", "number"
    )
    if unit_rows.per_unit(counted):
        inner, params = columns.filter(unit_id=unit_rows.UNIT).order_by().query.sql_with_params()
        source = f"(SELECT v.* FROM unnest(%s::bigint[]) AS u(id) CROSS JOIN LATERAL ({inner} OFFSET 0) AS v)"
        params = [list(counted), *params]
    else:
        inner, params = columns.filter(unit__in=counted).order_by().query.sql_with_params()
        source = f"({inner})"
    sql = f"""
        SELECT GROUPING(v.unit_id), v.unit_id, v.indicator_id, v.breakdown, v.answer,
               SUM(v.number), MIN(v.number), MAX(v.number), COUNT(*),
               STRING_AGG(v.indicator_id::text, ',') FILTER (WHERE v.breakdown = ''),
               STRING_AGG(v.indicator_id::text || ':' || (CASE WHEN v.breakdown = '' THEN '' ELSE '*' END)
                          || ':' || v.number::text, ',') FILTER (WHERE v.indicator_id = ANY(%s::bigint[])),
               BOOL_OR(v.indicator_id = ANY(%s::bigint[]))
        FROM (SELECT r.*, CASE WHEN r.indicator_id = ANY(%s::bigint[]) THEN r.number END AS answer
              FROM {source} AS r) AS v
        GROUP BY GROUPING SETS ((v.indicator_id, v.breakdown, v.answer), (v.unit_id))
    """
    reading = Reading(sums=[], given=[], stated_rows=[])
    summed_set = set(summed)
    with connection.cursor() as cursor:
        cursor.execute(sql, [parts, stated, coded, *params])
        for by_figure, unit_id, indicator_id, breakdown, answer, total, low, high, n, ids, triples, states in cursor:
            if by_figure:  # grouped per (indicator, breakdown, answer)
                if indicator_id in summed_set:
                    reading.sums.append({"indicator_id": indicator_id, "breakdown": breakdown, "answer": answer,
                                         "total": total, "low": low, "high": high, "n": n})  # fmt: skip
                continue
            if ids:
                reading.given.append(ids)
            if states and triples:
                for triple in triples.split(","):
                    indicator, part, number = triple.split(":")
                    reading.stated_rows.append((unit_id, int(indicator), part, Decimal(number)))
    return reading
