"""The value rows of a set of units, looked up unit by unit, whatever the planner thinks of the period.

A period's values lie together on disk (they are entered in its reporting window), so PostgreSQL prices
reading the whole period through the period index below looking up a province's hundred units one by
one, and then filters the country's rows down to the province's (a province cost what the country costs:
130 ms of a 20 ms sum on the national data set). On PostgreSQL the queries over ``Value`` for a list of
units therefore read each unit's rows through the unique index (unit, period, …): the ids as an array,
each joined LATERALly to its own rows (``OFFSET 0`` keeps the planner from flattening the join back into
one scan of the period). SQLite looks the rows up by unit anyway, so there ``unit_id IN (…)`` stays.

``grouped`` runs an aggregate over such rows on PostgreSQL: the rows are an ORM queryset of plain columns
(filtered by anything but the unit), the grouping and aggregates a few words of SQL over them; the
callers keep their ORM query for SQLite and for a subquery of units (the whole country).
"""

from __future__ import annotations

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

UNIT = RawSQL('"u"."id"', ())  # the unit of the LATERAL lookup


def per_unit(units) -> bool:
    """Whether the rows of ``units`` are looked up unit by unit (PostgreSQL, a list of ids, not a subquery)."""
    return connection.vendor == "postgresql" and isinstance(units, list | tuple)


def grouped(rows: QuerySet, units: list[int], *, select: str, group_by: str = "") -> list[tuple]:
    """``SELECT select FROM (each unit's rows) AS v GROUP BY group_by`` on PostgreSQL (``per_unit``), as tuples.

    ``rows``: a ``Value`` queryset of the plain columns ``select`` names (as ``v.column``), filtered by
    anything but the unit; ``units``: the units' ids. Each unit's rows are looked up through the unique
    index (see the module). Numbers come back as the database gives them (numeric: Decimal).
    """
    inner, params = rows.filter(unit_id=UNIT).order_by().query.sql_with_params()
    sql = f"SELECT {select} FROM unnest(%s::bigint[]) AS u(id) CROSS JOIN LATERAL ({inner} OFFSET 0) AS v"
    if group_by:
        sql += f" GROUP BY {group_by}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(units), *params])
        return cursor.fetchall()
