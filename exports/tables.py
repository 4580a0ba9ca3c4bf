"""Every table a report prints, as the neutral structure of reform_portal.tables.

The PDF template and the Excel writer both draw from ``Table``, never from
the providers directly, so the printed appendix and the spreadsheet can
never disagree: same rows, same headers, same figures, same formatting
(the display text comes from reform_portal.numbers, once).

The tables come from the apps that own their data:

- ``task_summary``: plans.tables.task_table (seed 001's task table, also on the plan page);
- ``form:<code>``: indicators.tables.form_table (the statistical appendix), with the explanations of
  the report's warnings in its Ghi chú column (``form_tables``);
- ``dossiers``: indicators.tables.dossier_table (Biểu 06 by procedure field);
- ``breakdown``: consolidation.breakdown.breakdown_table (one row per unit below).
"""

from __future__ import annotations

import re
from decimal import Decimal

from consolidation import breakdown as consolidation_breakdown
from consolidation.figures import consolidated_dossier_cells, report_task_summaries
from consolidation.prefill import consolidated_part
from desk.figures import figures
from indicators import tables as indicators_tables
from indicators.models import Aggregation, Explanation, ValueSource
from indicators.validation import Finding, findings
from indicators.values import active_indicators, stated_codes
from plans.tables import task_table
from reform_portal.numbers import format_citation_date, format_number, ratio_percent, to_decimal
from reform_portal.tables import NUMBER, PERCENT, Cell, HeaderCell, Row, Table, number_cell, percent_cell
from scorecards.tables import scorecard_table

# --- task summary (plans) ---------------------------------------------------------------------


def task_summary_table(report) -> Table:
    """Seed 001's task table of the report's unit at the report's cut-off end, as the plans app builds it;
    a consolidating unit's includes its units' tasks (consolidation.figures.report_task_summaries)."""
    return task_table(report_task_summaries(unit=report.unit, period=report.period, on=report.cutoff_end).own)


# --- statistical forms (indicators) ---------------------------------------------------------

_FORM_PREFIX = re.compile(r"^\s*Phụ lục\s+[0-9IVXLC]+\s*[.:-]?\s*", re.IGNORECASE)


def appendix_title(title: str, period) -> str:
    """ "Phụ lục 1. Thống kê số liệu …" -> "THỐNG KÊ SỐ LIỆU … NĂM 2023" (the number is printed above it)."""
    title = _FORM_PREFIX.sub("", title).strip().rstrip(".")
    return f"{title} {period.name}".upper()


def _value_cell(row) -> Cell:
    """A form row's figure: a count, a rate (the unit column says %), a coded answer, or text."""
    value = row.value
    if not isinstance(value, int | float | Decimal):
        return Cell(row.display or ("" if value is None else str(value)))
    dec = to_decimal(value)
    if row.value_type == "percent" or (row.unit_of_measure or "").strip() == "%":
        return percent_cell(dec, partial=row.partial)  # the report's rate places (reform_portal.numbers)
    if row.value_type == "coded" and row.display != format_number(dec):
        # "1 (Có)": a number in Excel too, with the answer's label in its number format
        label = row.display.removeprefix(format_number(dec)).strip().replace('"', "")
        return Cell(row.display, dec, NUMBER, fmt=f'0" {label}"')
    return number_cell(dec, partial=row.partial)


EXPLAINED_GROUP = "Giải trình số liệu chênh lệch"


def explained_warnings(report, *, values: dict | None = None) -> list[Finding]:
    """The warnings on the report's figures that its unit has explained (indicators.validation).

    ``values``: the figures the report prints (``report_figures``), which the rules check, as the
    report page does (desk.panels.findings). A constant number of queries: one when nothing is explained.
    """
    if not Explanation.objects.filter(unit=report.unit, period=report.period).exists():
        return []
    if values is None:
        values = figures(report)
    return [f for f in findings(unit=report.unit, period=report.period, values=values) if f.explanation]


