"""Each seed's demo report prints what the seed states: a hand-made list of its figures and document
numbers (tests/desk/seed_fixtures.py), each found in the PDF text of the demo report, its outline's
headings in order, and what is left out on purpose, named with its reason.

The PDF is the real one (WeasyPrint), read back with pdftotext -layout (which keeps a hyphen at a line end); words broken over a line ("998/" and
"QĐ-UBND") are joined before looking.
"""

import re
import subprocess
from decimal import Decimal

import pytest

from desk import demo as desk_demo
from desk import panels
from desk.demo_content import lai_hung_2023_h1
from desk.window import window_warnings
from desk.workflow import apply_move
from exports.document import official_document
from exports.pdf import render_pdf
from indicators import demo as indicators_demo
from indicators.models import Value
from indicators.validation import findings
from indicators.values import values_by_code
from plans import demo as plans_demo
from plans.models import Document
from reports import states
from reports.models import Report
from tests.desk import seed_fixtures as seeds
from units.models import Role


def pdf_text(report) -> str:
    pdf = render_pdf(report)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    text = " ".join(text.decode().split())
    return re.sub(r"(?<=[/-]) (?=\w)", "", text)  # a symbol or date broken after its slash or hyphen


NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*,\d+)(?![\d/]|[.,]\d)")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def found(figure: str, text: str) -> bool:
    """``figure`` printed whole (not a part of 1.030 or 11); a count the seed pads with a zero ("09") may be
    printed unpadded (9); a rate may be printed with more decimals that agree with the seed's rounding: 97,09
    states the seed's 97,1, and 46,35 its 46,3 (both round 888/1.916 = 46,3465…: the seed's half-up to one
    place, the portal's to two)."""
    forms = [figure, figure[1:]] if re.fullmatch(r"0\d", figure) else [figure]
    if any(re.search(rf"(?<![\d.,/]){re.escape(form)}(?![\d/]|[.,]\d)", text) for form in forms):
        return True
    if "/" in figure:
        return False
    if "," not in figure:
        # A whole share the seed states ("90") in the portal's print of a rate: "90,00 %" in a sentence, "90,00"
        # in a table's Tỷ lệ (%) column.
        return re.search(rf"(?<![\d.,/]){re.escape(figure)},0+(?![\d.,/])", text) is not None
    places = len(figure.split(",")[1])
    seed, half = _decimal(figure), Decimal(5).scaleb(-places - 1)
    for printed in NUMBER.findall(text):
        more = len(printed.split(",")[1])
        its_half = Decimal(5).scaleb(-more - 1)
        if more > places and _decimal(printed) - its_half < seed + half and seed - half < _decimal(printed) + its_half:
            return True
    return False


def missing(expected: list[str], text: str) -> list[str]:
    return [item for item in expected if not found(item, text)]


def test_found_is_a_whole_figure():
    assert found("44,8", "đạt 44,84 %") and found("97,1", "97,09 %") and not found("97,1", "97,04 %")
    assert found("1.030", "phát hành 1.030 văn bản")
    assert not found("1.030", "11.030") and not found("30", "1.030") and not found("44,8", "144,8")
    assert not found("1/1", "21/1/2023") and found("01/BC-TKT", "Báo cáo số 01/BC-TKT ngày")
    assert found("46,3", "đạt 46,35 %") and not found("46,3", "đạt 46,36 %") and not found("46,3", "46,2 %")
    assert found("09", "công chức 9 người") and found("09", "09 người") and not found("09", "19 người")
    assert not found("10", "1 người") and not found("1", "01 người")
    assert found("90", "ngoại ngữ 9 (90,00 %)") and not found("90", "90,91 %") and found("70", "- Trung cấp 7 70,00")
    assert not found("90", "190,00") and not found("90", "90,001")


@pytest.fixture
def binh_phuoc(tree):
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.binh_phuoc_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Bình Phước", period__code="2023"
    )


def _registered() -> set[str]:
    registered = {
        f"{d.number:02d}/{d.year}/{d.symbol}" if d.is_normative else f"{d.number:02d}/{d.symbol}"
        for d in Document.objects.all()
    }
    return registered | {r.removeprefix("0") for r in registered}


