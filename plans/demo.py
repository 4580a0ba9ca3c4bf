"""Demo plans and registers from the seeds: Bình Phước (seed 000) and Tịnh Châu (seed 001).

Tịnh Châu's 40 tasks are spread exactly as seed 001's table rows, so the
computed table at 06/12/2023 reads 40 / 37 / 1 / 2 / 0 (the seed's printed
total, 38 / 1 / 1 / 0, does not add up); its four tasks assigned by the
city reproduce appendix item 1.2 (4 assigned, 1 on time, 1 late).
Idempotent: documents are keyed by their register entry, tasks by title.
"""

from __future__ import annotations

import datetime as dt

from plans.models import Document, DocumentType, Plan, PlanKind, ReformField, Task
from units.models import Unit

T = DocumentType


def _d(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


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
]

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

TINH_CHAU_DOCUMENTS = [
    (
        T.NOTICE,
        91,
        "TB-UBND",
        "25/11/2022",
        "về việc công khai quy định mức thu lệ phí hộ tịch áp dụng tại UBND xã",
        False,
        False,
    ),
    (
        T.DECISION,
        998,
        "QĐ-UBND",
        "05/12/2022",
        "về việc ban hành Quy chế tổ chức và hoạt động của Bộ phận Tiếp nhận và trả kết quả giải quyết TTHC theo cơ chế một cửa, một cửa liên thông tại UBND xã Tịnh Châu",
        False,
        False,
    ),
    (
        T.DECISION,
        1024,
        "QĐ-UBND",
        "23/12/2022",
        "về việc phân công Phó Chủ tịch UBND xã kiêm nhiệm công tác chuyển đổi số và an toàn thông tin mạng",
        False,
        False,
    ),
    (T.PLAN, 117, "KH-UBND", "31/12/2022", "về cải cách hành chính năm 2023", False, True),
    (
        T.PLAN,
        1,
        "KH-UBND",
        "05/01/2023",
        "về việc triển khai thực hiện mô hình “Tuyên truyền, hướng dẫn tổ chức, cá nhân nộp hồ sơ thủ tục hành chính trực tuyến” trên địa bàn xã Tịnh Châu",
        False,
        False,
    ),
    (T.DECISION, 2, "QĐ-UBND", "12/01/2023", "về việc dự toán ngân sách nhà nước năm 2023", False, False),
    (
        T.DECISION,
        3,
        "QĐ-UBND",
        "13/01/2023",
        "về việc ban hành quy định chi tiêu nội bộ, quản lý và sử dụng tài sản công của UBND xã Tịnh Châu",
        False,
        False,
    ),
    (
        T.DECISION,
        4,
        "QĐ-UBND",
        "15/01/2023",
        "về việc công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND xã hết hiệu lực toàn bộ, hết hiệu lực một phần, ngưng hiệu lực trong năm 2022",
        False,
        False,
    ),
    (
        T.PLAN,
        8,
        "KH-UBND",
        "30/01/2023",
        "về việc đào tạo, bồi dưỡng cán bộ, công chức, người hoạt động không chuyên trách năm 2023",
        False,
        False,
    ),
    (
        T.PLAN,
        12,
        "KH-UBND",
        "30/01/2023",
        "về việc tuyên truyền sử dụng dịch vụ công trực tuyến trên địa bàn xã",
        False,
        True,
    ),
    (
        T.PLAN,
        14,
        "KH-UBND",
        "30/01/2023",
        "triển khai thực hiện công tác truyền thông về chuyển đổi số trên địa bàn xã Tịnh Châu",
        False,
        False,
    ),
    (
        T.PLAN,
        20,
        "KH-UBND",
        "30/01/2023",
        "về việc thực hiện số hóa kết quả giải quyết thủ tục hành chính trong năm 2023",
        False,
        False,
    ),
    (T.PLAN, 21, "KH-UBND", "30/01/2023", "về việc triển khai thực hiện thanh toán trực tuyến năm 2023", False, False),
    (
        T.DECISION,
        10,
        "QĐ-UBND",
        "14/02/2023",
        "về việc bổ sung kinh phí thực hiện mua sắm máy móc, thiết bị phục vụ công tác UBND xã từ nguồn tiết kiệm chi thường xuyên năm 2023",
        False,
        False,
    ),
    (
        T.DECISION,
        12,
        "QĐ-UBND",
        "23/02/2023",
        "về việc ban hành kế hoạch hoạt động kiểm soát TTHC năm 2023",
        False,
        True,
    ),
    (
        T.NOTICE,
        11,
        "TB-UBND",
        "23/02/2023",
        "về việc công khai quy định mức thu phí chứng thực áp dụng tại UBND xã Tịnh Châu",
        False,
        False,
    ),
    (T.PLAN, 26, "KH-UBND", "24/02/2023", "về việc rà soát, đánh giá TTHC năm 2023", False, True),
    (T.PLAN, 28, "KH-UBND", "24/02/2023", "về việc tuyên truyền, phổ biến, giáo dục pháp luật năm 2023", False, False),
    (
        T.NOTICE,
        14,
        "TB-UBND",
        "24/02/2023",
        "về việc công khai quy định mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch áp dụng tại UBND xã Tịnh Châu",
        False,
        False,
    ),
    (
        T.PLAN,
        30,
        "KH-UBND",
        "28/02/2023",
        "về việc theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm 2023",
        False,
        False,
    ),
    (
        T.DECISION,
        13,
        "QĐ-UBND",
        "03/03/2023",
        "về việc bổ sung dự toán chi thường xuyên ngân sách xã năm 2023",
        False,
        False,
    ),
    (T.PLAN, 32, "KH-UBND", "06/03/2023", "về kiểm tra nội bộ công tác kiểm soát TTHC năm 2023", False, True),
    (T.PLAN, 38, "KH-UBND", "14/03/2023", "về Chuyển đổi số xã Tịnh Châu năm 2023", False, False),
    (T.PLAN, 37, "KH-UBND", "15/03/2023", "về truyền thông công tác kiểm soát TTHC năm 2023", False, True),
    (
        T.PLAN,
        40,
        "KH-UBND",
        "15/03/2023",
        "về việc tự kiểm tra nội bộ kỷ luật, kỷ cương hành chính tại UBND xã",
        False,
        False,
    ),
    (T.PLAN, 46, "KH-UBND", "31/03/2023", "về việc tuyên truyền cải cách hành chính năm 2023", False, True),
    (
        T.DECISION,
        75,
        "QĐ-UBND",
        "01/06/2023",
        "về việc kiện toàn thành viên làm việc tại Bộ phận tiếp nhận và trả kết quả xã",
        False,
        False,
    ),
    (
        T.NOTICE,
        43,
        "TB-UBND",
        "09/06/2023",
        "về việc công khai thông tin của cán bộ, công chức làm việc tại Bộ phận một cửa",
        False,
        False,
    ),
    (
        T.NOTICE,
        45,
        "TB-UBND",
        "26/06/2023",
        "về việc kiểm tra công tác CCHC và kỷ luật kỷ cương hành chính tại cơ quan",
        False,
        False,
    ),
    (
        T.DECISION,
        1,
        "QĐ-UBND",
        "01/07/2023",
        "về việc ban hành Quy chế thực hiện dân chủ trên địa bàn xã Tịnh Châu",
        True,
        False,
    ),
    (T.REPORT, 166, "BC-UBND", "04/08/2023", "về kết quả rà soát, đánh giá thủ tục hành chính năm 2023", False, False),
    (
        T.DECISION,
        100,
        "QĐ-UBND",
        "05/09/2023",
        "về việc kiện toàn Tổ công nghệ số cộng đồng xã Tịnh Châu",
        False,
        False,
    ),
    (T.REPORT, 219, "BC-UBND", "07/11/2023", "về kết quả công tác đào tạo, bồi dưỡng năm 2023", False, False),
    (
        T.REPORT,
        117,
        "BC-UBND",
        "09/11/2023",
        "về công tác kiểm tra, xử lý văn bản quy phạm pháp luật năm 2023",
        False,
        False,
    ),
    (
        T.NOTICE,
        76,
        "TB-UBND",
        "06/12/2023",
        "về việc phân công nhiệm vụ công tác chuyển đổi số và an toàn thông tin mạng tại UBND xã",
        False,
        False,
    ),
]

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


