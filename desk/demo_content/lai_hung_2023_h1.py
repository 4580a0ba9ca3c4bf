"""Xã Lai Hưng's report to its People's Council for 6 tháng đầu năm 2023 (seed 003), retold for the demo.

Keyed by position in ``reports.demo.SEED_003_OUTLINE`` (I–XII). The facts are the seed's; the sentences
are the demo's own (tests/desk/test_demo_originality.py). The dossiers (1.748, all on time), the
procedures published (137), the staff counts and section V.2's quality table (by category: men and women,
education, IT, languages, political theory, state management, each with its share) are in the value store
and print as live figures; the quality table prints as a table at the end of part V, Bình Dương's own form
(desk.demo.binh_duong_staff_quality: Số lượng and Tỷ lệ (%) columns, the seed's rows). The
seed states three different staff counts and numbers two sub-items "5." in part I: the text says so and
keeps every figure; the quality table's 11 công chức against section IV's 10 is a warning the commune
explains (EXPLANATIONS). What the demo leaves out of the seed is named in tests/desk/seed_fixtures.py.
"""

ADDRESSEE = "Hội đồng nhân dân xã Lai Hưng"

INTRO = (
    "Theo “Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân” ngày 20/11/2015, Ủy ban nhân dân xã Lai Hưng "
    "trình Hội đồng nhân dân xã kết quả cải cách hành chính (CCHC) của sáu tháng đầu năm 2023 và những việc sẽ làm "
    "trong sáu tháng cuối năm."
)

