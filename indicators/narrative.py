"""The standard sentences of the reports, written from the stored figures.

Wording follows the seeds (000: "tổng số hồ sơ được tiếp nhận … là 1949 hồ
sơ (trong đó: tiếp nhận trực tuyến 888 hồ sơ …"; 001: satisfaction, digitised
dossiers, staff levels), with the numbers formatted by reform_portal.numbers
(1.949; 99,04 %). A paragraph is only written when its figures exist; the
editor inserts it at the cursor, where the clerk may still change it.
Sentences are document text: Vietnamese whatever the interface language.

Sentences leave out what is not known and never print "0" for a blank: a blank
figure is left out (a 0 that was typed may be printed), and so is a computed
total whose known parts add up to 0 while others are blank (``known``): "đã
giải quyết 0 hồ sơ" is not written because the late dossiers were typed as 0 and
the rest not yet. A total with blank parts but known ones above 0 is written as
the sum of the known parts, as the tables print it (values.partial_codes).
"""

from __future__ import annotations

from dataclasses import dataclass

from indicators.values import active_indicators, partial_codes, values_by_code
from reform_portal.numbers import format_number, format_percent, ratio_percent


@dataclass(frozen=True)
class GeneratedParagraph:
    key: str
    title: str
    text: str


def _n(value) -> str:
    return format_number(value)


def _has(value) -> bool:
    return value is not None and not isinstance(value, str)


def _nonzero(value) -> bool:
    return _has(value) and value != 0


def _parts(values: dict, parts: list[tuple[str, str]], unit: str) -> str:
    return ", ".join(f"{label} {_n(values[code])} {unit}" for code, label in parts if _nonzero(values.get(code)))


def dossiers_paragraph(v: dict) -> str | None:
    total = v.get("dossiers.received.total")
    text = f"Tổng số hồ sơ tiếp nhận trong kỳ là {_n(total)} hồ sơ" if _has(total) else ""
    parts = _parts(
        v,
        [
            ("dossiers.received.online", "trực tuyến"),
            ("dossiers.received.direct", "trực tiếp"),
            ("dossiers.received.postal", "qua dịch vụ bưu chính công ích"),
            ("dossiers.received.carried_over", "kỳ trước chuyển qua"),
        ],
        "hồ sơ",
    )
    if parts:
        text += f" (trong đó: {parts})"
    clauses = []
    resolved = v.get("dossiers.resolved.total")
    if _has(resolved):
        clause = f"đã giải quyết {_n(resolved)} hồ sơ"
        on_time, rate = v.get("dossiers.resolved.early_or_on_time"), v.get("dossiers.rate.on_time")
        if _has(on_time):
            clause += f", trong đó trước và đúng hạn {_n(on_time)} hồ sơ"
            if _has(rate):
                clause += f", đạt tỷ lệ {format_percent(rate)}"
        elif _has(rate):  # a rate the unit stated without its counts
            clause += f", tỷ lệ giải quyết trước và đúng hạn đạt {format_percent(rate)}"
        if _nonzero(v.get("dossiers.resolved.late")):
            clause += f", quá hạn {_n(v['dossiers.resolved.late'])} hồ sơ"
        clauses.append(clause)
    in_process = v.get("dossiers.in_process.total")
    if _has(in_process):
        clause = f"đang giải quyết {_n(in_process)} hồ sơ"
        if _nonzero(v.get("dossiers.in_process.overdue")):
            clause += f" (trong đó quá hạn {_n(v['dossiers.in_process.overdue'])} hồ sơ)"
        clauses.append(clause)
    if _nonzero(v.get("dossiers.withdrawn")):
        clauses.append(f"công dân rút {_n(v['dossiers.withdrawn'])} hồ sơ")
    if _nonzero(v.get("dossiers.returned")):
        clauses.append(f"trả lại {_n(v['dossiers.returned'])} hồ sơ")
    if not text and not clauses:
        return None
    if not text:  # received is not known, what became of the dossiers is (a unit that stated its totals only)
        text = "Trong kỳ, " + "; ".join(clauses)
    elif clauses:
        text += "; " + "; ".join(clauses)
    text += "."
    rate_online = v.get("dossiers.rate.online")
    if _has(rate_online):
        text += (
            f" Tỷ lệ hồ sơ nộp trực tuyến đạt {format_percent(rate_online)} so với tổng số hồ sơ"
            " được tiếp nhận mới trong kỳ."
        )
    if _nonzero(v.get("dossiers.apology_letters")):
        text += f" Đã ban hành {_n(v['dossiers.apology_letters'])} văn bản xin lỗi đối với hồ sơ quá hạn."
    return text


