"""The demo frameworks and scores (data only; ``scorecards.demo`` writes them).

The district framework has seed 004's field maxima (10,5 / 4,5 / 12,5 / 5 / 10 / 9 / 14 / 6,5 = 72, plus
SIPAS 28 = 100); its criteria and sub-criteria are the demo's own, worded for it. The scores of Quảng Ngãi's
13 districts are set so that Huyện Bình Sơn (524) gets seed 004's figures and ranks for 2023 and the changes
the seed states from 2022 (``tests/scorecards/test_seed_004.py`` checks every one).
"""

from __future__ import annotations

# (number, title, max points, method, extra) — extra: steps [[label, points]], or (numerator, denominator,
# thresholds) for a ratio (no thresholds: points in proportion to the percentage).
Y, S, R, M = "yes_no", "steps", "ratio", "manual"
ONLINE = ("dossiers.received.online", "dossiers.received.new", [])
ON_TIME = (
    "dossiers.resolved.early_or_on_time",
    "dossiers.resolved.total",
    [["98", "2"], ["95", "1.5"], ["90", "1"], ["0", "0"]],
)
DIGITISED = ("dossiers.digitised.results", "dossiers.resolved.total", [])
PAID_ONLINE = ("dossiers.payments.online_dossiers", "dossiers.payments.due", [])
DONE_STEPS = [["Hoàn thành 100%", "1"], ["Từ 80% đến dưới 100%", "0.5"], ["Dưới 80%", "0"]]

