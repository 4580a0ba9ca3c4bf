"""Issue #13, item 5: headers by Nghị định 30/2020 (Phụ lục I, ô số 1).

A People's Committee prints no parent line, whatever is stored; an office under a committee prints its
parent; the authority lines are entered as lines.
"""

from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from reports.models import ReportType
from reports.periods import ensure_period
from units.models import Membership, Role, Unit, UnitKind

from .conftest import CREATED, pdf_text


def _report(unit, user):
    Membership.objects.get_or_create(user=user, unit=unit, role=Role.CLERK)
    return report_create(unit=unit, period=ensure_period("2023"), report_type=ReportType.objects.get(code="cchc-year"),
                         user=user)  # fmt: skip


def test_a_peoples_committee_prints_no_parent_line(alice, binh_phuoc):
    binh_phuoc.parent_authority = "UBND HUYỆN BÌNH SƠN"  # stored by an older set-up: never printed for a committee
    binh_phuoc.issuing_authority = "ỦY BAN NHÂN DÂN\nXÃ BÌNH PHƯỚC"
    binh_phuoc.save()
    report = _report(binh_phuoc, alice)
    doc = official_document(report)
    assert doc.parent_authority == "" and doc.issuing_authority == ["ỦY BAN NHÂN DÂN", "XÃ BÌNH PHƯỚC"]
    head = pdf_text(render_pdf(report, created=CREATED)).split("BÁO CÁO")[0]
    assert "UBND HUYỆN BÌNH SƠN" not in head and "XÃ BÌNH PHƯỚC" in head


def test_an_office_prints_its_parent_and_its_lines_as_entered(alice, tree):
    office = Unit.objects.create(
        code="524-TEST", name="Phòng Văn hóa và Thông tin huyện Bình Sơn", kind=UnitKind.DISTRICT_OFFICE,
        parent=tree["524"], parent_authority="UBND HUYỆN BÌNH SƠN",
        issuing_authority="PHÒNG VĂN HÓA\nVÀ THÔNG TIN", place_name="Bình Sơn",
    )  # fmt: skip
    doc = official_document(_report(office, alice))
    assert doc.parent_authority == "UBND HUYỆN BÌNH SƠN"
    assert doc.issuing_authority == ["PHÒNG VĂN HÓA", "VÀ THÔNG TIN"]  # a newline is a printed line


def test_a_line_entered_the_old_way_still_splits(binh_phuoc):
    binh_phuoc.issuing_authority = "ỦY BAN NHÂN DÂN / XÃ BÌNH PHƯỚC"
    assert binh_phuoc.issuing_authority_lines == ["ỦY BAN NHÂN DÂN", "XÃ BÌNH PHƯỚC"]
