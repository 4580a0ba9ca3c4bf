"""The PDF: what it says, how it is built (PDF/A-3, fonts, attachment, signature field), stable bytes."""

import datetime as dt
import io
import re

from desk.services import report_issue
from exports.archive import export_pdf, export_xlsx, stored_bytes
from exports.pdf import render_pdf
from exports.signing import FIELD_NAME

from .conftest import CREATED, pdf_reader, pdf_text


def test_it_prints_the_header_subject_and_blanks_before_issuing(report):
    text = pdf_text(render_pdf(report, created=CREATED))
    assert "UBND HUYỆN BÌNH SƠN" not in text.split("BÁO CÁO")[0]  # a People's Committee has no parent line
    for line in ("ỦY BAN NHÂN DÂN", "XÃ BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kính gửi: Phòng Nội vụ huyện Bình Sơn.",
                 "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Vương",
                 "Phụ lục I", "Kèm theo Báo cáo số"):  # fmt: skip
        assert line in text, line
    assert "Kết quả thực hiện công tác cải cách hành chính" in text
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH" in text
    assert re.search(r"Số:\s{3,}/BC-UBND", text)  # room for the number, written at the issuing step
    assert "Bình Phước, ngày" in text and "ngày 07 tháng 12" not in text


def test_it_prints_number_and_decree_date_once_issued(report, leader):
    report_issue(report=report, user=leader, number=46, issued_on=dt.date(2023, 12, 7))
    text = pdf_text(render_pdf(report, created=CREATED))
    assert "Số: 46/BC-UBND" in text
    assert "Bình Phước, ngày 07 tháng 12 năm 2023" in text
    assert "(Kèm theo Báo cáo số 46/BC-UBND ngày 07 tháng 12 năm 2023 của" in " ".join(text.split())


def test_it_puts_footnotes_at_the_page_foot(report):
    text = pdf_text(render_pdf(report, created=CREATED))
    page_one = text.split("\f")[0]
    assert "Quyết định số 690/QĐ-UBND ngày 30/12/2022." in page_one
    assert "[^1]" not in text


def test_it_is_pdf_a_3b_with_embedded_fonts_and_not_encrypted(report):
    data = render_pdf(report, created=CREATED)
    reader = pdf_reader(data)
    assert not reader.encrypted
    xmp = reader.root["/Metadata"].get_object().data
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp
    fonts = {}
    for page in reader.root["/Pages"]["/Kids"]:
        for _name, font in page.get_object()["/Resources"]["/Font"].items():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
                else font["/FontDescriptor"]  # fmt: skip
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    assert any("Serif" in name or "Times" in name or "Tinos" in name for name in fonts)


def test_it_embeds_the_excel_appendix(report):
    from openpyxl import load_workbook

    reader = pdf_reader(render_pdf(report, created=CREATED))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    filespec = names[1].get_object()
    assert str(filespec["/UF"]).endswith(".xlsx")
    assert str(filespec["/AFRelationship"]) == "/Data"
    assert len(reader.root["/AF"]) == 1
    workbook = load_workbook(io.BytesIO(filespec["/EF"]["/F"].get_object().data))
    assert workbook.sheetnames[0].startswith("Thống kê số liệu")


def test_it_has_an_empty_signature_field_over_the_signatory_block(report):
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = pdf_reader(render_pdf(report, created=CREATED))
    fields = list(enumerate_sig_fields(reader, filled_status=False))
    assert [name for name, _value, _ref in fields] == [FIELD_NAME]
    widget = fields[0][2].get_object()
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert 250 < x1 < x2 < 580 and 40 < y1 < y2 < 800 and y2 - y1 > 60  # right half of an A4 page, room to sign
    assert int(widget["/F"]) == 4


def test_it_is_byte_stable_for_one_report_version(report):
    first = render_pdf(report, created=CREATED)
    assert render_pdf(report, created=CREATED) == first
    later = render_pdf(report, created=CREATED + dt.timedelta(days=3))
    assert later != first  # only the dates differ:
    pages = [pdf_reader(d).root["/Pages"]["/Kids"] for d in (first, later)]
    contents = [[p.get_object()["/Contents"].get_object().data for p in kids] for kids in pages]
    assert contents[0] == contents[1]


def test_two_exports_of_one_report_are_the_same_bytes_dated_by_the_report_not_the_clock(report, alice, settings,
                                                                                          tmp_path):  # fmt: skip
    settings.MEDIA_ROOT = tmp_path
    first, second = export_pdf(report=report, user=alice), export_pdf(report=report, user=alice)
    assert first.created_at < second.created_at and first.sha256 == second.sha256
    info = pdf_reader(stored_bytes(first)).trailer_view["/Info"]
    stamp = report.updated_at.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
    assert stamp in str(info["/CreationDate"]) and info["/ModDate"] == info["/CreationDate"]
    excel = export_xlsx(report=report, user=alice)
    assert excel.sha256 == export_xlsx(report=report, user=alice).sha256
    attached = pdf_reader(stored_bytes(first)).root["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    assert attached["/EF"]["/F"].get_object().data == stored_bytes(excel)  # the PDF carries the same workbook

    report.subject = "Tiêu đề khác"
    report.save()
    assert export_pdf(report=report, user=alice).sha256 != first.sha256
