"""Văn phòng UBND tỉnh Quảng Ngãi's programme report for 6 tháng đầu năm 2023 (seed 002), retold for the demo.

Keyed by position in ``reports.demo.SEED_002_OUTLINE``; the seed's items a), b) … are bold lines. The facts
are the seed's (document numbers, dates, figures); the sentences are the demo's own
(tests/desk/test_demo_originality.py). The petitions received (152; 09, 93, 50 by channel), the online
payments of the provincial service centre (8.500 transactions, "hơn 12 tỷ đồng"), its ratings ("hơn 14.390
lượt", "trên 99,8 %", stated figures: the seed gives no split by level), the procedures announced (20
decisions: 29 new, 84 amended, 33 abolished), the citizen-reception board's sessions ("hơn 35 lượt (48
người)", 02 crowd delegations), its letters ("hơn 81 đơn"; 09 signed by several people, 62 admissible; 19,
07, 55 by kind) and the people sent on courses (01 viên chức; 01 công chức and 01 viên chức; 02 công chức)
are in the value store and print as live figures. Where the seed's figure is approximate the store holds
the number and the text keeps the seed's "hơn" or "trên" ("hơn 81 đơn": 81 stored).
Where the seed disagrees with itself the text says so and keeps its figures.
"""

from decimal import Decimal

INTRO = (
    "Căn cứ Quyết định số 1100/QĐ-UBND ngày 12/11/2021 của UBND tỉnh ban hành “Chương trình xây dựng chính quyền "
    "kiến tạo, phát triển, liêm chính, hành động, phục vụ Nhân dân” (*Chương trình*) và Công văn số 626/SNV-XDCQ "
    "ngày 25/4/2022 của Sở Nội vụ đề nghị báo cáo việc thực hiện Chương trình, Văn phòng UBND tỉnh (*Văn phòng*) "
    "tự đánh giá việc thực hiện Chương trình trong phạm vi nhiệm vụ của mình, sáu tháng đầu năm 2023:"
)

