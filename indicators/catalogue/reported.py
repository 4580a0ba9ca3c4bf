"""Figures the seeds state in their text that no indicator held (issue 19): each now has one, on the dossier
or staff form (catalogue/forms.py) where a clerk enters it, so a report prints it as a live figure instead
of typing it.

Seed 001 (Tịnh Châu 2023): 15/51 online services with dossiers, 19/51 with a fee, 9/19 paid online, 37
news posts, 5 pay rises, 1 regrading, 20 training attendances, 1 civil servant due to rotate and none
rotated. Seed 000 (Bình Phước 2023) states the same way its online dossiers among those of the procedures
offered online (882/1551 = 56,9 %: two counts and their share, derived), its training attendances (44),
its regrading, pay rises and rotation, and the part-time posts held concurrently ("02 kiêm nhiệm"). Seed 003
(Lai Hưng) splits its dossiers by level of online service (738 end to end, 1.010 in part); seed 002 (Văn
phòng UBND tỉnh) counts the decisions announcing procedures and the procedures they announce, new, amended
and abolished, and the letters its citizen-reception board received, admitted and sorted by kind; seed 001
also states its courses of the year and its procedure review against the plan (1/1, 5/5; 1/1), its training
classes (20) and its budget, revenue in million đồng and expenditure in thousand đồng, each against the
estimate it was given (1.018/1.088, 5.356.443/5.356.443) with its share, and its equipment (21 computers; at
the one-stop desk 3 computers, 1 scanner, 2 printers, 1 self-service computer, 1 camera, 1 screen; 12
personal signing tokens, 1 of the office, 3 leaders signing by SIM); seed 002 also its citizen-reception
sessions, the people received in them and the crowd delegations (35, 48, 02) and the công chức and viên
chức it sent on three courses (01 viên chức; 01 and 01; 02 công chức). A service count is a fact of the
unit (never summed); the others add up.
"""

from __future__ import annotations

from indicators.catalogue.base import P, _i

