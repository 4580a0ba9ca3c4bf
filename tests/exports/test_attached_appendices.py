"""Issue #13, item 3: appendices with no content are not attached unless the province requires them, and the
offices a statistical appendix names are the province's own, never another province's.

"No content" (``exports.tables.reported``, ``exports.document.attached``): no row of a form holds an entered
figure, a typed answer, a note or a provided figure other than 0; a computed rate (Phụ lục 1's on-time share,
from Biểu 06) or "0 tasks" of a unit with no plan is not content.
"""

import pytest

from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from reports.models import ReportType
from reports.periods import ensure_period
from reports.report_types import copy_for_province
from tests.consolidation.conftest import put
from units.models import Membership, OfficeLevel, OfficeName, OfficeRole, Role, Unit, UnitKind, User

from .conftest import CREATED, pdf_reader, pdf_text

DOSSIERS = {"dossiers.received.online": 12, "dossiers.received.direct": 30, "dossiers.resolved.on_time": 40}


def _unit(code, name, kind, parent=None):
    return Unit.objects.create(code=code, name=name, kind=kind, parent=parent, place_name=name.split(" ", 1)[1],
                               issuing_authority=f"ỦY BAN NHÂN DÂN\n{name.upper()}")  # fmt: skip


@pytest.fixture
def two_tier(tree):
    """A two-tier province (Khánh Hòa's code) with a ward directly under it, and the ward's clerk."""
    province = _unit("56", "Tỉnh Khánh Hòa", UnitKind.PROVINCE)
    ward = _unit("22366", "Phường Nha Trang", UnitKind.WARD, province)
    clerk = User.objects.create_user("clerk.nhatrang", password="pw-123456")
    Membership.objects.create(user=clerk, unit=ward, role=Role.CLERK)
    return ward, clerk


def _quarter(unit, user, report_type=None):
    return report_create(unit=unit, period=ensure_period("2026-Q3"), user=user,
                         report_type=report_type or ReportType.objects.get(code="cchc-quarter"))  # fmt: skip


def _kinds(doc):
    return [(a.label, a.table.key) for a in doc.appendices]


def test_a_short_two_tier_quarter_report_attaches_only_what_has_content(two_tier):
    ward, clerk = two_tier
    report = _quarter(ward, clerk)
    assert report.report_type.appendices == ["form:phu-luc-1", "task_summary", "dossiers", "form:staff"]
    put(ward, report.period, DOSSIERS, breakdown="ho-tich")
    put(ward, report.period, DOSSIERS)
    doc = official_document(report)
    # Phụ lục 1 holds only computed figures (the on-time share from Biểu 06) and "0 tasks": no content.
    assert _kinds(doc) == [("Phụ lục I", "dossiers")]
    assert [s.see_also for s in doc.sections if s.see_also] == ["(Chi tiết tại Phụ lục I kèm theo)"]
    data = render_pdf(report, created=CREATED)
    text = pdf_text(data)
    assert "Phụ lục II" not in text and "THỐNG KÊ SỐ LIỆU" not in text
    assert len(pdf_reader(data).root["/Pages"]["/Kids"]) == 2  # the text page and Biểu 06

    put(ward, report.period, {"survey.responses": 0})  # a typed 0 is a reported figure
    doc = official_document(report)
    assert _kinds(doc) == [("Phụ lục I", "form:phu-luc-1"), ("Phụ lục II", "dossiers")]
    assert [s.see_also for s in doc.sections if s.see_also] == ["(Chi tiết tại Phụ lục II kèm theo)"]


def test_a_province_may_require_an_empty_appendix(two_tier, tree, alice, binh_phuoc):
    ward, clerk = two_tier
    own = copy_for_province(ReportType.objects.get(code="cchc-quarter"), province=ward.parent)
    own.always_attached = ["form:staff"]
    own.full_clean()
    own.save()
    report = _quarter(ward, clerk, own)
    put(ward, report.period, DOSSIERS)
    doc = official_document(report)
    assert _kinds(doc) == [("Phụ lục I", "dossiers"), ("Phụ lục II", "form:staff")]
    assert doc.appendices[1].table.empty  # attached as the province requires, blank
    assert "CÁN BỘ, CÔNG CHỨC" in pdf_text(render_pdf(report, created=CREATED))

    # Another province's report of the national template is not affected.
    other = _quarter(binh_phuoc, alice)
    put(binh_phuoc, other.period, DOSSIERS)
    assert _kinds(official_document(other)) == [("Phụ lục I", "dossiers")]


def test_always_attached_names_appendices_of_the_template_only(tree):
    template = copy_for_province(ReportType.objects.get(code="cchc-quarter"), province=tree["51"])
    template.always_attached = ["breakdown"]
    with pytest.raises(Exception, match="always_attached"):
        template.full_clean()


def test_a_two_tier_provinces_office_names_print_in_its_communes_appendix_only(two_tier, alice, binh_phuoc):
    ward, clerk = two_tier
    OfficeName.objects.create(province=ward.parent, role=OfficeRole.JUSTICE, level=OfficeLevel.PROVINCE,
                              name="Sở Tư pháp tổng hợp")  # fmt: skip
    report = _quarter(ward, clerk)
    put(ward, report.period, {"institution.legal_docs.issued": 2})
    notes = _notes(report)
    assert notes["2."] == "Sở Tư pháp tổng hợp"
    assert notes["6."] == "Cơ quan tài chính cấp tỉnh tổng hợp"  # a role it did not name: the national wording
    assert "Sở Tư pháp" in pdf_text(render_pdf(report, created=CREATED))

    # A commune of Quảng Ngãi (three tiers) prints Quảng Ngãi's names (the demo's), never Khánh Hòa's.
    other = _quarter(binh_phuoc, alice)
    put(binh_phuoc, other.period, {"institution.legal_docs.issued": 2})
    notes = _notes(other)
    assert (notes["2."], notes["6."]) == ("Phòng Tư pháp tổng hợp", "Phòng TC-KH huyện tổng hợp")
    assert "Sở Tư pháp" not in pdf_text(render_pdf(other, created=CREATED))


def _notes(report) -> dict[str, str]:
    """The Ghi chú of the statistical appendix's group rows, by STT."""
    table = next(a.table for a in official_document(report).appendices if a.table.key == "form:phu-luc-1")
    return {row.cells[0].text: row.cells[4].text for row in table.rows if row.kind == "group"}