def payments_paragraph(v: dict) -> str | None:
    count, amount = v.get("dossiers.payments.online_count"), v.get("dossiers.payments.online_amount")
    # The computed share (paid online / owing a fee), or the share the unit stated while those counts are blank.
    rate = v.get("dossiers.payments.rate_online")
    paid, due = v.get("dossiers.payments.online_dossiers"), v.get("dossiers.payments.due")
    sentences = []
    if _has(count):
        text = f"Thực hiện thanh toán trực tuyến phí, lệ phí được {_n(count)} lượt"
        if _has(amount):
            text += f" với số tiền {_n(amount)} đồng"
        sentences.append(text + ".")
    if _has(paid) and _nonzero(due):
        text = f"Có {_n(paid)}/{_n(due)} hồ sơ có yêu cầu nộp phí, lệ phí được thanh toán trực tuyến"
        if _has(rate):
            text += f", đạt tỷ lệ {format_percent(rate)}"
        sentences.append(text + ".")
    elif _has(rate):
        sentences.append(f"Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí đạt {format_percent(rate)}.")
    return " ".join(sentences) or None


def digitisation_paragraph(v: dict) -> str | None:
    sentences = []
    for code, rate_code, base_code, label in (
        ("dossiers.digitised.inputs", "dossiers.rate.digitised_inputs", "dossiers.received.total", "thành phần hồ sơ"),
        (
            "dossiers.digitised.results",
            "dossiers.rate.digitised_results",
            "dossiers.resolved.total",
            "kết quả giải quyết",
        ),
    ):
        if _has(v.get(code)):
            sentence = f"số hóa {label}: {_n(v[code])}"
            if _has(v.get(base_code)):
                sentence += f"/{_n(v[base_code])}"
            sentence += " hồ sơ"
            if _has(v.get(rate_code)):
                sentence += f", chiếm tỷ lệ {format_percent(v[rate_code])}"
            sentences.append(sentence)
    if _has(v.get("dossiers.electronic_results")):
        sentences.append(f"ban hành kết quả giải quyết TTHC điện tử: {_n(v['dossiers.electronic_results'])} hồ sơ")
    if _has(v.get("dossiers.results_signed")):
        sentence = f"lãnh đạo ký số kết quả giải quyết TTHC: {_n(v['dossiers.results_signed'])} kết quả"
        if _has(v.get("dossiers.rate.results_signed")):
            sentence += f", chiếm tỷ lệ {format_percent(v['dossiers.rate.results_signed'])} số hồ sơ đã giải quyết"
        sentences.append(sentence)
    if not sentences:
        return None
    return "Đã thực hiện " + "; ".join(sentences) + "."


def online_services_paragraph(v: dict) -> str | None:
    total = v.get("procedures.online.total")
    if not _has(total):
        return None
    text = f"Tổng số TTHC cung cấp dịch vụ công trực tuyến là {_n(total)} thủ tục"
    parts = _parts(v, [("procedures.online.full", "toàn trình"), ("procedures.online.partial", "một phần")], "thủ tục")
    if parts:
        text += f" (trong đó: {parts})"
    return text + "."


def centre_paragraph(v: dict) -> str | None:
    visitors, received = v.get("centre.visitors"), v.get("centre.dossiers_received")
    clauses = []
    if _has(visitors):
        clauses.append(f"đón tiếp {_n(visitors)} lượt cá nhân, tổ chức đến giao dịch")
    if _has(received):
        clauses.append(f"tiếp nhận {_n(received)} hồ sơ")
    if not clauses:
        return None
    return "Trong kỳ, Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) " + ", ".join(clauses) + "."


def satisfaction_paragraph(v: dict) -> str | None:
    total = v.get("satisfaction.total")
    if not _nonzero(total):
        return None
    levels = [
        ("satisfaction.very_satisfied", "Rất hài lòng"),
        ("satisfaction.satisfied", "Hài lòng"),
        ("satisfaction.neutral", "Bình thường"),
        ("satisfaction.dissatisfied", "Không hài lòng"),
    ]
    parts, none = [], []
    for code, label in levels:
        if _nonzero(v.get(code)):
            rate = format_percent(ratio_percent(v[code], total))
            parts.append(f"{_n(v[code])}/{_n(total)} lượt đánh giá mức độ “{label}”, chiếm tỷ lệ {rate}")
        elif _has(v.get(code)):  # a typed 0; a blank level is not known, so nothing is said of it
            none.append(f"“{label}”")
    text = f"Trong kỳ, có {_n(total)} lượt đánh giá. Kết quả có " + "; ".join(parts)
    if none:
        text += "; không có lượt đánh giá mức độ " + " và ".join(none)
    return text + "."


