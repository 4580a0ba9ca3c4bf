"""Numbers typed as plain text that the figures no longer hold are caught before the report is sent."""

import pytest

from desk.services import report_create
from desk.stale_numbers import _typed_numbers, stale_numbers
from desk.workflow import WorkflowError, apply_move
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.desk.conftest import store_dossiers

S = ReportState


def write(report, text):
    section = report.sections.get(embed="dossiers")
    section.body = text
    section.save()


@pytest.fixture
def report(alice, binh_phuoc):
    return report_create(
        unit=binh_phuoc, period=ensure_period("2023"), report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )


def test_a_number_the_figures_no_longer_hold_needs_a_word_before_sending(report, alice, leader, binh_phuoc):
    store_dossiers(binh_phuoc, report.period, 1913)
    write(report, "Trong năm tiếp nhận 1.913 hồ sơ, giải quyết đúng hạn 1.913 hồ sơ.")
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)  # nothing sent before: no check
    apply_move(report=report, user=leader, move_name="send_back", seen_state=S.PENDING_APPROVAL, comment="Sửa số")
    store_dossiers(binh_phuoc, report.period, 1950)  # the clerk corrects Biểu 06 but not the text

    assert [(s.typed, s.now) for s in stale_numbers(report)] == [("1.913", "1.950"), ("1.913", "1.950")]
    with pytest.raises(WorkflowError) as refused:
        apply_move(report=report, user=alice, move_name="submit", seen_state=S.RETURNED)
    assert "1.913" in refused.value.messages[0] and "1.950" in refused.value.messages[0]
    report.refresh_from_db()
    assert report.state == S.RETURNED

    apply_move(report=report, user=alice, move_name="submit", seen_state=S.RETURNED,
               comment="Số 1.913 là số của kế hoạch, giữ nguyên.")  # fmt: skip
    assert report.state == S.PENDING_APPROVAL


def test_copied_text_is_checked_against_the_period_it_came_from(report, alice, binh_phuoc):
    store_dossiers(binh_phuoc, report.period, 1913)
    write(report, "Tiếp nhận 1.913 hồ sơ, tỷ lệ đúng hạn 98,92 %.")
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    following = report_create(
        unit=binh_phuoc, period=ensure_period("2024"), report_type=report.report_type, user=alice, copy_previous=True
    )
    write(following, "Tiếp nhận 1.913 hồ sơ.")
    assert [s.typed for s in stale_numbers(following)] == ["1.913"]  # the new period has no such figure


def test_dates_document_numbers_years_and_small_numbers_are_not_figures():
    text = (
        "Kế hoạch số 18/KH-UBND ngày 22/02/2023; năm 2023; 5 nhiệm vụ; 1.949 hồ sơ; 99,04 %; 3.472/3.468 [[figure:x]]"
    )
    assert [typed for typed, _value in _typed_numbers(text)] == ["1.949", "99,04"]
