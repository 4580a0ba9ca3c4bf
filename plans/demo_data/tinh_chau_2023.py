"""Tịnh Châu's 2023 plan: 40 tasks spread as seed 001's table, and the 4 tasks the city assigned."""

from __future__ import annotations

from plans.models import DocumentType

T = DocumentType

# Seed 001's rows at 06/12/2023: thể chế 5/1/1/0, TTHC 13, bộ máy 3, công vụ 3, tài chính 3, CQĐT 4, chỉ đạo 6/0/1/0.
TINH_CHAU_TASKS = {
    "institutions": [
        (
            "Công bố danh mục văn bản QPPL hết hiệu lực năm 2022",
            "Tư pháp - Hộ tịch",
            "31/01/2023",
            "15/01/2023",
            (4, T.DECISION),
        ),
        (
            "Theo dõi tình hình thi hành pháp luật năm 2023",
            "Tư pháp - Hộ tịch",
            "31/03/2023",
            "28/02/2023",
            (30, T.PLAN),
        ),
        (
            "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2023",
            "Tư pháp - Hộ tịch",
            "31/03/2023",
            "24/02/2023",
            (28, T.PLAN),
        ),
        (
            "Ban hành Quy chế thực hiện dân chủ trên địa bàn xã",
            "Tư pháp - Hộ tịch",
            "31/07/2023",
            "01/07/2023",
            (1, "normative"),
        ),
        ("Rà soát văn bản QPPL do HĐND, UBND xã ban hành", "Tư pháp - Hộ tịch", "30/11/2023", "20/10/2023", None),
        (
            "Báo cáo công tác kiểm tra, xử lý văn bản QPPL năm 2023",
            "Tư pháp - Hộ tịch",
            "31/10/2023",
            "09/11/2023",
            (117, T.REPORT),
        ),
        ("Hệ thống hóa văn bản QPPL kỳ 2019-2023", "Tư pháp - Hộ tịch", "31/12/2023", None, None),
    ],
    "procedures": [
        (
            "Ban hành kế hoạch hoạt động kiểm soát TTHC năm 2023",
            "Văn phòng - Thống kê",
            "28/02/2023",
            "23/02/2023",
            (12, T.DECISION),
        ),
        ("Rà soát, đánh giá TTHC năm 2023", "Văn phòng - Thống kê", "28/02/2023", "24/02/2023", (26, T.PLAN)),
        (
            "Kiểm tra nội bộ công tác kiểm soát TTHC năm 2023",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "06/03/2023",
            (32, T.PLAN),
        ),
        (
            "Truyền thông công tác kiểm soát TTHC năm 2023",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "15/03/2023",
            (37, T.PLAN),
        ),
        (
            "Mô hình hướng dẫn tổ chức, cá nhân nộp hồ sơ TTHC trực tuyến",
            "Bộ phận một cửa",
            "31/01/2023",
            "05/01/2023",
            (1, T.PLAN),
        ),
        ("Triển khai thanh toán trực tuyến năm 2023", "Bộ phận một cửa", "15/02/2023", "30/01/2023", (21, T.PLAN)),
        ("Số hóa kết quả giải quyết TTHC năm 2023", "Bộ phận một cửa", "15/02/2023", "30/01/2023", (20, T.PLAN)),
        (
            "Công khai mức thu phí chứng thực tại Bộ phận một cửa",
            "Tư pháp - Hộ tịch",
            "28/02/2023",
            "23/02/2023",
            (11, T.NOTICE),
        ),
        (
            "Niêm yết 100% TTHC tại Bộ phận một cửa và Trang thông tin điện tử xã",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "31/03/2023",
            None,
        ),
        (
            "Kiện toàn thành viên Bộ phận tiếp nhận và trả kết quả",
            "Chủ tịch UBND xã",
            "30/06/2023",
            "01/06/2023",
            (75, T.DECISION),
        ),
        (
            "Công khai thông tin CBCC làm việc tại Bộ phận một cửa",
            "Văn phòng - Thống kê",
            "30/06/2023",
            "09/06/2023",
            (43, T.NOTICE),
        ),
        ("Báo cáo kết quả rà soát, đánh giá TTHC", "Văn phòng - Thống kê", "31/08/2023", "04/08/2023", (166, T.REPORT)),
        (
            "Đối thoại giữa Chủ tịch UBND xã với Nhân dân về giải quyết TTHC",
            "Chủ tịch UBND xã",
            "30/09/2023",
            "20/09/2023",
            None,
        ),
    ],
    "organisation": [
        (
            "Rà soát chức năng, nhiệm vụ của các chức danh công chức chuyên môn",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "20/03/2023",
            None,
        ),
        ("Bố trí cán bộ, công chức theo số lượng được giao", "Chủ tịch UBND xã", "30/06/2023", "30/05/2023", None),
        ("Báo cáo số lượng, chất lượng cán bộ, công chức xã", "Văn phòng - Thống kê", "30/11/2023", "30/11/2023", None),
    ],
    "civil_service": [
        (
            "Đào tạo, bồi dưỡng cán bộ, công chức năm 2023",
            "Văn phòng - Thống kê",
            "28/02/2023",
            "30/01/2023",
            (8, T.PLAN),
        ),
        (
            "Tự kiểm tra nội bộ kỷ luật, kỷ cương hành chính",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "15/03/2023",
            (40, T.PLAN),
        ),
        (
            "Báo cáo kết quả công tác đào tạo, bồi dưỡng năm 2023",
            "Văn phòng - Thống kê",
            "15/11/2023",
            "07/11/2023",
            (219, T.REPORT),
        ),
    ],
    "public_finance": [
        (
            "Giao dự toán ngân sách nhà nước năm 2023",
            "Tài chính - Kế toán",
            "15/01/2023",
            "12/01/2023",
            (2, T.DECISION),
        ),
        (
            "Ban hành quy định chi tiêu nội bộ, quản lý tài sản công",
            "Tài chính - Kế toán",
            "31/01/2023",
            "13/01/2023",
            (3, T.DECISION),
        ),
        (
            "Bổ sung dự toán chi thường xuyên ngân sách xã năm 2023",
            "Tài chính - Kế toán",
            "31/03/2023",
            "03/03/2023",
            (13, T.DECISION),
        ),
    ],
    "digital_government": [
        ("Truyền thông về chuyển đổi số trên địa bàn xã", "Văn hóa - Xã hội", "15/02/2023", "30/01/2023", (14, T.PLAN)),
        (
            "Ban hành Kế hoạch Chuyển đổi số xã năm 2023",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "14/03/2023",
            (38, T.PLAN),
        ),
        ("Kiện toàn Tổ công nghệ số cộng đồng xã", "Chủ tịch UBND xã", "30/09/2023", "05/09/2023", (100, T.DECISION)),
        (
            "Phân công nhiệm vụ chuyển đổi số và an toàn thông tin mạng",
            "Chủ tịch UBND xã",
            "06/12/2023",
            "06/12/2023",
            (76, T.NOTICE),
        ),
    ],
    "direction": [
        (
            "Ban hành Kế hoạch cải cách hành chính năm 2023",
            "Văn phòng - Thống kê",
            "31/12/2022",
            "31/12/2022",
            (117, T.PLAN),
        ),
        (
            "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023",
            "Văn hóa - Xã hội",
            "31/03/2023",
            "31/03/2023",
            (46, T.PLAN),
        ),
        ("Tuyên truyền sử dụng dịch vụ công trực tuyến", "Văn hóa - Xã hội", "15/02/2023", "30/01/2023", (12, T.PLAN)),
        (
            "Kiểm tra công tác CCHC và kỷ luật kỷ cương hành chính tại cơ quan",
            "Chủ tịch UBND xã",
            "30/06/2023",
            "26/06/2023",
            (45, T.NOTICE),
        ),
        ("Báo cáo kết quả CCHC quý I năm 2023", "Văn phòng - Thống kê", "14/03/2023", "13/03/2023", None),
        ("Báo cáo kết quả CCHC 6 tháng đầu năm 2023", "Văn phòng - Thống kê", "14/06/2023", "12/06/2023", None),
        ("Xây dựng Kế hoạch cải cách hành chính năm 2024", "Văn phòng - Thống kê", "31/12/2023", None, None),
    ],
}

# Appendix item 1.2 of seed 001: tasks the city assigned (4; 1 on time, 1 late).
TINH_CHAU_ASSIGNED = {
    "civil_service": [
        (
            "Rà soát, lập danh sách công chức thuộc diện chuyển đổi vị trí công tác năm 2023 (Công văn 248/UBND-NC)",
            "Văn phòng - Thống kê",
            "31/03/2023",
            "25/03/2023",
            None,
        ),
    ],
    "digital_government": [
        ("Cung cấp số liệu chấm điểm chỉ số Chuyển đổi số", "Văn phòng - Thống kê", "31/08/2023", "05/09/2023", None),
    ],
    "procedures": [
        ("Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân, tổ chức", "Bộ phận một cửa", "31/12/2023", None, None),
    ],
    "institutions": [
        (
            "Hệ thống hóa văn bản QPPL kỳ 2019-2023 theo kế hoạch của UBND thành phố",
            "Tư pháp - Hộ tịch",
            "31/12/2023",
            None,
            None,
        ),
    ],
}
