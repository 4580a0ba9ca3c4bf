"""Reading the dossier table exported by the provincial one-stop system (Biểu số 06/VPCP/KSTT).

Pasted from the spreadsheet (tab-separated lines) or uploaded as .xlsx,
columns in the order of the entry grid, optionally preceded by an STT column:

    Lĩnh vực | Nhận: tổng số | trực tuyến | trực tiếp | bưu chính công ích | từ kỳ trước |
    Đã giải quyết: tổng số | trước hạn | đúng hạn | quá hạn |
    Đang giải quyết: tổng số | trong hạn | quá hạn | [rút hồ sơ] | [trả lại]

The provincial system's export of Biểu 06 counts direct and postal dossiers
in one column ("trực tiếp và bưu chính"): a line with one figure column less
(11, or 13 with the two optional ones) is read that way, and its direct and
postal dossiers are stored as direct. Header lines are skipped; every other line is either read or
reported with its line number and reason. Nothing is saved here: the clerk
sees the preview and confirms (views call values_save with the result).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.models import ProcedureField, ValueType
from indicators.parsing import parse_value
from reform_portal import uploads
from reform_portal.numbers import format_number

R, S, IP = "dossiers.received.", "dossiers.resolved.", "dossiers.in_process."
# (column key, title); keys ending in ".total" are checked against their parts, not stored.
COLUMNS = [
    (R + "total", "Nhận: tổng số"),
    (R + "online", "Trực tuyến"),
    (R + "direct", "Trực tiếp và bưu chính"),  # the provincial export's layout
    (R + "carried_over", "Từ kỳ trước"),
    (S + "total", "Đã giải quyết: tổng số"),
    (S + "early", "Trước hạn"),
    (S + "on_time", "Đúng hạn"),
    (S + "late", "Quá hạn"),
    (IP + "total", "Đang giải quyết: tổng số"),
    (IP + "within_deadline", "Trong hạn"),
    (IP + "overdue", "Quá hạn"),
    ("dossiers.withdrawn", "Rút hồ sơ"),
    ("dossiers.returned", "Trả lại"),
]
# The entry grid's layout (indicators.tables.DOSSIER_COLUMNS): direct and postal dossiers in two columns.
GRID_COLUMNS = [*COLUMNS[:2], (R + "direct", "Trực tiếp"), (R + "postal", "Bưu chính công ích"), *COLUMNS[3:]]
REQUIRED_COLUMNS = 11  # the provincial export without the two optional columns; the grid's layout has 12
TOTALS = {
    R + "total": [R + "online", R + "direct", R + "postal", R + "carried_over"],
    S + "total": [S + "early", S + "on_time", S + "late"],
    IP + "total": [IP + "within_deadline", IP + "overdue"],
}
TOTAL_ROW_NAMES = {"tong cong", "tong so", "cong", "tong"}
MAX_ROWS = 500


@dataclass
class ImportRow:
    line: int
    field_code: str  # "" for the total row
    field_name: str
    cells: dict[str, int]

    def display(self) -> list[str]:
        return [format_number(self.cells.get(key)) for key, _title in GRID_COLUMNS]


@dataclass
class ImportPreview:
    rows: list[ImportRow] = field(default_factory=list)
    total: ImportRow | None = None
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    @property
    def columns(self) -> list[str]:
        return [title for _key, title in GRID_COLUMNS]

    @property
    def has_data(self) -> bool:
        return bool(self.rows or self.total)

    def values(self) -> dict[str, int]:
        """What to save: per-field rows when there are any, else the total row alone."""
        stored = [key for key, _t in GRID_COLUMNS if key not in TOTALS]
        out: dict[str, int] = {}
        for row in self.rows or ([self.total] if self.total else []):
            suffix = f"@{row.field_code}" if row.field_code else ""
            for key in stored:
                if key in row.cells:
                    out[key + suffix] = row.cells[key]
            if R + "postal" not in row.cells:
                # The provincial export counts postal dossiers with direct ones: no old postal figure is kept.
                out[R + "postal" + suffix] = 0
        return out


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", str(text).strip().lower()).replace("đ", "d")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.replace(",", " ").replace(".", " ").split())


def _looks_numeric(text: str) -> bool:
    stripped = str(text).strip().replace(".", "").replace(",", "").replace(" ", "")
    return stripped.isdigit() or stripped.upper() in {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def read_lines_from_text(text: str) -> list[list[str]]:
    """The pasted table's lines as cells, after reform_portal.uploads has counted its size, rows and cells."""
    return [line.split("\t") for line in uploads.check_text(text).split("\n")]


