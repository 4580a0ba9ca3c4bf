"""The summary table against seed 001's rows, the appendix figures and the query count."""

from decimal import Decimal

import pytest

from plans.models import ReformField
from plans.summary import appendix_figures, task_summary
from plans.tables import task_table
from reports.models import Period
from tests.plans.factories import d, plan, seed_001_plan, task

CUTOFF = d("06/12/2023")


def _row(r):
    return (r.planned, r.done_on_time, r.done_late, r.pending_within, r.pending_overdue)


def test_seed_001_rows_and_a_total_that_adds_up(tinh_chau):
    seed_001_plan(tinh_chau)
    summary = task_summary(unit=tinh_chau, year=2023, on=CUTOFF)
    assert [(r.number, r.code, _row(r)) for r in summary.rows] == [
        (1, "institutions", (7, 5, 1, 1, 0)),
        (2, "procedures", (13, 13, 0, 0, 0)),
        (3, "organisation", (3, 3, 0, 0, 0)),
        (4, "civil_service", (3, 3, 0, 0, 0)),
        (5, "public_finance", (3, 3, 0, 0, 0)),
        (6, "digital_government", (4, 4, 0, 0, 0)),
        (7, "direction", (7, 6, 0, 1, 0)),
    ]
    # Seed 001 prints 40 / 38 / 1 / 1 / 0; its rows add up to this:
    assert _row(summary.total) == (40, 37, 1, 2, 0)
    assert summary.total.done == 38 and summary.total.pending == 2


def test_zero_rows_are_listed_and_other_units_plans_are_not_counted(tinh_chau, binh_phuoc):
    seed_001_plan(binh_phuoc)
    task(plan(tinh_chau), "procedures", deadline="01/01/2023")
    task(plan(tinh_chau, 2024), "procedures")
    task(plan(tinh_chau, assigned=True), "procedures")
    summary = task_summary(unit=tinh_chau, year=2023, on=CUTOFF)
    assert len(summary.rows) == 7
    assert _row(summary.total) == (1, 0, 0, 0, 1)


def test_inactive_field_shows_only_while_it_has_tasks(tinh_chau):
    extra = ReformField.objects.create(code="impact", name="Tác động của CCHC", order=8, is_active=False)
    assert [r.code for r in task_summary(unit=tinh_chau, year=2023, on=CUTOFF).rows][-1] == "direction"
    task(plan(tinh_chau), extra.code)
    assert [r.code for r in task_summary(unit=tinh_chau, year=2023, on=CUTOFF).rows][-1] == "impact"


def test_status_moves_with_the_date(tinh_chau):
    task(plan(tinh_chau), deadline="30/06/2023", completed_on="10/07/2023")
    at = {
        day: _row(task_summary(unit=tinh_chau, year=2023, on=d(day)).total)
        for day in ("30/06/2023", "05/07/2023", "10/07/2023")
    }
    assert at == {"30/06/2023": (1, 0, 0, 1, 0), "05/07/2023": (1, 0, 0, 0, 1), "10/07/2023": (1, 0, 1, 0, 0)}


def test_one_task_table_for_the_screen_the_pdf_and_excel(tinh_chau):
    seed_001_plan(tinh_chau)
    table = task_table(task_summary(unit=tinh_chau, year=2023, on=CUTOFF))
    assert (table.key, table.sheet_name) == ("task_summary", "Nhiệm vụ CCHC")
    assert table.title == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
    assert table.subtitle == "(Tính đến ngày 06/12/2023)"
    assert [c.text for c in table.header[0]] == [
        "STT", "Nội dung", "Số nhiệm vụ chính", "Đã thực hiện", "Đang/chưa thực hiện",
    ]  # fmt: skip
    assert [c.text for c in table.header[1]] == ["Đúng hạn", "Quá hạn", "Còn hạn", "Quá hạn"]
    assert table.header[0][3].colspan == 2 and table.header[0][0].rowspan == 2
    assert [c.text for c in table.rows[0].cells] == ["1", "Cải cách thể chế", "7", "5", "1", "1", "0"]
    assert [c.value for c in table.rows[0].cells[2:]] == [7, 5, 1, 1, 0]
    assert all(c.is_numeric for c in table.rows[0].cells[2:]) and not table.rows[0].cells[0].is_numeric
    total = table.rows[-1]
    assert total.kind == "total" and table.total_rows == [total] and len(table.body_rows) == 7
    assert [c.text for c in total.cells] == ["", "Tổng cộng", "40", "37", "1", "2", "0"]


def test_appendix_figures(tinh_chau, binh_phuoc):
    from tests.plans.factories import document

    seed_001_plan(tinh_chau)
    assigned = plan(tinh_chau, assigned=True)
    task(assigned, "direction", deadline="30/06/2023", completed_on="30/06/2023")
    task(assigned, "direction", deadline="30/06/2023", completed_on="02/07/2023")
    task(assigned, "direction", deadline="31/12/2023")
    task(assigned, "direction", deadline="31/12/2023")
    for n, day in enumerate(["31/12/2022", "30/01/2023", "06/12/2023", "14/12/2023"], start=1):
        document(tinh_chau, number=n, issued_on=day, is_reform_directive=True)
    document(tinh_chau, number=9, issued_on="15/12/2023", is_reform_directive=True)  # after the cut-off window
    document(tinh_chau, number=10, issued_on="01/03/2023")  # not a directing document
    document(binh_phuoc, number=11, issued_on="01/03/2023", is_reform_directive=True)  # another unit
    period = Period.objects.get(code="2023")  # cut-off 15/12/2022 - 14/12/2023
    figures = appendix_figures(unit=tinh_chau, period=period)
    assert figures == {
        "plan.tasks.planned": Decimal(40),
        "plan.tasks.done": Decimal(38),
        "plan.directing_documents": Decimal(4),
        "assigned.tasks.total": Decimal(4),
        "assigned.tasks.on_time": Decimal(1),
        "assigned.tasks.late": Decimal(1),
    }
    assert all(isinstance(v, Decimal) for v in figures.values())


@pytest.mark.parametrize("size", [10, 200])
def test_summary_query_count_is_constant(tinh_chau, django_assert_num_queries, size):
    p = plan(tinh_chau)
    for i in range(size):
        task(p, ["institutions", "procedures", "direction"][i % 3], deadline="30/06/2023")
    with django_assert_num_queries(2):  # the tasks grouped by field and plan kind, the fields
        summary = task_summary(unit=tinh_chau, year=2023, on=CUTOFF)
        assert summary.total.planned == size
    period = Period.objects.get(code="2023")
    with django_assert_num_queries(3):
        appendix_figures(unit=tinh_chau, period=period)


def test_appendix_figures_are_registered_with_the_statistics_app():
    providers = pytest.importorskip("indicators.providers")
    assert providers.registered()["plans"] is appendix_figures
