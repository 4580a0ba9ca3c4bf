"""The two report outlines found in the seeds, for each periodic kind.

Shipped by a data migration; administrators edit them or add others in the
admin. ``{period}`` and ``{next}`` in titles are replaced when a report is
created (e.g. "năm 2023" and "năm 2024").
"""

from __future__ import annotations

from reports.models.periods import PeriodKind

CCHC_SECTIONS = [
    # (number, level, title, guidance, embed)
    ("I", 1, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "", ""),
    (
        "1",
        2,
        "Về kế hoạch cải cách hành chính",
        "Kế hoạch CCHC của đơn vị (số, ngày), số nhiệm vụ đề ra và kết quả thực hiện đến ngày chốt số liệu. "
        "Chèn đoạn văn tự động về kế hoạch; bảng tổng hợp nhiệm vụ được in kèm.",
        "task_summary",
    ),
    ("2", 2, "Về công tác tuyên truyền cải cách hành chính", "Kế hoạch tuyên truyền, hình thức và kết quả.", ""),
    ("3", 2, "Về kiểm tra cải cách hành chính", "Kế hoạch kiểm tra, số cơ quan/bộ phận được kiểm tra, kết quả.", ""),
    (
        "II",
        1,
        "CẢI CÁCH THỂ CHẾ",
        "Văn bản quy phạm pháp luật ban hành, kiểm tra, rà soát; theo dõi thi hành pháp luật; tuyên truyền, phổ biến pháp luật.",
        "",
    ),
    ("III", 1, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
    ("1", 2, "Kiểm soát thủ tục hành chính", "Văn bản chỉ đạo; rà soát, đánh giá TTHC; công khai TTHC.", ""),
    (
        "2",
        2,
        "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
        "Chèn đoạn văn tự động về hồ sơ TTHC; bảng thống kê theo lĩnh vực được in kèm.",
        "dossiers",
    ),
    (
        "3",
        2,
        "Thực hiện cơ chế một cửa, một cửa liên thông",
        "Tổ chức, hoạt động của Bộ phận một cửa; số hóa hồ sơ; thanh toán trực tuyến; phản ánh, kiến nghị; "
        "đánh giá sự hài lòng.",
        "",
    ),
    (
        "IV",
        1,
        "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
        "Số lượng cán bộ, công chức; kiện toàn tổ chức.",
        "",
    ),
    (
        "V",
        1,
        "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
        "Trình độ, đào tạo, bồi dưỡng; đánh giá, xếp loại; kỷ luật, kỷ cương hành chính.",
        "",
    ),
    ("VI", 1, "CẢI CÁCH TÀI CHÍNH CÔNG", "Dự toán, thu, chi ngân sách so với chỉ tiêu giao.", ""),
    (
        "VII",
        1,
        "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
        "Hạ tầng; văn bản điện tử, ký số; dịch vụ công trực tuyến; số hóa.",
        "",
    ),
    ("VIII", 1, "ĐÁNH GIÁ CHUNG", "", ""),
    ("1", 2, "Ưu điểm", "", ""),
    ("2", 2, "Hạn chế, nguyên nhân", "", ""),
    ("IX", 1, "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}", "", ""),
    ("X", 1, "KIẾN NGHỊ, ĐỀ XUẤT", "", ""),
]

PROGRAMME_SECTIONS = [
    ("I", 1, "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN", "", ""),
    ("II", 1, "KẾT QUẢ TỔ CHỨC THỰC HIỆN", "", ""),
    (
        "1",
        2,
        "Về đẩy mạnh cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính",
        "Kế hoạch CCHC và kết quả thực hiện nhiệm vụ; cải cách thể chế, TTHC; chính quyền điện tử.",
        "task_summary",
    ),
    ("2", 2, "Về tinh giản biên chế, cơ cấu lại đội ngũ cán bộ, công chức", "", ""),
    ("3", 2, "Về công tác phòng, chống tham nhũng, tiêu cực", "", ""),
    ("4", 2, "Về xây dựng văn hóa công sở, đạo đức công vụ", "", ""),
    ("5", 2, "Về công tác dân vận, Quy chế dân chủ ở cơ sở", "", ""),
    ("III", 1, "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}", "", ""),
]

KINDS = {
    PeriodKind.QUARTER: "quarter",
    PeriodKind.HALF_YEAR: "half-year",
    PeriodKind.NINE_MONTHS: "nine-months",
    PeriodKind.YEAR: "year",
}

TEMPLATES = [
    {
        "code": "cchc",
        "name": "Kết quả thực hiện công tác cải cách hành chính",
        "subject_pattern": "Kết quả thực hiện công tác cải cách hành chính {period}",
        "intro_pattern": "{unit} báo cáo kết quả thực hiện công tác cải cách hành chính {period} như sau:",
        "closing_pattern": "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {period} của {unit}./.",
        "appendices": ["form:phu-luc-1", "task_summary", "dossiers", "form:staff"],
        "sections": CCHC_SECTIONS,
    },
    {
        "code": "programme",
        "name": (
            "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, "
            "hành động, phục vụ Nhân dân"
        ),
        "subject_pattern": (
            "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, "
            "hành động, phục vụ Nhân dân {period}"
        ),
        "intro_pattern": (
            "{unit} báo cáo kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, "
            "liêm chính, hành động, phục vụ Nhân dân {period}, cụ thể như sau:"
        ),
        "closing_pattern": (
            "Trên đây là báo cáo kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, "
            "liêm chính, hành động, phục vụ Nhân dân {period} của {unit}./."
        ),
        "appendices": ["task_summary"],
        "sections": PROGRAMME_SECTIONS,
    },
]


def install(ReportType, OutlineSection) -> None:
    """Create or refresh the shipped templates (idempotent)."""
    for template in TEMPLATES:
        for kind, suffix in KINDS.items():
            report_type, _created = ReportType.objects.update_or_create(
                code=f"{template['code']}-{suffix}",
                defaults={
                    "name": template["name"],
                    "subject_pattern": template["subject_pattern"],
                    "intro_pattern": template["intro_pattern"],
                    "closing_pattern": template["closing_pattern"],
                    "period_kinds": [kind.value],
                    "appendices": template["appendices"],
                },
            )
            OutlineSection.objects.filter(report_type=report_type).delete()
            OutlineSection.objects.bulk_create(
                OutlineSection(
                    report_type=report_type,
                    order=index,
                    number=number,
                    level=level,
                    title=title,
                    guidance=guidance,
                    embed=embed,
                )
                for index, (number, level, title, guidance, embed) in enumerate(template["sections"], start=1)
            )