def read_lines_from_xlsx(upload) -> list[list[str]]:
    """The first sheet's rows as text cells, through the upload guard (size, zip, rows and cells).

    Lines past MAX_ROWS are counted by the guard but not kept: parse_dossier_table reports them.
    """
    with uploads.open_xlsx(upload) as workbook:
        lines = []
        for row in workbook.rows(max_col=len(GRID_COLUMNS) + 2):  # STT, field, the figure columns
            if len(lines) <= MAX_ROWS:
                lines.append(["" if cell is None else str(cell) for cell in row])
    return lines


def _number(raw: str) -> int | None:
    raw = str(raw).strip()
    if raw in ("", "-", "—"):
        return 0
    if raw.endswith(".0") and raw[:-2].isdigit():  # numbers read back from Excel cells
        raw = raw[:-2]
    number, _text = parse_value(ValueType.COUNT, raw)
    return int(number)


def parse_dossier_table(lines: list[list[str]]) -> ImportPreview:
    fields = list(ProcedureField.objects.filter(is_active=True))
    by_name = {_fold(f.name): f for f in fields} | {_fold(f.code): f for f in fields}
    preview = ImportPreview()
    seen: dict[str, int] = {}
    if len(lines) > MAX_ROWS:
        preview.problems.append((MAX_ROWS + 1, _("Too many lines; at most %(max)d are read.") % {"max": MAX_ROWS}))
        lines = lines[:MAX_ROWS]
    for number, cells in enumerate(lines, start=1):
        cells = [str(c).strip() for c in cells]
        while cells and cells[-1] == "":
            cells.pop()
        if not any(cells):
            continue
        if len(cells) > 1 and (cells[0] == "" or _looks_numeric(cells[0])) and not _looks_numeric(cells[1]):
            cells = cells[1:]  # an STT column
        name, figures = cells[0], cells[1:]
        if not any(any(ch.isdigit() for ch in c) for c in figures):
            continue  # a header line
        if len(figures) < REQUIRED_COLUMNS:
            preview.problems.append(
                (number, _("%(found)d figure columns, %(needed)d expected.") % {"found": len(figures), "needed": 12})
            )
            continue
        # 12 or 14 figures: the grid's columns (direct, postal); 11 or 13: the provincial export's.
        layout = GRID_COLUMNS if len(figures) % 2 == 0 else COLUMNS
        values, errors = {}, []
        for (key, title), raw in zip(layout, figures, strict=False):
            try:
                values[key] = _number(raw)
            except ValidationError as exc:
                errors.append(f"{title}: {' '.join(exc.messages)}")
        if errors:
            preview.problems.append((number, "; ".join(errors)))
            continue
        for total_key, parts in TOTALS.items():
            total, summed = values[total_key], sum(values[p] for p in parts if p in values)
            if total != summed:
                errors.append(
                    _("%(column)s is %(total)s but its parts add up to %(sum)s.")
                    % {"column": dict(COLUMNS)[total_key], "total": format_number(total), "sum": format_number(summed)}
                )
        if errors:
            preview.problems.append((number, " ".join(errors)))
            continue
        folded = _fold(name)
        if folded in TOTAL_ROW_NAMES:
            preview.total = ImportRow(number, "", name, values)
            continue
        procedure_field = by_name.get(folded)
        if procedure_field is None:
            preview.problems.append((number, _("Unknown procedure field “%(name)s”.") % {"name": name}))
            continue
        if procedure_field.code in seen:
            preview.problems.append(
                (
                    number,
                    _("The field “%(name)s” already appears on line %(line)d.")
                    % {"name": name, "line": seen[procedure_field.code]},
                )
            )
            continue
        seen[procedure_field.code] = number
        preview.rows.append(ImportRow(number, procedure_field.code, procedure_field.name, values))
    if preview.rows and preview.total:
        for key, title in GRID_COLUMNS:
            summed = sum(r.cells.get(key, 0) for r in preview.rows)
            if preview.total.cells.get(key, 0) != summed:
                preview.problems.append(
                    (
                        preview.total.line,
                        _("Total row, %(column)s: %(total)s, but the rows add up to %(sum)s.")
                        % {
                            "column": title,
                            "total": format_number(preview.total.cells.get(key, 0)),
                            "sum": format_number(summed),
                        },
                    )
                )
    return preview
