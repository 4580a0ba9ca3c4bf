"""The consolidation as data for other systems: JSON and an Excel workbook.

The same content for the ``consolidate`` command and the page's export
link: consolidated values by indicator code, coded answer counts, the task
summary per reform field, completeness, and the per-unit breakdown.
Decimals travel as strings in JSON so no precision is lost.
"""

from __future__ import annotations

import json
from decimal import Decimal

from consolidation.breakdown import PERCENT, BreakdownTable, breakdown_table
from consolidation.completeness import CHILDREN
from consolidation.engine import Consolidation, consolidate
from consolidation.plain_xlsx import NUMBER as NUMBER_FORMAT
from consolidation.plain_xlsx import PERCENT as PERCENT_FORMAT
from consolidation.plain_xlsx import Sheet, workbook
from indicators.models import Indicator


def _num(value) -> str | None:
    return str(value) if isinstance(value, Decimal) else None


def build(
    *, unit, period, provisional: bool = False, scope: str = CHILDREN, kinds=None
) -> tuple[Consolidation, BreakdownTable]:
    c = consolidate(unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional)
    table = breakdown_table(
        unit=unit, period=period, provisional=provisional, scope=scope, kinds=kinds, consolidation=c
    )  # its duties and completeness reused
    return c, table


def as_dict(c: Consolidation, table: BreakdownTable) -> dict:
    k = c.completeness
    tasks = [*c.tasks.rows, c.tasks.total] if c.tasks else []
    return {
        "unit": c.unit.code if c.unit else None,
        "unit_name": c.unit.name if c.unit else None,
        "period": c.period.code,
        "period_name": c.period.name,
        "provisional": c.provisional,
        "scope": c.scope,
        "kinds": c.kinds,
        "values": {code: _num(v) for code, v in sorted(c.values.items()) if isinstance(v, Decimal)},
        "breakdowns": {code: {b: _num(v) for b, v in rows.items()} for code, rows in sorted(c.breakdowns.items())},
        "coded": {code: {str(x.code): x.count for x in counts} for code, counts in sorted(c.coded.items())},
        "tasks": [
            {
                "field": row.code,
                "name": row.name,
                "planned": row.planned,
                "done_on_time": row.done_on_time,
                "done_late": row.done_late,
                "pending_within_deadline": row.pending_within,
                "pending_overdue": row.pending_overdue,
            }
            for row in tasks
        ],
        "completeness": {
            "due_date": k.due_date.isoformat(),
            "expected": k.expected,
            "submitted": k.submitted,
            "accepted": k.accepted,
            "on_time": k.on_time,
            "late": k.late,
            "missing": [{"code": u.code, "name": u.name} for u in k.missing],
            "units": [
                {
                    "code": s.unit.code,
                    "name": s.unit.name,
                    "state": s.state,
                    "submitted_at": s.submitted_at.isoformat() if s.submitted_at else None,
                    "on_time": s.on_time,
                    "counted": s.counted,
                }
                for s in k.units
            ],
        },
        "breakdown": {
            "columns": [{"key": col.key, "label": str(col.label), "kind": col.kind} for col in table.columns],
            "rows": [
                {"unit": r.unit.code, "name": r.label, "counted": r.counted, "cells": _cells(r.cells)}
                for r in table.rows
            ],
            "total": _cells(table.total.cells),
        },
    }


def _cells(cells: dict) -> dict:
    return {key: _num(v) for key, v in cells.items()}


def as_json(c: Consolidation, table: BreakdownTable) -> str:
    return json.dumps(as_dict(c, table), ensure_ascii=False, indent=2)


def as_xlsx(c: Consolidation, table: BreakdownTable) -> bytes:
    """A workbook: consolidated values, completeness, the per-unit breakdown, the task summary.

    Written with XlsxWriter (``consolidation.plain_xlsx``): the country's 3,000 units make some 47,000
    cells, which cost openpyxl more than the consolidation itself."""
    names = dict(Indicator.objects.values_list("code", "name"))

    figures = Sheet("Số liệu tổng hợp", widths=[34, 70, 16])
    title = f"Tổng hợp số liệu {c.period.name}" + (" (tạm tính)" if c.provisional else "")
    figures.append([title, c.unit.name if c.unit else "Toàn quốc"], bold=[True, False])
    figures.append(["Mã chỉ tiêu", "Chỉ tiêu", "Số liệu"])
    for code, value in sorted(c.values.items()):
        if isinstance(value, Decimal):
            figures.append([code, names.get(code, code), float(value)])
    for code in sorted(c.coded):
        text = c.coded_text(code)
        if text:
            figures.append([code, names.get(code, code), text])

    reporting = Sheet("Tình hình báo cáo", widths=[28, 40, 16, 18, 10, 14])
    k = c.completeness
    for label, value in (
        ("Số đơn vị phải báo cáo", k.expected),
        ("Đã gửi", k.submitted),
        ("Đã tiếp nhận", k.accepted),
        ("Đúng hạn", k.on_time),
        ("Muộn", k.late),
        ("Hạn gửi", k.due_date.strftime("%d/%m/%Y")),
    ):
        reporting.append([label, value])
    reporting.append([])
    reporting.append(["Mã", "Đơn vị", "Trạng thái", "Gửi lúc", "Đúng hạn", "Được tổng hợp"])
    for s in k.units:
        sent = s.submitted_at.strftime("%d/%m/%Y %H:%M") if s.submitted_at else ""
        on_time = "" if s.on_time is None else ("Có" if s.on_time else "Không")
        reporting.append(
            [s.unit.code, s.unit.name, s.state or "chưa lập", sent, on_time, "Có" if s.counted else "Không"]
        )

    units = Sheet("Chi tiết theo đơn vị", widths=[6, 40, *[16] * len(table.columns)])
    units.append(["STT", "Đơn vị", *[str(col.label) for col in table.columns]], bold=True)
    formats = [None, None, *[PERCENT_FORMAT if col.kind == PERCENT else NUMBER_FORMAT for col in table.columns]]
    for i, row in enumerate([*table.rows, table.total], start=1):
        values = [float(v) if isinstance(v, Decimal) else None for v in (row.cells.get(c_.key) for c_ in table.columns)]
        units.append([i if row.unit else "", row.label, *values], bold=row is table.total, formats=formats)

    tasks = Sheet("Nhiệm vụ CCHC", widths=[6, 50, 12, 14, 14, 16, 16])
    tasks.append(["STT", "Lĩnh vực", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn"])  # fmt: skip
    if c.tasks:
        for row in [*c.tasks.rows, c.tasks.total]:
            tasks.append([row.number or "", row.name, row.planned, row.done_on_time, row.done_late,
                          row.pending_within, row.pending_overdue])  # fmt: skip
    return workbook([figures, reporting, units, tasks])
