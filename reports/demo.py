"""Demo periods, and the seeds' own outlines as report templates a province administrator would add.

Seed 001 (Tịnh Châu's 2023 report) is laid out I–V, its results in II.1–6 by reform field, with the
task table in I and one appendix (the statistics of Phụ lục I); the shipped "cchc" outline (I–X) is
another commune's. Seed 002 (Văn phòng UBND tỉnh's programme report, 6 tháng đầu năm 2023) has two parts,
results (I.1 direction, I.2 the assigned tasks a–e) and what comes next (II), and no appendix. Seed 003
(Xã Lai Hưng's report to its People's Council, 6 tháng đầu năm 2023) has twelve parts, I–XII. Seed 000
(Xã Bình Phước's report on the provincial programme for 2023) has two parts, direction (I) and results (II)
in five fields, and no appendix and no "what comes next" part (the shipped "programme" outline has one).
``seed_templates`` adds them as the provinces' own templates (Quảng Ngãi's for seeds 000, 001, 002 and 004,
Bình Dương's for 003; idempotent); desk.demo gives each seed's unit a reporting duty naming its template, so
its report is the one the unit owes.
"""

from reports.models import OutlineSection, PeriodKind, ReportType
from reports.periods import create_ad_hoc_period, ensure_year
from units.models import Unit

# Seed 000: Xã Bình Phước (huyện Bình Sơn, Quảng Ngãi), its report on the provincial programme for 2023, to
# the district's interior office, unnumbered. The headings are the seed's own (its "xã", its "hoá").
SEED_000_OUTLINE = [
    ("I", 1, "Công tác lãnh đạo, chỉ đạo triển khai thực hiện", ""),
    ("II", 1, "Kết quả tổ chức thực hiện", ""),
    ("1", 2, "Về đẩy mạnh cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính xã", ""),
    ("2", 2, "Đẩy mạnh tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức theo vị trí việc làm", ""),
    ("3", 2, "Thực hiện đấu tranh phòng, chống tiêu cực, tham nhũng, thực hành tiết kiệm, chống lãng phí", ""),
    ("4", 2, "Về xây dựng Quy chế văn hoá công sở và đạo đức công vụ", ""),
    ("5", 2, "Về công tác dân vận, Quy chế dân chủ cơ sở", ""),
]
SEED_000_TEMPLATE = {
    "code": "programme-commune-year",
    "name": (
        "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, "
        "phục vụ Nhân dân (xã, năm)"
    ),
    "subject_pattern": (
        "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, "
        "phục vụ Nhân dân {period}"
    ),
    "intro_pattern": "",
    "closing_pattern": "",
    "period_kinds": [PeriodKind.YEAR.value],
    "appendices": [],
}


# Seed 001's outline: (number, level, title, embed). Its sub-items a), b) … are in the text.
SEED_001_OUTLINE = [
    ("I", 1, "Công tác chỉ đạo, kết quả thực hiện nhiệm vụ", "task_summary"),
    ("II", 1, "Kết quả thực hiện từng nội dung", ""),
    ("1", 2, "Cải cách thể chế", ""),
    ("2", 2, "Cải cách thủ tục hành chính (TTHC)", ""),
    ("3", 2, "Cải cách tổ chức bộ máy", ""),
    ("4", 2, "Cải cách chế độ công vụ", ""),
    ("5", 2, "Cải cách tài chính công", ""),
    ("6", 2, "Xây dựng và phát triển chính quyền điện tử hướng đến chính quyền số", ""),
    ("III", 1, "Đánh giá chung", ""),
    ("IV", 1, "Giải pháp, phương hướng nhiệm vụ {next}", ""),
    ("V", 1, "Ý kiến đề xuất, kiến nghị cấp trên", ""),
]
SEED_001_TEMPLATE = {
    "code": "cchc-xa-5-muc-year",
    "name": "Kết quả thực hiện công tác cải cách hành chính (xã, bố cục 5 mục)",
    "subject_pattern": "Kết quả thực hiện công tác cải cách hành chính trong {period}",
    "intro_pattern": "{unit} báo cáo kết quả thực hiện công tác cải cách hành chính {period} như sau:",
    "closing_pattern": "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {period} của {unit}./.",
    "period_kinds": [PeriodKind.YEAR.value],
    "appendices": ["form:phu-luc-1"],
}


# Seed 002: Văn phòng UBND tỉnh Quảng Ngãi's report on the provincial programme, 6 tháng đầu năm 2023.
SEED_002_OUTLINE = [
    ("I", 1, "Kết quả thực hiện", ""),
    ("1", 2, "Về công tác chỉ đạo, điều hành", ""),
    ("2", 2, "Kết quả thực hiện các nhiệm vụ được giao", ""),
    ("II", 1, "Phương hướng, nhiệm vụ trong {next}", ""),
]
SEED_002_TEMPLATE = {
    "code": "programme-agency-half-year",
    "name": (
        "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, "
        "phục vụ Nhân dân (cơ quan cấp tỉnh)"
    ),
    "subject_pattern": (
        "Kết quả thực hiện Chương trình xây dựng chính quyền kiến tạo, phát triển, liêm chính, hành động, "
        "phục vụ Nhân dân {period}"
    ),
    "intro_pattern": "",
    "closing_pattern": "",
    "period_kinds": [PeriodKind.HALF_YEAR.value],
    "appendices": [],
}


