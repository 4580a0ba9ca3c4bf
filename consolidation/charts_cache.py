"""A chart's figures kept per unit, periods and version of the figures they are read from.

The trend chart sums two shares of the units below over up to six periods: a dozen queries, and the ORM's
work to build them, on every board and consolidation page and in every district's document, for figures
that change only when a clerk saves a form or a report moves. ``remembered_series`` keeps what was
computed in Django's cache (each process's memory; Redis, shared by the processes, when ``REDIS_URL`` is
set) under a key naming everything it was read from:

- the chart, the unit, the periods, provisional or not, and the catalogue's version (``indicators.stamp``);
- the version of the figures (``figures_version``, two queries): for the units below and those periods,
  how many values of the chart's indicators are stored (their total rows, which the charts sum), their
  largest id and their latest change
  (``Value.updated_at``, which saving a form sets), and the same of the reports (every move of the
  workflow sets ``Report.updated_at``).

A figure saved, added or cleared, a report sent, accepted, returned or reopened gives a new key: the next
page draws from the new figures. What the key does not name (the duties in force, a unit moved or merged
in the tree) shows within ``TIMEOUT`` seconds. Without a catalogue version (a flushed test database has
no stamp row) nothing is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db.models import Count, Max

from indicators import stamp
from indicators.models import Value
from reports.models import Report
from units.models import Unit

TIMEOUT = 300  # seconds: the longest a change of duties or of the unit tree waits to show
PREFIX = "consolidation-chart:v1:"


def figures_version(*, unit: Unit, period_ids: Iterable[int], indicator_ids: Iterable[int]) -> tuple:
    """What changes when a total value of ``indicator_ids`` or a report of the units below ``unit`` changes
    in those periods: counts, largest ids and latest changes of both. Two queries."""
    # The units as a subquery: each unit's rows are looked up by the (unit, period, indicator) index, so the
    # cost follows the subtree, not the number of values of the period in the country.
    below = Unit.objects.filter(path__gt=unit.path, path__lt=unit.path_upper_bound).values("pk")
    periods = sorted(set(period_ids))
    # The total rows only (breakdown ""): the charts sum those, not the rows per procedure field.
    values = Value.objects.filter(
        unit_id__in=below, period_id__in=periods, indicator_id__in=sorted(set(indicator_ids)), breakdown=""
    )
    reports = Report.objects.filter(unit_id__in=below, period_id__in=periods)
    versions = []
    for qs in (values, reports):
        row = qs.aggregate(n=Count("pk"), last=Max("pk"), at=Max("updated_at"))
        versions.append((row["n"], row["last"], row["at"].isoformat() if row["at"] else None))
    return tuple(versions)


def remembered_series[T](name: str, key: tuple, version: Callable[[], tuple], compute: Callable[[], T]) -> T:
    """``compute()``, kept under ``name``, ``key`` (what the chart is of), the catalogue's version and
    ``version()`` (the version of its figures); computed afresh when any of them changed."""
    token = stamp.current_token()
    if token is None:
        return compute()
    digest = hashlib.sha256(repr((name, key, token, version())).encode()).hexdigest()
    found = cache.get(PREFIX + digest)
    if found is not None:
        return found
    value = compute()
    cache.set(PREFIX + digest, value, TIMEOUT)
    return value
