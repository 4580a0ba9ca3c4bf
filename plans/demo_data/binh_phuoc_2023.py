"""Bình Phước's 2023 register entries and its 28-task plan, from seed 000."""

from __future__ import annotations

from plans.models import DocumentType

T = DocumentType

# (type, number, symbol, issued, subject, normative, directs CCHC)
BINH_PHUOC_DOCUMENTS = [
    (
        T.DECISION,
        384,
        "QĐ-UBND",
        "21/09/2021",
        "về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2025",
        False,
        True,
    ),
    (T.DECISION, 690, "QĐ-UBND", "30/12/2022", "về việc ban hành Kế hoạch cải cách hành chính năm 2023", False, True),
    (
        T.PLAN,
        3,
        "KH-UBND",
        "16/01/2023",
        "về đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, trình độ chính trị cho cán bộ, công chức, người hoạt động không chuyên trách năm 2023",
        False,
        False,
    ),
    (
        T.DECISION,
        29,
        "QĐ-UBND",
        "30/01/2023",
        "về ban hành Chương trình hành động về thực hành tiết kiệm, chống lãng phí năm 2023",
        False,
        False,
    ),
    (
        T.DECISION,
        30,
        "QĐ-UBND",
        "30/01/2023",
        "về ban hành Quy chế quản lý và sử dụng tài sản công năm 2023",
        False,
        False,
    ),
    (
        T.PLAN,
        10,
        "KH-UBND",
        "14/02/2023",
        "về Ứng dụng công nghệ thông tin trong hoạt động của cơ quan năm 2023",
        False,
        True,
    ),
    (T.PLAN, 11, "KH-UBND", "15/02/2023", "về công tác phòng, chống tham nhũng, tiêu cực năm 2023", False, False),
    (T.PLAN, 15, "KH-UBND", "16/02/2023", "về việc kiểm soát thủ tục hành chính", False, True),
    (T.PLAN, 18, "KH-UBND", "22/02/2023", "về tuyên truyền cải cách hành chính năm 2023", False, True),
    (
        T.PLAN,
        27,
        "KH-UBND",
        "15/03/2023",
        "về Thực hiện Quy chế dân chủ cơ sở và công tác dân vận chính quyền năm 2023",
        False,
        False,
    ),
    (
        T.DECISION,
        146,
        "QĐ-UBND",
        "14/07/2020",
        "về ban hành Quy tắc ứng xử, đạo đức nghề nghiệp của cán bộ, công chức, người lao động trong cơ quan",
        False,
        False,
    ),
]

# Seed 000 cites these of the units above (issuer's name in units/demo.py, then as BINH_PHUOC_DOCUMENTS);
# 906/QĐ-UBND and 48/2021/QĐ-UBND of the province are registered with seed 001's (CITED_FROM_ABOVE). The
# national documents it cites (33/2023/NĐ-CP, 129/2007/QĐ-TTg, …) have issuers the demo has no unit for.
BINH_PHUOC_CITED_FROM_ABOVE = [
    ("Tỉnh Quảng Ngãi", T.DECISION, 1100, "QĐ-UBND", "12/11/2021", "về việc ban hành Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, phục vụ Nhân dân", False, False),
    ("Tỉnh Quảng Ngãi", T.DECISION, 96, "QĐ-UBND", "03/02/2023", "về giao số lượng, bố trí cán bộ, công chức xã, phường, thị trấn của tỉnh Quảng Ngãi", False, False),
    ("Huyện Bình Sơn", T.LETTER, 4089, "UBND", "28/10/2023", "về việc thực hiện chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, phục vụ Nhân dân", False, False),
]  # fmt: skip

