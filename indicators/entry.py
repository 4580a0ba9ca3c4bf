"""What the figure-entry pages show: rows with their inputs, computed figures and findings.

Built here so views stay thin and templates need no lookups. After a save that
left cells out (unreadable, a contradicting total) or was refused (stale, sent),
the inputs are rebuilt from what the user typed (``posted``), so nothing typed is
lost; the computed figures and the findings are always those of what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.models import Breakdown, FormDefinition, FormRow, Value, ValueSource, ValueType
from indicators.province_forms import unit_forms
from indicators.saving import can_edit
from indicators.tables import DOSSIER_COLUMNS, dossier_table, form_table
from indicators.validation import Finding, findings
from indicators.values import active_indicators, field_key, form_spec, sheet_version, values_by_code
from reform_portal.numbers import format_number

VALUE_PREFIX, NOTE_PREFIX = "v:", "n:"


@dataclass
class EntryRow:
    stt: str
    label: str
    unit_of_measure: str
    is_group: bool
    code: str | None = None
    editable: bool = False  # an entered figure (else computed or provided)
    source: str = ""
    value_type: str = ""
    name: str = ""
    raw: str = ""
    display: str = ""
    note_name: str = ""
    note: str = ""
    error: str = ""
    choices: list[tuple[str, str]] = field(default_factory=list)
    consolidating_office: str = ""
    has_finding: bool = False
    partial: bool = False  # computed while some of its parts are blank


@dataclass
class GridCell:
    name: str
    raw: str
    display: str
    editable: bool
    error: str = ""
    partial: bool = False
    label: str = ""  # its column, "Số hồ sơ nhận giải quyết · Trực tuyến": the phone's card names each channel


@dataclass
class GridRow:
    label: str
    stt: str
    cells: list[GridCell]
    is_total: bool = False


@dataclass
class EntryPage:
    form: FormDefinition
    version: int
    editable: bool
    rows: list[EntryRow]
    grid_columns: list = field(default_factory=list)
    grid_rows: list[GridRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def has_partial(self) -> bool:
        """Whether a computed figure of the page misses a part (the page then explains the mark)."""
        return any(r.partial for r in self.rows) or any(c.partial for row in self.grid_rows for c in row.cells)

    @property
    def grid_groups(self):
        groups: list[list] = []
        for c in self.grid_columns:
            if groups and groups[-1][0] == c.group:
                groups[-1][1] += 1
            else:
                groups.append([c.group, 1])
        return groups


def _raw(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else format_number(value)


def entry_page(
    *, unit, period, user, form_code: str, posted: dict | None = None, errors: dict | None = None
) -> EntryPage:
    """The page model of one form; a constant number of queries whatever the catalogue size."""
    spec = form_spec(form_code)
    catalogue = active_indicators()
    values = values_by_code(unit=unit, period=period, indicators=catalogue)
    table = form_table(unit=unit, period=period, form_code=form_code, values=values)
    version = sheet_version(unit=unit, period=period, form=spec.form)
    found = findings(unit=unit, period=period, values=values)
    flagged = {code for f in found for code in f.indicator_codes}
    posted, errors = posted or {}, errors or {}
    grid = spec.is_grid

    rows = []
    for r in table.rows:
        ind = catalogue.get(r.indicator_code) if r.indicator_code else None
        if grid and ind is not None and ind.breakdown == Breakdown.PROCEDURE_FIELD:
            continue  # shown in the Biểu 06 grid
        row = EntryRow(
            stt=r.stt,
            label=r.label,
            unit_of_measure=r.unit_of_measure,
            is_group=r.is_group,
            consolidating_office=r.consolidating_office,
        )
        if ind is not None:
            key = field_key(ind.code)
            row.code = ind.code
            row.editable = ind.value_source == ValueSource.ENTERED
            row.source = ind.value_source
            row.value_type = ind.value_type
            row.name = VALUE_PREFIX + key
            row.note_name = NOTE_PREFIX + key
            row.raw = posted.get(row.name, _raw(r.value))
            row.note = posted.get(row.note_name, r.note)
            row.display = r.display
            row.partial = r.partial
            row.error = errors.get(key, "")
            row.has_finding = ind.code in flagged
            if ind.value_type == ValueType.CODED:
                row.choices = [(str(code), f"{label} = {code}") for code, label in ind.codes]
        rows.append(row)

    page = EntryPage(
        form=spec.form,
        version=version,
        editable=can_edit(user=user, unit=unit, period=period),
        rows=rows,
        findings=found,
    )
    if grid:
        _add_grid(page, spec=spec, unit=unit, period=period, posted=posted, errors=errors)
    return page


def _add_grid(page: EntryPage, *, spec, unit, period, posted, errors) -> None:
    table = dossier_table(unit=unit, period=period)
    page.grid_columns = DOSSIER_COLUMNS
    for table_row in [*table.rows, table.total]:
        cells = []
        for column, value, display in table_row.cell_list():
            key = field_key(column.key, table_row.field_code)
            name = VALUE_PREFIX + key
            # The total row is typed only by a unit that knows totals alone.
            editable = column.entered and (not table_row.is_total or not table.fields_entered)
            cells.append(
                GridCell(
                    name=name,
                    raw=posted.get(name, _raw(value)),
                    display=display,
                    editable=editable,
                    error=errors.get(key, ""),
                    partial=column.key in table_row.partial,
                    label=f"{column.group} · {column.title}",
                )
            )
        page.grid_rows.append(GridRow(table_row.field_name, table_row.stt, cells, table_row.is_total))


def parse_post(data) -> tuple[dict, dict, dict]:
    """(values, notes, raw) from a submitted entry form."""
    values = {k[len(VALUE_PREFIX) :]: v for k, v in data.items() if k.startswith(VALUE_PREFIX)}
    notes = {k[len(NOTE_PREFIX) :]: v for k, v in data.items() if k.startswith(NOTE_PREFIX)}
    raw = {k: v for k, v in data.items() if k.startswith((VALUE_PREFIX, NOTE_PREFIX))}
    return values, notes, raw


@dataclass
class FormSummary:
    form: FormDefinition
    entered: int
    expected: int
    findings: int


def forms_overview(*, unit, period) -> tuple[list[FormSummary], list[Finding]]:
    """Each form of the unit (``province_forms.unit_forms``) with how many of its entered figures are filled and
    how many findings touch it."""
    forms = unit_forms(unit, period=period)
    rows = list(
        FormRow.objects.filter(form__in=forms, indicator__isnull=False, indicator__is_active=True).values_list(
            "form_id", "indicator_id", "indicator__code", "indicator__value_source"
        )
    )
    filled = set(
        Value.objects.filter(unit=unit, period=period, breakdown="")
        .exclude(number__isnull=True, text="")
        .values_list("indicator_id", flat=True)
    )
    found = findings(unit=unit, period=period)
    summaries = []
    for form in forms:
        mine = [r for r in rows if r[0] == form.pk and r[3] == ValueSource.ENTERED]
        codes = {r[2] for r in rows if r[0] == form.pk}
        summaries.append(
            FormSummary(
                form=form,
                entered=sum(1 for r in mine if r[1] in filled),
                expected=len(mine),
                findings=sum(1 for f in found if codes & set(f.indicator_codes)),
            )
        )
    return summaries, found
