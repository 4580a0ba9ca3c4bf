"""One report, one way to print a rate: two decimals by default, whole percentages when the report says so."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from desk.blocks import report_blocks
from desk.panels import key_figures
from desk.services import report_create
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from indicators.models import Indicator, Value
from reports.models import ReportType
from reports.periods import ensure_period
from tests.exports.conftest import pdf_text


@pytest.fixture
def report(alice, binh_phuoc):
    period = ensure_period("2023")
    report = report_create(
        unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    figures = {"dossiers.received.online": 1949, "dossiers.resolved.on_time": 1182, "dossiers.resolved.late": 767}
    # A figure of Phụ lục 1's own, so it is attached with the on-time rate it computes (a form whose only
    # figures are computed from another form's is left out: exports.tables.reported).
    figures["survey.responses"] = 12
    for code, number in figures.items():
        Value.objects.create(
            unit=binh_phuoc, period=period, indicator=Indicator.objects.get(code=code), number=Decimal(number)
        )
    section = report.sections.get(embed="dossiers")
    section.body = "Tỷ lệ đúng hạn [[figure:dossiers.rate.on_time]].\n[[figures.dossiers]]"
    section.save()
    return report


def test_by_default_a_rate_has_two_decimals_everywhere(report):
    assert {f.code: f.display for f in key_figures(report)}["dossiers.rate.on_time"] == "60,65\u00a0%"
    assert report_blocks(report)["figure:dossiers.rate.on_time"] == "60,65\u00a0%"
    assert "60,65" in report_blocks(report)["figures.dossiers"]


def test_whole_percentages_when_the_report_chooses_them_in_text_tables_and_excel(client, alice, report):
    report.percent_places = 0
    report.save()
    assert {f.code: f.display for f in key_figures(report)}["dossiers.rate.on_time"] == "61\u00a0%"
    blocks = report_blocks(report)
    assert blocks["figure:dossiers.rate.on_time"] == "61\u00a0%" and "61\u00a0%" in blocks["figures.dossiers"]
    assert "60,65" not in blocks["figures.dossiers"]

    client.force_login(alice)
    page = client.get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert "61\u00a0%" in page and "60,65" not in page

    printed = pdf_text(render_pdf(report))
    assert "60,65" not in printed and "61" in printed
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    formats = {c.number_format for ws in book.worksheets for row in ws.iter_rows() for c in row
               if c.value == Decimal("60.65") or c.value == 60.65}  # fmt: skip
    assert {f.replace('"*"', "") for f in formats} == {"0"}  # the rate keeps its value; Excel shows it whole
