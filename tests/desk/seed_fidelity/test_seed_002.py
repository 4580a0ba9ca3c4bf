"""Seed 002: Văn phòng UBND tỉnh Quảng Ngãi's programme report for 6 tháng đầu năm 2023."""

import re
from decimal import Decimal

from exports.document import official_document
from indicators.values import values_by_code
from plans.models import Document
from tests.desk import seed_fixtures as seeds
from tests.desk.seed_fidelity.reading import missing, pdf_text, registered_documents


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
    registered = registered_documents()
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
