"""Form tables as data, for the screen, the PDF and the Excel file alike.

``form_table`` lays a form definition out as rows (STT, label, unit of
measure, value, formatted display, note, consolidating office);
``dossier_table`` is Biểu số 06/VPCP/KSTT: one row per procedure field plus
the total row, with the columns of Thông tư 01/2020/TT-VPCP.

A computed figure some of whose parts are blank is the sum of the known parts
and is flagged ``partial`` (values.partial_codes); the display text stays the
plain number, and each screen marks it its own way (the entry page: "1.949*"
with a legend).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from indicators.models import Indicator, Value, ValueType
from indicators.values import active_indicators, derive, form_spec, partial_codes, values_by_code
from reform_portal.numbers import clean_number, format_number, format_percent
from units.wording import office_names, office_note, superior_wording


@dataclass(frozen=True)
class TableRow:
    stt: str
    label: str
    unit_of_measure: str
    value: Decimal | str | None
    display: str
    note: str
    is_group: bool
    consolidating_office: str
    indicator_code: str | None
    value_source: str = ""
    value_type: str = ""
    partial: bool = False  # computed while some of its parts are blank
    share: Decimal | None = None  # its share, on a form printed with shares (FormDefinition.shares)


@dataclass(frozen=True)
class FormTable:
    code: str
    title: str
    rows: list[TableRow]
    shares: bool = False  # printed as Số lượng and Tỷ lệ (%) columns


SHARE = ".share"  # a count's share is the indicator coded as the count's with this added (catalogue/staff_quality)


def display_value(indicator: Indicator | None, value) -> str:
    """How a figure prints: 1.949; 99,04 %; a coded answer as "1 (Có)"; text as typed."""
    if indicator is None or value is None:
        return ""
    if isinstance(value, str):
        return value
    if indicator.value_type == ValueType.PERCENT:
        return format_percent(value)
    if indicator.value_type == ValueType.CODED:
        label = indicator.code_labels.get(int(value)) if value == value.to_integral_value() else None
        return f"{format_number(value)} ({label})" if label else format_number(value)
    return format_number(value)


NOT_APPLICABLE = "-"  # a stored answer: the item does not apply to the unit (blank: not reported)

# Coded items the seeds print one row per answer (seed 001's 7.2: "Chưa có = 0", "2 cấp = 1", "3 cấp = 2"),
# the answer on its own row and "-" on the others.
ONE_ROW_PER_ANSWER = frozenset({"egov.video_conference"})


def scale(indicator: Indicator) -> str:
    """A coded item's scale as the seeds print it in the unit column: "Không = 0, Có = 1"."""
    return ", ".join(f"{label} = {code}" for code, label in sorted(indicator.code_labels.items()))


def _stored(*, unit, period, indicator_ids) -> dict[int, tuple[str, str]]:
    """(note, typed answer) of the stored figures that have one: a text answer of a number item ("Đã được
    cấp" for a share, "-" where it does not apply) is printed as typed."""
    rows = Value.objects.filter(unit=unit, period=period, breakdown="", indicator_id__in=indicator_ids)
    rows = rows.exclude(note="", text="").values_list("indicator_id", "note", "text", "number")
    return {pk: (note, text if number is None else "") for pk, note, text, number in rows}


def _answer_rows(row: TableRow, indicator: Indicator) -> list[TableRow]:
    """A coded item one row per answer: the item's own row is the first answer's."""
    out = []
    for index, (code, label) in enumerate(sorted(indicator.code_labels.items())):
        chosen = row.value is not None and not isinstance(row.value, str) and int(row.value) == code
        out.append(
            replace(
                row,
                stt=row.stt if index == 0 else "",
                label=row.label if index == 0 else label,
                unit_of_measure=f"{label} = {code}",
                value=row.value if chosen else None,
                display=format_number(row.value) if chosen else (row.display if row.value is None else NOT_APPLICABLE),
                note=row.note if chosen or (index == 0 and row.value is None) else "",
                indicator_code=row.indicator_code if index == 0 else None,
            )
        )
    return out


