"""Indicators of Phụ lục 1 (seed 001), groups 1-7."""

from __future__ import annotations

from indicators.catalogue.base import NO_YES, NOT_DOING_DONE, K, P, _i, _sum

APPENDIX_INDICATORS = [
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
    # 3. Thủ tục hành chính. Counts of the procedures a unit publishes or provides online are facts of each
    # unit (every commune publishes the same provincial list): never summed; a district gives its own.
    _i("procedures.total", "Thống kê TTHC", "Thủ tục", agg="none", group="procedures"),
    _i(
        "procedures.published",
        "Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "procedures.integrated",
        "Số TTHC mức độ 3 và 4 đã tích hợp lên Cổng DVC quốc gia",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "procedures.interconnected.same_level", "Số TTHC liên thông cùng cấp", "Thủ tục", agg="none", group="procedures"
    ),
    _i(
        "procedures.interconnected.between_levels",
        "Số TTHC liên thông giữa các cấp chính quyền",
        "Thủ tục",
        agg="none",
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
    _i(
        "procedures.online.full",
        "Tổng số TTHC cung cấp trực tuyến mức độ Toàn trình",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    _i(
        "procedures.online.partial",
        "Tổng số TTHC cung cấp trực tuyến mức độ Một phần",
        "Thủ tục",
        agg="none",
        group="procedures",
    ),
    # Online public services are provided fully (toàn trình) or partly (một phần) online, the two levels named by
    # Nghị định 42/2022/NĐ-CP (cited from its known text; no stored copy was checked for this change); the total
    # is their sum, a fact of the unit like its parts (never summed upward).
    _i(
        "procedures.online.total",
        "Tổng số TTHC cung cấp dịch vụ công trực tuyến",
        "Thủ tục",
        agg="none",
        formula=_sum("procedures.online.full", "procedures.online.partial"),
        group="procedures",
    ),
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
]