# field code -> [(title, owner, deadline, completed, evidence "number/type")]; all 28 done on time (seed 000: 28/28).
BINH_PHUOC_TASKS = {
    "institutions": [
        (
            "Xây dựng kế hoạch theo dõi thi hành pháp luật năm 2023",
            "Tư pháp - Hộ tịch",
            "31/03/2023",
            "15/03/2023",
            None,
        ),
        (
            "Rà soát, kiểm tra văn bản quy phạm pháp luật của HĐND, UBND xã",
            "Tư pháp - Hộ tịch",
            "30/06/2023",
            "20/06/2023",
            None,
        ),
        (
            "Ban hành văn bản quy phạm pháp luật đúng trình tự, thủ tục",
            "Tư pháp - Hộ tịch",
            "31/10/2023",
            "16/10/2023",
            None,
        ),
    ],
    "procedures": [
        (
            "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2023",
            "Văn phòng - Thống kê",
            "28/02/2023",
            "16/02/2023",
            (15, T.PLAN),
        ),
        (
            "Niêm yết công khai bộ TTHC, phí, lệ phí tại Bộ phận một cửa",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "10/03/2023",
            None,
        ),
        ("Đăng tải TTHC trên Trang thông tin điện tử xã", "Văn phòng - Thống kê", "31/03/2023", "15/03/2023", None),
        (
            "Niêm yết thông báo tiếp nhận phản ánh, kiến nghị về quy định hành chính",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "15/03/2023",
            None,
        ),
        (
            "Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến đối với 51 TTHC",
            "Bộ phận một cửa",
            "30/06/2023",
            "20/06/2023",
            None,
        ),
        (
            "Triển khai thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công quốc gia",
            "Bộ phận một cửa",
            "30/09/2023",
            "15/09/2023",
            None,
        ),
        ("Giải quyết hồ sơ TTHC liên thông đúng quy trình", "Bộ phận một cửa", "15/11/2023", "10/11/2023", None),
    ],
    "organisation": [
        (
            "Bố trí đủ 20/20 cán bộ, công chức theo Quyết định 96/QĐ-UBND của UBND tỉnh",
            "Chủ tịch UBND xã",
            "30/06/2023",
            "30/05/2023",
            None,
        ),
        ("Phân công nhiệm vụ cụ thể cho từng cán bộ, công chức", "Chủ tịch UBND xã", "31/01/2023", "16/01/2023", None),
        (
            "Rà soát người hoạt động không chuyên trách theo Nghị định 33/2023/NĐ-CP",
            "Văn phòng - Thống kê",
            "31/10/2023",
            "20/10/2023",
            None,
        ),
    ],
    "civil_service": [
        (
            "Ban hành Kế hoạch đào tạo, bồi dưỡng năm 2023",
            "Văn phòng - Thống kê",
            "31/01/2023",
            "16/01/2023",
            (3, T.PLAN),
        ),
        (
            "Cử cán bộ, công chức tham gia các lớp bồi dưỡng chuyên môn",
            "Văn phòng - Thống kê",
            "31/10/2023",
            "25/10/2023",
            None,
        ),
        (
            "Thực hiện nâng bậc lương, chuyển ngạch cho cán bộ, công chức",
            "Văn phòng - Thống kê",
            "30/09/2023",
            "12/09/2023",
            None,
        ),
        (
            "Quán triệt kỷ luật, kỷ cương hành chính theo Quyết định 48/2021/QĐ-UBND",
            "Chủ tịch UBND xã",
            "31/03/2023",
            "10/03/2023",
            None,
        ),
    ],
    "public_finance": [
        (
            "Ban hành Chương trình thực hành tiết kiệm, chống lãng phí năm 2023",
            "Tài chính - Kế toán",
            "28/02/2023",
            "30/01/2023",
            (29, T.DECISION),
        ),
        (
            "Ban hành Quy chế quản lý và sử dụng tài sản công năm 2023",
            "Tài chính - Kế toán",
            "28/02/2023",
            "30/01/2023",
            (30, T.DECISION),
        ),
        ("Công khai dự toán, quyết toán ngân sách xã", "Tài chính - Kế toán", "31/03/2023", "20/03/2023", None),
    ],
    "digital_government": [
        (
            "Ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2023",
            "Văn phòng - Thống kê",
            "28/02/2023",
            "14/02/2023",
            (10, T.PLAN),
        ),
        ("Ký số 100% văn bản đi trên phần mềm iOffice", "Văn phòng - Thống kê", "30/06/2023", "30/06/2023", None),
        ("Cấp chứng thư số cho 100% cán bộ, công chức", "Văn phòng - Thống kê", "31/03/2023", "20/03/2023", None),
    ],
    "direction": [
        (
            "Ban hành Kế hoạch cải cách hành chính năm 2023",
            "Văn phòng - Thống kê",
            "31/12/2022",
            "30/12/2022",
            (690, T.DECISION),
        ),
        (
            "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023",
            "Văn hóa - Xã hội",
            "28/02/2023",
            "22/02/2023",
            (18, T.PLAN),
        ),
        (
            "Tuyên truyền CCHC trên đài truyền thanh và Trang thông tin điện tử xã",
            "Văn hóa - Xã hội",
            "30/11/2023",
            "20/11/2023",
            None,
        ),
        ("Báo cáo kết quả CCHC 6 tháng đầu năm 2023", "Văn phòng - Thống kê", "14/06/2023", "12/06/2023", None),
        ("Báo cáo kết quả CCHC 9 tháng năm 2023", "Văn phòng - Thống kê", "14/09/2023", "12/09/2023", None),
    ],
}