SECTIONS = {
    1: "",
    # I.1 Chỉ đạo, điều hành
    2: """**a) Tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh**
Các văn bản về kiểm soát thủ tục hành chính (TTHC) năm 2023 đã được Văn phòng trình Chủ tịch UBND tỉnh ký đúng lúc, chú trọng cải cách TTHC: Quyết định số 124/QĐ-UBND ngày 30/01/2023 (kế hoạch kiểm soát TTHC của tỉnh), Kế hoạch số 11/KH-UBND ngày 30/01/2023 (rà soát, đánh giá TTHC), Kế hoạch số 23/KH-UBND ngày 13/02/2023 (kiểm tra việc kiểm soát TTHC) và Kế hoạch số 25/KH-UBND ngày 15/02/2023 (truyền thông về kiểm soát TTHC). Văn phòng còn tổng hợp, trình nhiều văn bản đôn đốc các sở, ban ngành và UBND cấp huyện làm nhiệm vụ CCHC, cải cách TTHC.
**b) Chỉ đạo, điều hành trong Văn phòng**
Để cụ thể hóa Chương trình theo Quyết định số 1100/QĐ-UBND nói trên, Văn phòng có kế hoạch riêng (*Kế hoạch số 810/KH-VP ngày 17/5/2022*) và ban hành các văn bản sau:
- Kế hoạch: CCHC giai đoạn 2021 - 2025 (*số 2152/KH-VP ngày 29/12/2021*); CCHC năm 2023 (*số 2374/KH-VP ngày 29/12/2022*); kiểm soát TTHC và một cửa, một cửa liên thông tại Văn phòng năm 2023 (*số 254/KH-VP ngày 24/02/2023*); phòng, chống tham nhũng, tiêu cực năm 2023 (*số 71/KH-VP ngày 13/01/2023*); theo dõi thi hành pháp luật năm 2023 (*số 116/KH-VP ngày 02/02/2023*); rà soát, hệ thống hóa QPPL của năm (*số 82/KH-VP ngày 16/01/2023*); tiết kiệm, chống lãng phí năm 2023 (*số 223/KH-VP ngày 21/02/2023*); chuyển đổi vị trí công tác (*số 476/KH-VP ngày 30/3/2023*); biên chế, số người làm việc và hợp đồng lao động năm 2024 (*số 522/KH-VP ngày 05/4/2023*).
- Quyết định: chương trình công tác năm 2023 (*số 06/QĐ-VP ngày 13/01/2023*); chức năng, nhiệm vụ của các phòng, ban, đơn vị (*số 17/QĐ-VP ngày 28/02/2023*); quy chế làm việc của Văn phòng (*số 18/QĐ-VP ngày 28/02/2023*); đoàn kiểm tra đột xuất việc tiếp nhận, giải quyết TTHC trong tỉnh (*số 13/QĐ-VP ngày 23/3/2023*); bộ máy, nhiệm vụ của Trung tâm Công báo và Tin học (*số 26/QĐ-VP ngày 31/3/2023*); phân công lãnh đạo Văn phòng (*số 36/QĐ-VP ngày 04/5/2023*).""",
    # I.2 Nhiệm vụ được giao, a) to e)
    3: """**a) Cải cách hành chính, nâng thứ hạng của tỉnh ở các chỉ số PAR INDEX, PAPI, PCI**
- Bốn kế hoạch của tỉnh về kiểm soát TTHC, rà soát TTHC, truyền thông và kiểm tra đã được trình ký (xem điểm a khoản 1).
- Công bố, công khai TTHC: cùng các sở, Văn phòng trình Chủ tịch UBND tỉnh [[figure:procedures.announcements]] quyết định công bố TTHC (danh mục kèm quy trình nội bộ) thuộc các sở, ban ngành trong sáu tháng, gồm [[figure:procedures.announced.new]] TTHC mới, [[figure:procedures.announced.amended]] TTHC sửa đổi, bổ sung và [[figure:procedures.announced.abolished]] TTHC bãi bỏ.
- Các kết quả CCHC khác của sáu tháng, Văn phòng báo cáo Sở Nội vụ theo chế độ riêng.
**b) Tinh giản biên chế, cơ cấu lại đội ngũ theo vị trí việc làm**
Đề án vị trí việc làm của Văn phòng đã được UBND tỉnh duyệt (*Quyết định số 1499/QĐ-UBND ngày 26/12/2022*); tổ chức, bộ máy và nhân sự đã được xếp lại theo chức năng mới và đề án đó. Đề án tinh giản biên chế năm 2023 đang chờ UBND tỉnh duyệt (*Tờ trình số 06/TTr-VP ngày 07/4/2023*).
**c) Chất lượng đội ngũ; cơ quan trong sạch, vững mạnh**
Cử đi học: lớp cao cấp lý luận chính trị, [[figure:staff.training.senior_politics.public_employees]] viên chức; lớp bồi dưỡng lãnh đạo, quản lý cấp phòng, [[figure:staff.training.division_leaders.civil_servants]] công chức cùng [[figure:staff.training.division_leaders.public_employees]] viên chức; lớp ngạch chuyên viên chính, [[figure:staff.training.principal_specialist.civil_servants]] công chức. Người đứng đầu chịu trách nhiệm về tinh thần phục vụ Nhân dân của cả cơ quan, trên tinh thần Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của UBND tỉnh về chấn chỉnh kỷ luật, kỷ cương hành chính.
**d) Phòng, chống tham nhũng, tiêu cực, lãng phí, quan liêu, lợi ích nhóm; bảo vệ cán bộ dám nghĩ, dám làm**
- Trình Chủ tịch UBND tỉnh Kế hoạch số 23/KH-UBND ngày 13/02/2023 kiểm tra việc kiểm soát TTHC; Văn phòng tự ban hành các Kế hoạch số 71/KH-VP, 223/KH-VP, 116/KH-VP nói trên và lập đoàn kiểm tra đột xuất (*Quyết định số 13/QĐ-VP ngày 23/3/2023*).
- Soát lại văn bản QPPL Văn phòng đã tham mưu: chưa thấy kẽ hở nào có thể bị lợi dụng để tham nhũng.
- Công khai tài chính: dự toán năm 2023 (*Quyết định số 153/QĐ-VP ngày 28/12/2022*), báo cáo tài sản công (*Công văn số 286/VP-HCQT ngày 28/02/2023*), báo cáo tự chủ của đơn vị sự nghiệp trực thuộc (*Công văn số 239/VP-HCQT ngày 23/02/2023*). Công khai về cán bộ: đào tạo, bồi dưỡng (*Kế hoạch số 414/KH-VP ngày 22/3/2023, Quyết định số 10/QĐ-VP ngày 08/02/2023, Công văn số 337/VP-HCQT ngày 09/3/2023*), chuyển đổi vị trí (*Kế hoạch số 476/KH-VP*), nghỉ hưu của công chức lãnh đạo (*Thông báo số 227/TB-VP ngày 21/02/2023*), nâng lương.
**đ) Văn hóa công sở, đạo đức công vụ**
- Người đứng đầu nêu gương về phòng, chống tham nhũng và chịu trách nhiệm theo Quyết định số 306-QĐ/TU ngày 25/5/2016 của Ban Thường vụ Tỉnh ủy và Quyết định số 81/QĐ-VP ngày 06/9/2016 của Văn phòng (trách nhiệm của người đứng đầu và cấp phó).
- Văn hóa công sở (quy chế) và văn hóa công vụ (đề án), những việc không được làm và Quy tắc ứng xử (Quyết định số 31/QĐ-VP của Chánh Văn phòng, được ghi ngày 31/4/2019 — tháng Tư không có ngày 31; ngày đúng cần đối chiếu sổ văn bản) được thực hiện nghiêm; trong kỳ không có vi phạm.
**e) Dân vận, dân chủ ở cơ sở**
- Văn phòng thực hiện Kế hoạch số 2156/KH-VP ngày 30/12/2021 (nâng hiệu quả dân vận) và Kế hoạch số 236/KH-VP ngày 22/02/2023 (dân chủ cơ sở, dân vận chính quyền năm 2023); cùng Công đoàn cơ sở giúp Đảng ủy Văn phòng làm theo Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ và Công văn số 1457-CV/TU ngày 06/02/2023 của Ban Thường vụ Tỉnh ủy.
- Phản ánh, kiến nghị về TTHC tiếp nhận trong kỳ: [[figure:feedback.received]] ([[figure:feedback.channel.letters]] qua đơn thư, [[figure:feedback.channel.portal]] trên Hệ thống phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia, [[figure:feedback.channel.hotline_office]] qua đường dây nóng và tại trụ sở); tất cả đã chuyển ngay đến nơi có thẩm quyền xử lý.
- Trung tâm Phục vụ - Kiểm soát TTHC của tỉnh: [[figure:dossiers.payments.online_count]] giao dịch thanh toán trực tuyến, tổng số tiền hơn [[figure:dossiers.payments.online_amount]] đồng, đưa Quảng Ngãi vào nhóm địa phương dẫn đầu cả nước về thanh toán trực tuyến; hơn [[figure:satisfaction.total]] lượt đánh giá, tỷ lệ hài lòng và rất hài lòng luôn trên [[figure:satisfaction.rate.satisfied]].
- Tiếp công dân: Ban Tiếp công dân tỉnh tiếp thường xuyên hơn [[figure:reception.sessions]] lượt ([[figure:reception.people]] người) và [[figure:reception.delegations]] đoàn đông người, tham mưu lãnh đạo UBND tỉnh xử lý kịp thời.
- Đơn thư: tiếp nhận hơn [[figure:letters.received]] đơn ([[figure:letters.multi_signed]] đơn nhiều người đứng tên), [[figure:letters.admissible]] đơn đủ điều kiện xử lý; theo loại: [[figure:letters.complaints]] khiếu nại, [[figure:letters.denunciations]] tố cáo, [[figure:letters.petitions]] phản ánh, kiến nghị. (Ba loại cộng lại là [[figure:letters.received]], bằng số đơn tiếp nhận, không phải [[figure:letters.admissible]]; số liệu giữ như bản báo cáo gốc.)""",
    # II Phương hướng 6 tháng cuối năm
    4: """1. Làm đúng tiến độ, có chất lượng các nhiệm vụ của Kế hoạch CCHC giai đoạn 2021-2025, Kế hoạch CCHC năm 2023 của tỉnh và của Văn phòng; giúp UBND tỉnh, Chủ tịch UBND tỉnh đẩy mạnh cải cách TTHC, kiểm soát TTHC, một cửa, một cửa liên thông, giảm chế độ báo cáo; kiểm tra việc thi hành pháp luật trong các lĩnh vực Văn phòng quản lý và kiểm tra đột xuất việc giải quyết TTHC.
2. Tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh về quy định hành chính hiệu quả hơn; phục vụ lãnh đạo tỉnh tiếp dân, đối thoại.
3. Xếp người theo Đề án vị trí việc làm, chuyển đổi vị trí công tác năm 2023 như kế hoạch, bồi dưỡng lý luận chính trị, chuyên môn và đạo đức công vụ.
4. Siết kỷ luật, kỷ cương theo Quyết định số 48/2021/QĐ-UBND; người đứng đầu nêu gương về phòng, chống tham nhũng.
5. Gắn nhiệm vụ của Văn phòng với Quy chế dân chủ ở cơ sở và với Quyết định số 306-QĐ/TU.
6. Gắn dân vận chính quyền với CCHC để người dân, tổ chức hài lòng hơn và dễ tiếp cận TTHC hơn.""",
}

