"""Tịnh Châu's 2023 report (seed 001), retold for the demo in the seed's own outline (I–V, II.1–6).

The sections are keyed by their position in the outline of ``reports.demo.SEED_001_OUTLINE``; the
seed's sub-items a), b) … are bold lines in the text. The facts are the seed's (document numbers,
dates, names, figures); the sentences are the demo's own (tests/desk/test_demo_originality.py).
Wherever a figure is in the value store, the text refers to it as a live block
(``[[figures.dossiers]]``, ``[[plans.plan]]``, ``[[figure:dossiers.rate.online]]`` …), so the text and
the appendix cannot disagree (desk.blocks words them); the figures only the text states (online services
with dossiers, fees and payments, news posts, pay rises, regrading, training classes and attendances and
the courses against the plan, the procedure review, rotation, the budget against its estimate with its
shares, the equipment and signing devices) have indicators of their own (indicators/catalogue/reported.py),
and so do the staff's combined levels and the cán bộ's shares (catalogue/staff.py). What the catalogue has
no indicator for (the digitisation denominators of the system, 3.471 and 3.469, with their shares) stays
typed. The revenue share prints as computed, 93,57 %; the text names the seed's rounding of it (94 %).

Where the seed disagrees with itself the text says so, as the commune's own note, and keeps both
figures (tests/desk/seed_fidelity/ checks that each prints with both sides).
"""

INTRO = (
    "Căn cứ Kế hoạch số 117/KH-UBND ngày 31/12/2022 của UBND xã Tịnh Châu về cải cách hành chính năm 2023, "
    "dưới đây UBND xã tổng kết những việc đã làm được, những việc còn dở dang trong công tác cải cách hành chính "
    "(CCHC) của năm và hướng đi cho năm 2024."
)

