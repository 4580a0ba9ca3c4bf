"""A sent report's task table does not change under it: task changes that would alter it are refused.

Bình Phước (alice's commune) and its yearly report of 2023, cut-off 15/12/2022 - 14/12/2023;
rita reviews it at Bình Sơn district.
"""

import pytest
from django.urls import reverse

from desk.workflow import apply_move
from plans.models import Task
from plans.services import task_create, task_delete, task_mark_done, task_update, tasks_import
from reports.locking import ReportFrozen
from reports.models import Period, ReportState
from reports.periods import ensure_period
from tests.consolidation.conftest import make_report
from tests.plans.factories import d, field, plan, task

S = ReportState


@pytest.fixture
def year_2023(tree):
    return Period.objects.get(code="2023")


@pytest.fixture
def pending(binh_phuoc):
    """A task of the 2023 plan, due at the end of the year and not done yet."""
    return task(plan(binh_phuoc), "procedures", deadline="31/12/2023", title="Rà soát TTHC")


def _refused(info) -> str:
    return " ".join(info.value.messages)


def test_a_task_done_after_the_sent_reports_cutoff_is_accepted(binh_phuoc, alice, year_2023, pending):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    done = task_mark_done(task=pending, user=alice, version=1, on=d("20/12/2023"))
    assert done.completed_on == d("20/12/2023")


def test_a_task_done_inside_the_sent_period_is_refused_with_the_period_named(binh_phuoc, alice, year_2023, pending):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    with pytest.raises(ReportFrozen) as info:
        task_mark_done(task=pending, user=alice, version=1, on=d("01/12/2023"))
    message = _refused(info)
    assert "Báo cáo năm 2023 đã được gửi" in message and "mở lại" in message
    pending.refresh_from_db()
    assert (pending.completed_on, pending.version) == (None, 1)


@pytest.mark.parametrize("state", [S.PENDING_APPROVAL, S.SUBMITTED, S.ACCEPTED])
def test_adding_a_task_after_a_report_of_the_year_was_sent_is_refused(binh_phuoc, alice, year_2023, state):
    p = plan(binh_phuoc)
    make_report(binh_phuoc, year_2023, state)
    with pytest.raises(ReportFrozen):
        task_create(plan=p, user=alice, field=field("procedures"), title="Niêm yết TTHC")
    with pytest.raises(ReportFrozen):
        tasks_import(plan=p, user=alice, rows=[{"field": field("procedures"), "title": "Niêm yết TTHC"}])
    assert not Task.objects.exists()


def test_a_report_of_another_period_of_the_year_freezes_the_plan_too(binh_phuoc, alice, pending):
    first_quarter = ensure_period("2023-Q1")
    make_report(binh_phuoc, first_quarter, S.ACCEPTED)
    with pytest.raises(ReportFrozen) as info:
        task_delete(task=pending, user=alice, version=1)
    assert "quý I năm 2023" in _refused(info)
    # Done in December: still "in progress" at the first quarter's cut-off, as that report printed it.
    assert task_mark_done(task=pending, user=alice, version=1, on=d("05/12/2023")).completed_on == d("05/12/2023")


def test_after_the_report_is_returned_the_plan_changes_again(binh_phuoc, alice, rita, year_2023, pending):
    report = make_report(binh_phuoc, year_2023, S.SUBMITTED)
    with pytest.raises(ReportFrozen):
        task_mark_done(task=pending, user=alice, version=1, on=d("01/12/2023"))
    apply_move(report=report, user=rita, move_name="return", seen_state=S.SUBMITTED, comment="Bổ sung nhiệm vụ")
    assert task_mark_done(task=pending, user=alice, version=1, on=d("01/12/2023")).version == 2
    added = task_create(plan=pending.plan, user=alice, field=field("procedures"), title="Niêm yết TTHC")
    task_delete(task=added, user=alice, version=1)


def test_changes_that_leave_the_printed_row_as_it_was_are_accepted(binh_phuoc, alice, year_2023, pending):
    make_report(binh_phuoc, year_2023, S.ACCEPTED)
    make_report(binh_phuoc, ensure_period("2024"), S.DRAFT)
    changed = task_update(task=pending, user=alice, version=1, title="Rà soát, đánh giá TTHC", owner="Văn phòng")
    assert changed.title == "Rà soát, đánh giá TTHC"
    # Another deadline, the same status at 14/12/2023 (in progress within its deadline).
    assert task_update(task=pending, user=alice, version=2, deadline=d("20/12/2023")).version == 3
    with pytest.raises(ReportFrozen):  # another reform field: another row of the table
        task_update(task=pending, user=alice, version=3, field=field("institutions"))
    with pytest.raises(ReportFrozen):  # overdue at the cut-off instead of within its deadline
        task_update(task=pending, user=alice, version=3, deadline=d("30/11/2023"))


def test_drafts_and_other_years_do_not_freeze_the_plan(binh_phuoc, alice, year_2023, pending):
    make_report(binh_phuoc, year_2023, S.DRAFT)
    make_report(binh_phuoc, ensure_period("2022"), S.ACCEPTED)
    assert task_mark_done(task=pending, user=alice, version=1, on=d("01/12/2023")).version == 2
    task_create(plan=pending.plan, user=alice, field=field("procedures"), title="Niêm yết TTHC")
    assert Task.objects.count() == 2


def _url(name, *args):
    return reverse(f"plans:{name}", args=["21073", 2023, *args])


def test_the_plan_page_shows_the_refusal(client, binh_phuoc, alice, year_2023, pending):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    client.force_login(alice)
    response = client.post(_url("task_complete", pending.pk), {"version": 1, "completed_on": "2023-12-01"}, follow=True)
    assert response.status_code == 200 and response.redirect_chain
    page = response.content.decode()
    assert 'data-testid="summary-table"' in page and "Báo cáo năm 2023 đã được gửi" in page

    card = client.post(_url("task_complete", pending.pk), {"version": 1, "completed_on": "2023-12-01"},
                       HTTP_HX_REQUEST="true")  # fmt: skip
    assert card.status_code == 200
    assert 'data-testid="task-error"' in card.content.decode() and "Báo cáo năm 2023" in card.content.decode()

    page = client.post(_url("task_delete", pending.pk), {"version": 1}, follow=True).content.decode()
    assert "Báo cáo năm 2023 đã được gửi" in page and Task.objects.filter(pk=pending.pk).exists()

    data = {"field": field("procedures").pk, "title": "Niêm yết TTHC", "owner": "", "deadline": "", "completed_on": "",
            "note": "", "token": "7d1f5b0e-8f7a-4c53-9d55-3a0d2b0f4c11"}  # fmt: skip
    form = client.post(_url("task_create"), data)
    assert form.status_code == 400 and "Báo cáo năm 2023 đã được gửi" in form.content.decode()

    edit = client.post(_url("task_edit", pending.pk), {"field": field("procedures").pk, "title": "Rà soát TTHC",
                                                       "completed_on": "2023-12-01", "version": 1})  # fmt: skip
    assert edit.status_code == 400 and "Báo cáo năm 2023 đã được gửi" in edit.content.decode()
    pending.refresh_from_db()
    assert pending.completed_on is None and Task.objects.count() == 1
