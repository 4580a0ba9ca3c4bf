"""Figures filled offline: an .xlsx template of a unit's figures for a period, and reading it back.

The template has one sheet, the forms one after another in the order of the
official appendix: code | STT | indicator | unit of measure | value | note.
Only the value and note cells of entered figures are unlocked; computed and
provided figures are shown, locked, for reference. A very hidden sheet holds
a signed token (unit, period, a digest of the code column, the version of
each form at download time), so a file for another unit or period, with
changed codes or a forged token is refused, and a file downloaded before
someone else saved is refused as stale by values_save, like a stale page.

Reading never evaluates anything: a formula in a value cell is refused. The
upload is previewed (old → new) with the checks' findings, and saved all or
nothing: a cell that cannot be read, a stale form or a sent report undoes the
whole upload; a check that fails does not (errors block the submission, as for
the entry page). An empty value cell clears the figure, as on the entry page.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from indicators.models import Breakdown, Sheet, Value, ValueSource, ValueType
from indicators.parsing import parse_value
from indicators.province_forms import unit_forms
from indicators.saving import values_save
from indicators.tables import display_value
from indicators.validation import Finding, active_rules, evaluate_rules, rule_figures
from indicators.values import active_indicators, cell_value, form_spec, values_by_code
from reform_portal import uploads
from reform_portal.numbers import clean_number, format_number

SHEET_TITLE = "Số liệu"  # with its diacritics (issue 16)
OLD_SHEET_TITLES = ("So lieu",)  # templates downloaded before are still read
META_SHEET = "_portal"
TOKEN_SALT = "indicators.offline-template"
HEADER = ["Mã chỉ tiêu", "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"]
CODE, STT, LABEL, UOM, VALUE, NOTE = range(6)
FIRST_ROW = 5  # rows 1-3: title, unit and period; row 4: the header
MAX_ROWS = 3000


@dataclass(frozen=True)
class TemplateRow:
    form_code: str
    code: str | None  # None for a form title or group header
    stt: str
    label: str
    unit_of_measure: str
    value: str  # the formatted figure ("1.949", "99,04 %", "1 (Có)")
    note: str
    editable: bool
    is_heading: bool = False


def _fields_entered(*, unit, period) -> bool:
    """Whether the unit typed Biểu 06 field by field: its total row is then the sum of the rows (posted.total_rows)."""
    return Value.objects.filter(unit=unit, period=period).exclude(breakdown="").exclude(number__isnull=True).exists()


def template_rows(*, unit, period) -> tuple[list[TemplateRow], dict[str, int]]:
    """The rows of the template and the version of each form; each entered code appears once."""
    catalogue = active_indicators()
    values = values_by_code(unit=unit, period=period, indicators=catalogue)
    notes = dict(Value.objects.filter(unit=unit, period=period, breakdown="").values_list("indicator__code", "note"))
    by_fields = _fields_entered(unit=unit, period=period)
    forms = unit_forms(unit, period=period)
    versions = dict(Sheet.objects.filter(unit=unit, period=period).values_list("form__code", "version"))
    rows: list[TemplateRow] = []
    seen: set[str] = set()
    for form in forms:
        spec = form_spec(form.code)
        rows.append(TemplateRow(form.code, None, "", form.title, "", "", "", False, True))
        for r in spec.rows:
            if r.indicator_id is None:
                rows.append(TemplateRow(form.code, None, r.stt, r.display_label, "", "", "", False))
                continue
            ind = r.indicator
            if ind.code in seen:
                continue
            seen.add(ind.code)
            per_field = ind.breakdown == Breakdown.PROCEDURE_FIELD and by_fields
            editable = ind.value_source == ValueSource.ENTERED and not per_field
            value = values.get(ind.code)
            raw = display_value(ind, value) if not editable or ind.value_type in (ValueType.TEXT,) else _raw(value)
            rows.append(
                TemplateRow(
                    form.code,
                    ind.code,
                    r.stt,
                    r.display_label,
                    ind.unit_of_measure,
                    raw,
                    notes.get(ind.code, ""),
                    editable,
                )
            )
    return rows, {f.code: versions.get(f.code, 0) for f in forms}


def _raw(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else format_number(value)


def structure_digest(codes: list[str | None]) -> str:
    """A digest of the code column, row by row: a moved, added or renamed code changes it."""
    return hashlib.sha256("\n".join(code or "" for code in codes).encode()).hexdigest()


# Writing --------------------------------------------------------------------------------------


def write_template(*, unit, period) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    rows, versions = template_rows(unit=unit, period=period)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws["A1"] = "Biểu nhập số liệu thống kê cải cách hành chính"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Đơn vị: {unit.name} (mã {unit.code})"
    ws["A3"] = f"Kỳ báo cáo: {period.name} (mã {period.code}). Chỉ nhập vào các ô màu vàng; không sửa cột mã chỉ tiêu."
    ws["A3"].font = Font(italic=True)
    for col, title in enumerate(HEADER, start=1):
        cell = ws.cell(row=FIRST_ROW - 1, column=col, value=title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    entry = PatternFill("solid", fgColor="FFF2CC")
    grey = Font(color="808080", size=9)
    for offset, row in enumerate(rows):
        n = FIRST_ROW + offset
        values = [row.code or "", row.stt, row.label, row.unit_of_measure, row.value, row.note]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=n, column=col, value=value)
            cell.number_format = "@"  # text: typed figures are read the Vietnamese way, never as dates
            if row.is_heading or row.code is None:
                cell.font = Font(bold=True)
        ws.cell(row=n, column=CODE + 1).font = grey
        ws.cell(row=n, column=LABEL + 1).alignment = Alignment(wrap_text=True, vertical="top")
        if row.editable:
            for col in (VALUE, NOTE):
                cell = ws.cell(row=n, column=col + 1)
                cell.protection = Protection(locked=False)
                cell.fill = entry
    for letter, width in zip("ABCDEF", (30, 7, 70, 12, 16, 30), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=1)
    ws.protection.sheet = True
    ws.protection.formatRows = False  # row heights may change; structure may not
    ws.protection.insertRows = True
    ws.protection.deleteRows = True

    meta = wb.create_sheet(META_SHEET)
    token = signing.dumps(
        {
            "unit": unit.code,
            "period": period.code,
            "digest": structure_digest([r.code for r in rows]),
            "versions": versions,
        },
        salt=TOKEN_SALT,
    )
    meta["A1"] = token
    meta.protection.sheet = True
    meta.sheet_state = "veryHidden"
    wb.security.lockStructure = True
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# Reading --------------------------------------------------------------------------------------


@dataclass
class Change:
    row: int
    code: str
    label: str
    old: str
    new: str
    old_note: str
    new_note: str


@dataclass
class OfflineUpload:
    changes: list[Change] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row in the sheet, reason)
    findings: list[Finding] = field(default_factory=list)
    forms: dict[str, dict] = field(default_factory=dict)  # form code -> {"values", "notes", "version"}

    @property
    def ok(self) -> bool:
        return not self.problems

    def payload(self) -> dict:
        return {"forms": self.forms}


def _refuse(message: str):
    raise ValidationError(message)


def _figures_sheet(workbook) -> str | None:
    return next((name for name in (SHEET_TITLE, *OLD_SHEET_TITLES) if name in workbook.sheetnames), None)


def _token(workbook, *, unit, period) -> dict:
    if META_SHEET not in workbook.sheetnames or _figures_sheet(workbook) is None:
        _refuse(_("This file is not a figures template downloaded from the portal."))
    cell = next(workbook.rows(META_SHEET, min_row=1, max_row=1, max_col=1), (None,))[0]
    try:
        token = signing.loads(str(cell or ""), salt=TOKEN_SALT)
    except signing.BadSignature:
        _refuse(_("The template's hidden control data was changed; download a new template."))
    if token["unit"] != unit.code:
        _refuse(
            _("This template is for unit %(other)s, not for %(unit)s.") % {"other": token["unit"], "unit": unit.code}
        )
    if token["period"] != period.code:
        _refuse(
            _("This template is for period %(other)s, not for %(period)s.")
            % {"other": token["period"], "period": period.code}
        )
    return token


def _cell_text(value) -> str:
    """A cell as the text a clerk would type; numbers use the decimal comma so 1,5 is never read as 15."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": value})
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        return format_number(clean_number(number)).replace(".", "")
    if isinstance(value, str):
        return value.strip()
    raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": value})


