"""A figures save racing a submission (PostgreSQL only: the guarantee rests on row locks).

A save of figures and a workflow move lock the same row, the unit's report for the period
(reports.locking.lock_for_change, desk.workflow.apply_move). Whatever the timing, a save either
lands before the submission's validation and snapshot, so the snapshot holds the saved figure,
or it sees the sent report and is refused with the frozen message. A frozen report whose stored
figures differ from its snapshot must never happen.

Each side runs the real code in its own thread, on its own connection; the tests commit, so they
run in transactional mode and build the demo tree themselves.
"""

import random
import threading
import time
from collections import Counter

import pytest
from django.db import connection, transaction

from desk.workflow import apply_move
from indicators.models import Value
from indicators.saving import values_save
from indicators.values import form_spec, sheet_version
from reports.models import Report, ReportState, Transition
from tests.race import TIMEOUT, Worker, wait_until_blocked

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite has no row locks (SELECT … FOR UPDATE) and serialises all writers",
    ),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("shipped_data"),
]

FORM, CODE = "phu-luc-1", "procedures.published"  # a figure no rule looks at: the submission always validates
FROZEN = "Báo cáo đã được gửi; không thể sửa số liệu nữa."
ITERATIONS = 30


def stored(unit, period):
    value = Value.objects.filter(unit=unit, period=period, indicator__code=CODE, breakdown="").first()
    return None if value is None or value.number is None else int(value.number)


def snapshot_figure(transition) -> str:
    return transition.snapshot["figures"][CODE]


@pytest.fixture
def version(binh_phuoc, y2023):
    return lambda: sheet_version(unit=binh_phuoc, period=y2023, form=form_spec(FORM).form)


def save(unit, period, user, number, version):
    return values_save(unit=unit, period=period, user=user, form_code=FORM, values={CODE: str(number)}, version=version)


def test_a_save_during_a_submission_waits_for_it_and_is_refused(alice, binh_phuoc, y2023, report, version):
    saver = Worker(lambda: save(binh_phuoc, y2023, alice, 7, version()))
    with transaction.atomic():
        # The submission, still inside its transaction: it holds the report's row lock until this block ends.
        transition = apply_move(report=report, user=alice, move_name="submit", seen_state=ReportState.DRAFT)
        saver.start()
        wait_until_blocked(saver)
    result = saver.outcome()
    assert not result.ok and result.general_errors == [FROZEN]
    assert stored(binh_phuoc, y2023) is None and snapshot_figure(transition) == ""


def test_a_submission_during_a_save_waits_for_it_and_sends_the_saved_figure(alice, binh_phuoc, y2023, report, version):
    seen = Report.objects.get(pk=report.pk)
    mover = Worker(lambda: apply_move(report=seen, user=alice, move_name="submit", seen_state=ReportState.DRAFT))
    with transaction.atomic():
        # The save, still inside its transaction: its lock_for_change holds the report's row until this block ends.
        assert save(binh_phuoc, y2023, alice, 7, version()).saved
        mover.start()
        wait_until_blocked(mover)
    transition = mover.outcome()
    assert transition.to_state == ReportState.PENDING_APPROVAL
    assert snapshot_figure(transition) == "7" == str(stored(binh_phuoc, y2023))


def test_a_save_racing_a_submission_lands_in_its_snapshot_or_is_refused(alice, binh_phuoc, y2023, report, version):
    outcomes = Counter()
    for number in range(1, ITERATIONS + 1):
        Report.objects.filter(pk=report.pk).update(state=ReportState.DRAFT)  # the leader sent it back
        before, sheet = stored(binh_phuoc, y2023), version()
        seen = Report.objects.get(pk=report.pk)
        start = threading.Barrier(2, timeout=TIMEOUT)
        jitter = random.Random(number)  # either side may reach the lock first
        delays = jitter.uniform(0, 0.04), jitter.uniform(0, 0.01)  # the save does more before its lock

        def submit(delay=delays[0], seen=seen, start=start):
            start.wait()
            time.sleep(delay)
            return apply_move(report=seen, user=alice, move_name="submit", seen_state=ReportState.DRAFT)

        def type_figure(delay=delays[1], number=number, sheet=sheet, start=start):
            start.wait()
            time.sleep(delay)
            return save(binh_phuoc, y2023, alice, number, sheet)

        mover, saver = Worker(submit), Worker(type_figure)
        mover.start()
        saver.start()
        transition, result = mover.outcome(), saver.outcome()

        after = stored(binh_phuoc, y2023)
        assert Report.objects.get(pk=report.pk).state == ReportState.PENDING_APPROVAL
        if result.saved:
            outcomes["saved before the snapshot"] += 1
            assert after == number
        else:
            outcomes["refused as frozen"] += 1
            assert result.general_errors == [FROZEN], result
            assert after == before
        # The invariant: the frozen report's stored figure is the one its snapshot sent.
        assert snapshot_figure(transition) == ("" if after is None else str(after)), (number, result, outcomes)
    assert Transition.objects.filter(report=report, action="submit").count() == ITERATIONS
    assert sum(outcomes.values()) == ITERATIONS
