"""What a person sees when they open the Word file: LibreOffice (headless) turns the .docx into a PDF, and
the words are read back with their boxes, as tests/exports/test_layout.py reads the WeasyPrint PDF.

LibreOffice stands in for Word here: it lays the file out from the same fields (A4 sections, margins,
Times New Roman, which fontconfig maps to the metric-compatible Liberation Serif, the PAGE fields with a
different first page). Debian's libreoffice-writer-nogui is installed by ``bin/setup --dev``.
"""

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from exports.word import render_docx
from indicators.models import Indicator, Value
from indicators.tables import form_table
from tests.exports.test_layout import A4, MM, Page, pages_of

from .conftest import CREATED, pdf_reader

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (soffice): bin/setup --dev installs libreoffice-writer-nogui"
)


@pytest.fixture
def long_report(report):
    """Bình Phước's report over several pages, with figures in Phụ lục I and Biểu 06 (landscape)."""
    paragraph = (
        "- UBND xã đã ban hành các văn bản chỉ đạo, điều hành nhằm thực hiện nghiêm túc và đúng quy định các "
        "nhiệm vụ cải cách hành chính, phân công trách nhiệm cụ thể cho từng công chức phụ trách."
    )
    for section in report.sections.filter(level=2):
        section.body = "\n".join([paragraph] * 3)
        section.save()
    form = form_table(unit=report.unit, period=report.period, form_code="phu-luc-1")
    for code in [row.indicator_code for row in form.rows if row.indicator_code][:3]:
        Value.objects.update_or_create(unit=report.unit, period=report.period, breakdown="",
                                       indicator=Indicator.objects.get(code=code), defaults={"number": Decimal(7)})  # fmt: skip
    return report


def libreoffice_pdf(docx: bytes, folder) -> bytes:
    source = folder / "bao-cao.docx"
    source.write_bytes(docx)
    profile = (folder / "lo-profile").as_uri()  # its own profile: runs in parallel never share one
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
         str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return (folder / "bao-cao.pdf").read_bytes()


@pytest.fixture
def rendered(long_report, tmp_path) -> bytes:
    return libreoffice_pdf(render_docx(long_report, created=CREATED), tmp_path)


def numbers_on_top(page: Page, margin: float) -> list[str]:
    return [w.text for w in page.words if w.y1 < margin and w.text.isdigit()]


def is_appendix_start(page: Page) -> bool:
    """The page opens with "Phụ lục …" (not a "(Chi tiết tại Phụ lục III …)" in the text)."""
    words = [w.text for w in page.words if not (w.text.isdigit() and w.y1 < 30 * MM)]
    return words[:2] == ["Phụ", "lục"]


