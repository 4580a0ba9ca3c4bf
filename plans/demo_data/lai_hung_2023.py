"""Xã Lai Hưng's register entries cited by its report for 6 tháng đầu năm 2023 (seed 003, 46/BC-UBND).

The seed numbers two different plans of 2023 "31/KH-UBND" (the CCHC plan of 30/01/2023 and the state
compensation plan of 03/4/2023); a register holds one number once a year, so the CCHC plan is entered and
the other stays cited in the text only (tests/desk/seed_fixtures.py names it). The two "13/KH-UBND" are of
different years (21/01/2022, 10/02/2023) and both are entered.
"""

from __future__ import annotations

from plans.models import DocumentType

T = DocumentType

# (type, number, symbol, issued, subject, normative, directs CCHC)
LAI_HUNG_DOCUMENTS = [
    (T.PLAN, 31, "KH-UBND", "30/01/2023", "về cải cách hành chính nhà nước xã Lai Hưng năm 2023", False, True),
    (T.PLAN, 9, "KH-UBND", "10/02/2023", "về truyền thông hoạt động cải cách, kiểm soát thủ tục hành chính, một cửa gắn với chuyển đổi số năm 2023", False, True),
    (T.PLAN, 10, "KH-UBND", "10/02/2023", "về kiểm tra cải cách hành chính năm 2023", False, True),
    (T.PLAN, 2, "KH-UBND", "03/01/2023", "về phát động phong trào thi đua năm 2023", False, False),
    (T.DECISION, 28, "QĐ-UBND", "04/01/2023", "về ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2023", False, True),
    (T.DECISION, 29, "QĐ-UBND", "04/01/2023", "về phê duyệt Kế hoạch truyền thông về cải cách, kiểm soát thủ tục hành chính năm 2023", False, True),
    (T.PLAN, 8, "KH-UBND", "10/02/2023", "về mô hình “Chính quyền thân thiện” và “Công sở thân thiện” năm 2023", False, False),
    (T.PLAN, 11, "KH-UBND", "10/02/2023", "về công tác dân vận chính quyền và hai mô hình thân thiện năm 2023", False, False),
    (T.DECISION, 407, "QĐ-UBND", "31/12/2021", "về quy chế thi đua, khen thưởng của xã", False, False),
    (T.PLAN, 13, "KH-UBND", "21/01/2022", "về phát động thi đua thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh", False, False),
    (T.DECISION, 518, "QĐ-UBND", "30/12/2022", "về đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ", False, False),
    (T.PLAN, 21, "KH-UBND", "28/02/2022", "về theo dõi thi hành Luật Hòa giải ở cơ sở", False, False),
    (T.PLAN, 20, "KH-UBND", "04/03/2023", "về hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023", False, True),
    (T.PLAN, 33, "KH-UBND", "03/04/2023", "về “Ngày pháp luật” năm 2023", False, False),
    (T.DECISION, 216, "QĐ-UBND", "10/06/2019", "về danh sách cán bộ, công chức đầu mối kiểm soát thủ tục hành chính", False, True),
    (T.DECISION, 27, "QĐ-UBND", "04/01/2023", "về Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2023", False, True),
    (T.DECISION, 433, "QĐ-UBND", "17/11/2021", "về Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021 – 2026", False, False),
    (T.PLAN, 13, "KH-UBND", "10/02/2023", "về bố trí, sử dụng định biên, định suất và đào tạo, bồi dưỡng cán bộ, công chức năm 2023", False, True),
    (T.DECISION, 423, "QĐ-UBND", "14/11/2022", "về điều chỉnh phân công nhiệm vụ lãnh đạo Ủy ban nhân dân xã", False, False),
    (T.PLAN, 1, "KH-UBND", "03/01/2023", "về đào tạo, bồi dưỡng cán bộ, công chức, người hoạt động không chuyên trách năm 2023", False, True),
    (T.DECISION, 32, "QĐ-UBND", "04/01/2023", "về Quy chế khoán chi nội bộ năm 2023", False, False),
    (T.PLAN, 22, "KH-UBND", "04/03/2023", "về ứng dụng, phát triển công nghệ thông tin năm 2023", False, True),
    (T.PLAN, 29, "KH-UBND", "29/03/2023", "về hệ thống quản lý chất lượng TCVN ISO 9001:2015 năm 2023", False, True),
]  # fmt: skip

# Of the district and the province above it (issuer's name in units/demo.py, then as LAI_HUNG_DOCUMENTS). The
# province's People's Council's resolution (21/2019/NQ-HĐND), the Party committee's 01-ĐA/ĐU and the nation's
# documents stay in the text: the demo has no unit issuing them (tests/desk/seed_fixtures.py).
LAI_HUNG_CITED_FROM_ABOVE = [
    ("Huyện Bàu Bàng", T.PLAN, 6, "KH-UBND", "30/01/2023", "về cải cách hành chính nhà nước huyện Bàu Bàng năm 2023", False, True),
    ("Huyện Bàu Bàng", T.PLAN, 41, "KH-UBND", "20/03/2023", "về hệ thống quản lý chất lượng TCVN ISO 9001:2015 năm 2023", False, True),
    ("Huyện Bàu Bàng", T.DECISION, 389, "QĐ-UBND", "29/01/2021", "về công nhận sáng kiến cấp cơ sở năm 2020", False, False),
    ("Huyện Bàu Bàng", T.DECISION, 284, "QĐ-UBND", "14/02/2022", "về công nhận sáng kiến cấp cơ sở năm 2021", False, False),
    ("Huyện Bàu Bàng", T.DECISION, 161, "QĐ-UBND", "06/02/2023", "về công nhận sáng kiến cấp cơ sở", False, False),
    ("Huyện Bàu Bàng", T.DECISION, 2647, "QĐ-UBND", "18/12/2019", "về phê duyệt đề án Bộ phận tiếp nhận và trả kết quả của xã Lai Hưng", False, True),
    ("Huyện Bàu Bàng", T.DECISION, 4900, "QĐ-UBND", "30/12/2022", "về thành viên Bộ phận tiếp nhận và trả kết quả của xã Lai Hưng", False, False),
    ("Tỉnh Bình Dương", T.DECISION, 24, "QĐ-UBND", "19/08/2016", "quy định chế độ chi cho hoạt động kiểm soát thủ tục hành chính", True, False),
    ("Tỉnh Bình Dương", T.DECISION, 388, "QĐ-UBND", "25/12/2019", "về giao số lượng cán bộ, công chức cấp xã", False, False),
    ("Tỉnh Bình Dương", T.DECISION, 2647, "QĐ-UBND", "10/09/2020", "quy định ngành đào tạo phù hợp với từng chức danh công chức cấp xã", False, False),
    ("Tỉnh Bình Dương", T.DECISION, 818, "QĐ-UBND", "08/04/2019", "về tiêu chuẩn cán bộ, công chức làm việc tại Bộ phận tiếp nhận và trả kết quả", False, False),
    ("Tỉnh Bình Dương", T.DECISION, 26, "QĐ-UBND", "25/07/2014", "về hỗ trợ cán bộ, công chức làm việc tại Bộ phận tiếp nhận hồ sơ và trả kết quả", True, False),
    ("Tỉnh Bình Dương", T.LETTER, 149, "UBND-HCC", "14/01/2021", "về tiếp tục hỗ trợ đồng phục cho cán bộ, công chức, viên chức làm việc tại Bộ phận một cửa", False, False),
]  # fmt: skip