DISTRICT_ITEMS = [
    ("1", "Chỉ đạo, điều hành CCHC", "10.5", None, None),
    ("1.1", "Kế hoạch cải cách hành chính năm", "2", None, None),
    ("1.1.1", "Ban hành kế hoạch đúng thời hạn, đủ nội dung", "1", Y, None),
    ("1.1.2", "Mức độ thực hiện kế hoạch", "1", S, DONE_STEPS),
    ("1.2", "Báo cáo cải cách hành chính", "1.5", None, None),
    ("1.2.1", "Đủ số lượng, đúng thời hạn", "1", Y, None),
    ("1.2.2", "Chất lượng báo cáo", "0.5", M, None),
    ("1.3", "Kiểm tra công tác cải cách hành chính", "1.5", M, None),
    ("1.4", "Thông tin, tuyên truyền về cải cách hành chính", "2", None, None),
    ("1.4.1", "Có kế hoạch tuyên truyền trong năm", "0.5", Y, None),
    ("1.4.2", "Hình thức tuyên truyền đa dạng, do huyện tự tổ chức", "1.5", M, None),
    ("1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", "1.5", M, None),
    ("1.6", "Hoàn thành nhiệm vụ tỉnh giao đúng tiến độ", "2", M, None),
    ("2", "Cải cách thể chế", "4.5", None, None),
    ("2.1", "Xây dựng, ban hành văn bản quy phạm pháp luật đúng trình tự", "1.5", M, None),
    ("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "1.5", Y, None),
    ("2.3", "Theo dõi tình hình thi hành pháp luật", "1.5", M, None),
    ("3", "Cải cách thủ tục hành chính", "12.5", None, None),
    ("3.1", "Công khai thủ tục hành chính đầy đủ, đúng quy định", "2", M, None),
    ("3.2", "Cơ chế một cửa, một cửa liên thông", "4", None, None),
    ("3.2.1", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "2", R, ON_TIME),
    ("3.2.2", "Xin lỗi người dân khi hồ sơ quá hạn", "1", Y, None),
    ("3.2.3", "Đánh giá chất lượng phục vụ tại Bộ phận Một cửa", "1", M, None),
    ("3.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2.5", None, None),
    ("3.3.1", "Tỷ lệ hồ sơ được số hóa kết quả giải quyết", "1.5", R, DIGITISED),
    ("3.3.2", "Tái sử dụng dữ liệu đã số hóa", "1", M, None),
    ("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị", "2", M, None),
    ("3.5", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "2", M, None),
    ("4", "Cải cách tổ chức bộ máy", "5", None, None),
    ("4.1", "Sắp xếp, kiện toàn cơ cấu tổ chức", "2", M, None),
    ("4.2", "Quản lý, sử dụng biên chế", "2", M, None),
    ("4.3", "Thực hiện phân cấp quản lý", "1", Y, None),
    ("5", "Cải cách chế độ công vụ", "10", None, None),
    ("5.1", "Vị trí việc làm được phê duyệt và thực hiện đúng", "2", M, None),
    ("5.2", "Tuyển dụng, bố trí, sử dụng công chức, viên chức", "2", M, None),
    ("5.3", "Đào tạo, bồi dưỡng", "2", None, None),
    ("5.3.1", "Kế hoạch đào tạo, bồi dưỡng năm", "0.5", Y, None),
    ("5.3.2", "Cử người tham gia đủ các lớp đã đăng ký", "1.5", M, None),
    ("5.4", "Kỷ luật, kỷ cương hành chính", "3", M, None),
    ("5.5", "Cán bộ, công chức cấp xã", "1", M, None),
    ("6", "Cải cách tài chính công", "9", None, None),
    ("6.1", "Giải ngân kế hoạch vốn đầu tư công", "3", M, None),
    ("6.2", "Tự chủ kinh phí quản lý hành chính", "2", M, None),
    ("6.3", "Tự chủ của đơn vị sự nghiệp công lập", "2", M, None),
    ("6.4", "Giảm chi trực tiếp từ ngân sách cho đơn vị sự nghiệp", "2", M, None),
    ("7", "Chính quyền điện tử, chính quyền số", "14", None, None),
    ("7.1", "Hạ tầng và nền tảng số", "3", M, None),
    ("7.2", "Dịch vụ công trực tuyến", "6", None, None),
    ("7.2.1", "Tỷ lệ hồ sơ nộp trực tuyến", "3", R, ONLINE),
    ("7.2.2", "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến", "3", R, PAID_ONLINE),
    ("7.3", "Văn bản điện tử và chữ ký số", "3", M, None),
    ("7.4", "Bảo đảm an toàn thông tin", "2", Y, None),
    ("8", "Tác động của CCHC tới đời sống người dân, doanh nghiệp và kinh tế - xã hội", "6.5", None, None),
    ("8.1", "Thu hút đầu tư", "2", M, None),
    ("8.2", "Doanh nghiệp, hộ kinh doanh gia nhập thị trường", "2", M, None),
    ("8.3", "Vốn đăng ký của doanh nghiệp, hộ kinh doanh", "1.5", M, None),
    ("8.4", "Thu ngân sách trên địa bàn", "1", M, None),
]
DISTRICT_SURVEY = "28"

# A two-tier commune framework (communes directly under the province since 1/7/2025): seven fields.
COMMUNE_ITEMS = [
    ("1", "Chỉ đạo, điều hành cải cách hành chính", "12", None, None),
    ("1.1", "Kế hoạch và báo cáo cải cách hành chính", "6", M, None),
    ("1.2", "Tuyên truyền, kiểm tra cải cách hành chính", "6", M, None),
    ("2", "Thủ tục hành chính và Trung tâm Phục vụ hành chính công", "20", None, None),
    (
        "2.1",
        "Tỷ lệ hồ sơ giải quyết trước và đúng hạn",
        "8",
        R,
        (
            "dossiers.resolved.early_or_on_time",
            "dossiers.resolved.total",
            [["98", "8"], ["95", "6"], ["90", "4"], ["0", "0"]],
        ),
    ),
    ("2.2", "Tỷ lệ hồ sơ nộp trực tuyến", "6", R, ONLINE),
    ("2.3", "Phản ánh, kiến nghị được xử lý đúng hạn", "6", M, None),
    ("3", "Tổ chức bộ máy", "8", M, None),
    ("4", "Chế độ công vụ", "10", M, None),
    ("5", "Tài chính công", "8", M, None),
    ("6", "Chính quyền số", "12", None, None),
    ("6.1", "Tỷ lệ hồ sơ số hóa kết quả giải quyết", "6", R, DIGITISED),
    ("6.2", "Ký số, văn bản điện tử", "6", M, None),
    ("7", "Tác động đến người dân và kinh tế - xã hội", "10", M, None),
]
COMMUNE_SURVEY = "20"

# Appraised points per field (1-8) and SIPAS, by district code. 524 is seed 004's Bình Sơn.
DISTRICTS_2023 = {
    "522": ("10.2", "4.5", "11.8", "5", "9.6", "7.2", "12.4", "5.2", "19"),
    "524": ("9.2", "4.5", "12.06", "5", "9.45", "6.45", "11.85", "4.75", "19.58"),
    "525": ("9.9", "4.5", "11.5", "5", "9.2", "6.9", "12.1", "5", "19.3"),
    "527": ("9.5", "4.5", "11.9", "5", "9.7", "7.5", "12.6", "5.5", "20.5"),
    "528": ("9.4", "4.5", "11.2", "5", "9.1", "6.2", "11.5", "4.5", "19.9"),
    "529": ("9.8", "4.5", "11.6", "5", "9.3", "7", "12.2", "5.1", "20.1"),
    "530": ("10", "4.5", "11.4", "5", "9", "6.1", "11.2", "4.25", "21"),
    "531": ("9.3", "4.5", "11.75", "5", "9.8", "6.8", "12", "4.9", "18.5"),
    "532": ("10.1", "4.5", "12", "5", "9.4", "6.6", "11.4", "4.6", "19.5"),
    "533": ("9.7", "4.5", "11.1", "5", "9.4", "6", "11", "5.3", "20.6"),
    "534": ("9.35", "4.5", "11.3", "5", "9.25", "6.5", "11.7", "4.4", "20.3"),
    "535": ("8.9", "4.5", "11.85", "5", "8.8", "5.9", "10.8", "5.4", "19.2"),
    "536": ("9.05", "4.5", "10.9", "5", "9.35", "6.3", "12.3", "4", "18.9"),
}
DISTRICTS_2022 = {
    "522": ("9.8", "4.5", "11.5", "4.5", "9.2", "7.8", "11.5", "5.5", "21.5"),
    "524": ("9", "3.5", "11", "4", "8.9", "7.5", "10.49", "6", "22.16"),
    "525": ("9.5", "4", "11.2", "4.25", "9", "7.2", "11", "5.2", "21"),
    "527": ("9.9", "4.5", "11.8", "5", "9.4", "8", "12", "5.8", "22"),
    "528": ("9.2", "3.75", "10.5", "4.5", "8.5", "7", "10.6", "4.8", "20"),
    "529": ("9.6", "4.25", "11.3", "4.75", "9.1", "7.6", "11.2", "5.4", "19.3"),
    "530": ("9.4", "4", "10.8", "4.5", "8.6", "6.8", "10.8", "4.5", "19.8"),
    "531": ("9.3", "3.75", "11.1", "4.25", "8.7", "7.1", "10.7", "5", "20.5"),
    "532": ("9.7", "4.5", "11.6", "5", "9.3", "7.9", "11.8", "5.6", "21.2"),
    "533": ("9.1", "3", "10.2", "4.5", "8.4", "6.5", "10.2", "4.6", "19.5"),
    "534": ("9.25", "4", "11.4", "4.75", "9.05", "7.3", "11.1", "5.3", "20.3"),
    "535": ("8.8", "3.25", "10", "4.25", "8.2", "6.4", "10", "4.2", "19"),
    "536": ("8.9", "3.25", "10.9", "4.5", "8.8", "6.9", "10.9", "4.9", "20.2"),
}

# Where Bình Sơn lost points in 2023 (scored item -> appraised points, the council's reason), in the demo's
# own words; any other item of its framework is at its maximum.
BINH_SON_LOSSES = {
    "1.4.2": ("1", "Huyện chủ yếu tham gia các hoạt động tuyên truyền của tỉnh, ít tự tổ chức."),
    "1.5": ("1.2", "Chưa có sáng kiến cải cách hành chính được hội đồng sáng kiến công nhận trong năm."),
    "1.6": ("1.5", "Một số nhiệm vụ tỉnh giao hoàn thành chậm so với thời hạn."),
    "3.2.3": ("0.8", "Tỷ lệ đánh giá của người dân tại Bộ phận Một cửa chưa cao."),
    "3.3.1": ("1.4", "Tỷ lệ số hóa kết quả giải quyết chưa đạt mức tối đa."),
    "3.3.2": ("0.86", "Dữ liệu đã số hóa được dùng lại chưa nhiều."),
    "5.3.2": ("1.25", "Một số lớp bồi dưỡng do tỉnh triệu tập không cử đủ người."),
    "5.4": ("2.7", "Có công chức bị kỷ luật trong năm."),
    "6.1": ("1.95", "Giải ngân vốn đầu tư công mới đạt khoảng 70% kế hoạch."),
    "6.2": ("1.5", "Cơ chế tự chủ kinh phí quản lý hành chính chưa phát huy hiệu quả."),
    "6.3": ("1.5", "Số đơn vị sự nghiệp tự bảo đảm chi thường xuyên còn ít."),
    "6.4": ("1.5", "Mức giảm chi trực tiếp cho đơn vị sự nghiệp chưa đạt yêu cầu."),
    "7.2.1": ("2.09", "Tỷ lệ hồ sơ nộp trực tuyến khoảng 70%."),
    "7.2.2": ("1.76", "Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp."),
    "8.1": ("1.25", "Vốn đầu tư thu hút trong năm không tăng."),
    "8.2": ("1.5", "Số doanh nghiệp, hộ kinh doanh mới chưa đạt chỉ tiêu."),
    "8.3": ("1", "Vốn đăng ký mới không tăng so với năm trước."),
}
# Where Bình Sơn's own score was higher than the council's (item -> its own points).
BINH_SON_SELF = {"1.5": "1.5", "6.1": "2.5", "7.2.2": "2.2"}

DECISION_2024 = (57, "09/01/2024", "về việc công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành, "
                 "UBND các huyện, thị xã, thành phố trên địa bàn tỉnh")  # fmt: skip
DECISION_2023 = (31, "12/01/2023", "về việc công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, "
                 "UBND các huyện, thị xã, thành phố trên địa bàn tỉnh")  # fmt: skip
