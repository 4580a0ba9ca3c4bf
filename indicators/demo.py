"""Demo figures: the seeds' own numbers, and plausible ones for the other Bình Sơn communes.

- Bình Phước 2023 (seed 000): 1.949 dossiers received (888 online, 1.028
  direct, 33 carried over), 1.881 resolved (1.863 early, 18 late), 12 in
  process, 56 withdrawn; 20 cán bộ, công chức; 10 part-timers whose levels
  add to 11 (a warning the seed really contains).
- Tịnh Châu 2023 (seed 001): its appendix and text, contradictions kept:
  3.472 received ≠ 1.913 direct + 1.555 online is a validation finding, not
  a silently corrected figure. The stated 3.472 is stored as
  dossiers.received.stated_total (the received total itself is derived from
  the channels: 3.468); the clerk's explanation is written with the report
  (desk/demo.py).
- Other Bình Sơn communes, 2023 and 2024 (year and first half): figures per
  procedure field, consistent by construction, from a seeded generator.

Idempotent: a unit and period that already have figures are left alone, so
re-running keeps what people typed.
"""

from __future__ import annotations

import random
from decimal import Decimal

from indicators.models import Explanation, Indicator, ProcedureField, Value
from reports.models import Period
from reports.periods import ensure_period
from units.demo import BINH_SON_COMMUNES
from units.models import Unit

SEED_000_BINH_PHUOC_2023 = {
    "dossiers.received.online": 888,
    "dossiers.received.direct": 1028,
    "dossiers.received.carried_over": 33,
    "dossiers.resolved.early": 1863,
    "dossiers.resolved.late": 18,
    "dossiers.in_process.within_deadline": 12,
    "dossiers.withdrawn": 56,
    "dossiers.payments.online_count": 500,
    "dossiers.payments.online_amount": 5662000,
    "procedures.integrated": 51,
    "institution.legal_docs.issued": 1,
    "organisation.staff.assigned": 20,
    "organisation.staff.present": 20,
    "staff.officials": 11,
    "staff.civil_servants": 9,
    "staff.education.university": 19,
    "staff.education.intermediate": 1,
    "staff.politics.intermediate": 17,
    "staff.politics.elementary": 3,
    "staff.part_timers": 10,
    "staff.part_timers.education.university": 6,
    "staff.part_timers.education.college": 3,
    "staff.part_timers.education.intermediate": 2,
    "staff.part_timers.politics.intermediate": 4,
    "staff.part_timers.politics.elementary": 2,
    "staff.part_timers.politics.none": 4,
    # Stated in the text (indicators/catalogue/reported.py).
    "dossiers.online_services.received": 1551,
    "dossiers.online_services.online": 882,
    "staff.training.attendances": 44,
    "staff.regraded": 1,
    "staff.pay_rises": 3,
    "staff.rotation.done": 1,
    "staff.part_timers.concurrent": 2,
}

# Seed 000's own contradiction, flagged and explained (the warning "staff-part-timers-education-sum"), not
# corrected: 10 part-timers whose levels of education add to 11.
SEED_000_EXPLANATIONS = {
    "staff-part-timers-education-sum": (
        "Bản báo cáo của xã ghi 10 người hoạt động không chuyên trách, 02 người kiêm nhiệm, mà trình độ chuyên môn "
        "cộng lại là 11 (6 đại học, 3 cao đẳng, 2 trung cấp); chưa rõ số nào sai, xã giữ nguyên cả hai để đối chiếu."
    ),
}