def coverage_notes(report, values: dict, catalogue) -> dict[str, str]:
    """ "1/20 xã có số liệu" for each consolidated figure fewer units gave than were expected to report.

    A consolidating unit's appendix prints it in Ghi chú beside the figure (the sentences say it too:
    consolidation.narrative.coverage_note); a figure every expected unit gave, or a unit's own fact
    (not aggregated), has no note. Nothing for a unit with no units below.
    """
    if not report.unit.has_units_below:
        return {}
    part = consolidated_part(unit=report.unit, period=report.period)
    if not part.expected:
        return {}
    notes = {}
    for code, value in values.items():
        ind = catalogue.get(code)
        if value is None or ind is None or ind.aggregation == Aggregation.NONE:
            continue
        covered = part.coverage.get(code, 0)
        if covered < part.expected:
            notes[code] = f"{covered}/{part.expected} {part.noun} có số liệu"
    return notes


def _first_printed(form: indicators_tables.FormTable, finding: Finding) -> str | None:
    """The first of the finding's figures (the checked total: the rule's left side) that the form prints."""
    printed = {row.indicator_code for row in form.rows if row.indicator_code}
    return next((code for code in finding.indicator_codes if code in printed), None)


def _form_row(item: indicators_tables.TableRow, extra_notes: list[str]) -> Row:
    group = bool(item.is_group)
    note = item.note or (item.consolidating_office if group else "")
    note = "\n".join(text for text in [note, *extra_notes] if text)
    cells = [Cell(item.stt), Cell(item.label), Cell(item.unit_of_measure), _value_cell(item), Cell(note)]
    return Row(cells, kind="group" if group else "item")


def reported(item: indicators_tables.TableRow) -> bool:
    """Whether a form's row holds something the unit reported: a note, an entered figure or typed answer (a
    typed 0 is one), or a figure another part of the portal provides that is not 0 (tasks, documents).

    A computed total or rate is not: it follows from figures counted where they are entered (Phụ lục 1's
    on-time share from Biểu 06's dossiers), and "0 tasks" of a unit with no plan reports nothing. A form
    none of whose rows holds anything reported, with no explained warning to list, has no content
    (``Table.empty``): the document leaves it out unless its template always attaches it.
    """
    if item.note:
        return True
    if item.value is None or item.value_source == ValueSource.DERIVED:
        return False
    return item.value_source != ValueSource.PROVIDED or item.value != 0


FORM_USE = "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"  # the sub-heading of seed 001's Phụ lục 1


def _shares_form(report, form: indicators_tables.FormTable, items, notes: dict[str, list[str]], unplaced) -> Table:
    """A form of counts printed as seed 003's staff tables: each row's count (Số lượng) beside its share
    (Tỷ lệ (%), computed in the catalogue: ``indicators.tables.SHARE``); a blank row stays blank. A note
    or an explanation prints once, on the first row of its figure, in a Ghi chú column added for it."""
    rows, noted = [], set()
    for item in items:
        code = item.indicator_code
        extra = notes.get(code, []) if code and code not in noted else []
        noted.add(code)
        note = "\n".join(text for text in [item.note, *extra] if text)
        if item.is_group:
            cells = [Cell(item.label), Cell(""), Cell("")]
        else:
            cells = [Cell(item.label), _value_cell(item), percent_cell(item.share)]
        rows.append((Row(cells, kind="group" if item.is_group else "item"), note))
    rows += [(Row([Cell(f.message), Cell(""), Cell("")]), f.explanation or "") for f in unplaced]
    noted_rows = any(note for _row, note in rows)
    header = [HeaderCell("Nội dung"), HeaderCell("Số lượng"), HeaderCell("Tỷ lệ (%)")]
    return Table(
        key=f"form:{form.code}",
        title=appendix_title(form.title, report.period),
        header=[[*header, HeaderCell("Ghi chú")] if noted_rows else header],
        rows=[Row([*row.cells, Cell(note)], kind=row.kind) if noted_rows else row for row, note in rows],
        widths=[46, 12, 12, 30] if noted_rows else [60, 20, 20],
        aligns=["left", "center", "center", "left"] if noted_rows else ["left", "center", "center"],
        sheet_name=_sheet_name(_FORM_PREFIX.sub("", form.title)),
        empty=not unplaced and not any(reported(item) for item in items),
    )


