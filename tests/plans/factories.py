"""Small helpers to build plans, tasks and documents in tests (real database, no mocks)."""

from __future__ import annotations

import datetime as dt
import itertools

from plans.models import Document, DocumentType, Plan, PlanKind, ReformField, Task

_numbers = itertools.count(100)


def d(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def field(code: str) -> ReformField:
    return ReformField.objects.get(code=code)


def document(unit, *, number=None, doc_type=DocumentType.PLAN, symbol="KH-UBND", issued_on="22/02/2023", **extra):
    return Document.objects.create(
        unit=unit,
        number=next(_numbers) if number is None else number,
        doc_type=doc_type,
        symbol=symbol,
        issued_on=d(issued_on) if isinstance(issued_on, str) else issued_on,
        subject=extra.pop("subject", "về tuyên truyền cải cách hành chính năm 2023"),
        **extra,
    )


def plan(unit, year=2023, *, assigned=False, decision=None) -> Plan:
    return Plan.objects.get_or_create(
        unit=unit,
        year=year,
        kind=PlanKind.ASSIGNED if assigned else PlanKind.OWN,
        defaults={"decision": decision},
    )[0]


def task(plan_, field_code="procedures", *, deadline=None, completed_on=None, title="Nhiệm vụ", **extra) -> Task:
    def parse(value):
        return d(value) if isinstance(value, str) else value

    return Task.objects.create(
        plan=plan_,
        field=field(field_code),
        title=title,
        deadline=parse(deadline),
        completed_on=parse(completed_on),
        **extra,
    )


# Seed 001's rows: field -> (on time, late, pending within deadline, pending overdue) at 06/12/2023.
SEED_001_ROWS = {
    "institutions": (5, 1, 1, 0),
    "procedures": (13, 0, 0, 0),
    "organisation": (3, 0, 0, 0),
    "civil_service": (3, 0, 0, 0),
    "public_finance": (3, 0, 0, 0),
    "digital_government": (4, 0, 0, 0),
    "direction": (6, 0, 1, 0),
}


def seed_001_plan(unit, *, extra_overdue: int = 0) -> Plan:
    """Tasks spread as in seed 001's table, statuses as of 06/12/2023."""
    p = plan(unit, 2023)
    for code, (on_time, late, within, overdue) in SEED_001_ROWS.items():
        for _ in range(on_time):
            task(p, code, deadline="30/06/2023", completed_on="20/06/2023")
        for _ in range(late):
            task(p, code, deadline="30/06/2023", completed_on="15/07/2023")
        for _ in range(within):
            task(p, code, deadline="31/12/2023")
        for _ in range(overdue + extra_overdue):
            task(p, code, deadline="30/11/2023")
    return p