CLOSING = "Văn phòng UBND tỉnh gửi Sở Nội vụ tổng hợp./."

RECIPIENTS = """Sở Nội vụ (để tổng hợp);
Chánh Văn phòng, các Phó Chánh Văn phòng UBND tỉnh;
Các phòng, ban, đơn vị thuộc Văn phòng; CBTH;
Lưu: VT, HCQT(b)."""

# What the value store holds for the unit and period (indicators.demo stores them).
FIGURES = {
    "feedback.received": 152,
    # By channel: 09 by letter, 93 on the national portal, 50 by hotline or at the office (9 + 93 + 50 = 152).
    "feedback.channel.letters": 9,
    "feedback.channel.portal": 93,
    "feedback.channel.hotline_office": 50,
    "dossiers.payments.online_count": 8500,
    "procedures.announcements": 20,
    "procedures.announced.new": 29,
    "procedures.announced.amended": 84,
    "procedures.announced.abolished": 33,
    # "hơn 81 đơn": the store holds 81, the text keeps the seed's "hơn".
    "letters.received": 81,
    "letters.multi_signed": 9,
    "letters.admissible": 62,
    "letters.complaints": 19,
    "letters.denunciations": 7,
    "letters.petitions": 55,
    # "hơn 12 tỷ đồng", "hơn 14.390 lượt", "trên 99,8 %", "hơn 35 lượt (48 người)": the store holds 12 billion,
    # 14.390, 99,8 and 35, the text keeps the seed's "hơn" and "trên". The seed gives its ratings only as a
    # total and a share, so both are the stated figures of satisfaction.total and satisfaction.rate.satisfied.
    "dossiers.payments.online_amount": 12_000_000_000,
    "satisfaction.stated_total": 14390,
    "satisfaction.rate.satisfied_stated": Decimal("99.8"),
    "reception.sessions": 35,
    "reception.people": 48,
    "reception.delegations": 2,
    # The courses of item c), by category: 01 viên chức; 01 công chức and 01 viên chức; 02 công chức.
    "staff.training.senior_politics.public_employees": 1,
    "staff.training.division_leaders.civil_servants": 1,
    "staff.training.division_leaders.public_employees": 1,
    "staff.training.principal_specialist.civil_servants": 2,
}

ADDRESSEE = ""  # the seed names Sở Nội vụ in its closing line, not in a "Kính gửi" line
