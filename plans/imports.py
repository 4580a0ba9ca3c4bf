"""Task lists pasted from a spreadsheet or uploaded as .xlsx: parse, check every row, preview.

Columns, in order: reform field, task, responsible officer or office,
deadline (dd/mm/yyyy), completion date (dd/mm/yyyy), note. A header row is
recognised and skipped. Nothing is saved here: the view shows the preview
with every bad row and its reasons, and saves (plans.services.tasks_import)
only when the user confirms a list without errors.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from plans.models import Plan, ReformField
from plans.services import validate_task_values
from reform_portal import uploads
from reform_portal.numbers import format_citation_date

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
    """Check every line of a tab-separated list; each bad line is reported with its reasons.

    The text is counted by reform_portal.uploads first, and the number of tasks before any row is checked.
    """
    try:
        text = uploads.check_text(text)
    except ValidationError as exc:
        return ImportPreview(rows=[], errors=list(exc.messages))
    lines = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if lines and _is_header([c.strip() for c in lines[0][1].split("\t")]):
        lines = lines[1:]
    if not lines:
        return ImportPreview(rows=[], errors=[_("The list is empty: paste rows copied from a spreadsheet.")])
    if len(lines) > MAX_ROWS:
        return ImportPreview(rows=[], errors=[_("At most %(max)s tasks can be imported at once.") % {"max": MAX_ROWS}])
    matcher = FieldMatcher(fields if fields is not None else list(ReformField.objects.filter(is_active=True)))
    rows = [_parse_row(number, [c.strip() for c in line.split("\t")], plan, matcher) for number, line in lines]
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
    """The uploaded list as tab-separated text, read through reform_portal.uploads (size, zip, rows, cells)."""
    name = (upload.name or "").lower()
    if not name.endswith((".xlsx", ".tsv", ".txt", ".csv")):
        raise ValidationError(_("Upload an .xlsx file or a tab-separated text file."))
    if name.endswith(".xlsx"):
        with uploads.open_xlsx(upload) as workbook:
            return "\n".join("\t".join(_cell_text(v) for v in row) for row in workbook.rows(max_col=len(COLUMNS)))
    data = uploads.read_bytes(upload)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(_("The file is not UTF-8 text. Save it as .xlsx or UTF-8 text.")) from exc
    if name.endswith(".csv") and "\t" not in text:
        text = "\n".join("\t".join(row) for row in uploads.csv_rows(text))
    return text
