"""Seed 001: Xã Tịnh Châu's CCHC report for 2023, its Phụ lục I, and the figures only its text states."""

import re
from decimal import Decimal

from desk import demo as desk_demo
from exports.document import official_document
from indicators.values import values_by_code
from tests.desk import seed_fixtures as seeds
from tests.desk.seed_fidelity.reading import missing, pdf_text, registered_documents


def test_seed_001_tinh_chau_prints_every_figure_and_document(tinh_chau):
    text = pdf_text(tinh_chau)
    assert missing(seeds.SEED_001_DOCUMENTS, text) == []
    assert missing(seeds.SEED_001_FIGURES, text) == []
    # The seed's own contradictions are printed with both sides, and said to be the seed's.
    for note in ("06/9/2023", "31/12/2023", "44,3 % ở mục I", "3.471", "3.469", "12 chứ không phải 20"):
        assert note in text
    # The staff shares of II.3 and II.4 are computed from the stored counts (staff.rate.*), not typed; the
    # online payment rate the national index gives (68,19 %) is stored, as the commune's stated rate.
    assert "nữ 3/11 (27,27 %)" in text and "hoàn thành tốt nhiệm vụ 9/12 người (75,00 %)" in text
    bodies = "\n".join(s.body for s in tinh_chau.sections.all())
    assert [
        t for t in ("27,27", "44,44", "16,67", "8,33", "(85 %)", "(5 %)", "/12 người", "68,19") if t in bodies
    ] == []
    assert "[[figure:staff.rate.officials_female]]" in bodies and "[[figure:staff.rating.total]]" in bodies
    # So are the combined levels, the cán bộ's shares, the courses against the plan and the procedure review:
    # 20/20, 16/20, 10/11, 11/11, 9/11, 1/1, 5/5 and 1/1, each with its share in two places, as the others.
    for printed in (
        "20/20 người (100,00 %) từ Cao đẳng trở lên",
        "có bằng Đại học: 10/11 người (90,91 %)",
        "16/20 người (80,00 %) từ Sơ cấp trở lên",
        "Trung cấp lý luận chính trị: 11/11 người (100,00 %)",
        "trong đó 9/11 cán bộ giữ chức vụ lãnh đạo (81,82 %)",
        "1/1 người được cử đang học Trung cấp lý luận chính trị (100,00 %)",
        "5/5 người đã dự lớp bồi dưỡng kiến thức ngạch chuyên viên (100,00 %)",
        "đánh giá 1/1 TTHC theo kế hoạch",
    ):
        assert printed in text, printed
    typed = r"(?<![\d/])(20/20|16/20|10/11|11/11|9/11|1/1|5/5)(?![\d/])|90,9|81,8|\(80 %\)|\(100 %\)"
    assert re.findall(typed, bodies) == []  # not as a count (a date such as 10/11/2016 is not one)
    assert (
        "[[figure:staff.officials.education.university.share]]" in bodies
        and "[[figure:procedures.rate.review]]" in bodies
    )
    # So are the budget (revenue in million, expenditure in thousand đồng, against the estimate given, with
    # their computed shares: 93,57 %, beside the seed's rounded 94 %) and the training classes.
    for printed in (
        "thu ngân sách 1.018/1.088 triệu đồng, đạt 93,57 % chỉ tiêu giao (bản báo cáo do xã lập làm tròn thành 94 %)",
        "chi ngân sách 5.356.443/5.356.443 nghìn đồng, đạt 100,00 % chỉ tiêu giao",
        "các lớp chuyên môn, nghiệp vụ khác: 20 lớp, 20 lượt người",
    ):
        assert printed in text, printed
    assert [t for t in ("1.018", "1.088", "5.356.443", "20 lớp", "100 %") if t in bodies] == []
    assert "[[figure:public_finance.budget.rate.revenue]]" in bodies and "[[figure:staff.training.classes]]" in bodies
    # And the equipment and the signing devices.
    for printed in (
        "máy vi tính (21 bộ,",
        "Bộ phận một cửa có 3 máy vi tính, 1 máy quét, 2 máy in, 1 máy tính để người dân tự nộp hồ sơ, tra cứu, "
        "1 camera giám sát và 1 màn hình",
        "(12 token cá nhân, 1 token của cơ quan), 3 lãnh đạo ký số trên SIM",
    ):
        assert printed in text, printed
    typed = r"\(21 bộ|\d+ (máy vi tính|máy quét|máy in|camera|màn hình|token|lãnh đạo ký số)"
    assert re.findall(typed, bodies) == []
    # The seed signs "CHỦ TỊCH" with no "TM." line above it, and so does the demo.
    assert tinh_chau.signatory_authority == "" and "TM. ỦY BAN" not in text
    assert "CHỦ TỊCH" in text and tinh_chau.signatory_name in text


def test_seed_001_outline_headings_are_the_seeds(tinh_chau):
    document = official_document(tinh_chau)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_001_OUTLINE]
    text = pdf_text(tinh_chau)
    at = 0
    for heading in seeds.SEED_001_OUTLINE:
        number, title = heading.split(" ", 1)
        level_one = number.rstrip(".").isalpha()
        at = text.index(f"{number} {title.upper() if level_one else title}", at)
    two = next(s for s in tinh_chau.sections.all() if s.title.startswith("Cải cách thủ tục"))
    assert re.findall(r"^\*\*([a-i])\. ", two.body, flags=re.M) == [i.rstrip(".") for i in seeds.SEED_001_ITEMS]


