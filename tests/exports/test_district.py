"""A district's document: the breakdown appendix with its two charts, in the PDF, the Word file and the Excel
file."""

import io

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from openpyxl import load_workbook
from PIL import Image

from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from exports.word import render_docx
from exports.xlsx import render_xlsx
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.consolidation.conftest import make_communes, make_report, put
from units.models import Membership, Role

from .conftest import CREATED, pdf_reader
from .test_layout import MM, pages_of


@pytest.fixture
def district_report(tree, rita):
    district = tree["524"]
    period = ensure_period("2023")
    communes = make_communes(district, 3)
    for index, commune in enumerate(communes):
        put(commune, period, {"dossiers.received.online": 30 + index, "dossiers.received.direct": 70,
                              "dossiers.resolved.on_time": 90, "dossiers.resolved.late": index})  # fmt: skip
        make_report(commune, period, ReportState.ACCEPTED)
    Membership.objects.create(user=rita, unit=district, role=Role.CLERK)
    return report_create(unit=district, period=period, report_type=ReportType.objects.get(code="cchc-year"),
                         user=rita)  # fmt: skip


def test_the_breakdown_appendix_prints_its_table_and_both_charts_whole(district_report):
    data = render_pdf(district_report, created=CREATED)
    pages = pages_of(data)
    start = next(i for i, p in enumerate(pages) if p.find("THUỘC") and p.find("Phụ"))  # "… ĐƠN VỊ TRỰC THUỘC …"
    appendix = pages[start:]
    charts = [p for p in appendix if p.find("tuyến") and not p.find("STT")] or appendix
    chart_words = [w for p in appendix for w in p.words if w.text in ("2023", "%")]
    assert chart_words, "the charts' labels are printed"
    for page in charts:  # sized to the text width and never split: inside the margins of one page
        assert min(w.x0 for w in page.words) >= 30 * MM - 0.5
        assert max(w.x1 for w in page.words) <= page.width - 15 * MM + 0.5
        assert max(w.y1 for w in page.words) <= page.height - 20 * MM + 0.5
    reader = pdf_reader(data)
    names = {str(f.get_object()["/BaseFont"]) for kid in reader.root["/Pages"]["/Kids"]
             for f in kid.get_object()["/Resources"]["/Font"].values()}  # fmt: skip
    assert all("Liberation-Serif" in n or "Times" in n or "Tinos" in n for n in names), names  # charts too


def test_the_word_file_prints_both_charts_as_pictures_under_the_breakdown_table(district_report):
    data = render_docx(district_report, created=CREATED)
    assert render_docx(district_report, created=CREATED) == data  # the pictures keep it byte-stable
    word = Document(io.BytesIO(data))
    (appendix,) = [a for a in official_document(district_report).appendices if a.figures]
    pictures = word.inline_shapes
    assert len(pictures) == len(appendix.figures) == 2
    last = word.sections[-1]  # the breakdown is the last appendix: its section holds the pictures
    body = last.page_width - last.left_margin - last.right_margin
    height = last.page_height - last.top_margin - last.bottom_margin
    assert last.orientation == (WD_ORIENT.LANDSCAPE if appendix.table.landscape else WD_ORIENT.PORTRAIT)
    for shape, svg in zip(pictures, appendix.figures, strict=True):
        assert shape.width <= body and shape.height <= height  # inside the margins of one page
        description = shape._inline.docPr.get("descr")
        assert description and f'aria-label="{description}"' in svg  # the chart's title as alternative text
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = Image.open(io.BytesIO(word.part.related_parts[blip.embed].blob))
        assert image.format == "PNG"
        assert abs(image.width / image.height - shape.width / shape.height) < 0.01  # not stretched
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 3  # drawn: bars, lines and text, not a blank box


def test_the_excel_file_has_the_breakdown_sheet(district_report):
    book = load_workbook(io.BytesIO(render_xlsx(district_report, created=CREATED)))
    sheet = book["Theo đơn vị"]
    assert sheet["A1"].value.startswith("Phụ lục")
    assert sheet["A2"].value == "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC NĂM 2023"
    header = next(row for row in sheet.iter_rows() if row[0].value == "STT")
    assert [c.value for c in header][:3] == ["STT", "Đơn vị", "Hồ sơ tiếp nhận"]
    total = next(row for row in sheet.iter_rows() if row[1].value == "Tổng cộng")
    assert total[2].value == 100 + 101 + 102 and total[2].data_type == "n" and total[2].font.b
    assert sheet.print_title_rows and str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
