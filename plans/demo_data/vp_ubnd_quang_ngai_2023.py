"""The register entries cited by Văn phòng UBND tỉnh Quảng Ngãi's programme report, 6 tháng đầu năm 2023 (seed 002).

The office's own documents, then those of the units above and beside it (UBND tỉnh, Sở Nội vụ). Rule
31/QĐ-VP is dated "31/4/2019" in the seed, a day April does not have: it cannot be entered, and the text
names it as the seed's (tests/desk/seed_fixtures.py, SEED_002_LEFT_OUT). The Party's documents (306-QĐ/TU,
1457-CV/TU) and the Government's decree (04/2015/NĐ-CP) stay in the text: the demo has no unit issuing them.
"""

from __future__ import annotations

from plans.models import DocumentType

T = DocumentType

# (type, number, symbol, issued, subject, normative, directs CCHC)
VP_UBND_DOCUMENTS = [
    (T.PLAN, 810, "KH-VP", "17/05/2022", "thực hiện Chương trình xây dựng chính quyền kiến tạo của tỉnh", False, True),
    (T.PLAN, 2152, "KH-VP", "29/12/2021", "về cải cách hành chính giai đoạn 2021 - 2025", False, True),
    (T.PLAN, 2374, "KH-VP", "29/12/2022", "về cải cách hành chính năm 2023", False, True),
    (T.PLAN, 254, "KH-VP", "24/02/2023", "kiểm soát TTHC, một cửa, một cửa liên thông tại Văn phòng năm 2023", False, True),
    (T.PLAN, 71, "KH-VP", "13/01/2023", "về phòng, chống tham nhũng, tiêu cực năm 2023", False, False),
    (T.PLAN, 116, "KH-VP", "02/02/2023", "theo dõi thi hành pháp luật năm 2023", False, False),
    (T.PLAN, 82, "KH-VP", "16/01/2023", "rà soát, hệ thống hóa văn bản QPPL năm 2023", False, True),
    (T.PLAN, 223, "KH-VP", "21/02/2023", "về tiết kiệm, chống lãng phí năm 2023", False, False),
    (T.PLAN, 476, "KH-VP", "30/03/2023", "chuyển đổi vị trí công tác năm 2023", False, False),
    (T.PLAN, 522, "KH-VP", "05/04/2023", "biên chế, số người làm việc và hợp đồng lao động năm 2024", False, False),
    (T.PLAN, 414, "KH-VP", "22/03/2023", "đào tạo, bồi dưỡng công chức, viên chức năm 2023", False, False),
    (T.PLAN, 2156, "KH-VP", "30/12/2021", "nâng cao hiệu quả công tác dân vận", False, False),
    (T.PLAN, 236, "KH-VP", "22/02/2023", "dân chủ ở cơ sở và dân vận chính quyền năm 2023", False, False),
    (T.DECISION, 6, "QĐ-VP", "13/01/2023", "ban hành Chương trình công tác năm 2023", False, False),
    (T.DECISION, 17, "QĐ-VP", "28/02/2023", "chức năng, nhiệm vụ, quyền hạn của các phòng, ban, đơn vị", False, False),
    (T.DECISION, 18, "QĐ-VP", "28/02/2023", "ban hành Quy chế làm việc của Văn phòng", False, False),
    (T.DECISION, 13, "QĐ-VP", "23/03/2023", "thành lập Đoàn kiểm tra đột xuất việc giải quyết TTHC", False, True),
    (T.DECISION, 26, "QĐ-VP", "31/03/2023", "chức năng, nhiệm vụ và tổ chức của Trung tâm Công báo và Tin học", False, False),
    (T.DECISION, 36, "QĐ-VP", "04/05/2023", "phân công nhiệm vụ lãnh đạo Văn phòng", False, False),
    (T.DECISION, 153, "QĐ-VP", "28/12/2022", "công khai dự toán ngân sách năm 2023 của Văn phòng", False, False),
    (T.DECISION, 10, "QĐ-VP", "08/02/2023", "cử công chức, viên chức đi đào tạo, bồi dưỡng", False, False),
    (T.DECISION, 81, "QĐ-VP", "06/09/2016", "trách nhiệm của người đứng đầu và cấp phó các đơn vị thuộc Văn phòng", False, False),
    (T.SUBMISSION, 6, "TTr-VP", "07/04/2023", "đề nghị phê duyệt Đề án tinh giản biên chế năm 2023", False, False),
    (T.LETTER, 286, "VP-HCQT", "28/02/2023", "báo cáo quản lý, sử dụng tài sản công", False, False),
    (T.LETTER, 239, "VP-HCQT", "23/02/2023", "báo cáo tự chủ của đơn vị sự nghiệp công lập", False, False),
    (T.LETTER, 337, "VP-HCQT", "09/03/2023", "về đào tạo, bồi dưỡng công chức, viên chức", False, False),
    (T.NOTICE, 227, "TB-VP", "21/02/2023", "nghỉ hưu của công chức lãnh đạo, quản lý", False, False),
]  # fmt: skip

# Of UBND tỉnh and Sở Nội vụ (issuer's name in units/demo.py, then as VP_UBND_DOCUMENTS). 1100/QĐ-UBND and
# 48/2021/QĐ-UBND are in UBND tỉnh's register already (seeds 000 and 001 cite them too).
VP_UBND_CITED_FROM_ABOVE = [
    ("Tỉnh Quảng Ngãi", T.DECISION, 124, "QĐ-UBND", "30/01/2023", "Kế hoạch hoạt động kiểm soát TTHC năm 2023", False, True),
    ("Tỉnh Quảng Ngãi", T.PLAN, 11, "KH-UBND", "30/01/2023", "rà soát, đánh giá TTHC năm 2023", False, True),
    ("Tỉnh Quảng Ngãi", T.PLAN, 23, "KH-UBND", "13/02/2023", "kiểm tra việc kiểm soát TTHC năm 2023", False, True),
    ("Tỉnh Quảng Ngãi", T.PLAN, 25, "KH-UBND", "15/02/2023", "truyền thông về kiểm soát TTHC năm 2023", False, True),
    ("Tỉnh Quảng Ngãi", T.DECISION, 1499, "QĐ-UBND", "26/12/2022", "phê duyệt Đề án vị trí việc làm của Văn phòng", False, False),
    ("Sở Nội vụ tỉnh Quảng Ngãi", T.LETTER, 626, "SNV-XDCQ", "25/04/2022", "về báo cáo thực hiện Chương trình xây dựng chính quyền kiến tạo", False, False),
]  # fmt: skip
