"""Narrative of Tịnh Châu's 2023 report (seed 001), by outline position of the "cchc" template."""

INTRO = (
    "Thực hiện Kế hoạch số 117/KH-UBND ngày 31/12/2022 của UBND xã Tịnh Châu về việc cải cách hành chính năm "
    "2023, UBND xã báo cáo kết quả thực hiện công tác CCHC năm 2023 như sau:"
)

SECTIONS = {
    2: """- Đã ban hành Kế hoạch số 117/KH-UBND ngày 31/12/2022 về việc thực hiện cải cách hành chính năm 2023. Kết quả thống kê thực hiện nhiệm vụ tính đến ngày chốt số liệu như bảng dưới đây.""",
    3: """- Đã ban hành Kế hoạch số 46/KH-UBND ngày 31/3/2023 về việc tuyên truyền cải cách hành chính năm 2023. Trong kỳ, UBND xã đã thực hiện các hình thức tuyên truyền khác nhau gồm có: thông tin trên đài truyền thanh xã; xây dựng chuyên trang trên Trang thông tin điện tử của xã và thường xuyên có đăng tin bài; lồng ghép nội dung tuyên truyền thông qua các cuộc họp của cơ quan, đoàn thể, buổi sinh hoạt của các Hội đoàn thể, chi hội, thôn, xóm.
- Đã ban hành Kế hoạch số 12/KH-UBND ngày 30/01/2023 về việc tuyên truyền sử dụng dịch vụ công trực tuyến trên địa bàn xã. Trong năm 2023, tỷ lệ hồ sơ trực tuyến phát sinh trong năm đạt 44,3%; tỷ lệ thanh toán trực tuyến đạt 68,19%.""",
    4: """- Đã tổ chức 1 đợt kiểm tra công tác CCHC và kỷ luật kỷ cương hành chính tại cơ quan (*Thông báo số 45/TB-UBND ngày 26/6/2023*). Có ban hành báo cáo kết quả sau kiểm tra (*báo cáo số 01/BC-TKT ngày 14/7/2023*).""",
    5: """- UBND xã đã ban hành các văn bản chỉ đạo triển khai thực hiện gồm:
+ Quyết định số 04/QĐ-UBND ngày 15/01/2023 về việc công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND xã hết hiệu lực toàn bộ, hết hiệu lực một phần, ngưng hiệu lực trong năm 2022.
+ Kế hoạch số 30/KH-UBND ngày 28/02/2023 về việc theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm 2023.
+ Kế hoạch số 28/KH-UBND ngày 24/02/2023 về việc tuyên truyền, phổ biến, giáo dục pháp luật năm 2023.
- Trong năm UBND xã đã ban hành 01 văn bản quy phạm pháp luật[^1].
- Chưa thực hiện nhiệm vụ hệ thống hóa văn bản quy phạm pháp luật kỳ 2019-2023.
[^1]: Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023 về việc ban hành Quy chế thực hiện dân chủ trên địa bàn xã Tịnh Châu.""",
    7: """- Quyết định số 12/QĐ-UBND ngày 23/02/2023 về việc ban hành kế hoạch hoạt động kiểm soát TTHC năm 2023.
- Kế hoạch số 26/KH-UBND ngày 24/02/2023 về việc rà soát, đánh giá TTHC năm 2023.
- Kế hoạch số 32/KH-UBND ngày 06/3/2023 về kiểm tra nội bộ công tác kiểm soát TTHC năm 2023.
- Kế hoạch số 37/KH-UBND ngày 15/3/2023 về truyền thông công tác kiểm soát TTHC năm 2023.
- Đã thực hiện niêm yết 100% TTHC thuộc thẩm quyền giải quyết của UBND xã tại Bộ phận một cửa và trên Trang thông tin điện tử của xã.""",
    8: """Kết quả tiếp nhận và giải quyết TTHC trong năm 2023 (thống kê trích xuất từ hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Ngãi):""",
    9: """- Tiếp tục thực hiện thu phí, lệ phí giải quyết TTHC áp dụng tại Bộ phận một cửa xã theo các thông báo trước đó của UBND xã, không có thay đổi[^2]. Có thực hiện giảm 50% đối với các hồ sơ nộp trực tuyến theo quy định tại Nghị quyết số 11/2022/NQ-HĐND ngày 07/7/2022.
- Trong năm đã kiện toàn thành viên làm việc tại Bộ phận tiếp nhận và trả kết quả xã (*Quyết định số 75/QĐ-UBND ngày 01/6/2023 của Chủ tịch UBND xã*).
- Trong năm, có 1.032 lượt đánh giá. Kết quả có 757/1.032 lượt đánh giá mức độ “Rất hài lòng”, chiếm tỷ lệ 73,35%; 275/1.032 lượt đánh giá mức độ “Hài lòng”, chiếm tỷ lệ 26,65%.
[^2]: Thông báo số 91/TB-UBND ngày 25/11/2022 về việc công khai quy định mức thu lệ phí hộ tịch áp dụng tại UBND xã; Thông báo số 11/TB-UBND ngày 23/02/2023 về việc công khai quy định mức thu phí chứng thực áp dụng tại UBND xã Tịnh Châu.""",
    10: """- Tính đến ngày 30/11/2023, số lượng CBCC xã là 20 người (tăng 1 người so với cùng kỳ năm trước). Cụ thể:
+ Cán bộ: 11 người, trong đó nữ là 3/11 đồng chí, chiếm tỷ lệ 27,27%.
+ Công chức xã: 9 người, trong đó nữ là 4/9 người, chiếm tỷ lệ 44,44%.""",
    11: """- Đã ban hành Kế hoạch số 08/KH-UBND ngày 30/01/2023 về việc đào tạo, bồi dưỡng cán bộ, công chức, người hoạt động không chuyên trách năm 2023. Kết quả thực hiện trong năm như sau:
+ Đang tham gia lớp Trung cấp lý luận chính trị là 1/1 người (đạt 100%).
+ Đã tham gia lớp bồi dưỡng kiến thức ngạch chuyên viên là 5/5 người (đạt 100%).
- Đã ban hành kế hoạch số 40/KH-UBND ngày 15/3/2023 về việc tự kiểm tra nội bộ kỷ luật, kỷ cương hành chính tại UBND xã.""",
    12: """- Đã ban hành Quyết định số 02/QĐ-UBND ngày 12/01/2023 về việc dự toán ngân sách nhà nước năm 2023.
- Tổ chức thực hiện tốt công tác thu - chi ngân sách Nhà nước năm 2023. Trong năm, kết quả ước thực hiện như sau:
+ Công tác thu: ước thực hiện 1.018 / 1.088 triệu đồng, đạt tỷ lệ 94% chỉ tiêu giao.
+ Công tác chi: ước thực hiện 5.356.443 / 5.356.443 nghìn đồng, đạt tỷ lệ 100% chỉ tiêu giao.""",
    13: """- Đã ban hành Kế hoạch số 14/KH-UBND ngày 30/01/2023 triển khai thực hiện công tác truyền thông về chuyển đổi số trên địa bàn xã Tịnh Châu; Kế hoạch số 38/KH-UBND ngày 14/3/2023 về Chuyển đổi số xã Tịnh Châu năm 2023.
- Có 100% CBCC được trang bị và sử dụng thành thạo máy vi tính (21 bộ máy vi tính), có cài đặt phần mềm chống mã độc.
- Trong năm đã ban hành 1.030 văn bản đi, tiếp nhận 3.968 văn bản đến. Tỷ lệ ký số văn bản đạt 100%.""",
    15: """- Gia tăng tỷ lệ hồ sơ TTHC nộp trực tuyến, thanh toán trực tuyến. Tỷ lệ hồ sơ trực tuyến đạt 44,8%, thanh toán trực tuyến đạt 68,19%.
- Khai thác, ứng dụng triệt để các tính năng của Hệ thống iOffice, Hệ thống thông tin giải quyết TTHC tỉnh, giúp nâng cao hiệu quả hoạt động điều hành, quản lý của UBND xã, BPMC xã.""",
    16: """- Hiệu quả tuyên truyền chưa đạt được hiệu quả cao, nguyên nhân chủ yếu do nội dung tuyên truyền không đa dạng, phong phú.
- Tỷ lệ hồ sơ trả quá hạn còn cao (chiếm tỷ lệ 2,9%). Nguyên nhân chủ yếu do công chức chuyên môn chậm, trễ xử lý trên Hệ thống (thực tế đã giải quyết và trả đúng hạn).
- Chưa thực hiện nhiệm vụ hệ thống hóa văn bản quy phạm pháp luật kỳ 2019-2023 theo kế hoạch.""",
    17: """- Ban hành kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2024.
- Nâng cao chất lượng giải quyết thủ tục hành chính của công dân, tổ chức đảm bảo đúng trình tự, thủ tục và thời gian quy định.
- Đẩy mạnh công tác số hóa hồ sơ, kết quả giải quyết TTHC trên hệ thống giải quyết TTHC, phấn đấu tăng tỷ lệ hồ sơ, kết quả được số hóa.""",
    18: """- Kiến nghị xem xét cung cấp dịch vụ công trực tuyến thuộc thẩm quyền giải quyết của cấp xã trên ứng dụng điện thoại thông minh, để giúp người dân thuận tiện hơn trong việc nộp hồ sơ trực tuyến.
- Kiến nghị tổ chức lớp bồi dưỡng chuyên môn nghiệp vụ thường xuyên, kịp thời cập nhật kiến thức mới.""",
}

RECIPIENTS = """UBND TP Quảng Ngãi (b/c);
Phòng Nội vụ TP (b/c);
TT Đảng ủy, TT HĐND xã;
CT, các PCT xã;
Các bộ phận, đơn vị thuộc UBND xã;
Lưu: VT, HS."""
