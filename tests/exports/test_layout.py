"""Where things land on the printed page (Nghị định 30/2020/NĐ-CP, Phụ lục I), read back from the PDF.

Words and their boxes come from poppler's ``pdftotext -bbox`` (points, origin at the top left).
"""

import re
import subprocess
from dataclasses import dataclass

import pytest

from exports.pdf import render_pdf
from reform_portal.tables import PARTIAL_NOTE
from tests.exports.conftest import CREATED, pdf_reader

MM = 72 / 25.4
A4 = (595.28, 841.89)


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]

    def find(self, text: str) -> list[Word]:
        return [w for w in self.words if w.text == text]

    def line_of(self, first: str, second: str) -> Word:
        """The word ``first`` followed on the same line by ``second``."""
        for a, b in zip(self.words, self.words[1:], strict=False):
            if a.text == first and b.text == second and abs(a.y0 - b.y0) < 2:
                return a
        raise AssertionError(f"{first} {second} not found")


def pages_of(data: bytes) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True).stdout
    pages = []
    for match in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out.decode(), re.S):
        words = [
            Word(float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', match[3]
            )
        ]
        pages.append(Page(float(match[1]), float(match[2]), words))
    return pages


@pytest.fixture
def long_report(report):
    """Bình Phước's report with enough text to run over several pages."""
    paragraph = (
        "- UBND xã đã ban hành các văn bản chỉ đạo, điều hành nhằm thực hiện nghiêm túc và đúng quy định các "
        "nhiệm vụ cải cách hành chính, phân công trách nhiệm cụ thể cho từng công chức phụ trách."
    )
    for section in report.sections.filter(level=2):
        section.body = "\n".join([paragraph] * 3)
        section.save()
    return report


@pytest.fixture
def pages(long_report):
    return pages_of(render_pdf(long_report, created=CREATED))


def test_pages_are_a4_and_the_report_runs_over_several(pages):
    assert len(pages) >= 4
    narrative = [p for p in pages if p.width < p.height]
    assert narrative and all(abs(p.width - A4[0]) < 1 and abs(p.height - A4[1]) < 1 for p in narrative)
    wide = [p for p in pages if p.width > p.height]
    assert all(abs(p.width - A4[1]) < 1 and abs(p.height - A4[0]) < 1 for p in wide)  # landscape appendices


def test_the_header_sits_in_two_columns_on_page_one(pages):
    first = pages[0]
    middle = first.width / 2
    authority = first.line_of("ỦY", "BAN")
    quoc_hieu = first.line_of("CỘNG", "HÒA")
    tieu_ngu = first.line_of("Độc", "lập")
    so = first.find("Số:")[0]
    place = first.line_of("Bình", "Phước,")
    quoc_hieu_end = first.find("NAM")[0]
    assert authority.x1 < middle and authority.x1 < quoc_hieu.x0  # authority in the left column
    assert (quoc_hieu.x0 + quoc_hieu_end.x1) / 2 > middle  # Quốc hiệu centred in the right one
    assert abs(authority.y0 - quoc_hieu.y0) < 15  # both open the page
    assert tieu_ngu.y0 > quoc_hieu.y0 and tieu_ngu.x0 > middle - 20
    assert abs(so.y0 - place.y0) < 3 and so.x1 < middle < place.x1  # "Số" and the date share a line
    assert authority.y0 > 15 * MM  # inside the top margin's end (20 mm, the header's line box starts there)
    bao_cao = first.find("BÁO")[0]
    assert bao_cao.y0 > place.y1 and abs((bao_cao.x0 + first.find("CÁO")[0].x1) / 2 - (85 + 553) / 2) < 20


def test_page_numbers_from_page_two_centred_in_the_top_margin(pages):
    first, second = pages[0], pages[1]
    assert not [w for w in first.words if w.y1 < 20 * MM and w.text.isdigit()]  # none on page 1
    numbers = [w for w in second.words if w.y1 < 20 * MM]
    assert [w.text for w in numbers] == ["2"]
    centre = (numbers[0].x0 + numbers[0].x1) / 2
    text_block_centre = (30 * MM + second.width - 15 * MM) / 2
    assert abs(centre - text_block_centre) < 6


def test_body_text_keeps_the_decree_margins(pages):
    for page in pages[1:3]:  # narrative pages after the header
        body = [w for w in page.words if w.y0 > 20 * MM]
        assert min(w.x0 for w in body) >= 30 * MM - 0.5
        assert max(w.x1 for w in body) <= page.width - 15 * MM + 0.5
        assert max(w.y1 for w in body) <= page.height - 20 * MM + 0.5