SEED_001_TINH_CHAU_2023 = {
    # Received: the report states 3.472 but its parts add to 3.468 (kept as found).
    "dossiers.received.stated_total": 3472,
    "dossiers.received.direct": 1913,
    "dossiers.received.online": 1555,
    # Resolved 3.470, of which 101 late; the report does not split early from on time.
    "dossiers.resolved.on_time": 3369,
    "dossiers.resolved.late": 101,
    "dossiers.in_process.within_deadline": 0,
    "dossiers.withdrawn": 2,
    "dossiers.payments.online_count": 971,
    # The online payment rate the national index gives the commune (its parts are not stated).
    "dossiers.payments.rate_online_stated": Decimal("68.19"),
    "dossiers.digitised.inputs": 1836,
    "dossiers.digitised.results": 1916,
    "dossiers.electronic_results": 30,
    "satisfaction.very_satisfied": 757,
    "satisfaction.satisfied": 275,
    "satisfaction.neutral": 0,
    "satisfaction.dissatisfied": 0,
    "feedback.received": 0,
    "survey.responses": 1032,
    "survey.method": 2,
    "direction.dialogue": 1,
    "institution.legal_docs.issued": 1,
    "institution.legal_docs.checked": 1,
    "institution.legal_docs.reviewed": 1,
    "institution.legal_docs.flagged": 1,
    "institution.legal_docs.handled": 0,
    "procedures.total": 173,
    "procedures.published": 173,
    "procedures.integrated": 51,
    "procedures.interconnected.same_level": 2,
    "procedures.interconnected.between_levels": 6,
    "procedures.rate.internal_process_approved": 100,
    "procedures.rate.internal_process_digitised": 100,
    "organisation.staff.assigned": 20,
    "organisation.staff.present": 20,
    "organisation.contract_workers": 0,
    "organisation.staff.reduced": 0,
    "civil_service.leaders_appointed": 0,
    "civil_service.disciplined": 0,
    "egov.video_conference": 2,
    "egov.rate.communes_connected": 100,
    "egov.documents.sent": 1030,
    "egov.documents.sent_electronic": 1030,
    "egov.documents.sent_parallel": 0,
    "egov.documents.received": 3968,
    "procedures.online.partial": 44,
    "procedures.online.full": 7,
    "dossiers.rate.online_partial": Decimal("40.88"),
    "dossiers.rate.online_full": Decimal("91.60"),
    "staff.officials": 11,
    "staff.officials.female": 3,
    "staff.civil_servants": 9,
    "staff.civil_servants.female": 4,
    "staff.education.postgraduate": 1,
    "staff.education.university": 17,
    "staff.education.college": 2,
    "staff.politics.intermediate": 15,
    "staff.politics.elementary": 1,
    "staff.politics.none": 4,
    "staff.state_management_trained": 15,
    "staff.it_certificate": 20,
    "staff.rating.excellent": 2,
    "staff.rating.good": 9,
    "staff.rating.completed": 1,
    # Stated in the text (indicators/catalogue/reported.py).
    "procedures.online.with_dossiers": 15,
    "procedures.online.with_fees": 19,
    "procedures.online.with_payments": 9,
    "egov.news_posts": 37,
    "staff.pay_rises": 5,
    "staff.regraded": 1,
    "staff.training.attendances": 20,
    "staff.rotation.due": 1,
    "staff.rotation.done": 0,
    # The cán bộ (the commune's leading posts): 10 with a university degree, all 11 with Trung cấp political
    # theory, 9 through the state-management course for chuyên viên; the year's courses against the plan;
    # the procedures reviewed against the review plan.
    "staff.officials.male": 8,  # 11 cán bộ, 3 of them women: the staff-quality shares are of the 11
    "staff.officials.education.university": 10,
    "staff.officials.politics.intermediate": 11,
    "staff.officials.state_management.specialist": 9,
    "staff.training.politics.sent": 1,
    "staff.training.politics.attending": 1,
    "staff.training.specialist.sent": 5,
    "staff.training.specialist.attended": 5,
    "procedures.review.planned": 1,
    "procedures.review.done": 1,
    # The training classes beside the attendances (20 of each), and the budget: revenue in million đồng,
    # expenditure in thousand đồng, each against the estimate given.
    "staff.training.classes": 20,
    "public_finance.budget.revenue.planned": 1088,
    "public_finance.budget.revenue.done": 1018,
    "public_finance.budget.expenditure.planned": 5356443,
    "public_finance.budget.expenditure.done": 5356443,
    # The equipment: computers, the one-stop desk's machines, signing tokens and leaders signing by SIM.
    "egov.equipment.computers": 21,
    "egov.equipment.one_stop.computers": 3,
    "egov.equipment.one_stop.scanners": 1,
    "egov.equipment.one_stop.printers": 2,
    "egov.equipment.one_stop.kiosks": 1,
    "egov.equipment.one_stop.cameras": 1,
    "egov.equipment.one_stop.screens": 1,
    "egov.signatures.personal_tokens": 12,
    "egov.signatures.unit_tokens": 1,
    "egov.signatures.sim": 3,
}
SEED_001_NOTES = {
    "egov.video_conference": "Có đủ thiết bị để họp trực tuyến",
    "egov.rate.digital_certificates": "100% CBCC xã đã được cấp token ký số",
    "plan.tasks.done": "2 nhiệm vụ chưa còn hạn",  # a note on a figure the plans app provides (38)
}
# Seed 001's Phụ lục I answers some number items in words, and marks with "-" those that do not apply to
# a commune (left blank: not reported, 7.3, 7.5 and the first row of 7.8). Stored as typed answers.
SEED_001_ANSWERS = {
    "egov.rate.digital_certificates": "Đã được cấp",
    "egov.rate.one_stop_communes": "Đã kết nối",
    "dossiers.rate.on_time_departments": "-",
    "public_finance.autonomy.full_with_investment": "-",
    "public_finance.autonomy.full": "-",
    "public_finance.autonomy.partial": "-",
    "public_finance.autonomy.state_funded": "-",
    "public_finance.equitised": "-",
    "egov.architecture": "-",
    "egov.rate.departments_connected": "-",
}