def _documents(unit: Unit, rows) -> dict[tuple, Document]:
    out = {}
    for doc_type, number, symbol, issued, subject, normative, directs in rows:
        issued_on = _d(issued)
        series = Document.series_for(doc_type, normative)
        document = Document.objects.filter(unit=unit, series=series, year=issued_on.year, number=number).first()
        document = document or Document(unit=unit, number=number)
        document.doc_type, document.symbol, document.issued_on, document.subject = doc_type, symbol, issued_on, subject
        document.is_normative, document.is_reform_directive = normative, directs
        document.save()
        out[(number, "normative" if normative else doc_type, issued_on.year)] = document
    return out


def _plan(unit: Unit, year: int, kind: str, tasks: dict, documents: dict, decision=None) -> Plan:
    plan, _created = Plan.objects.get_or_create(unit=unit, year=year, kind=kind)
    if decision is not None and plan.decision_id != decision.pk:
        plan.decision = decision
        plan.save()
    fields = {f.code: f for f in ReformField.objects.all()}
    order = 0
    for code, rows in tasks.items():
        for title, owner, deadline, completed, evidence in rows:
            order += 1
            completed_on = _d(completed) if completed else None
            proof = None
            if evidence is not None:
                number, kind_ = evidence
                year_ = completed_on.year if completed_on else year
                proof = documents.get((number, kind_, year_)) or documents.get((number, kind_, year_ - 1))
            Task.objects.update_or_create(
                plan=plan,
                title=title,
                defaults={
                    "field": fields[code],
                    "owner": owner,
                    "deadline": _d(deadline) if deadline else None,
                    "completed_on": completed_on,
                    "evidence": proof,
                    "order": order,
                },
            )
    return plan


def seed(stdout=None):
    units = {u.code: u for u in Unit.objects.filter(code__in=["20986", "21178"])}
    if len(units) < 2:
        return
    bp, tc = units["20986"], units["21178"]
    bp_docs = _documents(bp, BINH_PHUOC_DOCUMENTS)
    _plan(bp, 2023, PlanKind.OWN, BINH_PHUOC_TASKS, bp_docs, decision=bp_docs[(690, T.DECISION, 2022)])
    tc_docs = _documents(tc, TINH_CHAU_DOCUMENTS)
    _plan(tc, 2023, PlanKind.OWN, TINH_CHAU_TASKS, tc_docs, decision=tc_docs[(117, T.PLAN, 2022)])
    _plan(tc, 2023, PlanKind.ASSIGNED, TINH_CHAU_ASSIGNED, tc_docs)
    if stdout is not None:
        stdout.write(
            f"Plans: {Task.objects.filter(plan__unit__in=[bp, tc]).count()} tasks, "
            f"{Document.objects.filter(unit__in=[bp, tc]).count()} registered documents."
        )