def _neutral_form(
    report,
    form: indicators_tables.FormTable,
    notes: dict[str, list[str]],
    unplaced: list[Finding],
    hidden: frozenset[str] = frozenset(),
) -> Table:
    items = [item for item in form.rows if item.indicator_code not in hidden]
    if form.shares:
        return _shares_form(report, form, items, notes, unplaced)
    rows = [_form_row(item, notes.get(item.indicator_code, []) if item.indicator_code else []) for item in items]
    if unplaced:
        rows.append(Row([Cell(""), Cell(EXPLAINED_GROUP), Cell(""), Cell(""), Cell("")], kind="group"))
        rows += [Row([Cell(""), Cell(f.message), Cell(""), Cell(""), Cell(f.explanation or "")]) for f in unplaced]
    return Table(
        key=f"form:{form.code}",
        title=appendix_title(form.title, report.period),
        header=[
            [
                HeaderCell("STT", rowspan=2),
                HeaderCell(f"Chỉ tiêu thống kê {FORM_USE}", rowspan=2),
                HeaderCell("Kết quả thống kê", colspan=2),
                HeaderCell("Ghi chú", rowspan=2),
            ],
            [HeaderCell("Đơn vị tính"), HeaderCell("Số liệu")],
        ],
        rows=rows,
        widths=[8, 46, 14, 12, 20],
        aligns=["center", "left", "center", "center", "left"],
        sheet_name=_sheet_name(_FORM_PREFIX.sub("", form.title)),
        empty=not unplaced and not any(reported(item) for item in items),
    )


def form_tables(report, codes: list[str]) -> dict[str, Table]:
    """The report's statistical forms (``codes``, in order), the explained warnings in their Ghi chú column.

    A warning the unit has explained travels with the export, next to the figure it is about: its
    explanation prints in the Ghi chú column of each form that prints one of its figures, once, on the
    row of the first of them (the figure the rule checks), after the clerk's own note. A warning none of
    whose figures the forms print (Tịnh Châu's stated total of received dossiers) is listed after the
    rows of the first form, the statistical appendix: the finding (what does not add up, with its
    figures) and the explanation in its Ghi chú. The PDF and the Excel file both print these tables.
    The figures are read once for all the forms; a constant number of queries.
    """
    if not codes:
        return {}
    catalogue = active_indicators()
    # A district or province prints its own figures plus the consolidated ones of its units (computed once
    # inside consolidation.memo.reading(), as official_document reads them).
    values = figures(report)
    forms = {
        code: indicators_tables.form_table(unit=report.unit, period=report.period, form_code=code, values=values)
        for code in codes
    }
    notes: dict[str, dict[str, list[str]]] = {code: {} for code in forms}
    coverage = coverage_notes(report, values, catalogue)
    for code, form in forms.items():
        for row in form.rows:
            if row.indicator_code in coverage:
                notes[code].setdefault(row.indicator_code, []).append(coverage[row.indicator_code])
    unplaced = []
    for finding in explained_warnings(report, values=values):
        homes = [(code, first) for code, form in forms.items() if (first := _first_printed(form, finding))]
        for code, first in homes:
            notes[code].setdefault(first, []).append(finding.explanation)
        if not homes:
            unplaced.append(finding)
    # A stated figure that stands for its total prints once, on the total's row (indicators.values.derive);
    # a blank one is an input the unit did not need. One that differs from its parts prints (and is flagged).
    stated = {ind.stated.code for ind in catalogue.values() if ind.stated_id}
    used = {catalogue[code].stated.code for code in stated_codes(values, indicators=catalogue)}
    hidden = frozenset(used | {code for code in stated if values.get(code) is None})
    first_form = codes[0]
    return {
        code: _neutral_form(report, form, notes[code], unplaced if code == first_form else [], hidden)
        for code, form in forms.items()
    }


