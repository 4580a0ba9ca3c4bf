"""Xã Bình Phước's 2023 report on the provincial programme (seed 000), retold for the demo in the seed's outline.

Keyed by position in ``reports.demo.SEED_000_OUTLINE`` (I, II, II.1–5). The facts are the seed's (document
numbers, dates, names, figures); the sentences are the demo's own (tests/desk/test_demo_originality.py).
Every figure the value store holds (indicators.demo.SEED_000_BINH_PHUOC_2023: the dossiers, the online
services' 882/1.551, the payments, the staff and part-timers, training, regrading, pay rises, rotation, the
concurrent posts) prints as a live block, and the plan's 28/28 as the plan sentence (``[[plans.plan]]``).
What the catalogue has no indicator for stays typed: the one computer for online filing, the commune's
class (loại 2) and the two shares of 100 % stated without their counts (electronic documents, staff with a
digital certificate).

The seed's own contradiction, 10 part-timers whose levels of education add to 11 (6 + 3 + 2), is kept: the
text names it beside both figures, and the rule's warning carries the commune's explanation
(indicators.demo.SEED_000_EXPLANATIONS). The seed attaches no appendix and prints no table; neither does
the demo report. What it leaves out is named in tests/desk/seed_fixtures.py.
"""

ADDRESSEE = ""  # the seed has no "Kính gửi" line: the district's interior office is its first recipient

INTRO = (
    "Công văn số 4089/UBND ngày 28/10/2023 của UBND huyện Bình Sơn đề nghị các xã báo cáo việc thực hiện "
    "“Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, phục vụ Nhân dân”. "
    "UBND xã Bình Phước tổng kết dưới đây những gì xã đã làm được trong năm 2023 theo Chương trình đó."
)