def test_seed_000_binh_phuoc_prints_every_figure_and_document(binh_phuoc):
    text = pdf_text(binh_phuoc)
    assert missing(seeds.SEED_000_DOCUMENTS, text) == []
    assert missing(seeds.SEED_000_FIGURES, text) == []
    assert "[[" not in text and "Số: /BC-UBND" in text and "Kính gửi" not in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text and "Ngô Văn Vương" in text
    assert "Công văn số 4089/UBND ngày 28/10/2023 của UBND huyện Bình Sơn" in text
    # From the value store, as live figures: the items the issue named among them.
    assert "882/1.551 hồ sơ tiếp nhận, đạt 56,87 %" in text
    assert "hơn 44 lượt cán bộ, công chức" in text
    assert "chuyển ngạch lương cho 1 công chức, nâng bậc lương thường xuyên cho 3 cán bộ, công chức" in text
    assert "Trong 10 người hoạt động KCT có 2 người kiêm nhiệm" in text
    assert "từ ngày 01/01/2023 đến ngày 25/11/2023: Tổng số hồ sơ tiếp nhận trong kỳ là 1.949 hồ sơ" in text
    # The seed's own contradiction, flagged beside both figures and said to be the seed's.
    assert "cộng lại được 11 người (6 + 3 + 2), trong khi tổng số là 10" in text
    bodies = "\n".join(s.body for s in binh_phuoc.sections.all())
    live = ["dossiers.online_services.online", "dossiers.rate.online_services", "staff.training.attendances",
            "staff.regraded", "staff.pay_rises", "staff.part_timers.concurrent", "staff.part_timers"]  # fmt: skip
    assert [code for code in live if f"[[figure:{code}]]" not in bodies] == []
    assert "882" not in bodies and "1.551" not in bodies and "44 lượt" not in bodies  # not typed


def test_seed_000_outline_headings_are_the_seeds_and_it_attaches_nothing(binh_phuoc):
    document = official_document(binh_phuoc)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_000_OUTLINE]
    text = pdf_text(binh_phuoc)
    at = 0
    for heading in seeds.SEED_000_OUTLINE:
        number, title = heading.split(" ", 1)
        at = text.index(f"{number} {title.upper() if number.rstrip('.').isalpha() else title}", at)
    assert document.appendices == [] and "Phụ lục" not in text  # the seed attaches none


def test_seed_000_documents_are_in_the_registers(binh_phuoc):
    registered = _registered()
    left_out = " ".join(seeds.SEED_000_LEFT_OUT)
    for number in seeds.SEED_000_DOCUMENTS:
        assert (number in registered) != (number in left_out), number


def test_seed_000_is_a_draft_its_clerk_can_send(binh_phuoc):
    """The README's tour: the clerk sends the filled draft; its one finding is the explained warning."""
    assert binh_phuoc.state == states.ReportState.DRAFT and binh_phuoc.number is None
    found = {f.rule_code: f for f in panels.findings(binh_phuoc)}
    assert not any(f.blocks_submission for f in found.values())
    assert found["staff-part-timers-education-sum"].explanation
    clerk = binh_phuoc.unit.memberships.filter(role=Role.CLERK).first().user
    apply_move(report=binh_phuoc, user=clerk, move_name="submit", seen_state=binh_phuoc.state)
    binh_phuoc.refresh_from_db()
    assert binh_phuoc.state == states.ReportState.PENDING_APPROVAL


@pytest.fixture
def tinh_chau(tree):
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.tinh_chau_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Tịnh Châu", period__code="2023"
    )


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
    registered = _registered()
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


@pytest.fixture
def van_phong(tree):
    plans_demo.seed()
    desk_demo.vp_ubnd_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Văn phòng UBND tỉnh Quảng Ngãi", period__code="2023-H1"
    )


