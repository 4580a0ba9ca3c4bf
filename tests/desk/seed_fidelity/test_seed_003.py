"""Seed 003: Xã Lai Hưng's CCHC report for 6 tháng đầu năm 2023 and its staff-quality table."""

import re
from decimal import Decimal

from desk import demo as desk_demo
from desk.demo_content import lai_hung_2023_h1
from desk.window import window_warnings
from exports.document import official_document
from indicators.models import Value
from indicators.validation import findings
from indicators.values import values_by_code
from plans.models import Document
from tests.desk import seed_fixtures as seeds
from tests.desk.seed_fidelity.reading import missing, pdf_text, registered_documents


def test_seed_003_lai_hung_prints_its_figures_and_documents(lai_hung):
    text = pdf_text(lai_hung)
    assert missing(seeds.SEED_003_DOCUMENTS, text) == []
    assert missing(seeds.SEED_003_FIGURES, text) == []
    assert "Kính gửi: Hội đồng nhân dân xã Lai Hưng" in text and "Bành Quốc Trung" in text
    assert "ngày 24 tháng 5 năm 2023" in text
    assert "đến ngày 15/5/2023" in text and window_warnings(lai_hung) == []  # its figures end before it is issued
    # From the value store: the dossiers and the staff of section IV; the other two staff counts named.
    assert "Bộ phận tiếp nhận 1.748 hồ sơ, giải quyết đúng hạn cả 1.748 hồ sơ" in text
    assert "(738 hồ sơ trực tuyến toàn trình, 1.010 hồ sơ một phần)" in text
    assert "gồm cán bộ 10, công chức 10, người hoạt động không chuyên trách 13" in text
    assert "ba số khác nhau về đội ngũ" in text and "35 biên chế" in text
    assert "33 người (10 + 10 + 13)" in text and "với 11 công chức (không phải 10)" in text  # live, not typed
    assert [
        t for t in ("(10 + 10 + 13)", "738", "1.010") if t in "\n".join(s.body for s in lai_hung.sections.all())
    ] == []
    # Section V.2's tables, row by row in the PDF text: the label, the count and the share (the seed's empty
    # rows with neither), in the seed's order, after part V's text and before part VI.
    at = text.index("V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ")
    for row in _staff_rows():
        printed = re.sub(r"(?<=[/-]) (?=\w)", "", " ".join(cell for cell in row if cell))  # as pdf_text joins
        assert printed in text[at:], printed
        at = text.index(printed, at) + 1
    assert at < text.index("VI. CẢI CÁCH TÀI CHÍNH CÔNG")
    values = values_by_code(unit=lai_hung.unit, period=lai_hung.period)
    for code, value in lai_hung_2023_h1.FIGURES.items():
        assert values[code] == value, code
    assert values["staff.civil_servants.language_certificate.share"] == Decimal("90.91")


def _staff_rows() -> list[tuple[str, str, str]]:
    """SEED_003_STAFF_TABLE as the portal prints it: counts unpadded, shares with two decimals."""

    def share(text: str) -> str:
        return seeds.SEED_003_FRACTION_SHARES.get(text) or (f"{text},00" if text and "," not in text else text)

    return [(label, count.removeprefix("0"), share(rate)) for label, count, rate in seeds.SEED_003_STAFF_TABLE]


def test_seed_003_staff_quality_is_a_table_at_the_end_of_part_v(lai_hung):
    """Section V.2's figures print as a table (Số lượng, Tỷ lệ (%)) with the seed's rows, embedded at the end
    of part V (Bình Dương's own form), in the PDF and the Word file alike (one OfficialDocument); each count
    and share read from the value store, the shares computed, the text typing none of them."""
    document = official_document(lai_hung)
    part_v = next(s for s in document.sections if s.number == "V")
    table = part_v.table
    assert table is not None and table.key == f"form:{desk_demo.STAFF_QUALITY_CODE}"
    assert [cell.text for cell in table.header[0]] == ["Nội dung", "Số lượng", "Tỷ lệ (%)", "Ghi chú"]
    assert [tuple(cell.text for cell in row.cells[:3]) for row in table.rows] == _staff_rows()
    assert [row.kind for row in table.rows if row.kind == "group"] == ["group"] * 3
    # The commune's explanation of its 11 công chức prints once, beside the first of them.
    notes = [(row.cells[0].text, row.cells[3].text) for row in table.rows if row.cells[3].text]
    assert len(notes) == 1 and notes[0][0] == "Công chức" and "ghi 11 công chức" in notes[0][1]
    assert all(section.table is None for section in document.sections if section.number != "V")
    assert document.appendices == []  # printed in the text, not attached again
    bodies = "\n".join(s.body for s in lai_hung.sections.all())
    assert "90,91" not in bodies and "84,62" not in bodies and "53,85" not in bodies  # computed, not typed
    # The figures are live: a corrected count changes its row and its share.
    it = Value.objects.get(
        unit=lai_hung.unit, period=lai_hung.period, indicator__code="staff.part_timers.it_certificate"
    )
    it.number = 8
    it.save()
    rows = [tuple(c.text for c in row.cells[:3]) for row in official_document(lai_hung).sections[4].table.rows]
    assert rows[27] == ("- Tin học", "8", "61,54")


def test_seed_003_three_staff_counts_are_flagged_and_explained(lai_hung):
    """Section IV counts 10 công chức, the quality table of V.2 counts 11 (6 men, 5 women): a warning the
    commune explains, not corrected; the other categories agree."""
    found = {f.rule_code: f for f in findings(unit=lai_hung.unit, period=lai_hung.period)}
    finding = found["staff-civil-servants-sex-sum"]
    assert (finding.left, finding.right) == ("10", "11") and not finding.blocks_submission
    assert "ghi 11 công chức, 6 nam và 5 nữ" in finding.explanation
    assert "staff-officials-sex-sum" not in found and "staff-part-timers-sex-sum" not in found
    assert "staff-part-timers-education-sum" not in found and "staff-part-timers-politics-sum" not in found


def test_seed_003_documents_are_in_the_registers(lai_hung):
    registered = registered_documents()
    left_out = " ".join(seeds.SEED_003_LEFT_OUT)
    for number in seeds.SEED_003_DOCUMENTS:
        if number == "46/BC-UBND":
            continue  # the report itself, numbered when issued
        assert (number in registered) != (number in left_out), number
    own = Document.objects.filter(unit=lai_hung.unit)
    assert own.count() == 23 and not own.filter(number=31, issued_on__month=4).exists()


def test_seed_003_outline_headings_are_the_seeds(lai_hung):
    document = official_document(lai_hung)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_003_OUTLINE]