def feedback_paragraph(v: dict) -> str | None:
    received = v.get("feedback.received")
    if not _has(received):
        return None
    if received == 0:
        return "Trong kỳ báo cáo, không tiếp nhận phản ánh, kiến nghị nào của cá nhân, tổ chức về quy định hành chính."
    text = f"Trong kỳ báo cáo, tiếp nhận {_n(received)} phản ánh, kiến nghị"
    if _has(v.get("feedback.resolved")):
        text += f", đã xử lý {_n(v['feedback.resolved'])} phản ánh, kiến nghị"
        if _has(v.get("feedback.rate.resolved")):
            text += f", đạt tỷ lệ {format_percent(v['feedback.rate.resolved'])}"
    return text + "."


def staff_paragraph(v: dict) -> str | None:
    total = v.get("staff.total")
    if not _has(total):
        return None
    text = f"Tổng số cán bộ, công chức là {_n(total)} người"
    parts = _parts(v, [("staff.officials", "cán bộ"), ("staff.civil_servants", "công chức")], "người")
    if parts:
        text += f" (trong đó: {parts})"
    text += "."
    edu = _parts(
        v,
        [
            ("staff.education.postgraduate", "Sau đại học"),
            ("staff.education.university", "Đại học"),
            ("staff.education.college", "Cao đẳng"),
            ("staff.education.intermediate", "Trung cấp"),
            ("staff.education.other", "Chưa qua đào tạo"),
        ],
        "người",
    )
    if edu:
        text += f" Về trình độ chuyên môn: {edu}."
    pol = _parts(
        v,
        [
            ("staff.politics.advanced", "Cao cấp"),
            ("staff.politics.intermediate", "Trung cấp"),
            ("staff.politics.elementary", "Sơ cấp"),
            ("staff.politics.none", "chưa qua đào tạo"),
        ],
        "người",
    )
    if pol:
        text += f" Về trình độ lý luận chính trị: {pol}."
    if _has(v.get("staff.part_timers")):
        text += f" Tổng số người hoạt động không chuyên trách là {_n(v['staff.part_timers'])} người."
    return text


def plan_paragraph(v: dict) -> str | None:
    planned, done = v.get("plan.tasks.planned"), v.get("plan.tasks.done")
    if not _nonzero(planned) or not _has(done):
        return None
    text = f"Kế hoạch cải cách hành chính đề ra {_n(planned)} nhiệm vụ; đã hoàn thành {_n(done)}/{_n(planned)} nhiệm vụ"
    if _has(v.get("plan.rate.done")):
        text += f", đạt tỷ lệ {format_percent(v['plan.rate.done'])}"
    return text + "."


SECTIONS = [
    ("plan", "Kết quả thực hiện kế hoạch CCHC", plan_paragraph),
    ("dossiers", "Kết quả tiếp nhận và giải quyết hồ sơ TTHC", dossiers_paragraph),
    ("online_services", "Cung cấp dịch vụ công trực tuyến", online_services_paragraph),
    ("centre", "Trung tâm Phục vụ hành chính công", centre_paragraph),
    ("payments", "Thanh toán trực tuyến", payments_paragraph),
    ("digitisation", "Số hóa hồ sơ, ký số kết quả giải quyết TTHC", digitisation_paragraph),
    ("satisfaction", "Đánh giá sự hài lòng", satisfaction_paragraph),
    ("feedback", "Phản ánh, kiến nghị", feedback_paragraph),
    ("staff", "Đội ngũ cán bộ, công chức", staff_paragraph),
]


def known(values: dict, partial: set[str]) -> dict:
    """``values`` with what is not known left blank: a partial total (some parts blank) that is 0."""
    return {code: None if code in partial and value == 0 else value for code, value in values.items()}


def paragraphs_from(values: dict, partial: set[str] | None = None) -> list[GeneratedParagraph]:
    """The paragraphs for a dict of figures; ``partial``: its totals with blank parts (values.partial_codes)."""
    values = known(values, partial or set())
    out = []
    for key, title, writer in SECTIONS:
        text = writer(values)
        if text:
            out.append(GeneratedParagraph(key=key, title=title, text=text))
    return out


def paragraphs(*, unit, period) -> list[GeneratedParagraph]:
    """The standard paragraphs for the unit's stored figures of the period."""
    catalogue = active_indicators()
    values = values_by_code(unit=unit, period=period, indicators=catalogue)
    return paragraphs_from(values, partial_codes(values, indicators=catalogue))