def test_seed_002_van_phong_prints_every_figure_and_document(van_phong):
    text = pdf_text(van_phong)
    assert missing(seeds.SEED_002_DOCUMENTS, text) == []
    assert missing(seeds.SEED_002_FIGURES, text) == []
    # From the value store, as live figures: the petitions and the online payments.
    assert "[[" not in text and "Phản ánh, kiến nghị về TTHC tiếp nhận trong kỳ: 152" in text
    assert "8.500 giao dịch thanh toán trực tuyến" in text
    assert (
        "20 quyết định công bố TTHC" in text and "gồm 29 TTHC mới, 84 TTHC sửa đổi, bổ sung và 33 TTHC bãi bỏ" in text
    )
    bodies = "\n".join(s.body for s in van_phong.sections.all())
    assert "[[figure:procedures.announced.amended]]" in bodies and "84 TTHC" not in bodies
    # The letters from the value store too: "hơn 81" stores 81 and keeps the seed's "hơn" in the text.
    assert (
        "tiếp nhận hơn 81 đơn (9 đơn nhiều người đứng tên), 62 đơn đủ điều kiện xử lý; "
        "theo loại: 19 khiếu nại, 7 tố cáo, 55 phản ánh, kiến nghị" in text
    )
    assert (
        "[[figure:letters.received]]" in bodies and [t for t in ("81 đơn", "62 đơn", "19 khiếu") if t in bodies] == []
    )
    # So are the service centre's amount and ratings and the citizen reception: the store holds 12 billion đồng,
    # 14.390, 99,8 % (the ratings as stated figures: the seed gives no split by level), 35, 48 and 2; the text
    # keeps the seed's "hơn" and "trên" as words.
    for printed in (
        "8.500 giao dịch thanh toán trực tuyến, tổng số tiền hơn 12.000.000.000 đồng",
        "hơn 14.390 lượt đánh giá, tỷ lệ hài lòng và rất hài lòng luôn trên 99,80 %",
        "tiếp thường xuyên hơn 35 lượt (48 người) và 2 đoàn đông người",
    ):
        assert printed in text, printed
    typed = ("12 tỷ", "12.000", "14.390", "99,8", "35 lượt", "48 người", "02 đoàn", "2 đoàn")
    assert [t for t in typed if t in bodies] == []
    assert all(
        f"[[figure:{code}]]" in bodies
        for code in (
            *("dossiers.payments.online_amount", "satisfaction.total", "satisfaction.rate.satisfied"),
            *("reception.sessions", "reception.people", "reception.delegations"),
        )
    )
    values = values_by_code(unit=van_phong.unit, period=van_phong.period)
    assert values["dossiers.payments.online_amount"] == 12_000_000_000
    assert (values["satisfaction.total"], values["satisfaction.rate.satisfied"]) == (14390, Decimal("99.8"))
    assert [values[f"reception.{k}"] for k in ("sessions", "people", "delegations")] == [35, 48, 2]
    # So are the petitions by channel: the store holds 9, 93 and 50 (9 + 93 + 50 = 152), the seed's "09" prints 9.
    assert "152 (9 qua đơn thư, 93 trên Hệ thống phản ánh" in text and "50 qua đường dây nóng và tại trụ sở" in text
    assert [t for t in ("09 qua", "93 trên", "50 qua") if t in bodies] == []
    channels = ("letters", "portal", "hotline_office")
    assert all(f"[[figure:feedback.channel.{k}]]" in bodies for k in channels)
    assert [values[f"feedback.channel.{k}"] for k in channels] == [9, 93, 50]
    assert sum(values[f"feedback.channel.{k}"] for k in channels) == values["feedback.received"] == 152
    # And the courses of item c), by category: 1 viên chức; 1 công chức and 1 viên chức; 2 công chức.
    assert (
        "lớp cao cấp lý luận chính trị, 1 viên chức; lớp bồi dưỡng lãnh đạo, quản lý cấp phòng, 1 công chức cùng "
        "1 viên chức; lớp ngạch chuyên viên chính, 2 công chức" in text
    )
    assert [t for t in ("01 viên", "01 công", "02 công") if t in bodies] == []
    courses = {
        "senior_politics": [None, 1],
        "division_leaders": [1, 1],
        "principal_specialist": [2, None],
    }
    for course, counts in courses.items():
        sent = [values.get(f"staff.training.{course}.{k}") for k in ("civil_servants", "public_employees")]
        assert sent == counts, course
    # The seed's own contradictions: 19 + 07 + 55 = 81 forms, said to be 62 admissible; a 31 April.
    assert "cộng lại là 81" in text and "tháng Tư không có ngày 31" in text
    assert "Số: /BC-VP" in text and "CHÁNH VĂN PHÒNG" in text and "Vũ Minh Tâm" in text
    assert "Kính gửi" not in text.split("BÁO CÁO")[1][:200]  # addressed in the closing line, as the seed


def test_seed_002_documents_are_in_the_registers(van_phong):
    registered = _registered()
    left_out = " ".join(seeds.SEED_002_LEFT_OUT)
    for number in seeds.SEED_002_DOCUMENTS:
        assert (number in registered) != (number in left_out), number
    assert Document.objects.filter(unit=van_phong.unit).count() == 27


def test_seed_002_outline_headings_are_the_seeds(van_phong):
    document = official_document(van_phong)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_002_OUTLINE]
    tasks = next(s for s in van_phong.sections.all() if s.title.startswith("Kết quả thực hiện các"))
    assert re.findall(r"^\*\*([a-zđ]\)) ", tasks.body, flags=re.M) == seeds.SEED_002_ITEMS
    assert document.appendices == []


@pytest.fixture
def lai_hung(tree):
    plans_demo.seed()
    desk_demo.lai_hung_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Lai Hưng", period__code="2023-H1"
    )


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
    registered = _registered()
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


def test_seed_000_part_timers_contradiction_is_flagged_and_explained(tinh_chau):
    """Seed 000: 10 part-timers whose levels of education add to 11 (6 + 3 + 2), kept and explained."""
    binh_phuoc = desk_demo.demo_unit("Xã Bình Phước")
    found = {f.rule_code: f for f in findings(unit=binh_phuoc, period=tinh_chau.period)}
    finding = found["staff-part-timers-education-sum"]
    assert (finding.left, finding.right) == ("10", "11")
    assert (
        "02 người kiêm nhiệm" in finding.explanation and "(6 đại học, 3 cao đẳng, 2 trung cấp)" in finding.explanation
    )