DOSSIER_PARTS = [
    "dossiers.received.online",
    "dossiers.received.direct",
    "dossiers.received.postal",
    "dossiers.received.carried_over",
    "dossiers.resolved.early",
    "dossiers.resolved.on_time",
    "dossiers.resolved.late",
    "dossiers.in_process.within_deadline",
    "dossiers.in_process.overdue",
    "dossiers.withdrawn",
    "dossiers.returned",
]
FIELD_WEIGHTS = {"ho-tich": 40, "chung-thuc": 30, "dat-dai": 10, "bao-tro-xa-hoi": 8, "nguoi-co-cong": 4}


def store_figures(
    *, unit, period, figures: dict, fields: dict | None = None, notes: dict | None = None, answers: dict | None = None
) -> int:
    """Write figures directly (demo and tests of stored data); totals of per-field rows are summed.

    ``answers``: items answered in words or "-" (not applicable) instead of a number, by code; a note
    on an item with no figure here (one another app provides) is stored alone."""
    catalogue = {i.code: i for i in Indicator.objects.all()}
    cells: dict[tuple[str, str], Decimal] = {}
    for code, value in figures.items():
        cells[(code, "")] = Decimal(value)
    for field_code, row in (fields or {}).items():
        for code, value in row.items():
            cells[(code, field_code)] = Decimal(value)
            cells[(code, "")] = cells.get((code, ""), Decimal(0)) + Decimal(value)
    notes = notes or {}
    Value.objects.bulk_create(
        [
            Value(
                unit=unit,
                period=period,
                indicator=catalogue[code],
                breakdown=breakdown,
                number=number,
                note=notes.get(code, "") if not breakdown else "",
            )
            for (code, breakdown), number in cells.items()
        ]
        + [
            Value(unit=unit, period=period, indicator=catalogue[code], number=None, text=text, note=notes.get(code, ""))
            for code, text in (answers or {}).items()
        ]
        + [
            Value(unit=unit, period=period, indicator=catalogue[code], number=None, note=note)
            for code, note in notes.items()
            if (code, "") not in cells and code not in (answers or {})
        ]
    )
    return len(cells) + len(answers or {})