SECTIONS = {
    1: """**1. Kế hoạch CCHC**
- Theo Kế hoạch số 06/KH-UBND ngày 30/01/2023 của UBND huyện Bàu Bàng, xã có Kế hoạch số 31/KH-UBND ngày 30/01/2023 về CCHC năm 2023, bám nhiệm vụ trọng tâm của tỉnh, huyện và thực tế địa phương; các việc đúng hẹn đạt 100 %, tỷ lệ TTHC giải quyết trước và đúng hạn thực tế từ 98 % trở lên.
- Văn bản kèm theo: Kế hoạch số 09/KH-UBND ngày 10/02/2023 (truyền thông về CCHC, kiểm soát TTHC, một cửa gắn với chuyển đổi số), Kế hoạch số 10/KH-UBND ngày 10/02/2023 (kiểm tra CCHC), Kế hoạch số 02/KH-UBND ngày 03/01/2023 (thi đua năm 2023), Quyết định số 28/QĐ-UBND ngày 04/01/2023 (kiểm soát TTHC) và Quyết định số 29/QĐ-UBND ngày 04/01/2023 (duyệt kế hoạch truyền thông).
**2. Tuyên truyền**
- Đài truyền thanh xã phát 05 giờ 15 phút và 10 bản tin về CCHC; pa nô, áp phích, khẩu hiệu ở chợ, trường học, nơi công cộng; Trang thông tin điện tử xã đăng văn bản, thông báo, hội thi.
- Lồng ghép ở 20 cuộc giao ban, họp chi bộ, họp dân với 475 lượt người; Hội thi tìm hiểu pháp luật về CCHC năm 2023 (cùng ngành môi trường) có hơn 80 người dự, 48 người của 12 đội dự thi, về Nghị quyết 76/NQ-CP năm 2021, ISO 9001:2015 và các luật liên quan.
**3. Chính quyền thân thiện, công sở thân thiện**
- Kế hoạch số 08/KH-UBND và Kế hoạch số 11/KH-UBND cùng ngày 10/02/2023 về hai mô hình thân thiện; trong sáu tháng xã gửi 20 thư chúc mừng và 30 thư chia buồn; cán bộ làm theo phương châm “5 biết, 3 thể hiện”.
**4. Khen thưởng**
- Quy chế thi đua, khen thưởng tại Quyết định số 407/QĐ-UBND ngày 31/12/2021; Kế hoạch số 13/KH-UBND ngày 21/01/2022 phát động thi đua. Sáu tháng: khen 03 cá nhân xuất sắc về CCHC (01 người có sáng kiến được huyện công nhận); đề nghị huyện khen Bộ phận một cửa xã.
**5. Đổi mới, sáng tạo**
- Sáng kiến được huyện công nhận: Quyết định số 389/QĐ-UBND ngày 29/01/2021 (năm 2020, về Bộ phận một cửa), Quyết định số 284/QĐ-UBND ngày 14/02/2022 (năm 2021, về tiếp dân và đơn thư), Quyết định số 161/QĐ-UBND ngày 06/02/2023 (đội ngũ theo tiêu chuẩn SIPAS); Quyết định số 518/QĐ-UBND ngày 30/12/2022 đánh giá hoàn thành xuất sắc nhiệm vụ.
**6. Tổ chức chỉ đạo, điều hành**
- Các ngành chuyên môn được giao từng phần của kế hoạch; CCHC được bàn ở giao ban tuần, tháng và họp chi bộ; công chức Văn phòng - Thống kê làm đầu mối báo cáo và tự chấm điểm chỉ số CCHC. (Bản báo cáo gốc đánh số mục này là 5, trùng với mục trước.)""",
    2: """- Kế hoạch số 21/KH-UBND ngày 28/02/2022 (theo dõi thi hành Luật Hòa giải ở cơ sở năm 2023), Kế hoạch số 20/KH-UBND ngày 04/3/2023 (hệ thống hóa văn bản QPPL kỳ 2019 - 2023), Kế hoạch số 31/KH-UBND ngày 03/4/2023 (bồi thường nhà nước) và Kế hoạch số 33/KH-UBND ngày 03/4/2023 (“Ngày pháp luật”). (Bản báo cáo gốc ghi hai Kế hoạch số 31/KH-UBND khác ngày, 30/01/2023 và 03/4/2023, và Kế hoạch số 21/KH-UBND năm 2022 cho việc của năm 2023.)
- Sáu tháng, HĐND và UBND xã không ban hành văn bản QPPL nào ([[figure:institution.legal_docs.issued]]) vì không có việc luật giao, không rà soát vì không còn văn bản QPPL hiệu lực; UBND xã ban hành 510 văn bản hành chính đúng Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; việc soạn thảo theo Luật Ban hành văn bản QPPL, Nghị định số 34/2016/NĐ-CP và Nghị định số 154/2020/NĐ-CP ngày 31/12/2020.
- Việc kiểm tra thi hành pháp luật cùng huyện chưa làm được vì huyện chưa đề nghị phối hợp.""",
    3: """- Bảng công khai tại Bộ phận một cửa niêm yết [[figure:procedures.total]] TTHC thuộc 35 lĩnh vực; có 01 hộp thư góp ý; địa chỉ nhận phản ánh của Phòng Kiểm soát TTHC tỉnh và đường dây nóng 1022 được công khai. Sáu tháng không có phản ánh nào về giải quyết TTHC.
- Đầu mối kiểm soát TTHC theo Quyết định số 216/QĐ-UBND ngày 10/6/2019, được hỗ trợ 440.000 đồng/tháng, cả năm 5.280.000 đồng (Quyết định số 24/2016/QĐ-UBND ngày 19/8/2016 của UBND tỉnh); kế hoạch rà soát TTHC năm 2023 tại Quyết định số 27/QĐ-UBND ngày 04/01/2023, theo Nghị định 63/2010/NĐ-CP ngày 08/6/2010.""",
    4: """- Đề án số 01-ĐA/ĐU ngày 17/8/2018 của Đảng ủy xã về sắp xếp bộ máy tiếp tục được thực hiện; Quy chế làm việc nhiệm kỳ 2021 – 2026 tại Quyết định số 433/QĐ-UBND ngày 17/11/2021.
- Số người: 33/37 biên chế (có 01 trưởng Công an chính quy), gồm cán bộ [[figure:staff.officials]], công chức [[figure:staff.civil_servants]], người hoạt động không chuyên trách [[figure:staff.part_timers]]; theo định mức thì 20/23 biên chế cán bộ, công chức (không tính trưởng Công an, Quyết định số 388/QĐ-UBND ngày 25/12/2019 của UBND tỉnh) và 13/14 người hoạt động không chuyên trách (Nghị quyết 21/2019/NQ-HĐND ngày 12/12/2019).
- Ghi chú về số liệu: bản báo cáo gốc nêu ba số khác nhau về đội ngũ — 33 người ([[figure:staff.officials]] + [[figure:staff.civil_servants]] + [[figure:staff.part_timers]]) ở mục này, 20/23 biên chế cán bộ, công chức, và 35 biên chế ở mục V với [[figure:staff.civil_servants.by_sex]] công chức (không phải [[figure:staff.civil_servants]]). Kho số liệu giữ số người của mục này; bảng chất lượng ở mục V được lưu như bản gốc đếm (công chức: [[figure:staff.civil_servants.male]] nam, [[figure:staff.civil_servants.female]] nữ, cộng [[figure:staff.civil_servants.by_sex]]), nên cổng báo lệch giữa hai số và in kèm lời giải thích của xã; Hội đồng nhân dân đối chiếu được cả hai.""",
    5: """- Kế hoạch số 13/KH-UBND ngày 10/02/2023 về bố trí định biên, định suất và đào tạo, bồi dưỡng năm 2023 (phấn đấu cuối năm xong 100 % kế hoạch); Kế hoạch số 01/KH-UBND ngày 03/01/2023 về đào tạo, bồi dưỡng.
- Chất lượng đội ngũ: bản gốc lập bảng cho 35 biên chế (tính cả hợp đồng), chia theo ba loại; bảng ở cuối mục này lấy số từ kho số liệu, tỷ lệ của mỗi dòng tính trên số người của loại đó trong bảng (nam cộng nữ). Bảng đếm [[figure:staff.civil_servants.by_sex]] công chức, mục IV đếm [[figure:staff.civil_servants]] (xem ghi chú ở mục IV); tỷ lệ công chức vì thế tính trên số của bảng, như bản gốc.
- Bố trí công chức đúng ngành đào tạo theo Quyết định số 2647/QĐ-UBND ngày 10/9/2020 của UBND tỉnh; phân công lãnh đạo theo Quyết định số 423/QĐ-UBND ngày 14/11/2022; đánh giá, xếp loại theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020.""",
    6: """- Khoán chi theo Nghị định 130/2005/NĐ-CP ngày 17/10/2005, Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 và Nghị định số 16/2015/NĐ-CP ngày 14/02/2015; Quy chế khoán chi nội bộ năm 2023 tại Quyết định số 32/QĐ-UBND ngày 04/01/2023, thu nhập tăng thêm chia theo loại A, B, C; thu chi được niêm yết công khai.""",
    7: """- Thiết bị: 16 máy in nhỏ và 02 máy photocopy lớn; 38 máy vi tính (05 máy xách tay, 33 máy để bàn), máy nào cũng nối mạng; mạng LAN và phần mềm diệt virus có bản quyền trên mọi máy.
- Mọi cán bộ, công chức có hộp thư công vụ và tài khoản phần mềm quản lý văn bản, dùng thạo phần mềm văn phòng; trên 90 % vào Trang thông tin điện tử huyện để nhận, xử lý văn bản kịp hạn; trên 85 % văn bản phát hành được ký số; Kế hoạch số 22/KH-UBND ngày 04/3/2023 về ứng dụng công nghệ thông tin.
- Xã chưa được cấp phần mềm Một cửa theo TCVN ISO 9001:2015. Hồ sơ trả qua bưu chính công ích: trên 15 hồ sơ (bản gốc ghi “6 tháng đầu năm 202”).""",
    8: """- Cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018; đề án Bộ phận một cửa được huyện duyệt (Quyết định số 2647/QĐ-UBND ngày 18/12/2019 — bản gốc dùng cùng số này cho một quyết định của tỉnh ngày 10/9/2020); thành viên theo Quyết định số 4900/QĐ-UBND ngày 30/12/2022 của UBND huyện Bàu Bàng: 06 chính thức (Trưởng bộ phận là Chủ tịch UBND xã, Phó là 01 công chức Văn phòng - Thống kê; ngoài ra Trưởng Công an xã (01 người), công chức Tư pháp - Hộ tịch (01) và công chức Địa chính - Xây dựng (02)) và 02 dự phòng; Bộ phận rộng 180 m², trang bị 09 máy vi tính, 04 máy in nhỏ, 01 ti vi và 01 máy photocopy - scan, thêm 01 máy tính nối internet cho người dân tra cứu và 01 máy tích hợp photo, scan thuê để chứng thực điện tử. Tiêu chuẩn công chức theo Quyết định số 818/QĐ-UBND của UBND tỉnh (bản gốc ghi ngày “08/4/019”).
- Sáu tháng, Bộ phận tiếp nhận [[figure:dossiers.received.total]] hồ sơ, giải quyết đúng hạn cả [[figure:dossiers.resolved.on_time]] hồ sơ, không hồ sơ trễ hạn ([[figure:dossiers.online_level.full]] hồ sơ trực tuyến toàn trình, [[figure:dossiers.online_level.partial]] hồ sơ một phần); 45 hồ sơ chứng thực điện tử làm trên Cổng dịch vụ công quốc gia; áp dụng [[figure:procedures.total]] TTHC thuộc 35 lĩnh vực trên phần mềm, đạt 100 % số TTHC tỉnh công bố.
- Hỗ trợ 400.000 đồng/người/tháng (28.800.000 đồng/năm cho 6 người) theo Quyết định số 26/2014/QĐ-UBND ngày 25/7/2014 của UBND tỉnh, đồng phục 5.000.000 đồng/người/năm (30.000.000 đồng/năm) theo Công văn số 149/UBND-HCC ngày 14/01/2021 của UBND tỉnh; ngành dọc bố trí theo Quyết định số 1291/QĐ-TTg ngày 07/10/2019.""",
    9: """- Hệ thống quản lý chất lượng TCVN ISO 9001:2015: theo Kế hoạch số 41/KH-UBND ngày 20/3/2023 của UBND huyện Bàu Bàng, xã có Kế hoạch số 29/KH-UBND ngày 29/3/2023 để duy trì, cải tiến và công bố sự phù hợp.""",
    10: """**1. Ưu điểm**
- Được Đảng ủy, UBND quan tâm chỉ đạo; TTHC giải quyết đúng quy trình, đúng hạn, công khai; liên thông thủ tục giúp người dân đỡ đi lại.
**2. Tồn tại, hạn chế**
- Nhiều người dân chưa quen dùng máy tính và internet, nên hồ sơ dịch vụ công trực tuyến còn ít.""",
    11: """**1. Về CCHC**
- Tiếp tục Nghị quyết số 76/NQ-CP ngày 15/7/2021 và Chỉ thị số 23/CT-TTg ngày 02/9/2021; giới thiệu với người dân dịch vụ công trực tuyến và dịch vụ bưu chính công ích; giữ ISO 9001:2015; tuyên truyền trên đài; xây dựng đội ngũ đạt chuẩn chức danh.
**2. Về hai mô hình thân thiện**
- Giữ môi trường làm việc thân thiện, giải quyết TTHC nhanh hơn cho người dân, tổ chức.""",
    12: """- Mở thêm lớp bồi dưỡng về đạo đức công vụ, giải quyết hồ sơ trực tuyến, số hóa, ký số, lưu trữ hồ sơ điện tử.
- Sớm nối dữ liệu cư trú giữa Tư pháp và Công an để tra cứu, giải quyết nhanh hơn cho người dân.""",
}