def test_seed_001_documents_are_in_the_registers(tinh_chau):
    registered = registered_documents()
    left_out = " ".join(seeds.SEED_001_LEFT_OUT)
    for number in seeds.SEED_001_DOCUMENTS:
        if number == "248/BC-UBND":
            assert tinh_chau.document_number == number  # the report itself
        elif number in left_out:
            assert number not in registered
        else:
            assert number in registered, number


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_seed_001_appendix_prints_what_the_seed_prints(tinh_chau):
    document = official_document(tinh_chau)
    assert [a.label for a in document.appendices] == ["Phụ lục I"]  # the task table is printed once, in I
    assert "(Chi tiết tại Phụ lục I kèm theo)" in pdf_text(tinh_chau)
    table = document.appendices[0].table
    assert "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)" in table.header[0][1].text
    rows = _rows(table)
    by_label = {row[1]: row for row in rows if row[1]}
    # Coded answers with their answer and the scale; 7.1 does not apply ("-"), 7.3 and 7.5 were not reported.
    assert by_label["Tổ chức đối thoại về TTHC của UBND cấp xã"][2:4] == ["Không = 0, Có = 1", "1 (Có)"]
    seven_one = next(row for row in rows if row[0] == "7.1.")
    assert seven_one[2:4] == ["Chưa = 0, Hoàn thành = 1", "-"]
    assert [row[3] for row in rows if row[0] in ("7.3.", "7.5.")] == ["", ""]
    # 7.2 keeps its three rows, the answer on its own row with the note, "-" on the others.
    start = next(i for i, row in enumerate(rows) if row[0] == "7.2.")
    assert [row[2:] for row in rows[start : start + 3]] == [
        ["Chưa có = 0", "-", ""],
        ["Liên thông 2 cấp = 1", "-", ""],
        ["Liên thông 3 cấp = 2", "2", "Có đủ thiết bị để họp trực tuyến"],
    ]
    # Text answers as text; "-" (does not apply) apart from blank (not reported).
    assert next(row for row in rows if row[0] == "7.4.")[3:] == ["Đã được cấp", "100% CBCC xã đã được cấp token ký số"]
    assert by_label["Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống"][3] == "Đã kết nối"
    assert by_label["Tỷ lệ cơ quan chuyên môn đã kết nối liên thông với Hệ thống"][3] == ""
    assert [row[3] for row in rows if row[0] in ("6.1.", "6.2.", "6.3.", "6.4.", "6.5.")] == ["-"] * 5
    # The note and the wording of a city's commune.
    assert by_label["Số nhiệm vụ đã hoàn thành"][3:] == ["38", "2 nhiệm vụ chưa còn hạn"]
    assert "Thực hiện nhiệm vụ UBND thành phố, Chủ tịch UBND thành phố giao" in by_label
    assert "Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND thành phố" in by_label
    # 7.7 as the seed prints it, from Quảng Ngãi's own copy of the form: the total and its two shares.
    start = next(i for i, row in enumerate(rows) if row[0] == "7.7.")
    assert [row[0] for row in rows[start + 1 : start + 4]] == ["", "", "7.8."]
    assert [row[1][:40] for row in rows[start + 1 : start + 3]] == [
        "Tỷ lệ văn bản được gửi hoàn toàn dưới dạ",
        "Tỷ lệ văn bản được gửi hoàn toàn dưới dạ",
    ]
    assert tinh_chau.report_type.appendices == ["form:phu-luc-1-51"]


def test_the_figures_only_the_texts_state_are_stored_and_printed_live(tinh_chau):
    """Seed 001's services, posts, salary, training, rotation, budget and equipment figures; seed 000's online share of the
    dossiers of the procedures offered online (882/1551 = 56,9 %), its training, salary and staff figures."""
    values = values_by_code(unit=tinh_chau.unit, period=tinh_chau.period)
    stated = {"procedures.online.with_dossiers": 15, "procedures.online.with_fees": 19, "egov.news_posts": 37,
              "procedures.online.with_payments": 9, "staff.pay_rises": 5, "staff.regraded": 1,
              "staff.training.attendances": 20, "staff.rotation.due": 1, "staff.rotation.done": 0,
              "staff.training.classes": 20, "public_finance.budget.revenue.planned": 1088,
              "public_finance.budget.revenue.done": 1018, "public_finance.budget.expenditure.planned": 5356443,
              "public_finance.budget.expenditure.done": 5356443, "egov.equipment.computers": 21,
              "egov.equipment.one_stop.computers": 3, "egov.equipment.one_stop.scanners": 1,
              "egov.equipment.one_stop.printers": 2, "egov.equipment.one_stop.kiosks": 1,
              "egov.equipment.one_stop.cameras": 1, "egov.equipment.one_stop.screens": 1,
              "egov.signatures.personal_tokens": 12, "egov.signatures.unit_tokens": 1,
              "egov.signatures.sim": 3}  # fmt: skip
    assert {code: values.get(code) for code in stated} == stated
    bodies = "\n".join(s.body for s in tinh_chau.sections.all())
    assert all(f"[[figure:{code}]]" in bodies for code in stated)
    rates = ("public_finance.budget.rate.revenue", "public_finance.budget.rate.expenditure")
    assert [values[code] for code in rates] == [Decimal("93.57"), Decimal("100.00")]  # the seed's 94 % and 100 %
    binh_phuoc = desk_demo.demo_unit("Xã Bình Phước")
    values = values_by_code(unit=binh_phuoc, period=tinh_chau.period)
    assert (values["dossiers.online_services.online"], values["dossiers.online_services.received"]) == (882, 1551)
    assert values["dossiers.rate.online_services"] == Decimal("56.87")  # the seed's 56,9 %
    assert [values[c] for c in ("staff.training.attendances", "staff.regraded", "staff.pay_rises")] == [44, 1, 3]
    assert values["staff.part_timers.concurrent"] == 2
