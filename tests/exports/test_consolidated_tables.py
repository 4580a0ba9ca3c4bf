"""Issue #12, items 1-3: every table of a consolidated document is consolidated, coverage is stated,
and a figure that is a fact of each unit is never summed.

The expected figures are independent sums over the accepted communes' stored values, computed here
from the Value rows, not through the engine under test.
"""

import io
from collections import defaultdict
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from consolidation.figures import report_figures
from desk.blocks import current_blocks
from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from indicators.models import Value
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.consolidation import conftest as consolidation
from tests.consolidation.conftest import make_communes, make_report, put
from tests.plans.factories import plan, task
from units.models import Membership, Role, Unit, UnitKind

from .conftest import CREATED, pdf_text

R, S = "dossiers.received.", "dossiers.resolved."
district = consolidation.district
FIELDS = {"ho-tich": (40, 25), "dat-dai": (7, 30)}  # field -> (online, direct), per commune (scaled below)


@pytest.fixture
def district_report(district, rita):
    """A district with three communes: two accepted (figures per field, tasks), one only submitted."""
    period = ensure_period("2023")
    accepted, other, pending = make_communes(district, 3, prefix="K")
    for scale, commune in ((1, accepted), (2, other), (100, pending)):
        for field, (online, direct) in FIELDS.items():
            put(commune, period, {R + "online": online * scale, R + "direct": direct * scale,
                                  S + "on_time": (online + direct) * scale}, breakdown=field)  # fmt: skip
        total = {R + "online": sum(o for o, _d in FIELDS.values()) * scale,
                 R + "direct": sum(d for _o, d in FIELDS.values()) * scale,
                 S + "on_time": sum(o + d for o, d in FIELDS.values()) * scale,
                 "procedures.published": 260}  # fmt: skip
        put(commune, period, total)
    put(accepted, period, {"dossiers.digitised.inputs": 50, "survey.responses": 12})  # one commune of three
    for _ in range(3):
        task(plan(accepted), "procedures", deadline="30/06/2023", completed_on="01/06/2023")
    task(plan(other), "institutions", deadline="30/06/2023")
    make_report(accepted, period, ReportState.ACCEPTED)
    make_report(other, period, ReportState.ACCEPTED)
    make_report(pending, period, ReportState.SUBMITTED)
    put(district, period, {R + "direct": 5}, breakdown="ho-tich")  # the district's own desk adds
    put(district, period, {R + "direct": 5, "procedures.published": 301})
    Membership.objects.create(user=rita, unit=district, role=Role.CLERK)
    report = report_create(unit=district, period=period, report_type=ReportType.objects.get(code="cchc-year"),
                           user=rita)  # fmt: skip
    return report, [accepted, other], pending


def independent_sums(units, period) -> dict:
    """code -> {field: sum} over ``units``' stored values (breakdown "" is the total row)."""
    sums = defaultdict(lambda: defaultdict(Decimal))
    for code, field, number in Value.objects.filter(unit__in=units, period=period).values_list(
        "indicator__code", "breakdown", "number"
    ):
        sums[code][field] += number
    return sums


def test_biểu_06_by_field_is_the_sum_of_the_accepted_communes_in_pdf_and_excel(district_report):
    report, counted, _pending = district_report
    sums = independent_sums([*counted, report.unit], report.period)
    book = load_workbook(io.BytesIO(render_xlsx(report, created=CREATED)))
    sheet = book["Hồ sơ TTHC"]
    rows = {row[1].value: [c.value for c in row] for row in sheet.iter_rows() if row[1].value}
    # columns: STT, field, received total, online, direct, postal, carried over, resolved total, …
    for name, code in (("Hộ tịch", "ho-tich"), ("Đất đai", "dat-dai")):
        online, direct = sums[R + "online"][code], sums[R + "direct"][code]
        assert rows[name][3] == online and rows[name][4] == direct and rows[name][2] == online + direct
    total = rows["Tổng cộng"]
    assert total[2] == sums[R + "online"][""] + sums[R + "direct"][""] == 102 + 204 + 5
    assert total[7] == sums[S + "on_time"][""] == 102 + 204  # the pending commune's 10.200 is not counted

    text = pdf_text(render_pdf(report, created=CREATED))
    assert "311" in text and "10.200" not in text
    doc = official_document(report)
    summary = next(s.table for s in doc.sections if s.table and s.table.summary_of == "dossiers")
    assert summary.rows[0].cells[2].text == "311*"  # III.2 summary, same table (postal is blank)