def form_table(*, unit, period, form_code: str, values: dict | None = None) -> FormTable:
    """The rows of a form for a unit and period; a constant number of queries."""
    spec = form_spec(form_code)
    catalogue = active_indicators()
    if values is None:
        values = values_by_code(unit=unit, period=period, indicators=catalogue)
    stored = _stored(unit=unit, period=period, indicator_ids=[r.indicator_id for r in spec.rows if r.indicator_id])
    partial = partial_codes(values, indicators=catalogue)
    offices = office_names(unit) if any(r.consolidating_office for r in spec.rows) else {}
    rows = []
    for r in spec.rows:
        ind = r.indicator if r.indicator_id else None
        note, typed = stored.get(r.indicator_id, ("", "")) if ind else ("", "")
        value = values.get(ind.code) if ind else None
        if value is None and typed:
            value = typed
        office = office_note(r.consolidating_office, unit, offices)
        coded = ind is not None and ind.value_type == ValueType.CODED and ind.codes
        row = TableRow(
            stt=r.stt,
            label=superior_wording(r.display_label, unit),
            unit_of_measure=(scale(ind) if coded else ind.unit_of_measure if ind else ""),
            value=value,
            display=display_value(ind, value),
            note=note,
            is_group=r.is_group_header,
            consolidating_office=office,
            indicator_code=ind.code if ind else None,
            value_source=ind.value_source if ind else "",
            value_type=ind.value_type if ind else "",
            partial=ind is not None and ind.code in partial,
            share=values.get(ind.code + SHARE) if ind is not None and spec.form.shares else None,
        )
        rows.extend(_answer_rows(row, ind) if coded and ind.code in ONE_ROW_PER_ANSWER else [row])
    return FormTable(code=spec.form.code, title=spec.form.title, rows=rows, shares=spec.form.shares)


# Biểu số 06/VPCP/KSTT -------------------------------------------------------------------------


@dataclass(frozen=True)
class DossierColumn:
    key: str  # an indicator code, or a computed column key
    title: str
    group: str  # the header spanning it
    entered: bool  # typed by the clerk (else computed)


R, S, IP = "dossiers.received.", "dossiers.resolved.", "dossiers.in_process."

DOSSIER_COLUMNS = [
    DossierColumn(R + "total", "Tổng số", "Số hồ sơ nhận giải quyết", False),
    DossierColumn(R + "online", "Trực tuyến", "Số hồ sơ nhận giải quyết", True),
    DossierColumn(R + "direct", "Trực tiếp", "Số hồ sơ nhận giải quyết", True),
    DossierColumn(R + "postal", "Bưu chính công ích", "Số hồ sơ nhận giải quyết", True),
    DossierColumn(R + "carried_over", "Từ kỳ trước", "Số hồ sơ nhận giải quyết", True),
    DossierColumn(S + "total", "Tổng số", "Số hồ sơ đã giải quyết", False),
    DossierColumn(S + "early", "Trước hạn", "Số hồ sơ đã giải quyết", True),
    DossierColumn(S + "on_time", "Đúng hạn", "Số hồ sơ đã giải quyết", True),
    DossierColumn(S + "late", "Quá hạn", "Số hồ sơ đã giải quyết", True),
    DossierColumn(IP + "total", "Tổng số", "Số hồ sơ đang giải quyết", False),
    DossierColumn(IP + "within_deadline", "Trong hạn", "Số hồ sơ đang giải quyết", True),
    DossierColumn(IP + "overdue", "Quá hạn", "Số hồ sơ đang giải quyết", True),
    DossierColumn("dossiers.withdrawn", "Rút hồ sơ", "Khác", True),
    DossierColumn("dossiers.returned", "Trả lại", "Khác", True),
]
ENTERED_COLUMNS = [c.key for c in DOSSIER_COLUMNS if c.entered]


