"""The demo data reproduces the seeds: seed 001's rows and appendix, seed 000's 28/28."""

from decimal import Decimal

from plans import demo
from plans.models import Document, Task
from plans.narrative import paragraphs, plan_sentence
from plans.summary import appendix_figures, task_summary
from reports.models import Period
from tests.plans.factories import SEED_001_ROWS, d


def test_demo_reproduces_the_seeds_and_is_idempotent(tinh_chau, binh_phuoc):
    demo.seed()
    counts = (Task.objects.count(), Document.objects.count())
    demo.seed()
    assert (Task.objects.count(), Document.objects.count()) == counts

    summary = task_summary(unit=tinh_chau, year=2023, on=d("06/12/2023"))
    assert {
        r.code: (r.done_on_time, r.done_late, r.pending_within, r.pending_overdue) for r in summary.rows
    } == SEED_001_ROWS
    assert (summary.total.planned, summary.total.done) == (40, 38)
    assert plan_sentence(unit=tinh_chau, year=2023, on=d("06/12/2023")) == (
        "UBND xã đã ban hành Kế hoạch số 117/KH-UBND ngày 31/12/2022 về cải cách hành chính năm 2023, "
        "đề ra 40 nhiệm vụ; đến ngày 06/12/2023 đã hoàn thành 38 nhiệm vụ (đúng hạn 37, quá hạn 1), "
        "2 nhiệm vụ đang thực hiện trong hạn."
    )
    period = Period.objects.get(code="2023")
    assert appendix_figures(unit=tinh_chau, period=period) == {
        "plan.tasks.planned": Decimal(40),
        "plan.tasks.done": Decimal(38),
        "plan.directing_documents": Decimal(7),
        "assigned.tasks.total": Decimal(4),
        "assigned.tasks.on_time": Decimal(1),
        "assigned.tasks.late": Decimal(1),
    }
    assert [p.key for p in paragraphs(unit=tinh_chau, period=period)] == ["plans.plan", "plans.assigned"]

    bp = task_summary(unit=binh_phuoc, year=2023, on=d("25/11/2023")).total
    assert (bp.planned, bp.done_on_time) == (28, 28)
    assert plan_sentence(unit=binh_phuoc, year=2023, on=d("25/11/2023")).endswith(
        "đề ra 28 nhiệm vụ; đến ngày 25/11/2023 đã hoàn thành 28/28 nhiệm vụ, đều đúng hạn."
    )
    # every task that names a proving document found it in the register
    tables = (demo.BINH_PHUOC_TASKS, demo.TINH_CHAU_TASKS, demo.TINH_CHAU_ASSIGNED)
    cited = sum(1 for table in tables for rows in table.values() for row in rows if row[4] is not None)
    assert Task.objects.filter(evidence__isnull=False).count() == cited == 37