def form_table(report, code: str) -> Table:
    """One statistical form as the report's document prints it, among its other forms (``form_tables``)."""
    codes = [kind.removeprefix("form:") for kind in report.report_type.appendices if kind.startswith("form:")]
    return form_tables(report, codes if code in codes else [*codes, code])[code]


def _sheet_name(title: str) -> str:
    """Excel allows 31 characters and none of : \\ / ? * [ ]: cut on a word boundary, diacritics kept."""
    cleaned = " ".join("".join(" " if ch in ":\\/?*[]" else ch for ch in title).split())
    if len(cleaned) <= 31:
        return cleaned or "Biểu"
    cut = cleaned[:32].rsplit(" ", 1)[0].rstrip(" ,;-")
    return cut or cleaned[:31]


# --- dossier statistics (indicators) and the per-unit breakdown (consolidation) --------------


def dossier_table(report) -> Table:
    """Biểu số 06/VPCP/KSTT: one row per procedure field, the total row; landscape (16 columns)."""
    added = consolidated_dossier_cells(unit=report.unit, period=report.period)
    grid = indicators_tables.dossier_table(unit=report.unit, period=report.period, added=added)
    header_top = [HeaderCell("STT", rowspan=2), HeaderCell("Lĩnh vực giải quyết", rowspan=2)]
    header_top += [HeaderCell(group, colspan=span) for group, span in grid.column_groups]
    body = [*grid.rows, grid.total] if grid.fields_entered else [grid.total]
    rows = [
        Row([Cell(r.stt), Cell(r.field_name),
             *[number_cell(value, partial=c.key in r.partial) for c, value, _d in r.cell_list()]],
            kind="total" if r.is_total else "item")
        for r in body
    ]  # fmt: skip
    return Table(
        key="dossiers",
        title=f"KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH {report.period.name}".upper(),
        subtitle=(
            f"(Biểu số 06/VPCP/KSTT; số liệu từ ngày {format_citation_date(report.cutoff_start)} "
            f"đến ngày {format_citation_date(report.cutoff_end)})"
        ),
        header=[header_top, [HeaderCell(c.title) for c in grid.columns]],
        rows=rows,
        widths=[4, 22, *[6] * len(grid.columns)],
        aligns=["center", "left", *["center"] * len(grid.columns)],
        landscape=True,
        sheet_name="Hồ sơ TTHC",
        empty=all(value is None for _c, value, _d in grid.total.cell_list()),
    )


def dossier_summary(full: Table) -> Table:
    """Biểu 06's total row turned on its side, for the body of the report (portrait, four columns).

    The 16-column table does not fit a portrait page at a legible size; section III.2 prints this
    summary (each group's total, its parts with their share of it) and the full table stays the
    landscape appendix. Built from the printed table, so both always show the same figures.
    """
    total = next((row for row in full.rows if row.kind == "total"), full.rows[-1] if full.rows else None)
    values = total.cells[2:] if total else []
    titles = [cell.text for cell in full.header[1]] if len(full.header) > 1 else []
    groups = [(cell.text, cell.colspan) for cell in full.header[0][2:]] if full.header else []
    rows, column, number = [], 0, 0
    for group, span in groups:
        parts = list(zip(titles[column : column + span], values[column : column + span], strict=False))
        column += span
        whole = parts[0][1] if parts and parts[0][0] == "Tổng số" else None
        number += 1
        rows.append(Row([Cell(str(number)), Cell(group), whole or Cell(""), Cell("")], kind="group"))
        # The channels' shares are of the dossiers received in the period, as the online rate is
        # (dossiers.rate.online = online / new): the carried-over ones have no share, so one document
        # gives one online share.
        carried = next((cell.value for title, cell in parts if title == CARRIED_OVER), None)
        base = whole.value - (carried or 0) if whole is not None and whole.value is not None else None
        for title, cell in parts[1:] if whole is not None else parts:
            if cell.value is None:
                continue
            share = ratio_percent(cell.value, base) if base and title != CARRIED_OVER else None
            rows.append(Row([Cell(""), Cell(f"- {title}"), cell, percent_cell(share)]))
    return Table(
        key=f"{full.key}:summary",
        title=full.title,
        subtitle=full.subtitle,
        header=[[HeaderCell("STT"), HeaderCell("Nội dung"), HeaderCell("Số hồ sơ"), HeaderCell("Tỷ lệ (%)")]],
        rows=rows,
        widths=[8, 56, 18, 18],
        aligns=["center", "left", "center", "center"],
        summary_of=full.key,
    )