def test_the_signature_field_covers_the_signatory_block(long_report):
    from pyhanko.sign.fields import enumerate_sig_fields

    data = render_pdf(long_report, created=CREATED)
    reader = pdf_reader(data)
    (_name, _value, ref), *_ = list(enumerate_sig_fields(reader, filled_status=False))
    widget = ref.get_object()
    page_ref = widget["/P"]
    kids = reader.root["/Pages"]["/Kids"]
    index = next(i for i, kid in enumerate(kids) if kid.get_object() == page_ref.get_object())
    page = pages_of(data)[index]
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])  # PDF space: origin at the bottom left
    top, bottom = page.height - y2, page.height - y1
    title = page.line_of("TM.", "ỦY")
    name = page.line_of("Ngô", "Văn")
    # The field spans from the signatory's title down to the name, over the right-hand column.
    assert x1 <= title.x0 and x1 <= name.x0 and x2 >= name.x1
    assert top <= title.y1 + 30 and bottom >= name.y0 - 30
    assert x1 > page.width / 2 - 40  # the right-hand column, beside "Nơi nhận"
    recipients = page.find("Nơi")
    assert recipients and recipients[0].x1 < x1  # "Nơi nhận" stays on its left


def test_fonts_are_embedded_serif_faces(long_report):
    reader = pdf_reader(render_pdf(long_report, created=CREATED))
    names = set()
    for kid in reader.root["/Pages"]["/Kids"]:
        fonts = kid.get_object()["/Resources"]["/Font"]
        for font in fonts.values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"] or "/FontFile3" in descendant["/FontDescriptor"]
    assert names and all(re.search(r"Liberation.?Serif|Times|Tinos", n) for n in names), names


def test_a_wide_table_is_summarised_in_the_text_and_referred_to_its_landscape_appendix(long_report):
    from exports.document import official_document

    doc = official_document(long_report)
    dossiers = next(s for s in doc.sections if s.title.startswith("Kết quả tiếp nhận"))
    full = next(a for a in doc.appendices if a.table.key == "dossiers")
    assert full.table.landscape and full.table.column_count == 16
    assert dossiers.see_also == f"(Chi tiết tại {full.label} kèm theo)"
    summary = dossiers.table  # four portrait columns: each group's total, its parts and their share
    assert summary.summary_of == "dossiers" and not summary.landscape and summary.column_count == 4
    assert [r.cells[1].text for r in summary.rows if r.kind == "group"] == [
        "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết", "Khác"]  # fmt: skip
    online = next(r for r in summary.rows if r.cells[1].text == "- Trực tuyến")
    assert online.cells[2].value == 1949 and online.cells[3].text == "100,00"  # the one figure entered
    # Same total in both; direct and postal are blank, so it is the sum of the known parts, marked and explained.
    assert summary.rows[0].cells[2].text == full.table.rows[-1].cells[2].text == "1.949*"
    assert summary.notes == full.table.notes == [PARTIAL_NOTE]
    tasks = next(s for s in doc.sections if s.table is not None)
    assert tasks.table.key == "task_summary" and not tasks.table.landscape  # narrow tables stay in the text


def test_the_summary_prints_in_the_text_with_figures_on_their_label_line(pages):
    page = next(p for p in pages if p.find("Trực") and p.find("(Chi"))
    label = page.line_of("-", "Trực")
    (share,) = [w for w in page.words if w.text == "100,00" and abs(w.y0 - label.y0) < 2]
    assert share.x0 > label.x1  # on the label's line: data cells are not padded like the header's "Số"


def test_the_header_stays_inside_the_decree_margins(pages):
    first = pages[0]
    assert min(w.x0 for w in first.words) >= 30 * MM - 0.5  # nothing in the 30 mm binding margin
    assert max(w.x1 for w in first.words) <= first.width - 15 * MM + 0.5
    assert min(w.y0 for w in first.words) >= 20 * MM - 0.5
    for text in ("CỘNG", "Độc", "Số:", "BÁO", "UBND"):
        assert first.find(text), text
    assert first.find("Tự")[0].x0 > first.width / 2 and first.find("UBND")[0].x1 < first.width / 2


def test_landscape_appendix_pages_turn_the_margins_with_the_paper(pages):
    wide = [p for p in pages if p.width > p.height]
    assert wide
    for page in wide:
        body = [w for w in page.words if w.y0 > 30 * MM - 0.5]  # below the page number's top margin
        assert len(body) == len([w for w in page.words if not (w.y1 < 30 * MM and w.text.isdigit())])
        assert min(w.x0 for w in body) >= 20 * MM - 0.5  # the portrait top and bottom margins at the sides
        assert max(w.x1 for w in body) <= page.width - 20 * MM + 0.5
        assert max(w.y1 for w in body) <= page.height - 15 * MM + 0.5  # the outer margin at the foot
    label = wide[0].line_of("Phụ", "lục")
    assert label.y0 >= 30 * MM - 0.5  # the binding margin on top