REPORTED_INDICATORS = [
    _i(
        "procedures.online.with_dossiers",
        "Số TTHC cung cấp dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "procedures.online.with_fees",
        "Số dịch vụ công trực tuyến có yêu cầu nghĩa vụ tài chính",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "procedures.online.with_payments",
        "Số dịch vụ công trực tuyến có phát sinh giao dịch thanh toán trực tuyến",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "dossiers.online_services.received",
        "Số hồ sơ tiếp nhận của các TTHC có cung cấp dịch vụ công trực tuyến và có phát sinh hồ sơ",
        "Hồ sơ",
        group="dossiers",
    ),
    _i(
        "dossiers.online_services.online",
        "Trong đó: số hồ sơ nộp trực tuyến",
        "Hồ sơ",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.online_services",
        "Tỷ lệ hồ sơ nộp trực tuyến của các TTHC có cung cấp dịch vụ công trực tuyến",
        "%",
        P,
        num="dossiers.online_services.online",
        den="dossiers.online_services.received",
        group="dossiers",
    ),
    _i("egov.news_posts", "Số tin, bài tuyên truyền về CCHC, TTHC, chuyển đổi số đã đăng", "Tin, bài", group="egov"),
    _i("staff.pay_rises", "Số người được đề nghị nâng lương thường xuyên", "Người", group="staff"),
    _i("staff.regraded", "Số người được đề nghị chuyển ngạch, xếp lương", "Người", group="staff"),
    _i("staff.training.attendances", "Số lượt người tham gia bồi dưỡng, tập huấn", "Lượt người", group="staff"),
    _i("staff.training.classes", "Số lớp bồi dưỡng, tập huấn chuyên môn, nghiệp vụ", "Lớp", group="staff"),
    # Seed 001's courses of the year against the plan: 1/1 sent to Trung cấp lý luận chính trị is studying,
    # 5/5 sent to the state-management course for chuyên viên took it.
    _i(
        "staff.training.politics.sent",
        "Số người được cử học Trung cấp lý luận chính trị trong kỳ",
        "Người",
        group="staff",
    ),
    _i("staff.training.politics.attending", "Trong đó: đang theo học", "Người", group="staff"),
    _i(
        "staff.rate.training.politics",
        "Tỷ lệ người được cử đang theo học Trung cấp lý luận chính trị",
        "%",
        P,
        num="staff.training.politics.attending",
        den="staff.training.politics.sent",
        group="staff",
    ),
    _i(
        "staff.training.specialist.sent",
        "Số người được cử bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên trong kỳ",
        "Người",
        group="staff",
    ),
    _i("staff.training.specialist.attended", "Trong đó: đã dự lớp", "Người", group="staff"),
    _i(
        "staff.rate.training.specialist",
        "Tỷ lệ người được cử đã dự lớp bồi dưỡng ngạch chuyên viên",
        "%",
        P,
        num="staff.training.specialist.attended",
        den="staff.training.specialist.sent",
        group="staff",
    ),
    # Seed 002's courses, each with the công chức and the viên chức sent to it: Cao cấp lý luận chính trị (01
    # viên chức), the course for heads of division (01 công chức, 01 viên chức) and the chuyên viên chính grade
    # course (02 công chức). Entered counts; a course's other category stays blank where the seed names none.
    *(
        _i(f"staff.training.{course}.{key}", f"Số {category} được cử học {name}", "Người", group="staff")
        for course, name in (
            ("senior_politics", "Cao cấp lý luận chính trị"),
            ("division_leaders", "bồi dưỡng lãnh đạo, quản lý cấp phòng"),
            ("principal_specialist", "bồi dưỡng ngạch chuyên viên chính"),
        )
        for key, category in (("civil_servants", "công chức"), ("public_employees", "viên chức"))
    ),
    _i("staff.rotation.due", "Số công chức thuộc diện chuyển đổi vị trí công tác", "Người", group="staff"),
    _i("staff.rotation.done", "Số công chức đã chuyển đổi vị trí công tác", "Người", group="staff"),
    _i("staff.part_timers.concurrent", "Số chức danh không chuyên trách kiêm nhiệm", "Người", group="staff"),
    # Seed 003 (Lai Hưng, 6 tháng đầu năm 2023): of its 1.748 dossiers, 738 online end to end, 1.010 in part.
    _i("dossiers.online_level.full", "Số hồ sơ tiếp nhận trực tuyến toàn trình", "Hồ sơ", group="dossiers"),
    _i("dossiers.online_level.partial", "Số hồ sơ tiếp nhận trực tuyến một phần", "Hồ sơ", group="dossiers"),
    # Seed 002 (Văn phòng UBND tỉnh, 6 tháng đầu năm 2023): 20 decisions announcing procedures, with 29 new, 84
    # amended and 33 abolished procedures.
    _i("procedures.announcements", "Số quyết định công bố danh mục TTHC", "Quyết định", group="procedures"),
    _i("procedures.announced.new", "Số TTHC mới ban hành được công bố", "Thủ tục", group="procedures"),
    _i("procedures.announced.amended", "Số TTHC sửa đổi, bổ sung được công bố", "Thủ tục", group="procedures"),
    _i("procedures.announced.abolished", "Số TTHC bị bãi bỏ được công bố", "Thủ tục", group="procedures"),
    # Seed 001's procedure review: 1/1 procedure of the year's review plan reviewed.
    _i("procedures.review.planned", "Số TTHC phải rà soát, đánh giá theo kế hoạch", "Thủ tục", group="procedures"),
    _i("procedures.review.done", "Số TTHC đã rà soát, đánh giá", "Thủ tục", group="procedures"),
    _i(
        "procedures.rate.review",
        "Tỷ lệ TTHC đã rà soát, đánh giá so với kế hoạch",
        "%",
        P,
        num="procedures.review.done",
        den="procedures.review.planned",
        group="procedures",
    ),
    # Seed 002 again: the letters (đơn thư) the provincial citizen-reception board received, 81 (09 signed by
    # several people), 62 admissible, and by kind 19 complaints, 07 denunciations, 55 petitions. The kinds add
    # up to the letters received, not to the admissible ones; no rule ties them, the seed's text says which.
    _i("letters.received", "Số đơn khiếu nại, tố cáo, phản ánh, kiến nghị đã tiếp nhận", "Đơn", group="dossiers"),
    _i("letters.multi_signed", "Trong đó: đơn có nhiều người đứng tên", "Đơn", group="dossiers"),
    _i("letters.admissible", "Số đơn đủ điều kiện xử lý", "Đơn", group="dossiers"),
    _i("letters.complaints", "Đơn khiếu nại", "Đơn", group="dossiers"),
    _i("letters.denunciations", "Đơn tố cáo", "Đơn", group="dossiers"),
    _i("letters.petitions", "Đơn phản ánh, kiến nghị", "Đơn", group="dossiers"),
    # Seed 001's budget of the year (ước thực hiện) against the estimate given (dự toán giao): revenue 1.018 of
    # 1.088 million đồng, expenditure 5.356.443 of 5.356.443 thousand đồng. Each amount keeps the unit the
    # seed states it in; the shares are computed (1.018/1.088 prints 93,57 %, the seed rounds it to 94 %).
    _i(
        "public_finance.budget.revenue.planned",
        "Dự toán thu ngân sách nhà nước được giao",
        "Triệu đồng",
        group="public-finance",
    ),
    _i(
        "public_finance.budget.revenue.done",
        "Thu ngân sách nhà nước thực hiện (ước thực hiện)",
        "Triệu đồng",
        group="public-finance",
    ),
    _i(
        "public_finance.budget.rate.revenue",
        "Tỷ lệ thu ngân sách nhà nước so với dự toán giao",
        "%",
        P,
        num="public_finance.budget.revenue.done",
        den="public_finance.budget.revenue.planned",
        group="public-finance",
    ),
    _i(
        "public_finance.budget.expenditure.planned",
        "Dự toán chi ngân sách nhà nước được giao",
        "Nghìn đồng",
        group="public-finance",
    ),
    _i(
        "public_finance.budget.expenditure.done",
        "Chi ngân sách nhà nước thực hiện (ước thực hiện)",
        "Nghìn đồng",
        group="public-finance",
    ),
    _i(
        "public_finance.budget.rate.expenditure",
        "Tỷ lệ chi ngân sách nhà nước so với dự toán giao",
        "%",
        P,
        num="public_finance.budget.expenditure.done",
        den="public_finance.budget.expenditure.planned",
        group="public-finance",
    ),
    # Seed 001's equipment: every cán bộ, công chức has a computer (21), the one-stop desk's machines, and the
    # digital-signature devices (12 personal tokens, 1 of the office) and the leaders who sign by SIM (3).
    _i("egov.equipment.computers", "Số máy vi tính của cán bộ, công chức", "Bộ", group="egov"),
    _i("egov.equipment.one_stop.computers", "Số máy vi tính tại Bộ phận một cửa", "Máy", group="egov"),
    _i("egov.equipment.one_stop.scanners", "Số máy quét tại Bộ phận một cửa", "Máy", group="egov"),
    _i("egov.equipment.one_stop.printers", "Số máy in tại Bộ phận một cửa", "Máy", group="egov"),
    _i(
        "egov.equipment.one_stop.kiosks",
        "Số máy tính để người dân tự nộp hồ sơ, tra cứu tại Bộ phận một cửa",
        "Máy",
        group="egov",
    ),
    _i("egov.equipment.one_stop.cameras", "Số camera giám sát tại Bộ phận một cửa", "Cái", group="egov"),
    _i("egov.equipment.one_stop.screens", "Số màn hình tuyên truyền tại Bộ phận một cửa", "Cái", group="egov"),
    _i("egov.signatures.personal_tokens", "Số thiết bị ký số (token) cấp cho cá nhân", "Thiết bị", group="egov"),
    _i("egov.signatures.unit_tokens", "Số thiết bị ký số (token) của cơ quan", "Thiết bị", group="egov"),
    _i("egov.signatures.sim", "Số lãnh đạo ký số trên SIM", "Người", group="egov"),
    # Seed 002's citizen reception: the provincial board received citizens in more than 35 regular sessions
    # (48 people) and 02 crowd delegations. A session may bring several people: no rule ties the two.
    _i("reception.sessions", "Số lượt tiếp công dân thường xuyên", "Lượt", group="dossiers"),
    _i("reception.people", "Số người được tiếp trong các lượt tiếp thường xuyên", "Người", group="dossiers"),
    _i("reception.delegations", "Số đoàn đông người được tiếp", "Đoàn", group="dossiers"),
]