SUMMARIES = {"dossiers": dossier_summary}
CARRIED_OVER = next(c.title for c in indicators_tables.DOSSIER_COLUMNS if c.key == "dossiers.received.carried_over")


def breakdown_table(report) -> Table:
    """Key figures of each unit below, and their total (rates recomputed from the summed parts); ``empty``
    when no unit below has a figure in it (a district's report for a letter's ad hoc period: not attached)."""
    grid = consolidation_breakdown.breakdown_table(unit=report.unit, period=report.period)
    columns = grid.columns

    def cells(row):
        return [percent_cell(v) if c.kind == PERCENT else number_cell(v) for c, v in row.cell_list(columns)]

    rows = [Row([Cell(str(i)), Cell(r.label), *cells(r)]) for i, r in enumerate(grid.rows, start=1)]
    if grid.total is not None:
        rows.append(Row([Cell(""), Cell("Tổng cộng"), *cells(grid.total)], kind="total"))
    wide = len(columns) > 6
    return Table(
        key="breakdown",
        title=f"SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC {report.period.name}".upper(),
        subtitle="(Tỷ lệ tính trên tổng số liệu của các đơn vị, đơn vị tính: %)",
        header=[[HeaderCell("STT"), HeaderCell("Đơn vị"), *[HeaderCell(str(c.label)) for c in columns]]],
        rows=rows,
        widths=[7, 28, *[11] * len(columns)],
        aligns=["center", "left", *["center"] * len(columns)],
        landscape=wide,
        sheet_name="Theo đơn vị",
        empty=all(value is None for r in grid.rows for _column, value in r.cell_list(columns)),
    )


# --- dispatch ---------------------------------------------------------------------------------


def par_index_table(report) -> Table:
    """The unit's PAR INDEX scorecard published by the report's cut-off (scorecards), empty if none."""
    return scorecard_table(unit=report.unit, on=report.cutoff_end)


BUILDERS = {
    "task_summary": task_summary_table,
    "dossiers": dossier_table,
    "breakdown": breakdown_table,
    "par_index": par_index_table,
}


def build_table(kind: str, report) -> Table:
    """The neutral table for one kind ("task_summary", "form:phu-luc-1", "dossiers", "breakdown")."""
    if kind.startswith("form:"):
        return form_table(report, kind.removeprefix("form:"))
    if kind not in BUILDERS:
        raise ValueError(f"Unknown table kind: {kind}")
    return BUILDERS[kind](report)


def report_tables(report, kinds: list[str]) -> dict[str, Table]:
    """The neutral tables for ``kinds``, in order, each built once; the forms together (``form_tables``)."""
    kinds = list(dict.fromkeys(kinds))
    codes = [kind.removeprefix("form:") for kind in kinds if kind.startswith("form:")]
    forms = {f"form:{code}": table for code, table in form_tables(report, codes).items()}
    return {kind: forms[kind] if kind in forms else build_table(kind, report) for kind in kinds}
