"""The standard catalogue, loaded by a data migration into every database.

Sources: Phụ lục 1 of seed 001 (groups 1-7, items 1.1 …), the dossier
statistics of Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) and the staff
figures of seeds 000 and 001. Codes are stable: imports, exports, rules and
other modules refer to them. Text here is document text, in Vietnamese.

A province changes this catalogue in the admin; a change to the shipped
standard goes into a new migration that calls ``load(apps)`` again
(idempotent: rows are matched on their codes).
"""

from __future__ import annotations

NO_YES = [[0, "Không"], [1, "Có"]]
NOT_DOING_DONE = [[0, "Chưa"], [1, "Đang làm"], [2, "Hoàn thành"]]

# code, name, consolidating office
GROUPS = [
    ("direction", "Công tác chỉ đạo điều hành CCHC", ""),
    ("institution", "Cải cách thể chế", "Phòng Tư pháp tổng hợp"),
    ("procedures", "Cải cách thủ tục hành chính", "Văn phòng HĐND&UBND"),
    ("organisation", "Cải cách tổ chức bộ máy hành chính nhà nước", "Phòng Nội vụ"),
    ("civil-service", "Cải cách chế độ công vụ", "Phòng Nội vụ"),
    ("public-finance", "Cải cách tài chính công", "Phòng TC-KH thành phố tổng hợp"),
    ("egov", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Phòng Văn hóa và Thông tin tổng hợp"),
    ("dossiers", "Kết quả giải quyết hồ sơ thủ tục hành chính", "Văn phòng HĐND&UBND"),
    ("staff", "Cán bộ, công chức, người hoạt động không chuyên trách", "Phòng Nội vụ"),
]

# Procedure fields (lĩnh vực TTHC) handled by commune-level units.
PROCEDURE_FIELDS = [
    ("ho-tich", "Hộ tịch"),
    ("chung-thuc", "Chứng thực"),
    ("dat-dai", "Đất đai"),
    ("bao-tro-xa-hoi", "Bảo trợ xã hội"),
    ("nguoi-co-cong", "Người có công"),
    ("nuoi-con-nuoi", "Nuôi con nuôi"),
    ("thi-dua-khen-thuong", "Thi đua, khen thưởng"),
    ("van-hoa", "Văn hóa, thông tin"),
    ("moi-truong", "Môi trường"),
    ("nong-nghiep", "Nông nghiệp"),
    ("khac", "Lĩnh vực khác"),
]

# Indicator fields: code, name, unit of measure, value type, then options:
# agg (sum|ratio|coded|none), src (entered|derived|provided), formula, num, den,
# codes, breakdown ("procedure_field"), group.
C, D, P, K, T = "count", "decimal", "percent", "coded", "text"


def _i(code, name, uom, vtype=C, **opts):
    agg = opts.pop("agg", {C: "sum", D: "sum", P: "none", K: "coded", T: "none"}[vtype])
    src = opts.pop("src", "entered")
    if "formula" in opts:
        src = "derived"
    if "num" in opts:
        src, agg = "derived", "ratio"
    return {
        "code": code,
        "name": name,
        "unit_of_measure": uom,
        "value_type": vtype,
        "aggregation": agg,
        "value_source": src,
        **opts,
    }


def _sum(*codes):
    return " + ".join(codes)


R = "dossiers.received."
S = "dossiers.resolved."
IP = "dossiers.in_process."
PF = "procedure_field"

INDICATORS = [
    # 1. Chỉ đạo điều hành: plan figures come from the plans module.
    _i("plan.tasks.planned", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", src="provided", group="direction"),
    _i("plan.tasks.done", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", src="provided", group="direction"),
    _i(
        "plan.directing_documents",
        "Số văn bản chỉ đạo CCHC đã ban hành/tham mưu ban hành trong kỳ",
        "Văn bản",
        src="provided",
        group="direction",
    ),
    _i(
        "plan.rate.done",
        "Tỷ lệ nhiệm vụ đã hoàn thành",
        "%",
        P,
        num="plan.tasks.done",
        den="plan.tasks.planned",
        group="direction",
    ),
    _i("assigned.tasks.total", "Tổng số nhiệm vụ được giao", "Nhiệm vụ", src="provided", group="direction"),
    _i("assigned.tasks.on_time", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", src="provided", group="direction"),
    _i("assigned.tasks.late", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", "Nhiệm vụ", src="provided", group="direction"),
    _i("survey.responses", "Số lượng phiếu khảo sát", "Lượt", group="direction"),
    _i(
        "survey.method",
        "Hình thức khảo sát",
        "Mã",
        K,
        codes=[[0, "Trực tuyến"], [1, "Phát phiếu"], [2, "Kết hợp"]],
        group="direction",
    ),
    _i("direction.dialogue", "Tổ chức đối thoại về TTHC của UBND cấp xã", "Mã", K, codes=NO_YES, group="direction"),
    # 2. Thể chế
    _i("institution.legal_docs.issued", "Số VBQPPL đã ban hành/tham mưu ban hành", "Văn bản", group="institution"),
    _i("institution.legal_docs.checked", "Số VBQPPL đã kiểm tra theo thẩm quyền", "Văn bản", group="institution"),
    _i("institution.legal_docs.reviewed", "Số VBQPPL đã rà soát", "Văn bản", group="institution"),
    _i(
        "institution.legal_docs.flagged",
        "Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát",
        "Văn bản",
        group="institution",
    ),
    _i(
        "institution.legal_docs.handled",
        "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
        "Văn bản",
        group="institution",
    ),
    # 3. Thủ tục hành chính
    _i("procedures.total", "Thống kê TTHC", "Thủ tục", group="procedures"),
    _i("procedures.published", "Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia", "Thủ tục", group="procedures"),
    _i(
        "procedures.integrated",
        "Số TTHC mức độ 3 và 4 đã tích hợp lên Cổng DVC quốc gia",
        "Thủ tục",
        group="procedures",
    ),
    _i("procedures.interconnected.same_level", "Số TTHC liên thông cùng cấp", "Thủ tục", group="procedures"),
    _i(
        "procedures.interconnected.between_levels",
        "Số TTHC liên thông giữa các cấp chính quyền",
        "Thủ tục",
        group="procedures",
    ),
    _i(
        "procedures.rate.internal_process_approved",
        "Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ",
        "%",
        P,
        group="procedures",
    ),
    _i(
        "procedures.rate.internal_process_digitised",
        "Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa",
        "%",
        P,
        group="procedures",
    ),
    _i("procedures.online.full", "Tổng số TTHC cung cấp trực tuyến mức độ Toàn trình", "Thủ tục", group="procedures"),
    _i("procedures.online.partial", "Tổng số TTHC cung cấp trực tuyến mức độ Một phần", "Thủ tục", group="procedures"),
    _i(
        "dossiers.rate.on_time_departments",
        "Tỷ lệ hồ sơ TTHC do cơ quan chuyên môn tiếp nhận được giải quyết đúng hạn",
        "%",
        P,
        group="procedures",
    ),
    # 4. Tổ chức bộ máy
    _i("organisation.staff.assigned", "Tổng số biên chế được giao trong năm", "Người", group="organisation"),
    _i("organisation.staff.present", "Tổng số biên chế có mặt tại thời điểm báo cáo", "Người", group="organisation"),
    _i(
        "organisation.contract_workers",
        "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước",
        "Người",
        group="organisation",
    ),
    _i("organisation.staff.reduced", "Số biên chế đã tinh giản trong kỳ báo cáo", "Người", group="organisation"),
    # 5. Chế độ công vụ
    _i(
        "civil_service.leaders_appointed",
        "Số liệu về bổ nhiệm công chức lãnh đạo (lãnh đạo cấp phòng)",
        "Người",
        group="civil-service",
    ),
    _i(
        "civil_service.disciplined",
        "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)",
        "Người",
        group="civil-service",
    ),
    # 6. Tài chính công
    _i(
        "public_finance.autonomy.full_with_investment",
        "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)",
        "Cơ quan, đơn vị",
        group="public-finance",
    ),
    _i(
        "public_finance.autonomy.full",
        "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
        "Cơ quan, đơn vị",
        group="public-finance",
    ),
    _i(
        "public_finance.autonomy.partial",
        "Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)",
        "Cơ quan, đơn vị",
        group="public-finance",
    ),
    _i(
        "public_finance.autonomy.state_funded",
        "Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
        "Cơ quan, đơn vị",
        group="public-finance",
    ),
    _i(
        "public_finance.equitised",
        "Số lượng đơn vị SNCL đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
        "Cơ quan, đơn vị",
        group="public-finance",
    ),
    # 7. Chính quyền điện tử, chính quyền số
    _i(
        "egov.architecture",
        "Cập nhật Kiến trúc chính quyền điện tử phiên bản 2.0",
        "Mã",
        K,
        codes=[[0, "Chưa"], [1, "Hoàn thành"]],
        group="egov",
    ),
    _i(
        "egov.video_conference",
        "Xây dựng và vận hành Hệ thống họp trực tuyến",
        "Mã",
        K,
        codes=[[0, "Chưa có"], [1, "Liên thông 2 cấp"], [2, "Liên thông 3 cấp"]],
        group="egov",
    ),
    _i(
        "egov.reporting_system",
        "Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo quốc gia",
        "Mã",
        K,
        codes=NOT_DOING_DONE,
        group="egov",
    ),
    _i(
        "egov.rate.digital_certificates",
        "Tỷ lệ cơ quan chuyên môn, UBND cấp xã được cấp chứng thư số",
        "%",
        P,
        group="egov",
    ),
    _i(
        "egov.lgsp",
        "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)",
        "Mã",
        K,
        codes=NOT_DOING_DONE,
        group="egov",
    ),
    _i(
        "egov.rate.departments_connected",
        "Tỷ lệ cơ quan chuyên môn đã kết nối, liên thông với UBND tỉnh",
        "%",
        P,
        group="egov",
    ),
    _i(
        "egov.rate.communes_connected",
        "Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND cấp huyện",
        "%",
        P,
        group="egov",
    ),
    _i("egov.documents.sent", "Tổng số văn bản đi", "Văn bản", group="egov"),
    _i("egov.documents.sent_electronic", "Số văn bản được gửi hoàn toàn dưới dạng điện tử", "Văn bản", group="egov"),
    _i(
        "egov.documents.sent_parallel",
        "Số văn bản được gửi dưới dạng điện tử và song song với văn bản giấy",
        "Văn bản",
        group="egov",
    ),
    _i(
        "egov.rate.sent_electronic",
        "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)",
        "%",
        P,
        num="egov.documents.sent_electronic",
        den="egov.documents.sent",
        group="egov",
    ),
    _i(
        "egov.rate.sent_parallel",
        "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy",
        "%",
        P,
        num="egov.documents.sent_parallel",
        den="egov.documents.sent",
        group="egov",
    ),
    _i("egov.documents.received", "Tổng số văn bản đến", "Văn bản", group="egov"),
    _i(
        "egov.rate.one_stop_departments",
        "Tỷ lệ cơ quan chuyên môn đã kết nối liên thông với Hệ thống",
        "%",
        P,
        group="egov",
    ),
    _i("egov.rate.one_stop_communes", "Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống", "%", P, group="egov"),
    _i("dossiers.rate.online_partial", "Tỷ lệ hồ sơ xử lý trực tuyến mức một phần", "%", P, group="egov"),
    _i("dossiers.rate.online_full", "Tỷ lệ hồ sơ xử lý trực tuyến mức toàn trình", "%", P, group="egov"),
    # Hồ sơ TTHC, Biểu số 06/VPCP/KSTT: entered per procedure field; the total row is the sum of the rows.
    _i(R + "online", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(R + "direct", "Số hồ sơ tiếp nhận trực tiếp", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(R + "postal", "Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(R + "carried_over", "Số hồ sơ từ kỳ trước chuyển qua", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(S + "early", "Số hồ sơ giải quyết trước hạn", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(S + "on_time", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(S + "late", "Số hồ sơ giải quyết quá hạn", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(IP + "within_deadline", "Số hồ sơ đang giải quyết trong hạn", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(IP + "overdue", "Số hồ sơ đang giải quyết quá hạn", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i("dossiers.withdrawn", "Số hồ sơ công dân rút", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i("dossiers.returned", "Số hồ sơ trả lại", "Hồ sơ", breakdown=PF, group="dossiers"),
    _i(
        R + "stated_total",
        "Tổng số hồ sơ tiếp nhận theo số liệu hệ thống (nếu khác tổng các hình thức)",
        "Hồ sơ",
        agg="none",
        group="dossiers",
    ),
    _i(
        R + "new",
        "Số hồ sơ tiếp nhận mới trong kỳ",
        "Hồ sơ",
        formula=_sum(R + "online", R + "direct", R + "postal"),
        group="dossiers",
    ),
    _i(R + "total", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", formula=_sum(R + "new", R + "carried_over"), group="dossiers"),
    _i(
        S + "early_or_on_time",
        "Số hồ sơ giải quyết trước và đúng hạn",
        "Hồ sơ",
        formula=_sum(S + "early", S + "on_time"),
        group="dossiers",
    ),
    _i(
        S + "total",
        "Tổng số hồ sơ đã giải quyết",
        "Hồ sơ",
        formula=_sum(S + "early_or_on_time", S + "late"),
        group="dossiers",
    ),
    _i(
        IP + "total",
        "Tổng số hồ sơ đang giải quyết",
        "Hồ sơ",
        formula=_sum(IP + "within_deadline", IP + "overdue"),
        group="dossiers",
    ),
    _i(
        "dossiers.rate.online",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến (trên số hồ sơ tiếp nhận mới)",
        "%",
        P,
        num=R + "online",
        den=R + "new",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.on_time",
        "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết trước và đúng hạn",
        "%",
        P,
        num=S + "early_or_on_time",
        den=S + "total",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.late",
        "Tỷ lệ hồ sơ giải quyết quá hạn",
        "%",
        P,
        num=S + "late",
        den=S + "total",
        group="dossiers",
    ),
    _i("dossiers.apology_letters", "Số văn bản xin lỗi đối với hồ sơ quá hạn", "Văn bản", group="dossiers"),
    _i("dossiers.payments.online_count", "Số lượt thanh toán trực tuyến phí, lệ phí", "Lượt", group="dossiers"),
    _i("dossiers.payments.online_amount", "Số tiền thanh toán trực tuyến", "đồng", D, group="dossiers"),
    _i("dossiers.digitised.inputs", "Số hồ sơ đã số hóa thành phần hồ sơ", "Hồ sơ", group="dossiers"),
    _i("dossiers.digitised.results", "Số hồ sơ đã số hóa kết quả giải quyết", "Hồ sơ", group="dossiers"),
    _i("dossiers.electronic_results", "Số kết quả giải quyết TTHC điện tử đã ban hành", "Hồ sơ", group="dossiers"),
    _i(
        "dossiers.rate.digitised_inputs",
        "Tỷ lệ hồ sơ số hóa thành phần hồ sơ",
        "%",
        P,
        num="dossiers.digitised.inputs",
        den=R + "total",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.digitised_results",
        "Tỷ lệ hồ sơ số hóa kết quả giải quyết",
        "%",
        P,
        num="dossiers.digitised.results",
        den=S + "total",
        group="dossiers",
    ),
    _i("satisfaction.very_satisfied", "Số lượt đánh giá Rất hài lòng", "Lượt", group="dossiers"),
    _i("satisfaction.satisfied", "Số lượt đánh giá Hài lòng", "Lượt", group="dossiers"),
    _i("satisfaction.neutral", "Số lượt đánh giá Bình thường", "Lượt", group="dossiers"),
    _i("satisfaction.dissatisfied", "Số lượt đánh giá Không hài lòng", "Lượt", group="dossiers"),
    _i(
        "satisfaction.total",
        "Tổng số lượt đánh giá",
        "Lượt",
        formula=_sum(*(f"satisfaction.{k}" for k in ("very_satisfied", "satisfied", "neutral", "dissatisfied"))),
        group="dossiers",
    ),
    _i(
        "satisfaction.rate.satisfied",
        "Tỷ lệ đánh giá hài lòng và rất hài lòng",
        "%",
        P,
        num="satisfaction.satisfied_or_better",
        den="satisfaction.total",
        group="dossiers",
    ),
    _i(
        "satisfaction.satisfied_or_better",
        "Số lượt đánh giá Rất hài lòng và Hài lòng",
        "Lượt",
        formula=_sum("satisfaction.very_satisfied", "satisfaction.satisfied"),
        group="dossiers",
    ),
    _i("feedback.received", "Số phản ánh, kiến nghị đã tiếp nhận", "Phản ánh", group="dossiers"),
    _i("feedback.resolved", "Số phản ánh, kiến nghị đã xử lý", "Phản ánh", group="dossiers"),
    # Cán bộ, công chức, người hoạt động không chuyên trách
    _i("staff.officials", "Số cán bộ", "Người", group="staff"),
    _i("staff.officials.female", "Trong đó: nữ", "Người", group="staff"),
    _i("staff.civil_servants", "Số công chức", "Người", group="staff"),
    _i("staff.civil_servants.female", "Trong đó: nữ", "Người", group="staff"),
    _i(
        "staff.total",
        "Tổng số cán bộ, công chức",
        "Người",
        formula=_sum("staff.officials", "staff.civil_servants"),
        group="staff",
    ),
    _i("staff.education.postgraduate", "Sau đại học", "Người", group="staff"),
    _i("staff.education.university", "Đại học", "Người", group="staff"),
    _i("staff.education.college", "Cao đẳng", "Người", group="staff"),
    _i("staff.education.intermediate", "Trung cấp", "Người", group="staff"),
    _i("staff.education.other", "Chưa qua đào tạo chuyên môn", "Người", group="staff"),
    _i("staff.politics.advanced", "Cao cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.intermediate", "Trung cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.elementary", "Sơ cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.none", "Chưa qua đào tạo lý luận chính trị", "Người", group="staff"),
    _i(
        "staff.state_management_trained",
        "Đã hoàn thành chương trình bồi dưỡng quản lý nhà nước",
        "Người",
        group="staff",
    ),
    _i("staff.it_certificate", "Có chứng chỉ tin học", "Người", group="staff"),
    _i("staff.language_certificate", "Có chứng chỉ ngoại ngữ", "Người", group="staff"),
    _i("staff.rating.excellent", "Hoàn thành xuất sắc nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.good", "Hoàn thành tốt nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.completed", "Hoàn thành nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.not_completed", "Không hoàn thành nhiệm vụ", "Người", group="staff"),
    _i("staff.part_timers", "Số người hoạt động không chuyên trách", "Người", group="staff"),
    _i("staff.part_timers.female", "Trong đó: nữ", "Người", group="staff"),
    _i("staff.part_timers.education.university", "Đại học", "Người", group="staff"),
    _i("staff.part_timers.education.college", "Cao đẳng", "Người", group="staff"),
    _i("staff.part_timers.education.intermediate", "Trung cấp", "Người", group="staff"),
    _i("staff.part_timers.education.other", "Chưa qua đào tạo chuyên môn", "Người", group="staff"),
    _i("staff.part_timers.politics.intermediate", "Trung cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.part_timers.politics.elementary", "Sơ cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.part_timers.politics.none", "Chưa qua đào tạo lý luận chính trị", "Người", group="staff"),
]

# Forms: rows are (stt, label or None, indicator code or None); a row without an indicator is a group header.
# A fourth element on a header row names the office that consolidates the group (the Ghi chú column).
PHU_LUC_1 = [
    ("1", "Công tác chỉ đạo điều hành CCHC", None),
    ("1.1.", "Kế hoạch CCHC", None),
    ("", None, "plan.tasks.planned"),
    ("", None, "plan.tasks.done"),
    ("", None, "plan.directing_documents"),
    ("1.2.", "Thực hiện nhiệm vụ UBND cấp trên, Chủ tịch UBND cấp trên giao", None),
    ("", None, "assigned.tasks.total"),
    ("", None, "assigned.tasks.on_time"),
    ("", None, "assigned.tasks.late"),
    ("1.3.", "Khảo sát sự hài lòng của người dân, tổ chức", None),
    ("", None, "survey.responses"),
    ("", None, "survey.method"),
    ("1.4.", None, "direction.dialogue"),
    ("2.", "Cải cách thể chế", None, "Phòng Tư pháp tổng hợp"),
    ("2.1.", None, "institution.legal_docs.issued"),
    ("2.2.", None, "institution.legal_docs.checked"),
    ("2.3.", None, "institution.legal_docs.reviewed"),
    ("2.4.", None, "institution.legal_docs.flagged"),
    ("2.5.", None, "institution.legal_docs.handled"),
    ("3.", "Cải cách thủ tục hành chính", None, "Văn phòng HĐND&UBND"),
    ("3.1.", None, "procedures.total"),
    ("3.2.", "Vận hành Cổng dịch vụ công", None),
    ("", None, "procedures.published"),
    ("", None, "procedures.integrated"),
    ("3.3.", "Thực hiện cơ chế một cửa, một cửa liên thông", None),
    ("", None, "procedures.interconnected.same_level"),
    ("", None, "procedures.interconnected.between_levels"),
    ("", None, "procedures.rate.internal_process_approved"),
    ("", None, "procedures.rate.internal_process_digitised"),
    ("3.4.", "Kết quả giải quyết TTHC", None),
    ("", None, "dossiers.rate.on_time_departments"),
    ("", None, "dossiers.rate.on_time"),
    ("4.", "Cải cách tổ chức bộ máy hành chính nhà nước", None, "Phòng Nội vụ"),
    ("4.1.", None, "organisation.staff.assigned"),
    ("4.2.", None, "organisation.staff.present"),
    ("4.3.", None, "organisation.contract_workers"),
    ("4.4.", None, "organisation.staff.reduced"),
    ("5.", "Cải cách chế độ công vụ", None, "Phòng Nội vụ"),
    ("5.1.", None, "civil_service.leaders_appointed"),
    ("5.2.", None, "civil_service.disciplined"),
    ("6.", "Cải cách tài chính công", None, "Phòng TC-KH thành phố tổng hợp"),
    ("6.1.", None, "public_finance.autonomy.full_with_investment"),
    ("6.2.", None, "public_finance.autonomy.full"),
    ("6.3.", None, "public_finance.autonomy.partial"),
    ("6.4.", None, "public_finance.autonomy.state_funded"),
    ("6.5.", None, "public_finance.equitised"),
    ("7.", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", None, "Phòng Văn hóa và Thông tin tổng hợp"),
    ("7.1.", None, "egov.architecture"),
    ("7.2.", None, "egov.video_conference"),
    ("7.3.", None, "egov.reporting_system"),
    ("7.4.", None, "egov.rate.digital_certificates"),
    ("7.5.", None, "egov.lgsp"),
    ("7.6.", "Số liệu về trao đổi văn bản điện tử", None),
    ("", None, "egov.rate.departments_connected"),
    ("", None, "egov.rate.communes_connected"),
    ("7.7.", "Tổng số văn bản đi giữa các cơ quan nhà nước", "egov.documents.sent"),
    ("", None, "egov.documents.sent_electronic"),
    ("", None, "egov.rate.sent_electronic"),
    ("", None, "egov.documents.sent_parallel"),
    ("", None, "egov.rate.sent_parallel"),
    ("", None, "egov.documents.received"),
    ("7.8.", "Vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh", None),
    ("", None, "egov.rate.one_stop_departments"),
    ("", None, "egov.rate.one_stop_communes"),
    ("7.9.", "Dịch vụ công trực tuyến", None),
    ("", None, "procedures.online.partial"),
    ("", None, "procedures.online.full"),
    ("", None, "dossiers.rate.online_partial"),
    ("", None, "dossiers.rate.online_full"),
]

DOSSIERS = [
    ("1", "Tiếp nhận hồ sơ", None),
    ("", None, R + "online"),
    ("", None, R + "direct"),
    ("", None, R + "postal"),
    ("", None, R + "carried_over"),
    ("", None, R + "new"),
    ("", None, R + "total"),
    ("", None, R + "stated_total"),
    ("", None, "dossiers.rate.online"),
    ("2", "Kết quả giải quyết", None),
    ("", None, S + "early"),
    ("", None, S + "on_time"),
    ("", None, S + "late"),
    ("", None, S + "total"),
    ("", None, "dossiers.rate.on_time"),
    ("", None, IP + "within_deadline"),
    ("", None, IP + "overdue"),
    ("", None, IP + "total"),
    ("", None, "dossiers.withdrawn"),
    ("", None, "dossiers.returned"),
    ("", None, "dossiers.apology_letters"),
    ("3", "Thanh toán trực tuyến, số hóa", None),
    ("", None, "dossiers.payments.online_count"),
    ("", None, "dossiers.payments.online_amount"),
    ("", None, "dossiers.digitised.inputs"),
    ("", None, "dossiers.rate.digitised_inputs"),
    ("", None, "dossiers.digitised.results"),
    ("", None, "dossiers.rate.digitised_results"),
    ("", None, "dossiers.electronic_results"),
    ("4", "Đánh giá sự hài lòng", None),
    ("", None, "satisfaction.very_satisfied"),
    ("", None, "satisfaction.satisfied"),
    ("", None, "satisfaction.neutral"),
    ("", None, "satisfaction.dissatisfied"),
    ("", None, "satisfaction.total"),
    ("", None, "satisfaction.rate.satisfied"),
    ("5", "Phản ánh, kiến nghị", None),
    ("", None, "feedback.received"),
    ("", None, "feedback.resolved"),
    ("6", "Thủ tục hành chính công bố và cung cấp trực tuyến", None),
    ("", None, "procedures.published"),
    ("", None, "procedures.online.full"),
    ("", None, "procedures.online.partial"),
]

STAFF = [
    ("1", "Số lượng", None),
    ("", None, "staff.officials"),
    ("", None, "staff.officials.female"),
    ("", None, "staff.civil_servants"),
    ("", None, "staff.civil_servants.female"),
    ("", None, "staff.total"),
    ("2", "Trình độ chuyên môn (cán bộ, công chức)", None),
    ("", None, "staff.education.postgraduate"),
    ("", None, "staff.education.university"),
    ("", None, "staff.education.college"),
    ("", None, "staff.education.intermediate"),
    ("", None, "staff.education.other"),
    ("3", "Trình độ lý luận chính trị (cán bộ, công chức)", None),
    ("", None, "staff.politics.advanced"),
    ("", None, "staff.politics.intermediate"),
    ("", None, "staff.politics.elementary"),
    ("", None, "staff.politics.none"),
    ("4", "Bồi dưỡng, chứng chỉ", None),
    ("", None, "staff.state_management_trained"),
    ("", None, "staff.it_certificate"),
    ("", None, "staff.language_certificate"),
    ("5", "Đánh giá, xếp loại chất lượng hằng năm", None),
    ("", None, "staff.rating.excellent"),
    ("", None, "staff.rating.good"),
    ("", None, "staff.rating.completed"),
    ("", None, "staff.rating.not_completed"),
    ("6", "Người hoạt động không chuyên trách", None),
    ("", None, "staff.part_timers"),
    ("", None, "staff.part_timers.female"),
    ("", "Trình độ chuyên môn: Đại học", "staff.part_timers.education.university"),
    ("", "Trình độ chuyên môn: Cao đẳng", "staff.part_timers.education.college"),
    ("", "Trình độ chuyên môn: Trung cấp", "staff.part_timers.education.intermediate"),
    ("", "Trình độ chuyên môn: Chưa qua đào tạo", "staff.part_timers.education.other"),
    ("", "Lý luận chính trị: Trung cấp", "staff.part_timers.politics.intermediate"),
    ("", "Lý luận chính trị: Sơ cấp", "staff.part_timers.politics.elementary"),
    ("", "Lý luận chính trị: Chưa qua đào tạo", "staff.part_timers.politics.none"),
]

FORMS = [
    ("phu-luc-1", "Phụ lục 1. Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính", "", PHU_LUC_1),
    ("dossiers", "Kết quả giải quyết hồ sơ TTHC (Biểu số 06/VPCP/KSTT)", PF, DOSSIERS),
    ("staff", "Cán bộ, công chức, người hoạt động không chuyên trách", "", STAFF),
]


def _parts(total, *parts):
    return f"{total} == {_sum(*parts)}"


# code, kind, expression, severity, blocks saving, message, requires
_STAFF_EDU = [f"staff.education.{k}" for k in ("postgraduate", "university", "college", "intermediate", "other")]
_STAFF_POL = [f"staff.politics.{k}" for k in ("advanced", "intermediate", "elementary", "none")]
_PT_EDU = [f"staff.part_timers.education.{k}" for k in ("university", "college", "intermediate", "other")]
_PT_POL = [f"staff.part_timers.politics.{k}" for k in ("intermediate", "elementary", "none")]
_RATING = [f"staff.rating.{k}" for k in ("excellent", "good", "completed", "not_completed")]

RULES = [
    ("non-negative", "non_negative", "", "error", True, "Số liệu không được âm.", ""),
    ("percent-range", "percent_range", "", "error", True, "Tỷ lệ phải nằm trong khoảng từ 0 đến 100 %.", ""),
    ("coded-range", "coded_range", "", "error", True, "Câu trả lời phải là một trong các mã đã quy định.", ""),
    (
        "dossiers-received-stated-total",
        "expression",
        _parts(R + "stated_total", R + "online", R + "direct", R + "postal", R + "carried_over"),
        "error",
        False,
        "Tổng số hồ sơ tiếp nhận không bằng tổng số hồ sơ trực tuyến, trực tiếp, qua bưu chính và kỳ trước chuyển qua.",
        f"{R}stated_total",
    ),
    (
        "dossiers-received-balance",
        "expression",
        _parts(R + "total", S + "total", IP + "total", "dossiers.withdrawn"),
        "error",
        False,
        "Tổng số hồ sơ tiếp nhận phải bằng số hồ sơ đã giải quyết cộng đang giải quyết và hồ sơ công dân rút.",
        "",
    ),
    (
        "dossiers-digitised-inputs",
        "expression",
        f"dossiers.digitised.inputs <= {R}total",
        "error",
        True,
        "Số hồ sơ số hóa thành phần không được vượt quá tổng số hồ sơ tiếp nhận.",
        "dossiers.digitised.inputs",
    ),
    (
        "dossiers-digitised-results",
        "expression",
        f"dossiers.digitised.results <= {S}total",
        "error",
        True,
        "Số hồ sơ số hóa kết quả không được vượt quá tổng số hồ sơ đã giải quyết.",
        "dossiers.digitised.results",
    ),
    (
        "dossiers-apology-letters",
        "expression",
        f"dossiers.apology_letters <= {S}late + {IP}overdue",
        "warning",
        False,
        "Số văn bản xin lỗi nhiều hơn số hồ sơ quá hạn.",
        "dossiers.apology_letters",
    ),
    (
        "feedback-resolved",
        "expression",
        "feedback.resolved <= feedback.received",
        "error",
        True,
        "Số phản ánh, kiến nghị đã xử lý không được vượt quá số đã tiếp nhận.",
        "",
    ),
    (
        "staff-officials-female",
        "expression",
        "staff.officials.female <= staff.officials",
        "error",
        True,
        "Số cán bộ nữ không được vượt quá tổng số cán bộ.",
        "",
    ),
    (
        "staff-civil-servants-female",
        "expression",
        "staff.civil_servants.female <= staff.civil_servants",
        "error",
        True,
        "Số công chức nữ không được vượt quá tổng số công chức.",
        "",
    ),
    (
        "staff-part-timers-female",
        "expression",
        "staff.part_timers.female <= staff.part_timers",
        "error",
        True,
        "Số người hoạt động không chuyên trách nữ không được vượt quá tổng số.",
        "",
    ),
    (
        "staff-education-sum",
        "expression",
        _parts("staff.total", *_STAFF_EDU),
        "warning",
        False,
        "Tổng số cán bộ, công chức theo trình độ chuyên môn không bằng tổng số cán bộ, công chức.",
        "",
    ),
    (
        "staff-politics-sum",
        "expression",
        _parts("staff.total", *_STAFF_POL),
        "warning",
        False,
        "Tổng số cán bộ, công chức theo trình độ lý luận chính trị không bằng tổng số cán bộ, công chức.",
        "",
    ),
    (
        "staff-part-timers-education-sum",
        "expression",
        _parts("staff.part_timers", *_PT_EDU),
        "warning",
        False,
        "Tổng số người hoạt động không chuyên trách theo trình độ chuyên môn không bằng tổng số người hoạt động không "
        "chuyên trách.",
        "",
    ),
    (
        "staff-part-timers-politics-sum",
        "expression",
        _parts("staff.part_timers", *_PT_POL),
        "warning",
        False,
        "Tổng số người hoạt động không chuyên trách theo trình độ lý luận chính trị không bằng tổng số người hoạt động "
        "không chuyên trách.",
        "",
    ),
    (
        "staff-rating-total",
        "expression",
        f"{_sum(*_RATING)} <= staff.total",
        "error",
        True,
        "Số cán bộ, công chức được xếp loại không được vượt quá tổng số cán bộ, công chức.",
        "",
    ),
    (
        "staff-trained-total",
        "expression",
        "staff.state_management_trained <= staff.total",
        "error",
        True,
        "Số người đã bồi dưỡng quản lý nhà nước không được vượt quá tổng số cán bộ, công chức.",
        "",
    ),
    (
        "staff-present-assigned",
        "expression",
        "organisation.staff.present <= organisation.staff.assigned",
        "warning",
        False,
        "Số biên chế có mặt nhiều hơn số biên chế được giao.",
        "organisation.staff.assigned",
    ),
    (
        "plan-done-planned",
        "expression",
        "plan.tasks.done <= plan.tasks.planned",
        "error",
        False,
        "Số nhiệm vụ đã hoàn thành không được vượt quá số nhiệm vụ đề ra trong kế hoạch.",
        "",
    ),
    (
        "assigned-tasks-parts",
        "expression",
        "assigned.tasks.on_time + assigned.tasks.late <= assigned.tasks.total",
        "error",
        False,
        "Số nhiệm vụ được giao đã hoàn thành không được vượt quá tổng số nhiệm vụ được giao.",
        "",
    ),
    (
        "legal-docs-handled",
        "expression",
        "institution.legal_docs.handled <= institution.legal_docs.flagged",
        "error",
        True,
        "Số VBQPPL đã xử lý xong không được vượt quá số VBQPPL có kiến nghị xử lý.",
        "",
    ),
    (
        "egov-documents-sent",
        "expression",
        "egov.documents.sent_electronic + egov.documents.sent_parallel <= egov.documents.sent",
        "error",
        True,
        "Số văn bản điện tử không được vượt quá tổng số văn bản đi.",
        "",
    ),
]


def load(apps) -> None:
    """Create or update the standard catalogue (idempotent; matched on codes)."""
    Group = apps.get_model("indicators", "IndicatorGroup")
    Indicator = apps.get_model("indicators", "Indicator")
    ProcedureField = apps.get_model("indicators", "ProcedureField")
    Form = apps.get_model("indicators", "FormDefinition")
    FormRow = apps.get_model("indicators", "FormRow")
    Rule = apps.get_model("indicators", "Rule")

    groups = {}
    for order, (code, name, office) in enumerate(GROUPS, start=1):
        groups[code], _ = Group.objects.update_or_create(
            code=code, defaults={"name": name, "consolidating_office": office, "order": order}
        )
    for order, (code, name) in enumerate(PROCEDURE_FIELDS, start=1):
        ProcedureField.objects.update_or_create(code=code, defaults={"name": name, "order": order})

    by_code = {}
    for order, spec in enumerate(INDICATORS, start=1):
        spec = dict(spec)
        group = groups[spec.pop("group")]
        spec.pop("num", None)
        spec.pop("den", None)
        code = spec.pop("code")
        by_code[code], _ = Indicator.objects.update_or_create(
            code=code,
            defaults={**spec, "group": group, "consolidating_office": group.consolidating_office, "order": order * 10},
        )
    for spec in INDICATORS:
        if "num" in spec:
            indicator = by_code[spec["code"]]
            indicator.numerator = by_code[spec["num"]]
            indicator.denominator = by_code[spec["den"]]
            indicator.save(update_fields=["numerator", "denominator"])

    for order, (code, title, breakdown, rows) in enumerate(FORMS, start=1):
        form, _ = Form.objects.update_or_create(
            code=code, defaults={"title": title, "breakdown": breakdown, "order": order}
        )
        FormRow.objects.filter(form=form).delete()
        FormRow.objects.bulk_create(
            FormRow(
                form=form,
                order=(position + 1) * 10,
                stt=row[0],
                label=row[1] or "",
                indicator=by_code[row[2]] if row[2] else None,
                is_group_header=row[2] is None,
                consolidating_office=row[3] if len(row) > 3 else "",
            )
            for position, row in enumerate(rows)
        )

    for order, (code, kind, expression, severity, blocks, message, requires) in enumerate(RULES, start=1):
        Rule.objects.update_or_create(
            code=code,
            defaults={
                "kind": kind,
                "expression": expression,
                "severity": severity,
                "blocks_saving": blocks,
                "message": message,
                "requires": requires,
                "order": order * 10,
            },
        )
