import datetime as dt
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from consolidation.breakdown import breakdown_table
from plans.models import Plan, ReformField, Task
from reports.models import ReportState

from .conftest import make_communes, make_report, put


def _figures(unit, period, online, direct, on_time, late):
    put(unit, period, {
        "dossiers.received.online": online, "dossiers.received.direct": direct,
        "dossiers.resolved.on_time": on_time, "dossiers.resolved.late": late,
    })  # fmt: skip


def test_it_has_one_row_per_unit_and_a_total_recomputed_from_sums(district, h1_2024):
    a, b, c = make_communes(district, 3)
    _figures(a, h1_2024, 90, 10, 90, 10)
    _figures(b, h1_2024, 1, 9, 1, 9)
    make_report(a, h1_2024)
    make_report(b, h1_2024)
    make_report(c, h1_2024, ReportState.DRAFT)

    table = breakdown_table(unit=district, period=h1_2024)

    assert [r.unit for r in table.rows] == [a, b, c]
    assert table.rows[0].cells["dossiers.rate.online"] == Decimal("90.00")
    assert table.rows[1].cells["dossiers.received.total"] == 10
    assert table.rows[2].cells["dossiers.received.total"] is None
    assert not table.rows[2].counted
    assert table.total.cells["dossiers.received.total"] == 110
    assert table.total.cells["dossiers.rate.on_time"] == Decimal("82.73")  # 91 / 110, not (90 + 10) / 2
    assert [c.kind for c in table.columns][:3] == ["number", "percent", "percent"]


def test_it_counts_tasks_done_per_unit(district, h1_2024):
    a, b = make_communes(district, 2)
    field = ReformField.objects.order_by("order").first()
    for unit, done in ((a, 2), (b, 1)):
        plan = Plan.objects.create(unit=unit, year=2024)
        for i in range(3):
            Task.objects.create(plan=plan, field=field, title=f"t{i}", deadline=dt.date(2024, 12, 31),
                                completed_on=dt.date(2024, 3, 1) if i < done else None)  # fmt: skip
        make_report(unit, h1_2024)

    table = breakdown_table(unit=district, period=h1_2024)

    assert [r.cells["plan.tasks.done"] for r in table.rows] == [2, 1]
    assert table.total.cells["plan.tasks.done"] == 3


def test_rows_sort_by_a_column_with_empty_cells_last(district, h1_2024):
    a, b, c = make_communes(district, 3)
    _figures(a, h1_2024, 5, 5, 1, 1)
    _figures(b, h1_2024, 9, 1, 1, 1)
    for unit in (a, b):
        make_report(unit, h1_2024)

    table = breakdown_table(unit=district, period=h1_2024)

    assert [r.unit for r in table.sorted("dossiers.rate.online", descending=True)] == [b, a, c]
    assert [r.unit for r in table.sorted("dossiers.rate.online")] == [a, b, c]


def test_the_number_of_queries_is_constant(tree, h1_2024):
    from units.models import Unit, UnitKind

    counts = []
    for n in (3, 30):
        d = Unit.objects.create(code=f"B{n}", name="D", kind=UnitKind.DISTRICT, parent=tree["51"],
                                issuing_authority="U", place_name="x")  # fmt: skip
        for i, unit in enumerate(make_communes(d, n, prefix=f"B{n}-")):
            _figures(unit, h1_2024, i, 1, i, 1)
            make_report(unit, h1_2024)
        with CaptureQueriesContext(connection) as ctx:
            breakdown_table(unit=d, period=h1_2024)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