def test_pages_margins_fonts_and_page_numbers_as_a_person_sees_them(rendered):
    pages = pages_of(rendered)
    assert len(pages) >= 5
    portrait = [p for p in pages if p.width < p.height]
    landscape = [p for p in pages if p.width > p.height]
    assert all(abs(p.width - A4[0]) < 1 and abs(p.height - A4[1]) < 1 for p in portrait)
    assert landscape and all(abs(p.width - A4[1]) < 1 and abs(p.height - A4[0]) < 1 for p in landscape)

    first_appendix = next(i for i, p in enumerate(pages) if is_appendix_start(p))
    assert first_appendix >= 2  # the text runs over several pages before its appendices
    narrative = pages[:first_appendix]
    assert numbers_on_top(narrative[0], 20 * MM) == []  # no number on page 1
    for index, page in enumerate(narrative[1:], start=2):
        number = [w for w in page.words if w.y1 < 20 * MM]
        assert [w.text for w in number] == [str(index)]  # from page 2, in the top margin
        centre = (number[0].x0 + number[0].x1) / 2
        assert abs(centre - (30 * MM + page.width - 15 * MM) / 2) < 6  # centred on the text block
    for page in narrative:  # the decree's margins: 20 mm top and bottom, 30 mm left, 15 mm right
        body = [w for w in page.words if w.y1 > 20 * MM]  # all but the page number
        assert min(w.x0 for w in body) >= 30 * MM - 0.5
        assert max(w.x1 for w in body) <= page.width - 15 * MM + 0.5
        # poppler's boxes reach the font's full descent: 1 pt below the line of a single-spaced footnote
        assert max(w.y1 for w in body) <= page.height - 20 * MM + 1.5
    # a page that opens with a line of text (not a table's repeated header) starts it at the top margin
    assert any(abs(min(w.y0 for w in page.words if w.y1 > 20 * MM) - 20 * MM) < 1.5 for page in narrative[1:])

    # Each appendix on its own pages, numbered on its own: none on its first page, 2, 3 … after it.
    restarted = 0
    for index in range(first_appendix, len(pages)):
        page = pages[index]
        margin = (30 if page.width > page.height else 20) * MM
        if is_appendix_start(page):
            assert numbers_on_top(page, margin) == [], index
            start = index
        else:
            assert numbers_on_top(page, margin) == [str(index - start + 1)], index
            restarted += 1
    assert restarted >= 1
    for page in landscape:  # margins turned with the paper: 30 mm on top, 15 mm at the foot, 20 mm sides
        body = [w for w in page.words if w.y0 > 30 * MM - 1.5]  # all but the page number
        assert len(body) == len(page.words) - len(numbers_on_top(page, 30 * MM))
        assert min(w.x0 for w in body) >= 20 * MM - 0.5 and max(w.x1 for w in body) <= page.width - 20 * MM + 0.5
        assert max(w.y1 for w in body) <= page.height - 15 * MM + 0.5

    names = set()
    reader = pdf_reader(rendered)
    for kid in reader.root["/Pages"]["/Kids"]:
        for font in kid.get_object()["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert {"/FontFile2", "/FontFile3"} & set(descriptor["/FontDescriptor"].keys())  # embedded
    # Times New Roman, or where it is absent the metric-compatible serif fontconfig puts in its place
    assert names and all(re.search(r"Times|Liberation.?Serif|Tinos", n) for n in names), names


def test_the_header_footnote_and_signatory_block_where_the_decree_puts_them(rendered):
    pages = pages_of(rendered)
    first = pages[0]
    middle = first.width / 2
    authority, quoc_hieu = first.line_of("ỦY", "BAN"), first.line_of("CỘNG", "HÒA")
    tieu_ngu, place, so = first.line_of("Độc", "lập"), first.line_of("Bình", "Phước,"), first.find("Số:")[0]
    assert authority.x1 < middle < quoc_hieu.x1 and abs(authority.y0 - quoc_hieu.y0) < 3  # two columns, one top
    assert (quoc_hieu.x0 + first.find("NAM")[0].x1) / 2 > middle and tieu_ngu.y0 > quoc_hieu.y0
    assert abs(so.y0 - place.y0) < 3 and so.x1 < middle < place.x1  # "Số" and the date share a line
    assert abs(authority.y0 - 20 * MM) < 4  # the header opens the page at the top margin
    bao_cao = first.line_of("BÁO", "CÁO")
    assert bao_cao.y0 > place.y1 and abs((bao_cao.x0 + first.find("CÁO")[0].x1) / 2 - (30 * MM + first.width - 15 * MM) / 2) < 3  # fmt: skip
    kinh_gui = first.line_of("Kính", "gửi:")
    assert kinh_gui.y0 > bao_cao.y1

    # The footnote at the foot of the page that calls it, in a smaller size.
    note_page = next(p for p in pages if any(a.text == "690/QĐ-UBND" for a in p.words))
    note = next(w for w in note_page.words if w.text == "690/QĐ-UBND")
    assert note.y0 > note_page.height / 2 and note_page.find("18/KH-UBND")
    body_word = note_page.find("18/KH-UBND")[0]
    assert (note.y1 - note.y0) < (body_word.y1 - body_word.y0)

    # "Nơi nhận" on the left, the signatory on the right on the same line, the name below the room to sign.
    page = next(p for p in pages if p.find("Nơi"))
    recipients, signatory, name = page.find("Nơi")[0], page.line_of("TM.", "ỦY"), page.line_of("Ngô", "Văn")
    assert recipients.x1 < page.width / 2 < signatory.x0 and abs(recipients.y0 - signatory.y0) < 3
    assert name.y0 - signatory.y1 > 30 * MM
