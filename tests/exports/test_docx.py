"""The Word file: the PDF's document as an editable .docx in the Nghị định 30/2020 layout, read back with
python-docx (styles, sections, the header table, footnotes, tables, figures) and compared with the PDF."""

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import Counter
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Emu, Mm, Pt
from docx.table import Table as WordTable
from lxml import etree

from desk.blocks import report_blocks
from desk.services import report_create, report_issue
from desk.workflow import apply_move
from exports.archive import export_docx, stored_bytes
from exports.document import official_document
from exports.models import ExportedFile
from exports.pdf import render_pdf
from exports.word import render_docx
from exports.word.layout import TIEU_NGU
from exports.word.metrics import text_width
from indicators.models import Indicator, Value
from indicators.tables import form_table
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.desk.conftest import store_dossiers
from units.models import Unit, User

from .conftest import CREATED, pdf_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?\*?|\d+,\d+\*?")  # 1.949, 1.949*, 44,84: printed figures


def mm(*lengths) -> tuple[float, ...]:
    """Lengths in millimetres to 0.1 mm (Word stores twips: 10 mm is 567 twips, 10.0013 mm)."""
    return tuple(round(length.mm, 1) for length in lengths)


def read(data: bytes):
    return Document(io.BytesIO(data))


def footnotes_xml(word):
    return etree.fromstring(word.part.part_related_by(RT.FOOTNOTES).blob)


def all_text(word) -> str:
    """Every word the document prints: paragraphs and table cells in order, then the footnotes."""
    parts = []
    for item in word.iter_inner_content():
        if isinstance(item, WordTable):
            parts += [cell.text for row in item.rows for cell in row.cells]
        else:
            parts.append(item.text)
    parts += ["".join(t.text or "" for t in note.iter(f"{W}t")) for note in footnotes_xml(word).iter(f"{W}footnote")]
    return "\n".join(parts)