def _is_formula(value) -> bool:
    return (isinstance(value, str) and value.startswith("=")) or type(value).__name__ in (
        "ArrayFormula",
        "DataTableFormula",
    )


def read_upload(source, *, unit, period) -> OfflineUpload:
    """Read a filled template: what would change, what cannot be read, what the rules say. Saves nothing.

    ``source`` is the upload, an open binary file or its bytes; it is read through
    reform_portal.uploads (size, zip bomb, XML entities, rows and cells are checked there), with
    formulas kept as formulas. Raises ValidationError when the file as a whole is refused (not a
    template, another unit or period, changed codes, too large).
    """
    with uploads.open_xlsx(source, data_only=False) as workbook:
        token = _token(workbook, unit=unit, period=period)
        lines = []
        for count, row in enumerate(workbook.rows(_figures_sheet(workbook), min_row=FIRST_ROW, max_col=6)):
            if count >= MAX_ROWS:
                _refuse(_("The sheet has too many rows; upload the template downloaded from the portal."))
            lines.append((FIRST_ROW + count, list(row) + [None] * (6 - len(row))))
    while lines and not any(v not in (None, "") for v in lines[-1][1]):
        lines.pop()  # trailing empty rows some spreadsheet programs add
    codes = [str(cells[CODE]).strip() if cells[CODE] not in (None, "") else None for _n, cells in lines]
    if structure_digest(codes) != token["digest"]:
        _refuse(_("The indicator codes or rows of the template were changed; download a new template."))
    return _compare(lines, token=token, unit=unit, period=period)


