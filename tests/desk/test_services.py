import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from desk.blocks import report_blocks
from desk.services import ReportEdit, StaleVersion, report_create, report_issue, report_save
from reports.locking import ReportFrozen
from reports.models import ReportState
from reports.periods import ensure_period


def edit_of(report, **changes):
    fields = {
        name: getattr(report, name)
        for name in ["subject", "addressee", "intro", "closing", "recipients", "cutoff_start", "cutoff_end",
                     "signatory_authority", "signatory_title", "signatory_name"]
    }  # fmt: skip
    sections = changes.pop("sections", {})
    fields.update(changes)
    return ReportEdit(**fields, sections=sections)


def test_a_new_report_follows_the_outline_and_the_unit_identity(report, binh_phuoc):
    sections = list(report.sections.order_by("order"))
    assert [s.number for s in sections][:4] == ["I", "1", "2", "3"]
    assert sections[0].title == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"
    assert sections[-2].title == "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"
    assert report.subject == "Kết quả thực hiện công tác cải cách hành chính năm 2023"
    assert report.addressee == "UBND huyện Bình Sơn"
    assert (report.cutoff_start, report.cutoff_end) == (dt.date(2022, 12, 15), dt.date(2023, 12, 14))
    assert report.signatory_authority == "TM. ỦY BAN NHÂN DÂN" and report.signatory_name == "Ngô Văn Vương"
    assert report.state == ReportState.DRAFT and report.version == 1


def test_only_a_clerk_of_the_unit_creates_and_only_once(report, rita, carol, alice, binh_phuoc, year_2023, cchc_year):
    with pytest.raises(PermissionDenied):
        report_create(unit=binh_phuoc, period=year_2023, report_type=cchc_year, user=rita)
    with pytest.raises(PermissionDenied):
        report_create(unit=binh_phuoc, period=year_2023, report_type=cchc_year, user=carol)
    with pytest.raises(ValidationError):
        report_create(unit=binh_phuoc, period=year_2023, report_type=cchc_year, user=alice)


def test_a_template_fits_only_its_period_kind(alice, binh_phuoc, cchc_year):
    with pytest.raises(ValidationError):
        report_create(unit=binh_phuoc, period=ensure_period("2023-Q1"), report_type=cchc_year, user=alice)


def test_starting_from_the_previous_period_copies_the_narrative(report, alice, binh_phuoc, cchc_year):
    first = report.sections.get(order=2)
    report_save(
        report=report, user=alice, edit=edit_of(report, sections={first.pk: "Đã ban hành Kế hoạch."}), version=1
    )
    new = report_create(unit=binh_phuoc, period=ensure_period("2024"), report_type=cchc_year, user=alice,
                        copy_previous=True)  # fmt: skip
    assert new.sections.get(order=2).body == "Đã ban hành Kế hoạch."
    assert new.sections.get(order=17).title == "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"
    blank = report_create(unit=binh_phuoc, period=ensure_period("2024"), report_type=cchc_year.__class__.objects.get(
        code="programme-year"), user=alice)  # fmt: skip
    assert all(not s.body for s in blank.sections.all())


def test_saving_bumps_the_version_and_a_stale_save_is_refused(report, alice):
    section = report.sections.get(order=2)
    saved = report_save(report=report, user=alice, edit=edit_of(report, sections={section.pk: "Lần 1"}), version=1)
    assert saved.version == 2
    with pytest.raises(StaleVersion):
        report_save(report=report, user=alice, edit=edit_of(report, sections={section.pk: "Lần 2 (cũ)"}), version=1)
    section.refresh_from_db()
    assert section.body == "Lần 1"  # nothing silently overwritten
    unchanged = report_save(report=saved, user=alice, edit=edit_of(saved, sections={section.pk: "Lần 1"}), version=2)
    assert unchanged.version == 2  # a save without changes is not a new version


def test_edits_are_recorded_in_history(report, alice):
    section = report.sections.get(order=2)
    report_save(
        report=report, user=alice, edit=edit_of(report, subject="Chủ đề mới", sections={section.pk: "A"}), version=1
    )
    assert report.history.count() >= 2 and section.history.first().body == "A"


def test_bad_window_and_wrong_people_are_refused(report, alice, leader):
    with pytest.raises(ValidationError):
        report_save(report=report, user=alice, edit=edit_of(report, cutoff_start=dt.date(2023, 12, 31)), version=1)
    with pytest.raises(PermissionDenied):
        report_save(report=report, user=leader, edit=edit_of(report, subject="x"), version=1)


def test_no_edit_after_submission(report, alice):
    report.state = ReportState.SUBMITTED
    report.save()
    with pytest.raises(ReportFrozen):
        report_save(report=report, user=alice, edit=edit_of(report, subject="x"), version=1)
    report.refresh_from_db()
    assert report.subject != "x"


def test_only_the_leader_issues_the_number(report, alice, rita):
    for user in (alice, rita):
        with pytest.raises(PermissionDenied):
            report_issue(report=report, user=user, number=7, issued_on=dt.date(2023, 12, 7))
    report.refresh_from_db()
    assert report.number is None


def test_issuing_gives_a_number_once_per_year(report, leader, alice, binh_phuoc, cchc_year):
    report_issue(report=report, user=leader, number=46, issued_on=dt.date(2023, 12, 7))
    assert report.document_number == "46/BC-UBND"
    other = report_create(unit=binh_phuoc, period=ensure_period("2023"), report_type=cchc_year.__class__.objects.get(
        code="programme-year"), user=alice)  # fmt: skip
    assert other.document_number.endswith("/BC-UBND") and other.document_number.startswith("\u2003")
    with pytest.raises(ValidationError):
        report_issue(report=other, user=leader, number=46, issued_on=dt.date(2023, 12, 20))
    report_issue(report=other, user=leader, number=5, issued_on=dt.date(2023, 12, 20))
    assert other.document_number == "05/BC-UBND"


def test_a_new_report_starts_with_the_generated_sentences(alice, binh_phuoc, cchc_year):
    from plans import demo as plans_demo

    plans_demo.seed()
    report = report_create(unit=binh_phuoc, period=ensure_period("2023"), report_type=cchc_year, user=alice)
    plan_section = report.sections.get(embed="task_summary")
    assert plan_section.body == "[[plans.plan]]"  # a live block, worded from the plan whenever shown
    assert "28 nhiệm vụ" in report_blocks(report)["plans.plan"]  # seed 000: Bình Phước's 2023 plan has 28 tasks
    assert report.sections.get(embed="dossiers").body == ""  # no dossier figures entered yet