# Seed 003: Xã Lai Hưng (huyện Bàu Bàng, Bình Dương), 46/BC-UBND to its People's Council, 6 tháng đầu năm 2023.
SEED_003_OUTLINE = [
    ("I", 1, "Công tác chỉ đạo điều hành cải cách hành chính", ""),
    ("II", 1, "Cải cách thể chế", ""),
    ("III", 1, "Cải cách thủ tục hành chính", ""),
    ("IV", 1, "Cải cách tổ chức bộ máy hành chính", ""),
    ("V", 1, "Cải cách chế độ công vụ", ""),
    ("VI", 1, "Cải cách tài chính công", ""),
    ("VII", 1, "Xây dựng và phát triển chính quyền điện tử, chính quyền số", ""),
    ("VIII", 1, "Thực hiện cơ chế một cửa, một cửa liên thông", ""),
    ("IX", 1, "Một số nội dung khác", ""),
    ("X", 1, "Đánh giá chung", ""),
    ("XI", 1, "Phương hướng, nhiệm vụ {next}", ""),
    ("XII", 1, "Kiến nghị, đề xuất", ""),
]
SEED_003_SUBJECT = "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023, phương hướng, nhiệm vụ 6 tháng cuối năm 2023"  # the seed's own subject line, for its report (the template's pattern names the period only)
SEED_003_TEMPLATE = {
    "code": "cchc-xa-hdnd-half-year",
    "name": "Kết quả công tác cải cách hành chính, phương hướng, nhiệm vụ (xã, báo cáo Hội đồng nhân dân)",
    "subject_pattern": "Kết quả công tác cải cách hành chính {period}",
    "intro_pattern": "",
    "closing_pattern": "",
    "period_kinds": [PeriodKind.HALF_YEAR.value],
    "appendices": [],
}


# Seed 004: Bình Sơn's report on its PAR INDEX and SIPAS results and the reform work since the year began,
# asked for by the province's letter (an ad hoc period). Part II's sentences are generated from the
# published scores (scorecards live blocks); I and III are the district's own text.
SEED_004_OUTLINE = [
    ("I", 1, "Kết quả thực hiện nhiệm vụ cải cách hành chính trong kỳ", ""),
    ("II", 1, "Kết quả Chỉ số CCHC (PAR INDEX), Chỉ số SIPAS năm trước và nguyên nhân mất điểm", ""),
    ("III", 1, "Nhiệm vụ, giải pháp nâng cao Chỉ số CCHC", ""),
]
SEED_004_SUBJECT = (
    "Kết quả Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà "
    "nước (SIPAS) và việc thực hiện nhiệm vụ cải cách hành chính của huyện Bình Sơn từ đầu năm 2024 đến nay"
)  # the seed's subject line, for its report
SEED_004_TEMPLATE = {
    "code": "par-index-district",
    "name": "Kết quả Chỉ số CCHC (PAR INDEX), Chỉ số SIPAS và nhiệm vụ cải cách hành chính (cấp huyện)",
    "subject_pattern": (
        "Kết quả Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng về sự phục vụ của cơ quan hành chính "
        "nhà nước (SIPAS) và việc thực hiện nhiệm vụ cải cách hành chính"
    ),
    "intro_pattern": "{unit} báo cáo kết quả Chỉ số CCHC, Chỉ số SIPAS và việc thực hiện nhiệm vụ CCHC như sau:",
    "closing_pattern": "{unit} kính báo cáo./.",
    "period_kinds": [PeriodKind.AD_HOC.value],
    "appendices": [],
}


def seed_template(template: dict, outline: list[tuple], *, province: str) -> ReportType:
    """A province's own report template and its outline, as its administrator adds one in the admin
    (idempotent): offered only to that province's units (reports.report_types)."""
    owner = Unit.objects.get(code=province)
    report_type, created = ReportType.objects.get_or_create(
        code=template["code"], defaults={**{k: v for k, v in template.items() if k != "code"}, "province": owner}
    )
    if created:
        OutlineSection.objects.bulk_create(
            OutlineSection(report_type=report_type, order=order, number=number, level=level, title=title, embed=embed)
            for order, (number, level, title, embed) in enumerate(outline, start=1)
        )
    return report_type


def seed_templates() -> dict[str, ReportType]:
    return {
        "000": seed_template(SEED_000_TEMPLATE, SEED_000_OUTLINE, province="51"),  # Quảng Ngãi's
        "001": seed_template(SEED_001_TEMPLATE, SEED_001_OUTLINE, province="51"),
        "002": seed_template(SEED_002_TEMPLATE, SEED_002_OUTLINE, province="51"),
        "003": seed_template(SEED_003_TEMPLATE, SEED_003_OUTLINE, province="74"),  # Bình Dương's
        "004": seed_template(SEED_004_TEMPLATE, SEED_004_OUTLINE, province="51"),
    }


def seed(stdout=None):
    import datetime as dt

    seed_templates()
    for year in (2023, 2024):
        ensure_year(year)
    # Seed 004: a report requested by letter for "từ 15/12/2023 đến ngày 15/5/2024".
    create_ad_hoc_period(
        name="Báo cáo PAR INDEX, SIPAS từ 15/12/2023 đến 15/5/2024",
        cutoff_start=dt.date(2023, 12, 15),
        cutoff_end=dt.date(2024, 5, 15),
        due_date=dt.date(2024, 5, 20),
    )