def own_cells(row) -> list[str]:
    """The texts of the cells a row starts: a merged cell once, a cell merged down from above not at all."""
    texts = []
    for tc in row._tr.tc_lst:
        merge = tc.find(f"{W}tcPr/{W}vMerge")
        if merge is not None and merge.get(f"{W}val") != "restart":
            continue
        texts.append("\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.iter(f"{W}p")))
    return texts


@pytest.fixture
def filled(report):
    """Bình Phước's report with a few figures of Phụ lục I, so that appendix prints too."""
    form = form_table(unit=report.unit, period=report.period, form_code="phu-luc-1")
    codes = [row.indicator_code for row in form.rows if row.indicator_code][:3]
    for code in codes:
        Value.objects.update_or_create(unit=report.unit, period=report.period, breakdown="",
                                       indicator=Indicator.objects.get(code=code), defaults={"number": Decimal(7)})  # fmt: skip
    return report


@pytest.fixture
def word(filled):
    return read(render_docx(filled, created=CREATED))


def test_the_styles_are_times_new_roman_with_the_decree_spacing(word):
    defaults = word.styles.element.find(f"{W}docDefaults").find(f"{W}rPrDefault").find(f"{W}rPr").find(f"{W}rFonts")
    assert {defaults.get(f"{W}{a}") for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert not [k for k in defaults.attrib if "Theme" in k or "theme" in k]  # no Calibri from the theme
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    body = word.styles["Body Text"].paragraph_format
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY and mm(body.first_line_indent) == (10.0,)
    assert body.space_before == Pt(6) and 1.0 <= body.line_spacing <= 1.5
    headings = [word.styles[f"Heading {n}"] for n in (1, 2, 3, 4)]
    assert [h.font.bold for h in headings] == [True, True, False, False] and headings[3].font.italic
    assert all(h.font.size == Pt(14) and h.font.color.rgb is None for h in headings)
    assert word.styles["footnote text"].font.size == Pt(11)
    assert word.styles["footnote reference"].font.superscript


def test_a4_with_the_decree_margins_and_each_appendix_on_its_own_numbered_pages(filled, word):
    doc = official_document(filled)
    first, *appendices = word.sections
    assert mm(first.page_width, first.page_height) == (210, 297) and first.orientation == WD_ORIENT.PORTRAIT
    assert mm(first.top_margin, first.bottom_margin, first.left_margin, first.right_margin) == (20, 20, 30, 15)
    assert len(appendices) == len(doc.appendices) >= 2
    for section, appendix in zip(appendices, doc.appendices, strict=True):
        assert section.start_type == WD_SECTION.NEW_PAGE and section.different_first_page_header_footer
        assert section._sectPr.find(f"{W}pgNumType").get(f"{W}start") == "1"  # numbered on its own
        if appendix.table.landscape:  # turned with the paper: the binding margin on top
            assert mm(section.page_width, section.page_height) == (297, 210)
            assert section.orientation == WD_ORIENT.LANDSCAPE
            assert mm(section.top_margin, section.bottom_margin, section.left_margin, section.right_margin) == (
                30, 15, 20, 20)  # fmt: skip
        else:
            assert mm(section.page_width, section.page_height) == (210, 297)
    assert any(a.table.landscape for a in doc.appendices) and not all(a.table.landscape for a in doc.appendices)


def test_page_numbers_are_page_fields_centred_in_the_top_margin_from_page_two(word):
    first = word.sections[0]
    assert first.different_first_page_header_footer  # page 1 has none
    assert first._sectPr.find(f"{W}titlePg") is not None
    header = first.header
    assert not header.is_linked_to_previous
    instructions = [t.text.strip() for t in header._element.iter(f"{W}instrText")]
    assert instructions == ["PAGE"]
    assert [c.get(f"{W}fldCharType") for c in header._element.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
    assert header.paragraphs[0].style.name == "Header"
    assert header.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert first.header_distance < first.top_margin / 2  # the line's middle about the middle of the margin
    assert all(s.header.is_linked_to_previous for s in word.sections[1:])  # the appendices use the same field


def test_the_header_is_a_borderless_two_column_table_with_its_short_rules(filled, word):
    doc = official_document(filled)
    header = word.tables[0]
    assert header._tbl is word.element.body.find(f"{W}tbl")  # the document opens with it
    assert header.style is None or header.style.name != "Table Grid"
    assert header._tbl.tblPr.find(f"{W}tblBorders") is None
    (left, right), (number, date) = ([c for c in row.cells] for row in header.rows)
    parent = [doc.parent_authority.upper()] if doc.parent_authority else []
    assert [p.text for p in left.paragraphs if p.text] == [*parent, "ỦY BAN NHÂN DÂN", "XÃ BÌNH PHƯỚC"]
    assert [p.runs[0].bold for p in left.paragraphs if p.text] == [None] * len(parent) + [True, True]
    rule = left.paragraphs[-1]  # under the issuing authority: a third of the column or more, centred
    assert rule.text == "" and rule._p.pPr.find(f"{W}pBdr").find(f"{W}bottom") is not None
    column = left.width
    rule_width = column - rule.paragraph_format.left_indent - rule.paragraph_format.right_indent
    assert column / 3 <= rule_width <= column / 2
    assert [p.text for p in right.paragraphs] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TIEU_NGU]
    motto = right.paragraphs[1]  # the Tiêu ngữ's rule is as long as the line
    assert motto._p.pPr.find(f"{W}pBdr").find(f"{W}bottom") is not None
    motto_width = right.width - motto.paragraph_format.left_indent - motto.paragraph_format.right_indent
    assert abs(motto_width - Pt(text_width(TIEU_NGU, 14, bold=True))) < Pt(2)
    assert re.fullmatch(r"Số:\s+/BC-UBND", number.text)  # blank until issued
    assert date.text.startswith("Bình Phước, ngày") and date.paragraphs[0].runs[0].italic
    assert mm(Emu(left.width + right.width)) == (165,)  # inside the margins


def test_title_subject_addressee_and_numbered_headings(filled, word):
    doc = official_document(filled)
    texts = [p.text for p in word.paragraphs]
    kind = texts.index("BÁO CÁO")
    assert texts[kind + 1] == doc.subject and texts[kind + 2] == doc.data_window
    assert word.paragraphs[kind].runs[0].bold and word.paragraphs[kind + 2].runs[0].italic
    assert "Kính gửi: Phòng Nội vụ huyện Bình Sơn." in texts
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")
    assert [text for _style, text in headings] == [s.heading for s in doc.sections]
    assert {p.style.name for p in word.paragraphs if p.text.startswith("- Hoàn thành 28/28")} == {"Body Text"}


def test_several_addressees_are_listed_one_per_line(report):
    report.addressee = "UBND huyện Bình Sơn\nPhòng Nội vụ huyện Bình Sơn"
    report.save()
    word = read(render_docx(report, created=CREATED))
    addressee = next(t for t in word.tables if t.rows[0].cells[0].text == "Kính gửi:")
    lines = [p.text for p in addressee.rows[0].cells[1].paragraphs]
    assert lines == ["- UBND huyện Bình Sơn;", "- Phòng Nội vụ huyện Bình Sơn."]
    assert addressee.alignment is not None  # centred as a block, as in the PDF


def test_footnotes_are_word_footnotes(word):
    notes = footnotes_xml(word)
    real = [n for n in notes.iter(f"{W}footnote") if n.get(f"{W}type") is None]
    assert [n.get(f"{W}type") for n in notes.iter(f"{W}footnote")][:2] == ["separator", "continuationSeparator"]
    assert len(real) == 1 and real[0].get(f"{W}id") == "1"
    assert "".join(t.text for t in real[0].iter(f"{W}t")).strip() == "Quyết định số 690/QĐ-UBND ngày 30/12/2022."
    assert real[0].find(f".//{W}footnoteRef") is not None
    calling = next(p for p in word.paragraphs if p.text.startswith("Đã ban hành Kế hoạch số 18/KH-UBND"))
    references = calling._p.findall(f".//{W}footnoteReference")
    assert [r.get(f"{W}id") for r in references] == ["1"]
    assert calling.text.endswith("cải cách hành chính.")  # the call follows its word; no "[^1]" anywhere
    assert "[^" not in all_text(word)
    settings = word.settings.element.find(f"{W}footnotePr")
    assert [f.get(f"{W}id") for f in settings.findall(f"{W}footnote")] == ["-1", "0"]


def test_tables_are_real_tables_with_repeated_header_rows_and_the_pdf_cells(filled, word):
    doc = official_document(filled)
    expected = [s.table for s in doc.sections if s.table is not None] + [a.table for a in doc.appendices]
    data = [t for t in word.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(data) == len(expected) >= 3
    for table, neutral in zip(data, expected, strict=True):
        header_rows = len(neutral.header)
        rows = table.rows
        for row in rows[:header_rows]:
            assert row._tr.trPr.find(f"{W}tblHeader") is not None  # repeated on every page
        for row in rows[header_rows:]:
            assert row._tr.trPr.find(f"{W}tblHeader") is None and row._tr.trPr.find(f"{W}cantSplit") is not None
        assert [own_cells(r) for r in rows[:header_rows]] == [
            [h.text for h in header_row] for header_row in neutral.header]  # fmt: skip
        assert [[c.text for c in r.cells] for r in rows[header_rows:]] == [
            [cell.text for cell in row.cells] for row in neutral.rows]  # fmt: skip
        total = next((r for r, n in zip(rows[header_rows:], neutral.rows, strict=True) if n.kind == "total"), None)
        if total is not None:
            assert any(run.bold for cell in total.cells for p in cell.paragraphs for run in p.runs)
    dossiers = data[expected.index(next(t for t in expected if t.key == "dossiers"))]
    assert dossiers.rows[-1].cells[2].text == "1.949*"  # Biểu 06, a partial total marked as in the PDF
    assert mm(Emu(sum(c.width for c in dossiers.rows[-1].cells))) == (257,)  # the landscape page's width


def test_the_figures_are_the_pdf_figures(filled):
    printed = pdf_text(render_pdf(filled, created=CREATED))
    word = all_text(read(render_docx(filled, created=CREATED)))
    assert Counter(FIGURE.findall(word)) == Counter(FIGURE.findall(printed))
    assert "1.949*" in FIGURE.findall(word)


def test_the_signatory_block_and_the_recipients(word):
    block = next(t for t in word.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    recipients, signatory = block.rows[0].cells
    label = recipients.paragraphs[0].runs[0]
    assert label.bold and label.italic and label.font.size == Pt(12)
    assert [p.text for p in recipients.paragraphs[1:]] == ["- Như trên;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."]
    assert {r.font.size for p in recipients.paragraphs[1:] for r in p.runs} == {Pt(11)}
    assert [p.text for p in signatory.paragraphs] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Vương"]
    assert all(p.runs[0].bold for p in signatory.paragraphs)
    assert signatory.paragraphs[-1].paragraph_format.space_before >= Mm(25)  # room for signature and seal
    assert block.rows[0]._tr.trPr.find(f"{W}cantSplit") is not None


def test_number_and_date_once_issued(report, leader):
    report_issue(report=report, user=leader, number=46, issued_on=dt.date(2023, 12, 7))
    text = all_text(read(render_docx(report, created=CREATED)))
    assert "Số: 46/BC-UBND" in text and "Bình Phước, ngày 07 tháng 12 năm 2023" in text
    assert "(Kèm theo Báo cáo số 46/BC-UBND ngày 07 tháng 12 năm 2023 của" in text


def test_once_sent_it_prints_the_wording_that_was_sent(alice, report, binh_phuoc):
    section = report.sections.get(embed="dossiers")
    section.body = "Kết quả giải quyết hồ sơ:\n[[figures.dossiers]]"
    section.save()
    store_dossiers(binh_phuoc, report.period, 1949)
    report.refresh_from_db()
    apply_move(report=report, user=alice, move_name="submit", seen_state=ReportState.DRAFT)
    store_dossiers(binh_phuoc, report.period, 2000)  # changed behind the workflow's back
    assert "1.949" in report_blocks(report)["figures.dossiers"]
    paragraphs = [p.text for p in read(render_docx(report)).paragraphs]
    worded = next(p for p in paragraphs if "hồ sơ" in p and ("1.949" in p or "2.000" in p))
    assert "1.949" in worded and "2.000" not in worded
    assert not [p for p in paragraphs if "[[" in p]


def test_it_is_byte_stable_and_dated_by_the_report_not_the_clock(report):
    first = render_docx(report, created=CREATED)
    assert render_docx(report, created=CREATED) == first
    core = read(first).core_properties
    assert core.created == core.modified == CREATED
    assert (core.title.startswith("Báo cáo") and core.author == "UBND xã Bình Phước") or core.author
    assert core.language == "vi-VN" and "python-docx" not in (core.comments or "")
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in archive.namelist()  # not python-docx's blank page
    assert render_docx(report) == render_docx(report)  # by default dated by the report's last change
    stamp = report.updated_at.astimezone(dt.UTC).replace(microsecond=0)
    assert read(render_docx(report)).core_properties.created == stamp
    report.subject = "Tiêu đề khác"
    report.save()
    assert render_docx(report, created=CREATED) != first


def test_text_xml_cannot_hold_is_dropped_and_markup_stays_text(report):
    first = report.sections.order_by("order").first()
    first.body = "Văn bản <b>số 1</b> & \x0bdán từ Word\x0c.\n- **Đậm** và *nghiêng*."
    first.save()
    word = read(render_docx(report, created=CREATED))
    pasted = next(p for p in word.paragraphs if p.text.startswith("Văn bản"))
    assert pasted.text == "Văn bản <b>số 1</b> & dán từ Word."
    styled = next(p for p in word.paragraphs if p.text == "- Đậm và nghiêng.")
    assert [(r.text, r.bold, r.italic) for r in styled.runs] == [
        ("- ", None, None), ("Đậm", True, None), (" và ", None, None), ("nghiêng", None, True), (".", None, None)]  # fmt: skip


def test_the_command_writes_the_word_file(report, tmp_path):
    out = tmp_path / "r.docx"
    call_command("export_report", "--unit", "21073", "--period", "2023", "--format", "docx", "--output", str(out))
    assert read(out.read_bytes()).paragraphs  # a document python-docx opens


def test_it_is_archived_with_its_sha256_and_downloaded_unchanged(client, alice, report, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(alice)
    page = client.get(reverse("exports:list", args=[report.pk])).content.decode()
    assert reverse("exports:create", args=[report.pk, "docx"]) in page  # the button beside PDF and Excel
    response = client.post(reverse("exports:create", args=[report.pk, "docx"]))
    assert response.status_code == 302
    export = ExportedFile.objects.get(format="docx")
    data = stored_bytes(export)
    assert export.sha256 == hashlib.sha256(data).hexdigest() and export.filename.endswith(".docx")
    assert export_docx(report=report, user=alice).sha256 == export.sha256  # same report version, same bytes
    download = client.get(reverse("exports:download", args=[export.pk]))
    assert download.content == data
    assert download["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("template", "unit_code", "period_code"),
    [("programme-commune-year", "21073", "2023"), ("cchc-year", "51", "2023")],
    ids=["a commune's programme report", "a province's own CCHC report"],
)
def test_other_report_types_and_levels_print_as_their_pdf(template, unit_code, period_code, tree, binh_phuoc):
    root = User.objects.create_superuser("root", password="pw-123456")
    made = report_create(unit=Unit.objects.get(code=unit_code), period=ensure_period(period_code),
                         report_type=ReportType.objects.get(code=template), user=root)  # fmt: skip
    made.sections.update(body="- Đã thực hiện 12 nhiệm vụ, đạt 1.234 hồ sơ (44,84 %).")
    doc = official_document(made)
    word = read(render_docx(made, created=CREATED))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [s.heading for s in doc.sections] and headings
    assert len(word.sections) == 1 + len(doc.appendices)
    printed = pdf_text(render_pdf(made, created=CREATED))
    assert Counter(FIGURE.findall(all_text(word))) == Counter(FIGURE.findall(printed))
