"""Task lists pasted from a spreadsheet or uploaded as .xlsx: parse, check every row, preview.

Columns, in order: reform field, task, responsible officer or office,
deadline (dd/mm/yyyy), completion date (dd/mm/yyyy), note. A header row is
recognised and skipped. Nothing is saved here: the view shows the preview
with every bad row and its reasons, and saves (plans.services.tasks_import)
only when the user confirms a list without errors.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from plans.models import Plan, ReformField
from plans.services import validate_task_values
from reform_portal.numbers import format_citation_date
from reform_portal.text import normalise_newlines

COLUMNS = ("field", "title", "owner", "deadline", "completed_on", "note")
MAX_ROWS = 1000


def _fold(text: str) -> str:
    """Lower case without accents: "Cải cách TTHC" -> "cai cach tthc"."""
    text = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").lower().split())


# Short names clerks write in their own lists, folded; checked after codes, numbers and full names.
ALIASES = {
    "the che": "institutions",
    "tthc": "procedures",
    "thu tuc hanh chinh": "procedures",
    "to chuc bo may": "organisation",
    "bo may": "organisation",
    "cong vu": "civil_service",
    "tai chinh cong": "public_finance",
    "chinh quyen dien tu": "digital_government",
    "chinh quyen so": "digital_government",
    "cqdt": "digital_government",
    "chuyen doi so": "digital_government",
    "chi dao": "direction",
    "dieu hanh": "direction",
}


class FieldMatcher:
    def __init__(self, fields: list[ReformField]):
        self.by_key: dict[str, ReformField] = {}
        for f in fields:
            self.by_key[_fold(f.code)] = f
            self.by_key[_fold(f.name)] = f
            self.by_key[str(f.order)] = f
        self.by_code = {f.code: f for f in fields}

    def match(self, text: str) -> ReformField | None:
        key = _fold(text).rstrip(".")
        if key in self.by_key:
            return self.by_key[key]
        for alias, code in ALIASES.items():
            if alias in key and code in self.by_code:
                return self.by_code[code]
        return None


def parse_date(text: str) -> dt.date:
    text = (text or "").strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


@dataclass
class ParsedRow:
    line: int
    cells: list[str]
    values: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    rows: list[ParsedRow]
    errors: list[str] = field(default_factory=list)  # about the whole list

    @property
    def bad_rows(self) -> list[ParsedRow]:
        return [row for row in self.rows if not row.ok]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors and not self.bad_rows

    @property
    def values(self) -> list[dict]:
        return [row.values for row in self.rows]


def _is_header(cells: list[str]) -> bool:
    first = _fold(cells[0]) if cells else ""
    second = _fold(cells[1]) if len(cells) > 1 else ""
    return first in {"linh vuc", "field", "stt"} or second in {"nhiem vu", "noi dung", "ten nhiem vu", "task", "title"}


def parse_text(text: str, *, plan: Plan, fields: list[ReformField] | None = None) -> ImportPreview:
    """Check every line of a tab-separated list; each bad line is reported with its reasons."""
    matcher = FieldMatcher(fields if fields is not None else list(ReformField.objects.filter(is_active=True)))
    rows: list[ParsedRow] = []
    lines = normalise_newlines(text).split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not rows and _is_header(cells):
            continue
        rows.append(_parse_row(number, cells, plan, matcher))
    if not rows:
        return ImportPreview(rows=[], errors=[_("The list is empty: paste rows copied from a spreadsheet.")])
    if len(rows) > MAX_ROWS:
        return ImportPreview(rows=[], errors=[_("At most %(max)s tasks can be imported at once.") % {"max": MAX_ROWS}])
    return ImportPreview(rows=rows)


def _parse_row(number: int, cells: list[str], plan: Plan, matcher: FieldMatcher) -> ParsedRow:
    row = ParsedRow(line=number, cells=(cells + [""] * len(COLUMNS))[: max(len(COLUMNS), len(cells))])
    if len(cells) > len(COLUMNS) and any(cells[len(COLUMNS) :]):
        row.errors.append(_("Too many columns: expected field, task, owner, deadline, completion date, note."))
    field_text, title, owner, deadline, completed, note = row.cells[: len(COLUMNS)]
    reform_field = matcher.match(field_text)
    if reform_field is None:
        row.errors.append(_("Unknown reform field “%(text)s”.") % {"text": field_text})
    values = {"field": reform_field, "title": title, "owner": owner, "note": note, "evidence": None}
    for key, text, label in (("deadline", deadline, _("deadline")), ("completed_on", completed, _("completion date"))):
        values[key] = None
        if text:
            try:
                values[key] = parse_date(text)
            except ValueError:
                row.errors.append(
                    _("The %(what)s “%(text)s” is not a date like 31/12/2023.") % {"what": label, "text": text}
                )
    if len(title) > 500 or len(owner) > 200 or len(note) > 500:
        row.errors.append(_("A cell is too long."))
    try:
        validate_task_values(plan=plan, values=values)
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            if key != "field" or reform_field is not None:  # an unknown field is already reported above
                row.errors.extend(messages)
    row.values = values
    return row


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return format_citation_date(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def read_upload(upload) -> str:
    """The uploaded list as tab-separated text; refuses big, unknown or broken files with a clear message."""
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is too big (%(size)s KB); the limit is %(max)s KB.")
            % {"size": upload.size // 1024, "max": settings.UPLOAD_MAX_BYTES // 1024}
        )
    name = (upload.name or "").lower()
    data = upload.read()
    if name.endswith(".xlsx"):
        return _xlsx_text(data)
    if name.endswith((".tsv", ".txt", ".csv")):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(_("The file is not UTF-8 text. Save it as .xlsx or UTF-8 text.")) from exc
        if name.endswith(".csv") and "\t" not in text:
            import csv

            text = "\n".join("\t".join(r) for r in csv.reader(io.StringIO(text)))
        return text
    raise ValidationError(_("Upload an .xlsx file or a tab-separated text file."))


def _xlsx_text(data: bytes) -> str:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of errors on a broken file
        raise ValidationError(_("The file could not be read as an Excel workbook (.xlsx).")) from exc
    try:
        sheet = workbook.worksheets[0]
        lines = []
        for i, values in enumerate(sheet.iter_rows(values_only=True)):
            if i > MAX_ROWS + 1:
                break
            cells = [_cell_text(v) for v in values[: len(COLUMNS)]]
            lines.append("\t".join(cells))
        return "\n".join(lines)
    finally:
        workbook.close()
