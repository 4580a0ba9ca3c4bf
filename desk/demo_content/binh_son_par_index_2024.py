"""Huyện Bình Sơn's report on its PAR INDEX and SIPAS results of 2023 and the reform work since the year
began (seed 004), retold for the demo.

Keyed by position in ``reports.demo.SEED_004_OUTLINE`` (I–III). Part II is not typed: its sentences are
the scorecards' live blocks, worded from the council's published appraisal and the SIPAS scores
(scorecards.narrative), so the points, shares (rounded half-up: 87,62 %, where the seed truncates to
87,61 %), ranks and changes cannot disagree with the scorecard appended to the report. The facts of I and
III are the seed's (documents, dates, counts); the sentences are the demo's own
(tests/desk/test_demo_originality.py).
"""

ADDRESSEE = "Sở Nội vụ tỉnh Quảng Ngãi"

INTRO = (
    "Theo Công văn số 2371/UBND-TTHC ngày 13/5/2024 của UBND tỉnh chuẩn bị họp đánh giá các chỉ số PAR INDEX, "
    "SIPAS, PCI và PAPI, UBND huyện Bình Sơn báo cáo kết quả hai chỉ số của huyện năm 2023 và những việc cải cách "
    "hành chính (CCHC) đã làm từ 15/12/2023 đến 15/5/2024 như sau:"
)

SECTIONS = {
    1: """**1. Chỉ đạo, điều hành**
- Kế hoạch CCHC năm 2024 của huyện ban hành theo Quyết định số 2249/QĐ-UBND ngày 28/12/2023, bám Kế hoạch CCHC năm 2024 của tỉnh (Quyết định số 1879/QĐ-UBND ngày 15/12/2023) và Kế hoạch CCHC của huyện giai đoạn 2021 – 2025 (Quyết định số 3173/QĐ-UBND ngày 14/9/2021).
- Công văn số 530/UBND-TTHC ngày 26/02/2024 giao người đứng đầu từng cơ quan, từng xã, thị trấn chịu trách nhiệm về kết quả CCHC của mình; Kế hoạch số 45/KH-UBND ngày 06/3/2024 về tuyên truyền CCHC và chuyển đổi số năm 2024.
**2. Thể chế**
- Đã thẩm định 01 dự thảo quyết định quy phạm về chức năng, nhiệm vụ và tổ chức của Thanh tra huyện; kết quả hệ thống hóa văn bản kỳ 2019 – 2023 được báo cáo tại Báo cáo số 117/BC-UBND ngày 01/3/2024; kế hoạch kiểm tra, rà soát văn bản năm 2024 đang thực hiện.
**3. Thủ tục hành chính**
- Kế hoạch kiểm soát TTHC năm 2024 (Quyết định số 378/QĐ-UBND ngày 21/02/2024) và rà soát, đánh giá TTHC năm 2024 (Kế hoạch số 39/KH-UBND ngày 23/02/2024).
- Bộ phận Một cửa huyện và các xã nhận hồ sơ, trả kết quả mọi TTHC thuộc thẩm quyền của hai cấp trên phần mềm một cửa dùng chung của tỉnh; người dân chấm điểm sự hài lòng bằng máy tính bảng hoặc phiếu.
**4. Tổ chức bộ máy**
- Đề án giải thể Phòng Y tế, giao việc tham mưu về y tế cho Văn phòng HĐND và UBND huyện; đang lấy ý kiến về việc sắp xếp các phòng kinh tế, nông nghiệp, hạ tầng và quản lý đô thị.
- Tinh giản biên chế: đợt 1 năm 2024 với 08 người; danh sách đợt 2 gồm 16 người đang chờ cấp có thẩm quyền duyệt.
- Đo sự hài lòng với dịch vụ y tế công (Kế hoạch số 71/KH-UBND ngày 29/3/2024) và với giáo dục công lập (Kế hoạch số 72/KH-UBND, theo bộ câu hỏi của Quyết định số 3476/QĐ-BGDĐT ngày 04/10/2019).""",
    2: """[[scorecards.opening]]

[[scorecards.summary]]

**1. Điểm từng lĩnh vực của Chỉ số CCHC**

[[scorecards.field.1]]

[[scorecards.field.2]]

[[scorecards.field.3]]

[[scorecards.field.4]]

[[scorecards.field.5]]

[[scorecards.field.6]]

[[scorecards.field.7]]

[[scorecards.field.8]]

**2. Sự hài lòng của người dân, tổ chức**

[[scorecards.survey]]

**3. Nhận xét chung và nguyên nhân mất điểm**

[[scorecards.change]]

- Nguyên nhân khách quan: văn bản Trung ương về sắp xếp bộ máy chậm sửa đổi và chưa đồng bộ; kinh tế khó khăn nên số doanh nghiệp mới tăng chậm; người trả lời phiếu điều tra xã hội học chưa thấy hết những đổi thay về CCHC của huyện.
- Nguyên nhân chủ quan: một số người đứng đầu chưa sâu sát, quyết liệt với CCHC; phòng, ban và huyện với xã phối hợp còn rời rạc; dịch vụ công và thanh toán trực tuyến còn ít người dùng; Bộ phận Một cửa các cấp chưa làm hết trách nhiệm; kiểm tra và tuyên truyền chưa thường xuyên; vài cán bộ, công chức chưa nghiêm kỷ luật, kỷ cương, làm người dân kém hài lòng.""",
    3: """- Mỗi phòng, ban và mỗi xã, thị trấn tự rà lại phần điểm của mình trong Chỉ số CCHC năm 2023, nhất là ở những tiêu chí bị trừ hoặc mất điểm, và báo cáo cách khắc phục trong năm 2024.
- Hướng dẫn người dân nộp hồ sơ và thanh toán trực tuyến, trước hết là cán bộ, công chức, viên chức, học sinh, sinh viên và những người quen dùng thiết bị số.
- Giữ kỷ luật, kỷ cương hành chính; nâng cao thái độ phục vụ tại Bộ phận Một cửa các cấp; tăng kiểm tra, giám sát việc thực hiện CCHC ở các cơ quan và các xã, thị trấn.
- Bồi dưỡng công chức làm CCHC và kiểm soát TTHC; bố trí đủ kinh phí, nhất là cho công nghệ thông tin.
- Sắp xếp lại chức năng, nhiệm vụ của các cơ quan khi có hướng dẫn của bộ, ngành; đánh giá, xếp loại người đứng đầu gắn với kết quả CCHC; đề nghị Mặt trận Tổ quốc và các đoàn thể tham gia giám sát.""",
}

RECIPIENTS = """Như trên;
Thường trực Huyện ủy (để báo cáo);
Chủ tịch, các Phó Chủ tịch UBND huyện;
Ban Chỉ đạo CCHC huyện;
Phòng, ban của huyện;
Văn phòng HĐND và UBND huyện (CVP, CV TTHC);
Lưu: VT, TTHC."""
