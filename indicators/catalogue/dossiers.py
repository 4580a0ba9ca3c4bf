"""One-stop-shop dossier indicators (Biểu số 06/VPCP/KSTT and the provincial additions)."""

from __future__ import annotations

from indicators.catalogue.base import IP, PF, D, P, R, S, _i, _sum

DOSSIER_INDICATORS = [
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
    # Figures a unit knows only as a total or a rate (seeds: "giải quyết 5.581 hồ sơ", "đạt 97,7 %"). Each stands
    # for its computed indicator while the parts are blank (Indicator.stated); never summed or averaged upward.
    _i(
        S + "stated_total",
        "Tổng số hồ sơ đã giải quyết (khi không có số chi tiết)",
        "Hồ sơ",
        agg="none",
        group="dossiers",
    ),
    _i(
        IP + "stated_total",
        "Tổng số hồ sơ đang giải quyết (khi không có số chi tiết)",
        "Hồ sơ",
        agg="none",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.online_stated",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến do đơn vị báo cáo (khi không có số hồ sơ)",
        "%",
        P,
        group="dossiers",
    ),
    _i(
        "dossiers.rate.on_time_stated",
        "Tỷ lệ hồ sơ giải quyết trước và đúng hạn do đơn vị báo cáo (khi không có số hồ sơ)",
        "%",
        P,
        group="dossiers",
    ),
    _i(
        "dossiers.payments.rate_online_stated",
        "Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí do đơn vị báo cáo",
        "%",
        P,
        group="dossiers",
    ),
    _i(
        R + "new",
        "Số hồ sơ tiếp nhận mới trong kỳ",
        "Hồ sơ",
        formula=_sum(R + "online", R + "direct", R + "postal"),
        group="dossiers",
    ),
    _i(
        R + "total",
        "Tổng số hồ sơ tiếp nhận",
        "Hồ sơ",
        formula=_sum(R + "new", R + "carried_over"),
        stated=R + "stated_total",
        group="dossiers",
    ),
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
        stated=S + "stated_total",
        group="dossiers",
    ),
    _i(
        IP + "total",
        "Tổng số hồ sơ đang giải quyết",
        "Hồ sơ",
        formula=_sum(IP + "within_deadline", IP + "overdue"),
        stated=IP + "stated_total",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.online",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến (trên số hồ sơ tiếp nhận mới)",
        "%",
        P,
        num=R + "online",
        den=R + "new",
        stated="dossiers.rate.online_stated",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.on_time",
        "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết trước và đúng hạn",
        "%",
        P,
        num=S + "early_or_on_time",
        den=S + "total",
        stated="dossiers.rate.on_time_stated",
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
    # Today's indicators (issue 13, item 4). Source: issue 13 names them as common in 2025 ward reports (total
    # online public services, the share of fees paid online, leaders' digital signing of results, visitors to the
    # commune's Trung tâm Phục vụ hành chính công); the base of the fee share (dossiers owing a fee or charge) and
    # of the signing share (dossiers resolved) is this catalogue's choice. The communes' centres are organised
    # under Nghị định 118/2025/NĐ-CP (vietnamnet.vn, 23/11/2025); 3.139 of them existed by August 2025
    # (vietnamnet.vn, 25/8/2025). The text of Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) and of a 2025
    # reporting form for commune-level units could not be found in the stored material searched for this change:
    # no indicator here is claimed to come from them, and what else they ask is not known here.
    _i(
        "dossiers.payments.due",
        "Số hồ sơ có yêu cầu nộp phí, lệ phí",
        "Hồ sơ",
        group="dossiers",
    ),
    _i(
        "dossiers.payments.online_dossiers",
        "Số hồ sơ đã thanh toán trực tuyến phí, lệ phí",
        "Hồ sơ",
        group="dossiers",
    ),
    _i(
        "dossiers.payments.rate_online",
        "Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí (trên số hồ sơ có yêu cầu nộp phí, lệ phí)",
        "%",
        P,
        num="dossiers.payments.online_dossiers",
        den="dossiers.payments.due",
        stated="dossiers.payments.rate_online_stated",
        group="dossiers",
    ),
    _i(
        "dossiers.results_signed",
        "Số kết quả giải quyết TTHC được lãnh đạo ký số",
        "Kết quả",
        group="dossiers",
    ),
    _i(
        "dossiers.rate.results_signed",
        "Tỷ lệ kết quả giải quyết TTHC được ký số (trên tổng số hồ sơ đã giải quyết)",
        "%",
        P,
        num="dossiers.results_signed",
        den=S + "total",
        group="dossiers",
    ),
    # The centre may receive dossiers regardless of administrative boundaries (pushed in 2025, vietnamnet.vn
    # 23/11/2025), so its counts are not parts of the unit's own received dossiers: no rule ties them.
    _i(
        "centre.visitors",
        "Số lượt cá nhân, tổ chức đến giao dịch tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) cấp xã",
        "Lượt",
        group="dossiers",
    ),
    _i(
        "centre.dossiers_received",
        "Số hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) cấp xã",
        "Hồ sơ",
        group="dossiers",
    ),
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
    # A unit may know its ratings only as a total and a share (seed 002: "trên 99,8 % với hơn 14.390 lượt
    # đánh giá"): each stands for its computed figure while the four counts are blank (Indicator.stated).
    _i(
        "satisfaction.stated_total",
        "Tổng số lượt đánh giá (khi không có số chi tiết)",
        "Lượt",
        agg="none",
        group="dossiers",
    ),
    _i(
        "satisfaction.rate.satisfied_stated",
        "Tỷ lệ đánh giá hài lòng và rất hài lòng do đơn vị báo cáo (khi không có số chi tiết)",
        "%",
        P,
        group="dossiers",
    ),
    _i(
        "satisfaction.total",
        "Tổng số lượt đánh giá",
        "Lượt",
        formula=_sum(*(f"satisfaction.{k}" for k in ("very_satisfied", "satisfied", "neutral", "dissatisfied"))),
        stated="satisfaction.stated_total",
        group="dossiers",
    ),
    _i(
        "satisfaction.rate.satisfied",
        "Tỷ lệ đánh giá hài lòng và rất hài lòng",
        "%",
        P,
        num="satisfaction.satisfied_or_better",
        den="satisfaction.total",
        stated="satisfaction.rate.satisfied_stated",
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
    # Seed 002's petitions by the channel they came in by (09 by letter, 93 on the national public-service
    # portal, 50 by hotline or at the office). Entered beside feedback.received, not its parts: a unit may know
    # the total without the channels, and feedback.received stays entered for every unit that reports it.
    _i("feedback.channel.letters", "Trong đó: qua đơn thư", "Phản ánh", group="dossiers"),
    _i(
        "feedback.channel.portal",
        "Trong đó: trên Hệ thống phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia",
        "Phản ánh",
        group="dossiers",
    ),
    _i("feedback.channel.hotline_office", "Trong đó: qua đường dây nóng và tại trụ sở", "Phản ánh", group="dossiers"),
    _i("feedback.resolved", "Số phản ánh, kiến nghị đã xử lý", "Phản ánh", group="dossiers"),
    _i(
        "feedback.rate.resolved",
        "Tỷ lệ phản ánh, kiến nghị đã xử lý",
        "%",
        P,
        num="feedback.resolved",
        den="feedback.received",
        group="dossiers",
    ),
]
