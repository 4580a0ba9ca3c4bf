"""A document registered while the report is being submitted (PostgreSQL only: the guarantee rests on row locks).

Registering a document and a workflow move lock the same rows, the reports whose data window holds the
document's date (plans.services.refuse_if_registered through reports.locking.lock_reports;
desk.workflow.apply_move). Whatever the timing, the document is either registered before the
submission's snapshot, which then counts it (appendix item 1.1), or it meets the sent report and is
refused. What the sent report printed and what its figures say now never differ.

Each side runs the real code in its own thread, on its own connection (tests.race); the tests commit,
so they run in transactional mode and build the demo tree themselves.
"""

import random
import threading
import time
from collections import Counter

import pytest
from django.db import connection, transaction

from desk.services import report_create
from desk.workflow import apply_move
from plans.models import Document
from plans.services import document_create
from plans.summary import appendix_figures
from reports.locking import ReportFrozen
from reports.models import Period, Report, ReportState, ReportType, Transition
from tests.plans.factories import d
from tests.race import TIMEOUT, Worker, wait_until_blocked

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite has no row locks (SELECT … FOR UPDATE) and serialises all writers",
    ),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("shipped_data"),
]

CODE = "plan.directing_documents"  # appendix item 1.1: the directing documents the report counts
REFUSED = "Báo cáo năm 2023 đã được gửi; thay đổi này sẽ làm khác các văn bản trong kỳ"
ITERATIONS = 20


@pytest.fixture
def year_2023(tree):
    return Period.objects.get(code="2023")


@pytest.fixture
def report(alice, binh_phuoc, year_2023):
    """Bình Phước's yearly report for 2023 (data window 15/12/2022 - 14/12/2023), in draft."""
    return report_create(
        unit=binh_phuoc, period=year_2023, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )


def register(unit, user, number):
    return document_create(
        unit=unit,
        user=user,
        doc_type="plan",
        number=number,
        symbol="KH-UBND",
        issued_on=d("01/03/2023"),
        subject="về kiểm soát thủ tục hành chính",
        is_reform_directive=True,
    )


def submit(report, user):
    return apply_move(report=report, user=user, move_name="submit", seen_state=ReportState.DRAFT)


def printed(transition) -> str:
    return transition.snapshot["figures"][CODE]


def now(unit, period) -> str:
    return str(appendix_figures(unit=unit, period=period)[CODE])


def test_a_document_registered_during_a_submission_waits_for_it_and_is_refused(alice, binh_phuoc, year_2023, report):
    clerk = Worker(lambda: register(binh_phuoc, alice, 18))
    with transaction.atomic():
        # The submission, still inside its transaction: it holds the report's row lock until this block ends.
        transition = submit(report, alice)
        clerk.start()
        wait_until_blocked(clerk)
    with pytest.raises(ReportFrozen) as info:
        clerk.outcome()
    assert " ".join(info.value.messages).startswith(REFUSED)
    assert not Document.objects.exists()
    assert printed(transition) == "0" == now(binh_phuoc, year_2023)


def test_a_submission_during_a_registration_waits_for_it_and_counts_the_document(alice, binh_phuoc, year_2023, report):
    seen = Report.objects.get(pk=report.pk)
    mover = Worker(lambda: submit(seen, alice))
    with transaction.atomic():
        # The registration, still inside its transaction: it holds the report's row lock until this block ends.
        register(binh_phuoc, alice, 18)
        mover.start()
        wait_until_blocked(mover)
    transition = mover.outcome()
    assert transition.to_state == ReportState.PENDING_APPROVAL
    assert printed(transition) == "1" == now(binh_phuoc, year_2023)


def test_a_registration_racing_a_submission_is_counted_by_it_or_refused(alice, binh_phuoc, year_2023, report):
    outcomes = Counter()
    for number in range(1, ITERATIONS + 1):
        Report.objects.filter(pk=report.pk).update(state=ReportState.DRAFT)  # the leader sent it back
        before = Document.objects.count()
        seen = Report.objects.get(pk=report.pk)
        start = threading.Barrier(2, timeout=TIMEOUT)
        jitter = random.Random(number)  # either side may reach the lock first
        delays = jitter.uniform(0, 0.03), jitter.uniform(0, 0.01)

        def move(delay=delays[0], seen=seen, start=start):
            start.wait()
            time.sleep(delay)
            return submit(seen, alice)

        def type_document(delay=delays[1], number=number, start=start):
            start.wait()
            time.sleep(delay)
            return register(binh_phuoc, alice, number)

        mover, clerk = Worker(move), Worker(type_document)
        mover.start()
        clerk.start()
        transition = mover.outcome()
        try:
            clerk.outcome()
        except ReportFrozen as exc:
            outcomes["refused as frozen"] += 1
            assert " ".join(exc.messages).startswith(REFUSED)
            assert Document.objects.count() == before
        else:
            outcomes["registered before the snapshot"] += 1
            assert Document.objects.count() == before + 1
        assert Report.objects.get(pk=report.pk).state == ReportState.PENDING_APPROVAL
        # The invariant: what the sent report printed is what its figures say now.
        assert printed(transition) == now(binh_phuoc, year_2023) == str(Document.objects.count()), outcomes
    assert Transition.objects.filter(report=report, action="submit").count() == ITERATIONS
    assert sum(outcomes.values()) == ITERATIONS