def test_the_task_table_adds_the_communes_tasks_to_the_districts_own(district_report):
    report, _counted, _pending = district_report
    doc = official_document(report)
    table = next(s.table for s in doc.sections if s.table and s.table.key == "task_summary")
    rows = {row.cells[1].text: [c.text for c in row.cells[2:]] for row in table.rows}
    assert rows["Cải cách thủ tục hành chính"][:2] == ["3", "3"]  # 3 planned, 3 done on time
    assert rows["Cải cách thể chế"][0] == "1"
    assert rows["Tổng cộng"][0] == "4"
    figures = report_figures(unit=report.unit, period=report.period)
    assert figures["plan.tasks.planned"] == 4  # appendix item 1.1 agrees with the table


def test_a_per_unit_fact_is_never_summed(district_report):
    report, _counted, _pending = district_report
    figures = report_figures(unit=report.unit, period=report.period)
    assert figures["procedures.published"] == 301  # the district's own, not 260 + 260 + 301
    book = load_workbook(io.BytesIO(render_xlsx(report, created=CREATED)))
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert 821 not in values and 520 not in values


def test_coverage_is_stated_when_partial_and_only_then(district_report):
    report, counted, pending = district_report
    blocks = current_blocks(report)
    digitised = blocks["consolidation.digitisation"]
    assert "(1/3 xã có số liệu)" in digitised  # one commune of the three expected
    assert "(2/3 xã đã được tiếp nhận báo cáo)" in blocks["consolidation.dossiers"]
    assert "(2/3 xã có kế hoạch)" in blocks["consolidation.tasks"]  # both accepted communes have tasks

    # Once every commune is accepted and has given the figure, no note.
    pending_report = pending.reports.get()
    pending_report.state = ReportState.ACCEPTED
    pending_report.save(update_fields=["state"])
    for unit in (*counted, pending):
        Value.objects.filter(unit=unit, indicator__code="dossiers.digitised.inputs").delete()
        put(unit, report.period, {"dossiers.digitised.inputs": 10})
    blocks = current_blocks(report)
    assert "xã có số liệu" not in blocks["consolidation.digitisation"]
    assert "tiếp nhận báo cáo)" not in blocks["consolidation.dossiers"]


def test_the_appendix_notes_the_coverage_beside_a_partly_covered_figure(district_report):
    report, _counted, _pending = district_report
    doc = official_document(report)
    appendix = next(a.table for a in doc.appendices if a.table.key == "form:phu-luc-1")
    notes = {row.cells[1].text: row.cells[4].text for row in appendix.rows}
    assert "1/3 xã có số liệu" in notes["Số lượng phiếu khảo sát"]
    assert "có số liệu" not in notes["Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia"]  # its own fact


def test_a_two_tier_province_consolidates_its_communes_directly(tree, rita):
    """Issue #12, item 7: since 1/7/2025 communes file to the province; its document sums them the same way."""
    province = Unit.objects.create(code="P2T", name="Tỉnh Hai Cấp", kind=UnitKind.PROVINCE,
                                   issuing_authority="ỦY BAN NHÂN DÂN\nTỈNH HAI CẤP", place_name="Hai Cấp")  # fmt: skip
    period = ensure_period("2026")
    communes = make_communes(province, 3, prefix="W", kind=UnitKind.WARD)
    for scale, commune in enumerate(communes[:2], start=1):
        put(commune, period, {R + "online": 10 * scale, R + "direct": 5 * scale}, breakdown="ho-tich")
        put(commune, period, {R + "online": 10 * scale, R + "direct": 5 * scale})
        make_report(commune, period, ReportState.ACCEPTED)
    Membership.objects.create(user=rita, unit=province, role=Role.CLERK)
    report = report_create(unit=province, period=period, report_type=ReportType.objects.get(code="cchc-year"),
                           user=rita)  # fmt: skip
    assert report_figures(unit=province, period=period)[R + "total"] == 45
    doc = official_document(report)
    dossiers = next(a.table for a in doc.appendices if a.table.key == "dossiers")
    total = next(row for row in dossiers.rows if row.kind == "total")
    assert total.cells[2].value == 45 and total.cells[3].value == 30
    breakdown = next(a.table for a in doc.appendices if a.table.key == "breakdown")
    assert {row.cells[1].text for row in breakdown.rows if row.kind == "item"} >= {"Xã W0", "Xã W1"}
    assert "(2/3 xã đã được tiếp nhận báo cáo)" in current_blocks(report)["consolidation.dossiers"]
