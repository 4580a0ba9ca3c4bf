"""Issue 16, item 2: reviewers comment on a figure sheet as on a section; the clerk sees the comment beside the
sheet and marks it resolved; the report's diff since the last submission shows which comments were addressed."""

from django.urls import reverse

from desk.comments import add_comment
from desk.workflow import apply_move
from indicators.models import SheetComment
from reports.models import ReportState as S
from tests.clients import client_for
from tests.indicators.conftest import freeze


def sheet(code="dossiers"):
    return reverse("indicators:form_edit", args=["21073", "2023", code])


def comment_url(code="dossiers"):
    return reverse("indicators:sheet_comment", args=["21073", "2023", code])


def test_a_reviewer_comments_on_the_sheet_of_a_report_sent_to_her(report, rita, alice, leader, paula, victor, carol):
    reviewer = client_for(rita)
    assert reviewer.post(comment_url(), {"text": "Xem lại dòng Tư pháp."}).status_code == 404  # still a draft
    freeze(report)
    page = reviewer.get(sheet()).content.decode()
    assert 'data-testid="sheet-comment-add"' in page
    response = reviewer.post(comment_url(), {"text": "Xem lại dòng Tư pháp."})
    assert response.status_code == 302 and response["Location"].endswith("#sheet-comments")
    comment = SheetComment.objects.get()
    assert (comment.report, comment.form.code, comment.author) == (report, "dossiers", rita)
    # Nobody else comments: the leader and the province read it (403), the viewer and another commune do not.
    assert client_for(leader).post(comment_url(), {"text": "x"}).status_code == 403
    assert client_for(paula).post(comment_url(), {"text": "x"}).status_code == 403
    assert client_for(victor).post(comment_url(), {"text": "x"}).status_code == 404
    assert client_for(carol).post(comment_url(), {"text": "x"}).status_code == 404
    # An empty comment is refused with a message, and nothing is saved.
    refused = reviewer.post(comment_url(), {"text": "   "}, follow=True).content.decode()
    assert "Hãy viết ý kiến trước." in refused and SheetComment.objects.count() == 1


def test_the_clerk_sees_it_beside_the_sheet_and_resolves_it(report, rita, alice):
    freeze(report)
    client_for(rita).post(comment_url("phu-luc-1"), {"text": "Số văn bản chỉ đạo chưa khớp."})
    comment = SheetComment.objects.get()
    apply_move(report=report, user=rita, move_name="return", seen_state=S.SUBMITTED, comment="Xem ý kiến ở Phụ lục.")
    clerk = client_for(alice)
    page = clerk.get(sheet("phu-luc-1")).content.decode()
    card = page[page.index('data-testid="sheet-comments"') : page.index('data-testid="figure-form"')]
    assert "Số văn bản chỉ đạo chưa khớp." in card and 'data-testid="sheet-comment-resolve"' in card
    assert "Số văn bản chỉ đạo chưa khớp." not in clerk.get(sheet("dossiers")).content.decode()  # not another sheet's
    resolve = reverse("indicators:sheet_comment_resolve", args=["21073", "2023", comment.pk])
    assert client_for(rita).post(resolve).status_code == 403
    assert clerk.post(resolve).status_code == 302
    comment.refresh_from_db()
    assert comment.resolved_by == alice and comment.resolved_at is not None
    page = clerk.get(sheet("phu-luc-1")).content.decode()
    assert 'data-resolved="yes"' in page and 'data-testid="sheet-comment-resolve"' not in page


def test_the_diff_since_the_last_submission_shows_which_comments_were_addressed(report, rita, alice, leader):
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    apply_move(report=report, user=leader, move_name="approve", seen_state=S.PENDING_APPROVAL)
    client_for(rita).post(comment_url(), {"text": "Tổng số hồ sơ chưa khớp."})
    section = report.sections.order_by("order").first()
    add_comment(user=rita, section=section, text="Bổ sung kết quả.")
    apply_move(report=report, user=rita, move_name="return", seen_state=S.SUBMITTED, comment="Xem các ý kiến.")
    sheet_comment = SheetComment.objects.get()
    client_for(alice).post(reverse("indicators:sheet_comment_resolve", args=["21073", "2023", sheet_comment.pk]))

    page = client_for(alice).get(reverse("desk:detail", args=[report.pk])).content.decode()
    rows = page[page.index('data-testid="returned-comments"') :]
    rows = rows[: rows.index("</ul>")]
    addressed = rows.split('data-testid="returned-comment"')[1:]
    assert len(addressed) == 2
    section_row = next(r for r in addressed if "Bổ sung kết quả." in r)
    sheet_row = next(r for r in addressed if "Tổng số hồ sơ chưa khớp." in r)
    assert 'data-addressed="no"' in section_row and "chưa xử lý" in section_row
    assert 'data-addressed="yes"' in sheet_row and "đã xử lý" in sheet_row and "Alice" in sheet_row
    assert sheet_comment.form.title in sheet_row