def _compare(lines, *, token, unit, period) -> OfflineUpload:
    upload = OfflineUpload()
    rows, _versions = template_rows(unit=unit, period=period)
    editable = {r.code: r for r in rows if r.editable}
    catalogue = active_indicators()
    current = values_by_code(unit=unit, period=period, indicators=catalogue)
    notes = dict(Value.objects.filter(unit=unit, period=period, breakdown="").values_list("indicator__code", "note"))
    unsaved = {}
    for number, cells in lines:
        code = cells[CODE]
        if code is None or code not in editable:
            continue
        row, ind = editable[code], catalogue[code]
        raw, note = cells[VALUE], cells[NOTE]
        if _is_formula(raw) or _is_formula(note):
            upload.problems.append((number, f"{row.label}: " + _("formulas are not accepted; type the figure itself.")))
            continue
        try:
            text = _cell_text(raw)
            parsed = parse_value(ind.value_type, text, codes=ind.codes)
            note_text = _cell_text(note)[:500]
        except ValidationError as exc:
            upload.problems.append((number, f"{row.label}: {' '.join(exc.messages)}"))
            continue
        new = cell_value(ind, *parsed)
        old = current.get(code)
        old_note = notes.get(code, "")
        if new == old and note_text == old_note:
            continue
        form = upload.forms.setdefault(
            row.form_code, {"values": {}, "notes": {}, "version": token["versions"].get(row.form_code, 0)}
        )
        form["values"][code] = text
        form["notes"][code] = note_text
        unsaved[code] = new
        upload.changes.append(
            Change(number, code, row.label, display_value(ind, old), display_value(ind, new), old_note, note_text)
        )
    if upload.changes:
        figures = rule_figures(unit=unit, period=period, indicators=catalogue, unsaved=unsaved)
        upload.findings = evaluate_rules(active_rules(), figures, catalogue)
    return upload


# Saving ---------------------------------------------------------------------------------------


class _Rollback(Exception):
    pass


def offline_save(*, unit, period, user, payload: dict) -> list[str]:
    """Save every form of a read upload in one transaction; any refusal undoes all. Returns the refusals.

    A refusal is a cell values_save left out, a stale form or a sent report; the rules refuse nothing.
    """
    problems: list[str] = []
    try:
        with transaction.atomic():
            for form_code, form in payload["forms"].items():
                result = values_save(
                    unit=unit,
                    period=period,
                    user=user,
                    form_code=form_code,
                    values=form["values"],
                    notes=form["notes"],
                    version=form["version"],
                )
                if result.ok:  # every cell stored: nothing left out, not stale, not sent
                    continue
                problems.extend(result.general_errors)
                problems.extend(f"{key}: {message}" for key, message in result.errors.items())
                if result.conflicts:
                    problems.append(_("Figures were saved after this template was downloaded; download a new one."))
                    problems.extend(result.conflicts)
            if problems:
                raise _Rollback
    except _Rollback:
        return problems
    return []
