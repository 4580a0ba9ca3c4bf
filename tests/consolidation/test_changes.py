"""A recalculation's changes are named from the catalogue the process keeps; a retired indicator still by name."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from consolidation.changes import labelled_changes
from indicators.models import Indicator
from indicators.values import active_indicators


def indicator_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if 'FROM "indicators_indicator"' in q["sql"]]


def test_changes_are_named_without_reading_the_indicators(tree):
    active_indicators()  # this process's catalogue, built
    changes = [{"code": "dossiers.rate.on_time", "old": "97.5", "new": "98"},
               {"code": "dossiers.received.total", "old": 10, "new": 1949}]  # fmt: skip
    with CaptureQueriesContext(connection) as ctx:
        lines = labelled_changes(changes)
    assert indicator_reads(ctx.captured_queries) == []
    on_time = Indicator.objects.get(code="dossiers.rate.on_time")
    assert [(line.name, line.before, line.after) for line in lines] == [
        (on_time.name, "97,50\u00a0%", "98,00\u00a0%"),
        (Indicator.objects.get(code="dossiers.received.total").name, "10", "1.949"),
    ]


def test_a_retired_indicator_is_still_named(tree):
    retired = Indicator.objects.get(code="staff.officials.female")
    Indicator.objects.filter(pk=retired.pk).update(is_active=False)
    (line,) = labelled_changes([{"code": retired.code, "old": 1, "new": 2}])
    assert line.name == retired.name
