"""Demo plans and registers from the seeds: Bình Phước (seed 000), Tịnh Châu (seed 001); Văn phòng UBND tỉnh's
register (seed 002) and Lai Hưng's (seed 003), no plan: their reports state no task table.

Tịnh Châu's 40 tasks are spread exactly as seed 001's table rows, so the
computed table at 06/12/2023 reads 40 / 37 / 1 / 2 / 0 (the seed's printed
total, 38 / 1 / 1 / 0, does not add up); its four tasks assigned by the
city reproduce appendix item 1.2 (4 assigned, 1 on time, 1 late).
Idempotent: documents are keyed by their register entry, tasks by title.
"""

from __future__ import annotations

import datetime as dt

from plans.demo_data.binh_phuoc_2023 import BINH_PHUOC_CITED_FROM_ABOVE, BINH_PHUOC_DOCUMENTS, BINH_PHUOC_TASKS
from plans.demo_data.lai_hung_2023 import LAI_HUNG_CITED_FROM_ABOVE, LAI_HUNG_DOCUMENTS
from plans.demo_data.tinh_chau_2023 import TINH_CHAU_ASSIGNED, TINH_CHAU_TASKS
from plans.demo_data.tinh_chau_2023_register import CITED_FROM_ABOVE, TINH_CHAU_DOCUMENTS
from plans.demo_data.vp_ubnd_quang_ngai_2023 import VP_UBND_CITED_FROM_ABOVE, VP_UBND_DOCUMENTS
from plans.models import Document, DocumentType, Plan, PlanKind, ReformField, Task
from units.models import Unit

T = DocumentType


def _d(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def _documents(unit: Unit, rows) -> dict[tuple, Document]:
    out = {}
    for doc_type, number, symbol, issued, subject, normative, directs in rows:
        issued_on = _d(issued)
        series = Document.series_for(doc_type, normative)
        document = Document.objects.filter(unit=unit, series=series, year=issued_on.year, number=number).first()
        document = document or Document(unit=unit, number=number)
        document.doc_type, document.symbol, document.issued_on, document.subject = doc_type, symbol, issued_on, subject
        document.is_normative, document.is_reform_directive = normative, directs
        document.save()
        out[(number, "normative" if normative else doc_type, issued_on.year)] = document
    return out


def _plan(unit: Unit, year: int, kind: str, tasks: dict, documents: dict, decision=None) -> Plan:
    plan, _created = Plan.objects.get_or_create(unit=unit, year=year, kind=kind)
    if decision is not None and plan.decision_id != decision.pk:
        plan.decision = decision
        plan.save()
    fields = {f.code: f for f in ReformField.objects.all()}
    order = 0
    for code, rows in tasks.items():
        for title, owner, deadline, completed, evidence in rows:
            order += 1
            completed_on = _d(completed) if completed else None
            proof = None
            if evidence is not None:
                number, kind_ = evidence
                year_ = completed_on.year if completed_on else year
                proof = documents.get((number, kind_, year_)) or documents.get((number, kind_, year_ - 1))
            Task.objects.update_or_create(
                plan=plan,
                title=title,
                defaults={
                    "field": fields[code],
                    "owner": owner,
                    "deadline": _d(deadline) if deadline else None,
                    "completed_on": completed_on,
                    "evidence": proof,
                    "order": order,
                },
            )
    return plan


def seed(stdout=None):
    units = {u.code: u for u in Unit.objects.filter(code__in=["21073", "21208"])}
    if len(units) < 2:
        return
    bp, tc = units["21073"], units["21208"]
    bp_docs = _documents(bp, BINH_PHUOC_DOCUMENTS)
    _plan(bp, 2023, PlanKind.OWN, BINH_PHUOC_TASKS, bp_docs, decision=bp_docs[(690, T.DECISION, 2022)])
    tc_docs = _documents(tc, TINH_CHAU_DOCUMENTS)
    _plan(tc, 2023, PlanKind.OWN, TINH_CHAU_TASKS, tc_docs, decision=tc_docs[(117, T.PLAN, 2022)])
    _plan(tc, 2023, PlanKind.ASSIGNED, TINH_CHAU_ASSIGNED, tc_docs)
    lai_hung = Unit.objects.filter(code="25834").first()
    if lai_hung is not None:
        _documents(lai_hung, LAI_HUNG_DOCUMENTS)
    office = Unit.objects.filter(code="51-VP").first()
    if office is not None:
        _documents(office, VP_UBND_DOCUMENTS)
    cited = [*CITED_FROM_ABOVE, *BINH_PHUOC_CITED_FROM_ABOVE, *LAI_HUNG_CITED_FROM_ABOVE, *VP_UBND_CITED_FROM_ABOVE]
    for name in dict.fromkeys(row[0] for row in cited):
        issuer = Unit.objects.filter(name=name).first()
        if issuer is not None:
            _documents(issuer, [row[1:] for row in cited if row[0] == name])
    if stdout is not None:
        stdout.write(
            f"Plans: {Task.objects.filter(plan__unit__in=[bp, tc]).count()} tasks, "
            f"{Document.objects.filter(unit__in=[bp, tc]).count()} registered documents."
        )