@dataclass
class DossierRow:
    stt: str
    field_code: str  # "" for the total row
    field_name: str
    cells: dict[str, Decimal | None] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    is_total: bool = False
    partial: set[str] = field(default_factory=set)  # computed columns some of whose parts are blank

    def cell_list(self) -> list[tuple[DossierColumn, Decimal | None, str]]:
        return [(c, self.cells.get(c.key), self.display.get(c.key, "")) for c in DOSSIER_COLUMNS]


@dataclass(frozen=True)
class DossierTable:
    columns: list[DossierColumn]
    rows: list[DossierRow]  # one per procedure field
    total: DossierRow
    fields_entered: bool  # False when the unit entered the total row alone

    @property
    def column_groups(self) -> list[tuple[str, int]]:
        groups: list[tuple[str, int]] = []
        for c in self.columns:
            if groups and groups[-1][0] == c.group:
                groups[-1] = (c.group, groups[-1][1] + 1)
            else:
                groups.append((c.group, 1))
        return groups


def dossier_columns(catalogue) -> list[str]:
    """The entered figures of Biểu 06, with the stated totals of its computed columns."""
    return [*ENTERED_COLUMNS, *_stated_columns(catalogue)]


def _stated_columns(catalogue) -> list[str]:
    """The stated figures of the table's computed columns (a total given without its split, on the total row)."""
    return [ind.stated.code for c in DOSSIER_COLUMNS if (ind := catalogue.get(c.key)) is not None and ind.stated_id]


def dossier_row(stt, code, name, entered: dict, catalogue, *, is_total=False, aggregate=False) -> DossierRow:
    derived = derive({k: entered.get(k) for k in dossier_columns(catalogue)}, indicators=catalogue, aggregate=aggregate)
    cells = {c.key: derived.get(c.key) for c in DOSSIER_COLUMNS}
    return DossierRow(
        stt=stt,
        field_code=code,
        field_name=name,
        cells=cells,
        display={k: format_number(v) for k, v in cells.items()},
        is_total=is_total,
        partial=partial_codes(derived, indicators=catalogue) & cells.keys(),
    )


def dossier_table(*, unit, period, added: dict[str, dict[str, Decimal]] | None = None) -> DossierTable:
    """Biểu 06 for a unit and period: field rows with their computed totals and the total row.

    ``added``: figures to add to the unit's own, by procedure field ("" the total row) and column code:
    a consolidating unit's units (consolidation.figures.consolidated_dossier_cells). Their totals are
    then aggregates (``derive(aggregate=True)``: stated totals added, shares over the units with parts).
    """
    spec = form_spec("dossiers")
    catalogue = active_indicators()
    wanted = {catalogue[k].pk: k for k in dossier_columns(catalogue) if k in catalogue}
    cells: dict[str, dict[str, Decimal | None]] = {}
    for indicator_id, breakdown, number in Value.objects.filter(
        unit=unit, period=period, indicator_id__in=list(wanted)
    ).values_list("indicator_id", "breakdown", "number"):
        cells.setdefault(breakdown, {})[wanted[indicator_id]] = clean_number(number)
    for breakdown, figures in (added or {}).items():
        row = cells.setdefault(breakdown, {})
        for code, value in figures.items():
            row[code] = clean_number((row.get(code) or Decimal(0)) + value)
    aggregate = added is not None
    rows = [
        dossier_row(str(i), f.code, f.name, cells.get(f.code, {}), catalogue, aggregate=aggregate)
        for i, f in enumerate(spec.fields, start=1)
    ]
    total = dossier_row("", "", "Tổng cộng", cells.get("", {}), catalogue, is_total=True, aggregate=aggregate)
    fields_entered = any(any(v is not None for v in cells.get(f.code, {}).values()) for f in spec.fields)
    return DossierTable(columns=DOSSIER_COLUMNS, rows=rows, total=total, fields_entered=fields_entered)
