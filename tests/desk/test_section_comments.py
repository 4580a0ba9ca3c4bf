"""Reviewers comment on a section; the clerk sees the comment beside it in the editor and marks it resolved
(issue 16, item 2). Who may do what is units.access's: a reviewer of the unit comments, its clerk resolves."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from desk.comments import add_comment, report_comments, resolve_comment
from desk.models import SectionComment
from desk.workflow import apply_move
from reports.models import ReportState

S = ReportState


@pytest.fixture
def sent(report, alice, leader):
    apply_move(report=report, move_name="submit", seen_state=S.DRAFT, user=alice)
    apply_move(report=report, move_name="approve", seen_state=S.PENDING_APPROVAL, user=leader)
    report.refresh_from_db()
    return report


def test_only_a_reviewer_of_the_unit_comments_and_only_once_sent(report, sent, alice, leader, rita, paula, carol):
    section = sent.sections.get(order=2)
    for user in (alice, leader, carol, paula):  # the province reviews districts, not communes
        with pytest.raises(PermissionDenied):
            add_comment(user=user, section=section, text="Ý kiến")
    with pytest.raises(ValidationError):
        add_comment(user=rita, section=section, text="   ")
    comment = add_comment(user=rita, section=section, text="Bổ sung số liệu kế hoạch.")
    assert comment.author == rita and comment.resolved_at is None
    apply_move(report=sent, move_name="return", seen_state=S.SUBMITTED, user=rita, comment="Xem ý kiến từng mục.")
    add_comment(user=rita, section=section, text="Và nêu số kế hoạch.")  # on what they returned, too
    assert [c.text for c in report_comments(sent)] == ["Bổ sung số liệu kế hoạch.", "Và nêu số kế hoạch."]


def test_a_draft_is_not_commented(report, rita):
    with pytest.raises(ValidationError):
        add_comment(user=rita, section=report.sections.get(order=2), text="Sớm quá")


def test_only_the_units_clerk_resolves(sent, alice, leader, rita, carol):
    comment = add_comment(user=rita, section=sent.sections.get(order=2), text="Bổ sung.")
    for user in (rita, leader, carol):
        with pytest.raises(PermissionDenied):
            resolve_comment(user=user, comment=comment)
    resolve_comment(user=alice, comment=comment)
    comment.refresh_from_db()
    assert comment.resolved_by == alice and comment.resolved_at is not None


def test_pages_comment_show_and_resolve(sent, alice, rita, carol):
    section = sent.sections.get(order=2)
    reviewer, clerk, other = Client(), Client(), Client()
    reviewer.force_login(rita)
    clerk.force_login(alice)
    other.force_login(carol)
    detail = reverse("desk:detail", args=[sent.pk])
    assert 'data-testid="comment-add"' in reviewer.get(detail).content.decode()
    assert 'data-testid="comment-add"' not in clerk.get(detail).content.decode()
    url = reverse("desk:section_comment", args=[sent.pk, section.pk])
    assert clerk.post(url, {"text": "x"}).status_code == 403
    assert other.post(url, {"text": "x"}).status_code == 404
    assert reviewer.post(url, {"text": "Nêu rõ số kế hoạch."}).status_code == 302
    comment = SectionComment.objects.get()

    apply_move(report=sent, move_name="return", seen_state=S.SUBMITTED, user=rita, comment="Xem ý kiến.")
    editor = clerk.get(reverse("desk:edit", args=[sent.pk])).content.decode()
    card = editor[editor.index('data-testid="section-2"') :]
    card = card[: card.index('data-testid="section-3"')]
    assert "Nêu rõ số kế hoạch." in card and 'data-testid="comment-resolve"' in card  # beside its section
    resolve = reverse("desk:comment_resolve", args=[comment.pk])
    assert other.post(resolve).status_code == 404
    assert reviewer.post(resolve).status_code == 403
    assert clerk.post(resolve).status_code == 302
    comment.refresh_from_db()
    assert comment.resolved_by == alice
    editor = clerk.get(reverse("desk:edit", args=[sent.pk])).content.decode()
    assert 'data-resolved="yes"' in editor and 'data-testid="comment-resolve"' not in editor
    assert 'data-resolved="yes"' in reviewer.get(detail).content.decode()