SECTIONS = {
    # I. Công tác lãnh đạo, chỉ đạo triển khai thực hiện
    1: """- Chương trình của tỉnh ban hành kèm Quyết định số 1100/QĐ-UBND ngày 12/11/2021 của UBND tỉnh Quảng Ngãi. UBND xã phổ biến các nội dung chính của Quyết định số 1100/QĐ-UBND tới toàn bộ cán bộ, công chức, cùng những người hoạt động không chuyên trách (KCT), qua các buổi giao ban hằng tuần, hằng tháng.
- Từ đó, xã cụ thể hóa Chương trình bằng các văn bản chỉ đạo của mình cho từng lĩnh vực (nêu ở phần II); các mục tiêu Quyết định số 1100/QĐ-UBND đặt ra cho cấp xã đã có kết quả bước đầu.""",
    # II. Kết quả tổ chức thực hiện: its five fields below.
    2: "",
    # II.1 CCHC and the reform indices
    3: """- **Kế hoạch CCHC.** Xã có Kế hoạch CCHC giai đoạn 2021-2025, ban hành tại Quyết định số 384/QĐ-UBND ngày 21/9/2021. [[plans.plan]] Mỗi nhiệm vụ được giao cho một công chức theo dõi, đúng với chức năng của người đó.
- **Tuyên truyền CCHC.** Kế hoạch số 18/KH-UBND ngày 22/02/2023 đặt ra việc tuyên truyền CCHC của năm. Nội dung CCHC được lồng vào các cuộc họp, hội nghị cơ quan và sinh hoạt ở thôn, cùng lúc với việc phổ biến chủ trương của Đảng, pháp luật của Nhà nước; tin bài được đăng trên Trang thông tin điện tử xã (xabinhphuoc.quangngai.gov.vn), phát trên đài truyền thanh xã, chia sẻ qua Facebook, Zalo và dán ở Bộ phận một cửa. Nhờ vậy Mặt trận, các đoàn thể và người dân có thêm thông tin để giám sát cán bộ, công chức khi làm nhiệm vụ.
- **Cải cách thể chế.** Việc theo dõi thi hành pháp luật được chỉ đạo sát; mỗi năm xã lập kế hoạch và triển khai các văn bản quy phạm pháp luật (QPPL) cấp trên ban hành. Dự thảo văn bản QPPL của HĐND, UBND xã đều được rà soát, kiểm tra trước khi trình ký, theo đúng trình tự luật định và sát với thực tế của xã. Năm 2023 UBND xã ban hành [[figure:institution.legal_docs.issued]] văn bản QPPL.
- **Cải cách thủ tục hành chính (TTHC).** Bám kế hoạch kiểm soát TTHC hằng năm của UBND huyện, xã ban hành Kế hoạch số 15/KH-UBND ngày 16/02/2023. Bộ TTHC xã giải quyết được công khai đủ tại Bộ phận một cửa: quy trình, phí, lệ phí, thời hạn giải quyết và cách gửi phản ánh, kiến nghị về quy định hành chính; Trang thông tin điện tử xã đăng lại các nội dung này để người dân, tổ chức xem trước khi đi làm thủ tục.
*Một cửa, một cửa liên thông.* Theo Hệ thống thông tin một cửa điện tử của tỉnh, tính từ ngày 01/01/2023 đến ngày 25/11/2023: [[figures.dossiers]]
Các hồ sơ quá hạn là do công chức đóng hồ sơ trên phần mềm chậm; bản giấy của kết quả đều đã trao cho người dân trước hạn. Hồ sơ liên thông được công chức phụ trách nhận và xử lý theo quy trình.
*Dịch vụ công trực tuyến.* Bộ phận một cửa giải quyết TTHC trên phần mềm “Cổng dịch vụ công – Hệ thống thông tin một cửa điện tử tỉnh”, có 01 máy vi tính nối mạng để người dân được hướng dẫn nộp hồ sơ qua mạng cho [[figure:procedures.integrated]] TTHC cấp xã có dịch vụ công trực tuyến (mức độ 3 và 4; danh mục theo Quyết định số 906/QĐ-UBND ngày 14/6/2023). Riêng các thủ tục trong danh mục có phát sinh hồ sơ, số hồ sơ nộp trực tuyến là [[figure:dossiers.online_services.online]]/[[figure:dossiers.online_services.received]] hồ sơ tiếp nhận, đạt [[figure:dossiers.rate.online_services]]. [[figures.payments]] Các khoản này được nộp qua Cổng Dịch vụ công quốc gia.
*Phần mềm điều hành, chữ ký số.* Với Kế hoạch số 10/KH-UBND ngày 14/02/2023 về ứng dụng công nghệ thông tin năm 2023, UBND xã điều hành công việc trên phần mềm QLVB&HSCV (iOffice) có sẵn ký số: 100 % văn bản trao đổi trong UBND xã và với cấp trên được xử lý, chuyển ở dạng điện tử; văn bản đi, trừ văn bản mật, đều được ký số rồi gửi trên hệ thống. 100 % cán bộ, công chức khối UBND xã có chứng thư số và dùng nó khi xử lý công việc, giải quyết TTHC. Các bộ phận chuyên môn còn làm việc trên phần mềm hộ tịch, Một cửa dùng chung, kế toán và quản lý dữ liệu dân cư.""",
    # II.2 Staff
    4: """- Theo Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ (cán bộ, công chức cấp xã, người hoạt động không chuyên trách) và Quyết định số 96/QĐ-UBND ngày 03/02/2023 của UBND tỉnh Quảng Ngãi (giao số lượng cán bộ, công chức cấp xã), Bình Phước là xã loại 2, được giao [[figure:organisation.staff.assigned]] cán bộ, công chức; xã đã bố trí đủ [[figure:organisation.staff.present]]/[[figure:organisation.staff.assigned]] người. [[figures.staff]]
- Trong [[figure:staff.part_timers]] người hoạt động KCT có [[figure:staff.part_timers.concurrent]] người kiêm nhiệm. Trình độ chuyên môn: Đại học [[figure:staff.part_timers.education.university]], Cao đẳng [[figure:staff.part_timers.education.college]], Trung cấp [[figure:staff.part_timers.education.intermediate]] người. Lý luận chính trị: Trung cấp [[figure:staff.part_timers.politics.intermediate]], Sơ cấp [[figure:staff.part_timers.politics.elementary]], chưa qua đào tạo [[figure:staff.part_timers.politics.none]] người.
- Ghi chú về số liệu: ba mức chuyên môn của người hoạt động KCT cộng lại được 11 người ([[figure:staff.part_timers.education.university]] + [[figure:staff.part_timers.education.college]] + [[figure:staff.part_timers.education.intermediate]]), trong khi tổng số là [[figure:staff.part_timers]]; bản báo cáo do xã lập không nói người nào được tính hai lần, chẳng hạn một người kiêm nhiệm. Xã để nguyên cả hai số; khi kiểm tra số liệu, cổng báo cáo nêu chênh lệch này thành một cảnh báo và xã đã giải trình.
- Đào tạo, bồi dưỡng: xã lập Kế hoạch số 03/KH-UBND ngày 16/01/2023 về bồi dưỡng chuyên môn, nghiệp vụ, lý luận chính trị cho cán bộ, công chức và người hoạt động KCT, đăng ký học theo quy định và theo đúng nhu cầu công việc. Trong năm, hơn [[figure:staff.training.attendances]] lượt cán bộ, công chức đã dự các lớp chuyên môn, nghiệp vụ do cấp trên mở.
- Chế độ, chính sách: được giải quyết kịp thời, đúng quy định, để cán bộ yên tâm làm việc. Năm 2023 xã lập hồ sơ đề nghị chuyển ngạch lương cho [[figure:staff.regraded]] công chức, nâng bậc lương thường xuyên cho [[figure:staff.pay_rises]] cán bộ, công chức, và chuyển [[figure:staff.rotation.done]] công chức sang vị trí công tác khác.""",
    # II.3 Anti-corruption, thrift
    5: """- Kế hoạch số 11/KH-UBND ngày 15/02/2023 về phòng, chống tham nhũng, tiêu cực trong năm đã được quán triệt tới mọi cán bộ, công chức xã.
- Để dùng kinh phí của xã tiết kiệm, UBND xã có Quyết định số 29/QĐ-UBND ngày 30/01/2023 (Chương trình hành động năm 2023 về tiết kiệm, chống lãng phí) và Quyết định số 30/QĐ-UBND ngày 30/01/2023 (Quy chế quản lý, sử dụng tài sản công năm 2023); cán bộ, công chức và các ban, ngành, đoàn thể xã được yêu cầu làm đúng hai văn bản này.
- Kỷ luật, kỷ cương hành chính được nhắc lại thường xuyên, theo pháp luật và theo Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của UBND tỉnh (các biện pháp chấn chỉnh kỷ luật, kỷ cương đối với cán bộ, công chức, viên chức trong tỉnh). Tới nay xã chưa thấy cán bộ, công chức nào vi phạm đến mức phải xử lý.""",
    # II.4 Office culture, public-service ethics
    6: """- Trên nền Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ (Quy chế văn hóa công sở) và Quyết định số 03/2007/QĐ-BNV ngày 26/02/2007 của Bộ trưởng Bộ Nội vụ (Quy tắc ứng xử của người làm việc ở chính quyền địa phương), xã ban hành Quyết định số 146/QĐ-UBND ngày 14/7/2020 về quy tắc ứng xử, đạo đức nghề nghiệp áp dụng cho mọi người làm việc tại cơ quan, và nhắc lại quy tắc này thường xuyên.
- Mỗi năm UBND xã ra Chương trình công tác; từng cán bộ, công chức biết rõ lĩnh vực mình phụ trách, tự chịu trách nhiệm trước Chủ tịch UBND xã, chủ động đề xuất cách giải quyết và báo cáo đúng hạn.
- Khi tiếp người dân, cán bộ, công chức giữ đúng mực, lắng nghe, chỉ dẫn tỉ mỉ các bước và giải đáp mọi thắc mắc. Trong năm, xã không nhận được phản ánh, kiến nghị nào về đạo đức hay cách giao tiếp của cán bộ, công chức.""",
    # II.5 Mass mobilisation, grassroots democracy
    7: """- Kế hoạch số 27/KH-UBND ngày 15/3/2023 đặt ra việc thực hiện Quy chế dân chủ cơ sở và dân vận chính quyền năm 2023. Cán bộ, công chức, người lao động tiếp tục được phổ biến: Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI, nói về dân vận trong tình hình mới; Pháp lệnh số 34/2007/PL-UBTVQH về dân chủ ở cơ sở; Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về dân vận trong cơ quan hành chính nhà nước; và Chỉ thị số 05/CT-TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh “học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.
- Phong trào thi đua dân vận khéo đi cùng việc học và làm theo Bác; cán bộ, công chức được nhắc giữ tác phong phục vụ, công khai, minh bạch, theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng”, để người đến làm việc với chính quyền đồng thuận và tin tưởng hơn.
- Những việc dân được biết, được bàn, được góp ý và được giám sát đều được công khai ở giao ban, họp thôn, tiếp xúc cử tri và trên bảng tin tại UBND xã, nhà văn hóa thôn: mức đóng góp xây công trình chung và các quỹ từ thiện, nhân đạo; kế hoạch phát triển kinh tế - xã hội; dự án, quy hoạch, bồi thường giải phóng mặt bằng; vốn vay sản xuất, giảm nghèo; bình xét hộ nghèo, cận nghèo cuối năm; chuyển dịch cơ cấu kinh tế; nông thôn mới; CCHC; thu, chi các quỹ do dân góp. Người dân nhờ đó cởi mở hơn, tham gia nhiều hơn vào việc chung của xã.""",
}

CLOSING = "Trên đây là những kết quả năm 2023 của xã trong thực hiện Chương trình; UBND xã Bình Phước kính báo cáo./."

RECIPIENTS = """Phòng Nội vụ huyện Bình Sơn;
Thường trực Đảng ủy xã, Thường trực HĐND xã;
Chủ tịch, các Phó Chủ tịch UBND xã;
Lưu: VT."""