def plausible_dossiers(rng: random.Random, scale: float) -> dict[str, dict[str, int]]:
    """Per-field figures that satisfy every identity (received = resolved + in process + withdrawn)."""
    rows = {}
    for field_code, weight in FIELD_WEIGHTS.items():
        received = max(1, int(weight * scale * rng.uniform(0.6, 1.4)))
        online = int(received * rng.uniform(0.3, 0.6))
        carried = rng.randint(0, max(1, received // 40))
        postal = rng.randint(0, max(1, received // 50))
        direct = received - online - carried - postal
        withdrawn = rng.randint(0, max(0, received // 60))
        in_process = rng.randint(0, max(0, received // 80))
        resolved = received - withdrawn - in_process
        late = rng.randint(0, max(0, resolved // 100))
        early = int((resolved - late) * rng.uniform(0.6, 0.95))
        overdue = rng.randint(0, in_process // 4) if in_process else 0
        rows[field_code] = {
            "dossiers.received.online": online,
            "dossiers.received.direct": direct,
            "dossiers.received.postal": postal,
            "dossiers.received.carried_over": carried,
            "dossiers.resolved.early": early,
            "dossiers.resolved.on_time": resolved - late - early,
            "dossiers.resolved.late": late,
            "dossiers.in_process.within_deadline": in_process - overdue,
            "dossiers.in_process.overdue": overdue,
            "dossiers.withdrawn": withdrawn,
            "dossiers.returned": rng.randint(0, 2),
        }
    return rows


def plausible_totals(rng: random.Random) -> dict[str, int]:
    officials = rng.randint(10, 12)
    servants = rng.randint(8, 11)
    total = officials + servants
    university = total - rng.randint(1, 3)
    politics_mid = total - rng.randint(2, 5)
    excellent = rng.randint(1, 4)
    return {
        "staff.officials": officials,
        "staff.officials.female": rng.randint(1, 4),
        "staff.civil_servants": servants,
        "staff.civil_servants.female": rng.randint(2, 5),
        "staff.education.university": university,
        "staff.education.college": total - university,
        "staff.politics.intermediate": politics_mid,
        "staff.politics.elementary": total - politics_mid,
        "staff.state_management_trained": total - rng.randint(2, 6),
        "staff.it_certificate": total,
        "staff.rating.excellent": excellent,
        "staff.rating.good": total - excellent - 1,
        "staff.rating.completed": 1,
        "staff.part_timers": 10,
        "staff.part_timers.education.university": 6,
        "staff.part_timers.education.college": 2,
        "staff.part_timers.education.intermediate": 2,
        "staff.part_timers.politics.intermediate": 4,
        "staff.part_timers.politics.elementary": 3,
        "staff.part_timers.politics.none": 3,
        "satisfaction.very_satisfied": rng.randint(300, 800),
        "satisfaction.satisfied": rng.randint(100, 300),
        "satisfaction.neutral": rng.randint(0, 10),
        "satisfaction.dissatisfied": 0,
        "dossiers.payments.online_count": rng.randint(200, 900),
        "feedback.received": rng.randint(0, 3),
        "feedback.resolved": 0,
        "organisation.staff.assigned": total,
        "organisation.staff.present": total,
        "procedures.published": 173,
        "procedures.online.full": 7,
        "procedures.online.partial": 44,
        "survey.method": 2,
        "direction.dialogue": 1,
    }


# Earlier years of Bình Sơn's communes (issue 16): with 2023 and 2024, the trend chart has at least four years.
HISTORY_YEARS = (("2020", 9), ("2021", 10), ("2022", 11))


def seed(stdout=None) -> None:
    units = {u.code: u for u in Unit.objects.filter(code__in=[c[0] for c in BINH_SON_COMMUNES] + ["21208"])}
    periods = {p.code: p for p in Period.objects.filter(code__in=["2023", "2023-H1", "2024", "2024-H1"])}
    if periods:
        periods |= {code: ensure_period(code) for code, _scale in HISTORY_YEARS}
    if not ProcedureField.objects.exists() or not periods:
        return
    filled = set(
        Value.objects.filter(unit__in=units.values(), period__in=periods.values()).values_list("unit", "period")
    )
    written = 0

    def fill(unit, period, **kwargs):
        nonlocal written
        if unit is None or period is None or (unit.pk, period.pk) in filled:
            return
        written += store_figures(unit=unit, period=period, **kwargs)
        filled.add((unit.pk, period.pk))

    fill(units.get("21073"), periods.get("2023"), figures=SEED_000_BINH_PHUOC_2023)
    binh_phuoc = Unit.objects.filter(name="Xã Bình Phước").first()  # seed 000's unit, by its name in units/demo.py
    if binh_phuoc is not None and periods.get("2023") is not None:
        for rule_code, text in SEED_000_EXPLANATIONS.items():
            Explanation.objects.get_or_create(
                unit=binh_phuoc, period=periods["2023"], rule_code=rule_code, defaults={"text": text}
            )
    fill(
        units.get("21208"),
        periods.get("2023"),
        figures=SEED_001_TINH_CHAU_2023,
        notes=SEED_001_NOTES,
        answers=SEED_001_ANSWERS,
    )
    for code, *_rest in BINH_SON_COMMUNES:
        for period_code, scale in (("2023", 12), ("2023-H1", 6), ("2024", 13), ("2024-H1", 6.5), *HISTORY_YEARS):
            rng = random.Random(f"{code}-{period_code}")
            totals = plausible_totals(rng)
            if period_code.endswith("H1"):
                totals = {k: v for k, v in totals.items() if not k.startswith("staff.rating")}
            fill(units.get(code), periods.get(period_code), figures=totals, fields=plausible_dossiers(rng, scale))
    if stdout is not None and written:
        stdout.write(f"indicators: {written} demo figures")