CLOSING = "Ủy ban nhân dân xã Lai Hưng trân trọng báo cáo Hội đồng nhân dân xã./."

RECIPIENTS = """UBND huyện Bàu Bàng;
Phòng Nội vụ huyện;
Thường trực Đảng ủy xã;
Thường trực Hội đồng nhân dân xã;
Chủ tịch, các Phó Chủ tịch UBND xã;
Lưu: VT."""

# Stored for the unit and period (the seed's section IV count of the staff; the dossiers as stated totals).
FIGURES = {
    "dossiers.received.stated_total": 1748,
    "dossiers.resolved.on_time": 1748,
    "dossiers.resolved.late": 0,
    "dossiers.online_level.full": 738,
    "dossiers.online_level.partial": 1010,
    "procedures.total": 137,
    "institution.legal_docs.issued": 0,
    "staff.officials": 10,
    "staff.civil_servants": 10,
    "staff.part_timers": 13,
    # Section V.2's quality table, as the seed counts it (11 công chức: 6 men, 5 women; its shares of 11).
    "staff.officials.male": 4,
    "staff.officials.female": 6,
    "staff.officials.education.postgraduate": 1,
    "staff.officials.education.university": 9,
    "staff.officials.it_certificate": 9,
    "staff.officials.language_certificate": 9,
    "staff.officials.politics.advanced": 3,
    "staff.officials.politics.intermediate": 7,
    "staff.officials.state_management.principal": 1,
    "staff.officials.state_management.specialist": 9,
    "staff.civil_servants.male": 6,
    "staff.civil_servants.female": 5,
    "staff.civil_servants.education.university": 11,
    "staff.civil_servants.it_certificate": 11,
    "staff.civil_servants.language_certificate": 10,
    "staff.civil_servants.politics.intermediate": 7,
    "staff.civil_servants.politics.elementary": 4,
    "staff.civil_servants.state_management.specialist": 6,
    "staff.civil_servants.state_management.none": 5,
    "staff.part_timers.male": 6,
    "staff.part_timers.female": 7,
    "staff.part_timers.education.university": 11,
    "staff.part_timers.education.intermediate": 2,
    "staff.part_timers.it_certificate": 7,
    "staff.part_timers.language_certificate": 7,
    "staff.part_timers.politics.intermediate": 7,
    "staff.part_timers.politics.elementary": 2,
    "staff.part_timers.politics.none": 4,
    "staff.part_timers.state_management.specialist": 7,
    "staff.part_timers.state_management.none": 6,
}

# The commune's explanation of the one rule its figures break: the quality table's 11 công chức.
EXPLANATIONS = {
    "staff-civil-servants-sex-sum": (
        "Bảng chất lượng đội ngũ ở mục V.2 (35 biên chế, tính cả hợp đồng) ghi 11 công chức, 6 nam và 5 nữ, và "
        "tính tỷ lệ trên 11; mục IV ghi 10 công chức (33/37 = 10 + 10 + 13, khớp với 20/23 biên chế cán bộ, "
        "công chức). Xã để nguyên cả hai số như báo cáo đã gửi để Hội đồng nhân dân đối chiếu."
    ),
}