SECTIONS = {
    # I. Chỉ đạo, kết quả thực hiện nhiệm vụ: the plan sentence; the task table is printed under it.
    1: """- [[plans.plan]] Tiến độ theo từng lĩnh vực cải cách, tính đến ngày chốt số liệu, được tổng hợp ở bảng sau; số liệu thống kê của năm (Chi tiết tại Phụ lục I kèm theo).
- Ghi chú về số liệu: bản báo cáo do xã lập ghi bảng tiến độ "tính đến ngày 06/9/2023" với dòng tổng 38 đúng hạn, 1 quá hạn, 1 còn hạn, 0 quá hạn, trong khi cộng các dòng được 37, 1, 2, 0; bảng trên tính lại từ danh mục nhiệm vụ đến ngày chốt số liệu 06/12/2023. Kế hoạch số 117/KH-UBND cũng có chỗ được ghi ngày 31/12/2023; ngày đúng là 31/12/2022, theo sổ văn bản.
**\\* Về công tác tuyên truyền**
- Triển khai Kế hoạch số 46/KH-UBND ngày 31/3/2023 về tuyên truyền CCHC năm 2023, xã đưa tin về CCHC trên đài truyền thanh và trên chuyên trang CCHC của Trang thông tin điện tử xã (tin bài được cập nhật thường xuyên), đồng thời lồng ghép vào các cuộc họp của cơ quan, đoàn thể và các buổi sinh hoạt của hội, chi hội, thôn, xóm. Thông điệp và khẩu hiệu bám theo Công văn số 30/PVHTT ngày 07/4/2023, hướng dẫn của Phòng Văn hóa và Thông tin thành phố.
- Với Kế hoạch số 12/KH-UBND ngày 30/01/2023 về tuyên truyền sử dụng dịch vụ công trực tuyến, xã phối hợp với các đơn vị, cá nhân hướng dẫn người dân nộp hồ sơ và thanh toán qua mạng: tỷ lệ hồ sơ nộp trực tuyến trong năm đạt [[figure:dossiers.rate.online]], tỷ lệ thanh toán trực tuyến đạt [[figure:dossiers.payments.rate_online]]. (Bản báo cáo do xã lập ghi tỷ lệ này là 44,3 % ở mục I và 44,8 % ở mục II: 1.555/3.472 hồ sơ; tỷ lệ in ở đây tính trên số hồ sơ cộng theo hình thức nộp.)""",
    # II. Kết quả thực hiện từng nội dung: its six fields below.
    2: "",
    # II.1 Cải cách thể chế
    3: """- Văn bản chỉ đạo UBND xã ban hành trong năm:
+ Quyết định số 04/QĐ-UBND ngày 15/01/2023: danh mục văn bản quy phạm pháp luật (VBQPPL) do HĐND, UBND xã ban hành đã hết hoặc ngưng hiệu lực (toàn bộ hay một phần) trong năm 2022;
+ Kế hoạch số 30/KH-UBND ngày 28/02/2023: theo dõi việc thi hành pháp luật ở các lĩnh vực trọng tâm, liên ngành của năm;
+ Kế hoạch số 28/KH-UBND ngày 24/02/2023: phổ biến, giáo dục pháp luật cho Nhân dân trong năm.
- Số VBQPPL UBND xã ban hành trong năm: [[figure:institution.legal_docs.issued]] văn bản[^1]. Qua kiểm tra của Phòng Tư pháp thành phố (*Báo cáo số 117/BC-UBND ngày 09/11/2023*), có [[figure:institution.legal_docs.flagged]] văn bản còn sai sót về căn cứ ban hành, thể thức và kỹ thuật trình bày, hiệu lực thi hành, và có nội dung chưa phù hợp với văn bản cấp trên.
- Danh mục VBQPPL hết hiệu lực năm 2022 đã được công bố đúng hạn (Quyết định số 04/QĐ-UBND nói trên).
- Nhiệm vụ hệ thống hóa VBQPPL kỳ 2019-2023 chưa được thực hiện.
[^1]: Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023 (Quy chế về thực hiện dân chủ ở cơ sở tại xã Tịnh Châu).""",
    # II.2 Cải cách TTHC, its items a) to i) as the seed has them.
    4: """**a. Văn bản chỉ đạo**
- Quyết định số 12/QĐ-UBND ngày 23/02/2023: kế hoạch kiểm soát TTHC của năm.
- Kế hoạch số 26/KH-UBND ngày 24/02/2023: rà soát, đánh giá TTHC.
- Kế hoạch số 32/KH-UBND ngày 06/3/2023: tự kiểm tra việc kiểm soát TTHC trong nội bộ (bản báo cáo do xã lập nêu kế hoạch này hai lần).
- Kế hoạch số 37/KH-UBND ngày 15/3/2023 về truyền thông công tác kiểm soát TTHC.
**b. Tiếp nhận, giải quyết hồ sơ TTHC**
Nguồn số liệu: Hệ thống thông tin giải quyết TTHC của tỉnh Quảng Ngãi (bản trích xuất cuối kỳ).
- [[figures.dossiers]]
- Hệ thống ghi nhận tổng cộng [[figure:dossiers.received.stated_total]] hồ sơ tiếp nhận, nhiều hơn tổng số hồ sơ trực tiếp và trực tuyến khi trích xuất theo hình thức nộp; xã báo cáo nguyên số liệu của hệ thống, không tự điều chỉnh. Số hồ sơ đang giải quyết cuối kỳ: [[figure:dossiers.in_process.within_deadline]].
- Trong số hồ sơ trực tuyến có 30 hồ sơ nộp qua dịch vụ công trực tuyến liên thông. Với mỗi hồ sơ giải quyết quá hạn (tỷ lệ [[figure:dossiers.rate.late]]), xã đều gửi thư xin lỗi và hẹn lại ngày trả kết quả.
- Có [[figure:procedures.online.with_dossiers]]/[[figure:procedures.integrated]] TTHC cung cấp dịch vụ công trực tuyến phát sinh hồ sơ trong kỳ (danh mục theo Quyết định số 906/QĐ-UBND ngày 14/6/2023 của Chủ tịch UBND tỉnh).
- Liên thông điện tử áp dụng cho 02 nhóm thủ tục (Quyết định số 972/QĐ-UBND ngày 29/6/2023 của Chủ tịch UBND tỉnh): nhóm khai sinh (kèm thường trú và thẻ bảo hiểm y tế của trẻ dưới 6 tuổi) và nhóm khai tử (kèm xóa thường trú và trợ cấp mai táng).
**c. Niêm yết, công khai TTHC**
- Mọi TTHC do UBND xã giải quyết đều được niêm yết công khai, cả ở Bộ phận một cửa lẫn trên Trang thông tin điện tử xã; Trang cũng đăng tình hình tiếp nhận và kết quả giải quyết hồ sơ.
**d. Phí, lệ phí và thanh toán trực tuyến**
- Để đẩy mạnh nộp hồ sơ và thanh toán trực tuyến, UBND xã ban hành Kế hoạch số 01/KH-UBND ngày 05/01/2023 triển khai mô hình tuyên truyền, hướng dẫn nộp hồ sơ trực tuyến và Kế hoạch số 21/KH-UBND ngày 30/01/2023 về thanh toán trực tuyến năm 2023.
- Phí, lệ phí giải quyết TTHC tại Bộ phận một cửa vẫn thu theo các mức UBND xã đã công khai từ trước[^2], có niêm yết và giải thích cho người dân; hồ sơ nộp trực tuyến được giảm 50 % lệ phí theo Nghị quyết số 11/2022/NQ-HĐND ngày 07/7/2022.
- Trong [[figure:procedures.integrated]] dịch vụ công trực tuyến của xã, [[figure:procedures.online.with_fees]]/[[figure:procedures.integrated]] dịch vụ có nghĩa vụ tài chính; [[figure:procedures.online.with_payments]]/[[figure:procedures.online.with_fees]] dịch vụ đã phát sinh giao dịch thanh toán trực tuyến, 10 dịch vụ còn lại chưa có hồ sơ nên chưa có giao dịch. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng dịch vụ công quốc gia, tỷ lệ thanh toán trực tuyến của xã đạt [[figure:dossiers.payments.rate_online]].
**e. Bộ phận Tiếp nhận và trả kết quả**
- Bộ phận một cửa hoạt động theo Quy chế ban hành kèm Quyết định số 998/QĐ-UBND ngày 05/12/2022 của Chủ tịch UBND xã và Nội quy ban hành kèm Quyết định số 01/QĐ-BPMC ngày 10/3/2023 của Trưởng Bộ phận; thành viên được kiện toàn tại Quyết định số 75/QĐ-UBND ngày 01/6/2023, thông tin cán bộ, công chức làm việc tại Bộ phận được công khai (Thông báo số 43/TB-UBND ngày 09/6/2023).
- Xã tiếp tục làm theo Đề án đổi mới cơ chế một cửa, một cửa liên thông (Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ) và Quy chế một cửa, một cửa liên thông của tỉnh (Quyết định số 44/2022/QĐ-UBND ngày 24/11/2022 của UBND tỉnh Quảng Ngãi); quy trình và biểu mẫu tiếp nhận, giải quyết hồ sơ đúng Quyết định số 1179/QĐ-UBND ngày 31/12/2018 của UBND tỉnh. Bộ nhận diện thương hiệu đã được áp dụng tại Bộ phận.
**f. Số hóa hồ sơ, kết quả giải quyết**
- Theo Kế hoạch số 20/KH-UBND ngày 30/01/2023, tính cả hồ sơ nộp qua dịch vụ công trực tuyến liên thông, Hệ thống ghi: số hóa thành phần hồ sơ 1.836/3.471 hồ sơ (52,9 %), số hóa kết quả giải quyết 1.916/3.469 hồ sơ (55,23 %), [[figure:dossiers.electronic_results]] kết quả giải quyết điện tử. Mẫu số 3.471 và 3.469 là số hồ sơ Hệ thống tính cho chỉ tiêu số hóa, khác số hồ sơ tiếp nhận và đã giải quyết ở điểm b; tính trên số hồ sơ ở điểm b thì: [[figures.digitisation]]
**g. Phản ánh, kiến nghị về quy định hành chính**
- Hướng dẫn gửi phản ánh, kiến nghị của Văn phòng UBND tỉnh được niêm yết ở Bộ phận một cửa, đăng cả trên Trang thông tin điện tử xã, cùng quyền khiếu nại, tố cáo khi cán bộ gây phiền hà, sách nhiễu; thắc mắc của người dân được trả lời ngay, không để kéo dài hay vượt cấp.
- [[figures.feedback]] Chủ tịch UBND xã tổ chức [[figure:direction.dialogue]] buổi đối thoại với Nhân dân về giải quyết TTHC, tiếp nhận 2 lượt ý kiến; thông báo kết luận được ban hành và công khai theo quy định.
**h. Đánh giá sự hài lòng**
- [[figures.satisfaction]]
**i. Rà soát, đánh giá TTHC**
- Xã đã rà soát, đánh giá [[figure:procedures.review.done]]/[[figure:procedures.review.planned]] TTHC theo kế hoạch (thủ tục liên quan: khai sinh đồng thời với nhận cha, mẹ, con), đạt [[figure:procedures.rate.review]] kế hoạch, và lập đủ biểu mẫu theo quy định (*Báo cáo số 166/BC-UBND ngày 04/8/2023*).
[^2]: Thông báo số 91/TB-UBND ngày 25/11/2022 (lệ phí hộ tịch), Thông báo số 11/TB-UBND ngày 23/02/2023 (phí chứng thực) và Thông báo số 14/TB-UBND ngày 24/02/2023 (phí khai thác dữ liệu hộ tịch).""",
    # II.3 Tổ chức bộ máy
    5: """- Đến ngày 30/11/2023, đội ngũ cán bộ, công chức của xã tăng 1 người so với cùng kỳ năm trước. [[figures.staff]] Cán bộ: [[figure:staff.officials]] người[^3], nữ [[figure:staff.officials.female]]/[[figure:staff.officials]] ([[figure:staff.rate.officials_female]]); công chức: [[figure:staff.civil_servants]] người[^4], nữ [[figure:staff.civil_servants.female]]/[[figure:staff.civil_servants]] ([[figure:staff.rate.civil_servants_female]]).
- Các chức danh lãnh đạo, công chức chuyên môn và người hoạt động không chuyên trách tiếp tục thực hiện đúng chức năng, nhiệm vụ, quyền hạn theo quy định hiện hành.
[^3]: Bí thư Đảng ủy kiêm Chủ tịch HĐND xã, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, Phó Chủ tịch HĐND xã, Chủ tịch UBND xã, 2 Phó Chủ tịch UBND xã, Chủ tịch Hội Liên hiệp Phụ nữ, Chủ tịch Hội Cựu chiến binh, Chủ tịch Hội Nông dân, Bí thư Đoàn Thanh niên.
[^4]: Chỉ huy trưởng Ban Chỉ huy Quân sự xã; Tư pháp - Hộ tịch; Văn hóa - Xã hội; hai người mỗi chức danh Văn phòng - Thống kê, Tài chính - Kế toán, Địa chính - Nông nghiệp - Xây dựng và Môi trường.""",
    # II.4 Chế độ công vụ, items a) to e)
    6: """**a. Đào tạo, bồi dưỡng**
- Trình độ chuyên môn: [[figure:staff.education.college_or_above]]/[[figure:staff.total]] người ([[figure:staff.rate.education.college_or_above]]) từ Cao đẳng trở lên, gồm Sau đại học [[figure:staff.education.postgraduate]]/[[figure:staff.total]] người ([[figure:staff.rate.education.postgraduate]]), Đại học [[figure:staff.education.university]]/[[figure:staff.total]] người ([[figure:staff.rate.education.university]])[^5], Cao đẳng [[figure:staff.education.college]]/[[figure:staff.total]] người ([[figure:staff.rate.education.college]])[^6]; cán bộ giữ chức vụ lãnh đạo có bằng Đại học: [[figure:staff.officials.education.university]]/[[figure:staff.officials]] người ([[figure:staff.officials.education.university.share]]).
- Lý luận chính trị: [[figure:staff.politics.elementary_or_above]]/[[figure:staff.total]] người ([[figure:staff.rate.politics.elementary_or_above]]) từ Sơ cấp trở lên, gồm Trung cấp [[figure:staff.politics.intermediate]]/[[figure:staff.total]] người ([[figure:staff.rate.politics.intermediate]]), Sơ cấp [[figure:staff.politics.elementary]]/[[figure:staff.total]] người ([[figure:staff.rate.politics.elementary]]); chưa qua đào tạo [[figure:staff.politics.none]]/[[figure:staff.total]] người ([[figure:staff.rate.politics.none]]). Cán bộ giữ chức vụ lãnh đạo có Trung cấp lý luận chính trị: [[figure:staff.officials.politics.intermediate]]/[[figure:staff.officials]] người ([[figure:staff.officials.politics.intermediate.share]]).
- Tin học: [[figure:staff.it_certificate]]/[[figure:staff.total]] người ([[figure:staff.rate.it_certificate]]) có chứng chỉ đáp ứng yêu cầu vị trí việc làm.
- Bồi dưỡng quản lý nhà nước ngạch chuyên viên: [[figure:staff.state_management_trained]]/[[figure:staff.total]] người ([[figure:staff.rate.state_management_trained]]) đã hoàn thành[^7], trong đó [[figure:staff.officials.state_management.specialist]]/[[figure:staff.officials]] cán bộ giữ chức vụ lãnh đạo ([[figure:staff.officials.state_management.specialist.share]]).
- Đào tạo, bồi dưỡng theo Kế hoạch số 08/KH-UBND ngày 30/01/2023 (áp dụng cho cả người hoạt động không chuyên trách): [[figure:staff.training.politics.attending]]/[[figure:staff.training.politics.sent]] người được cử đang học Trung cấp lý luận chính trị ([[figure:staff.rate.training.politics]]); [[figure:staff.training.specialist.attended]]/[[figure:staff.training.specialist.sent]] người đã dự lớp bồi dưỡng kiến thức ngạch chuyên viên ([[figure:staff.rate.training.specialist]]); các lớp chuyên môn, nghiệp vụ khác: [[figure:staff.training.classes]] lớp, [[figure:staff.training.attendances]] lượt người. Kết quả năm được báo cáo tại Báo cáo số 219/BC-UBND ngày 07/11/2023.
**b. Chuyển ngạch, nâng lương**
- Lương: [[figure:staff.pay_rises]] người đến kỳ được xã đề nghị nâng bậc thường xuyên; [[figure:staff.regraded]] người (Chủ tịch Ủy ban MTTQ Việt Nam xã) được đề nghị chuyển ngạch, xếp lại lương.
**c. Chuyển đổi vị trí công tác**
- Thực hiện Công văn số 248/UBND-NC của UBND thành phố, xã đã rà soát và gửi danh sách người thuộc diện chuyển đổi vị trí công tác năm 2023 ([[figure:staff.rotation.due]] công chức Tư pháp - Hộ tịch); đối chiếu Kế hoạch số 85/KH-UBND ngày 11/4/2023 của UBND thành phố thì năm 2023 xã chưa phải chuyển đổi ai (đã chuyển đổi: [[figure:staff.rotation.done]]).
**d. Đánh giá, xếp loại**
- Việc xếp loại chất lượng cán bộ, công chức làm mỗi quý và cuối năm theo Hướng dẫn số 04-HD/TCNV tháng 4/2019; kết quả năm 2023 trên [[figure:staff.rating.total]] người được xếp loại: hoàn thành xuất sắc nhiệm vụ [[figure:staff.rating.excellent]]/[[figure:staff.rating.total]] người ([[figure:staff.rate.rating.excellent]]), hoàn thành tốt nhiệm vụ [[figure:staff.rating.good]]/[[figure:staff.rating.total]] người ([[figure:staff.rate.rating.good]]), hoàn thành nhiệm vụ [[figure:staff.rating.completed]]/[[figure:staff.rating.total]] người ([[figure:staff.rate.rating.completed]]). (Bản báo cáo do xã lập không nói vì sao [[figure:staff.rating.total]] chứ không phải [[figure:staff.total]] người được xếp loại; số liệu giữ nguyên.)
**e. Kỷ luật, kỷ cương hành chính**
- UBND xã ban hành Kế hoạch số 40/KH-UBND ngày 15/3/2023 tự kiểm tra nội bộ, căn cứ Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 (UBND tỉnh), Chỉ thị số 31-CT/TU ngày 13/6/2014 (Ban Thường vụ Tỉnh ủy: không uống rượu, bia buổi trưa ngày làm việc) và Chỉ thị số 17/CT-UBND ngày 10/11/2016 (Chủ tịch UBND tỉnh).
- Trong năm có 01 đợt kiểm tra nội bộ về CCHC, kết hợp xem xét việc chấp hành giờ giấc, nội quy của cán bộ, công chức (*Thông báo số 45/TB-UBND ngày 26/6/2023*); kết quả được tổng hợp tại *Báo cáo số 01/BC-TKT ngày 14/7/2023*.
[^5]: 2 người có bằng Đại học chưa đúng chuyên ngành vị trí việc làm: 1 công chức Tài chính - Kế toán (chuyên môn Trung cấp kế toán) và Chỉ huy trưởng Ban Chỉ huy Quân sự xã (Cao đẳng quân sự).
[^6]: 1 công chức Văn hóa - Xã hội đang học Đại học, dự kiến xong cuối năm 2023.
[^7]: 9 cán bộ và 6 công chức.""",
    # II.5 Tài chính công
    7: """- Dự toán ngân sách nhà nước năm 2023 được giao tại Quyết định số 02/QĐ-UBND ngày 12/01/2023; tài chính - ngân sách được điều hành bằng các Quyết định số 03/QĐ-UBND ngày 13/01/2023 (quy chế chi tiêu nội bộ và quy chế về tài sản công của cơ quan), số 10/QĐ-UBND ngày 14/02/2023 (bổ sung kinh phí mua sắm máy móc, thiết bị từ nguồn tiết kiệm chi thường xuyên) và số 13/QĐ-UBND ngày 03/3/2023 (bổ sung dự toán chi thường xuyên).
- Ước thực hiện cả năm: thu ngân sách [[figure:public_finance.budget.revenue.done]]/[[figure:public_finance.budget.revenue.planned]] triệu đồng, đạt [[figure:public_finance.budget.rate.revenue]] chỉ tiêu giao (bản báo cáo do xã lập làm tròn thành 94 %); chi ngân sách [[figure:public_finance.budget.expenditure.done]]/[[figure:public_finance.budget.expenditure.planned]] nghìn đồng, đạt [[figure:public_finance.budget.rate.expenditure]] chỉ tiêu giao.""",
    # II.6 Chính quyền điện tử, chính quyền số, items a) to c)
    8: """**a. Chỉ đạo, triển khai**
- Chuyển đổi số được triển khai theo Kế hoạch số 14/KH-UBND ngày 30/01/2023 (truyền thông về chuyển đổi số) và Kế hoạch số 38/KH-UBND ngày 14/3/2023 (chuyển đổi số xã Tịnh Châu năm 2023). Một Phó Chủ tịch UBND xã được phân công kiêm nhiệm chuyển đổi số và an toàn thông tin mạng (Quyết định số 1024/QĐ-UBND ngày 23/12/2022; Thông báo số 76/TB-UBND ngày 06/12/2023); Tổ công nghệ số cộng đồng xã được kiện toàn (Quyết định số 100/QĐ-UBND ngày 05/9/2023) và 3 Tổ công nghệ số cộng đồng tiếp tục hoạt động.
- Xã gửi số liệu để UBND thành phố chấm điểm chỉ số chuyển đổi số khi được yêu cầu.
**b. Hạ tầng, kỹ thuật**
- Mọi cán bộ, công chức đều có máy vi tính ([[figure:egov.equipment.computers]] bộ, đều cài phần mềm chống mã độc); Bộ phận một cửa có [[figure:egov.equipment.one_stop.computers]] máy vi tính, [[figure:egov.equipment.one_stop.scanners]] máy quét, [[figure:egov.equipment.one_stop.printers]] máy in, [[figure:egov.equipment.one_stop.kiosks]] máy tính để người dân tự nộp hồ sơ, tra cứu, [[figure:egov.equipment.one_stop.cameras]] camera giám sát và [[figure:egov.equipment.one_stop.screens]] màn hình phục vụ tuyên truyền.
- Cán bộ, công chức đều được cấp thiết bị ký số ([[figure:egov.signatures.personal_tokens]] token cá nhân, [[figure:egov.signatures.unit_tokens]] token của cơ quan), [[figure:egov.signatures.sim]] lãnh đạo ký số trên SIM.
- Họp trực tuyến: có đường truyền internet, máy vi tính xách tay, tivi và máy chiếu.
**c. Kết quả**
- Văn bản điện tử (Hệ thống iOffice): trong năm xã phát hành [[figure:egov.documents.sent]] văn bản đi, tiếp nhận [[figure:egov.documents.received]] văn bản đến; tỷ lệ văn bản đi được ký số đạt [[figure:egov.rate.sent_electronic]].
- Dịch vụ công trực tuyến: danh mục của xã gồm [[figure:procedures.integrated]] TTHC (Quyết định số 906/QĐ-UBND ngày 14/6/2023, Chủ tịch UBND tỉnh ký), [[figure:procedures.online.with_dossiers]]/[[figure:procedures.integrated]] TTHC có hồ sơ trực tuyến trong năm; hồ sơ nộp trực tuyến: [[figure:dossiers.received.online]] hồ sơ, tỷ lệ [[figure:dossiers.rate.online]].
- Biên lai điện tử được dùng cho mọi khoản thu phí, lệ phí TTHC. [[figures.payments]]
- Số hóa hồ sơ, kết quả giải quyết: như điểm f mục 2 phần II.
- Trang thông tin điện tử và tài khoản Zalo của xã đăng [[figure:egov.news_posts]] tin, bài về CCHC, TTHC và chuyển đổi số.""",
    # III. Đánh giá chung
    9: """**a. Ưu điểm**
Các văn bản chỉ đạo, điều hành CCHC được ban hành kịp thời, giúp từng bộ phận chủ động làm phần việc được giao. Nổi bật là:
- Nộp hồ sơ và thanh toán trực tuyến tăng: tỷ lệ hồ sơ nộp trực tuyến đạt [[figure:dossiers.rate.online]], tỷ lệ thanh toán trực tuyến đạt [[figure:dossiers.payments.rate_online]].
- Người dân hiểu rõ hơn lợi ích của việc nộp hồ sơ trực tuyến, quy trình giải quyết và mức phí, lệ phí; phần lớn kết quả được trả trước hạn hoặc đúng hạn, góp phần nâng cao sự hài lòng và uy tín của cơ quan.
- Hệ thống iOffice và Hệ thống thông tin giải quyết TTHC tỉnh được khai thác đầy đủ tính năng, nâng cao hiệu quả điều hành của UBND xã và Bộ phận một cửa.
**b. Hạn chế, nguyên nhân**
- Một số máy vi tính của bộ phận địa chính - xây dựng và văn hóa - xã hội đã dùng lâu năm, chạy chậm, không tương thích với phần mềm nghiệp vụ hoặc thiết bị ký số, làm chậm tiến độ công việc.
- Tuyên truyền chưa hấp dẫn: nội dung ít đổi mới, chủ yếu đăng lại nguyên văn văn bản cấp trên; cần biên tập lại, dùng đồ họa thông tin (infographic) để người dân dễ tiếp nhận.
- Tỷ lệ hồ sơ giải quyết quá hạn còn [[figure:dossiers.rate.late]], chủ yếu do công chức chuyên môn xử lý chậm trên Hệ thống (thực tế hồ sơ đã được giải quyết và trả đúng hạn).
- Nhiệm vụ hệ thống hóa VBQPPL kỳ 2019-2023 chưa thực hiện được theo kế hoạch.""",
    # IV. Giải pháp, phương hướng năm 2024
    10: """- Ban hành và triển khai kế hoạch CCHC năm 2024; theo dõi, đôn đốc thực hiện chỉ đạo của cấp trên; báo cáo CCHC định kỳ đầy đủ.
- Đổi mới tuyên truyền CCHC bằng hình thức trực quan, nội dung cụ thể theo từng đối tượng, nhất là hướng dẫn sử dụng dịch vụ công trực tuyến.
- Nâng chất lượng xây dựng, ban hành, rà soát VBQPPL; góp ý dự thảo văn bản của cấp trên; theo dõi thi hành pháp luật và xử lý vi phạm hành chính thuộc thẩm quyền của Chủ tịch UBND xã.
- Giải quyết TTHC đúng trình tự, thời hạn; xử lý kịp thời phản ánh, kiến nghị; cập nhật đầy đủ quy định mới về TTHC.
- Siết chặt kỷ luật, kỷ cương hành chính, tăng cường kiểm tra công vụ.
- Mở rộng ứng dụng công nghệ thông tin và chữ ký số, giảm giấy tờ, đơn giản hóa quy trình nghiệp vụ.
- Tăng tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa.""",
    # V. Kiến nghị cấp trên
    11: """- Đề nghị cấp trên nghiên cứu đưa dịch vụ công trực tuyến thuộc thẩm quyền cấp xã lên ứng dụng trên điện thoại thông minh để người dân nộp hồ sơ thuận tiện hơn.
- Đề nghị tổ chức thường xuyên các lớp bồi dưỡng chuyên môn, nghiệp vụ để cán bộ, công chức kịp thời cập nhật kiến thức mới.""",
}
RECIPIENTS = """UBND thành phố Quảng Ngãi (để báo cáo);
Phòng Nội vụ thành phố (để báo cáo);
Thường trực Đảng ủy xã;
Thường trực HĐND xã;
Chủ tịch, các Phó Chủ tịch UBND xã;
Các bộ phận chuyên môn thuộc UBND xã;
Lưu: VT, HS."""

# The clerk's word on the findings of the stored figures (indicators.models.Explanation), by rule code.
# Seed 001 states 3.472 dossiers received while its channels add to 3.468 (1.913 direct + 1.555 online).
EXPLANATIONS = {
    "dossiers-received-stated-total": (
        "3.472 là số tổng của Hệ thống thông tin giải quyết TTHC tỉnh (bằng 3.470 hồ sơ đã giải quyết cộng 2 hồ sơ "
        "rút); 4 hồ sơ chưa được hệ thống ghi hình thức nộp. Xã giữ nguyên số liệu hệ thống, không tự sửa."
    ),
}
