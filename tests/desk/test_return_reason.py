"""A returned report shows why at the top of the report page and of the editor (issue 16, item 2)."""

import pytest
from django.test import Client
from django.urls import reverse

from desk.selectors import return_reason
from desk.workflow import apply_move
from reports.models import ReportState

S = ReportState
REASON = "Mục II thiếu số hồ sơ trực tuyến; bổ sung trước ngày 20."


@pytest.fixture
def sent(report, alice, leader):
    apply_move(report=report, move_name="submit", seen_state=S.DRAFT, user=alice)
    apply_move(report=report, move_name="approve", seen_state=S.PENDING_APPROVAL, user=leader)
    report.refresh_from_db()
    return report


def _top(page: str, marker: str) -> int:
    return page.index(marker)


def test_return_reason_at_the_top_of_the_report_and_the_editor(sent, alice, rita):
    client = Client()
    client.force_login(alice)
    assert 'data-testid="return-reason"' not in client.get(reverse("desk:detail", args=[sent.pk])).content.decode()
    apply_move(report=sent, move_name="return", seen_state=S.SUBMITTED, user=rita, comment=REASON)
    for name in ("desk:detail", "desk:edit"):
        page = client.get(reverse(name, args=[sent.pk])).content.decode()
        assert 'data-testid="return-reason"' in page and "Rita" in page
        text = page.index('data-testid="return-reason-text"')
        assert REASON in page[text : text + 300]
        if name == "desk:edit":
            assert text < page.index('id="report-form"')  # above the editor's form
    detail = client.get(reverse("desk:detail", args=[sent.pk])).content.decode()
    assert detail.index('data-testid="return-reason"') < detail.index('data-testid="timeline"')


def test_the_latest_return_counts_and_it_goes_once_fixed(sent, alice, leader, rita):
    apply_move(report=sent, move_name="return", seen_state=S.SUBMITTED, user=rita, comment="Lần 1")
    apply_move(report=sent, move_name="submit", seen_state=S.RETURNED, user=alice)
    assert return_reason(sent) is None  # no longer returned
    apply_move(report=sent, move_name="send_back", seen_state=S.PENDING_APPROVAL, user=leader, comment="Lần 2")
    sent.refresh_from_db()
    reason = return_reason(sent)
    assert reason.comment == "Lần 2" and reason.actor == leader
