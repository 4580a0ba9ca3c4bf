"""Saving the figures of one form: the entry page, the Biểu 06 import and the offline template.

A draft always saves: every readable cell is stored, whatever the rules say (a rule error
blocks the submission, in ``indicators.validation.blocking_findings``; a warning needs an
explanation only then). ``values_save`` is one use case in named steps, each a small
function below:

1. parse the posted sheet (indicators.posted): a cell that cannot be read gets its message
   and is left out; the other cells go on;
2. lock and check the freeze: ``reports.locking.lock_for_change`` takes the row lock on the
   unit's reports for the period, the lock a workflow move takes, so a save lands before a
   submission's validation and snapshot or sees the sent report and is refused; then the
   form's ``Sheet`` row is locked for its version;
3. merge the readable cells over the stored ones;
4. sum the Biểu 06 total rows (indicators.posted.total_rows): a typed total that differs
   from the sum of its field rows is a per-cell error like an unreadable cell, and the
   total row is the sum;
5. diff: what actually changes;
6. version: a stale version is refused with what the others changed, unless the request
   changes nothing (a double POST), which is then a harmless no-op;
7. write, with history, bump the version once and record a ``SheetRevision``. A cleared
   cell is no figure: its ``Value`` row is deleted (with history), unless a note stays on it.

Steps 2 to 7 run in the one transaction ``values_save`` opens. A stale version or a sent
report (``ReportFrozen``, a general error of the result) writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from indicators.models import FormDefinition, Sheet, SheetRevision, Value
from indicators.posted import ParsedSheet, Typed, merge, parse_sheet, total_rows
from indicators.values import Cell, cell_value, form_spec, stored_cells
from reform_portal.numbers import clean_number, format_number
from reports.locking import ReportFrozen, figures_locked, lock_for_change
from units import access


@dataclass
class SaveResult:
    """What became of a save.

    ``saved``: the readable figures are stored (or were already); some cells may still have
    been left out, each with its message in ``errors`` (field key "code" or "code@breakdown"),
    shown beside the cell. ``unreadable`` counts the cells that could not be read;
    ``total_errors`` names the Biểu 06 total-row cells the total-row rule refused.
    ``general_errors`` are for the whole form (a sent report): nothing was written.
    ``conflicts`` is set when the version was stale: one line per change others saved since
    the user's version, which the entry page lists above the user's own figures (kept in
    the form) so they can compare and save again; nothing was written.
    """

    saved: bool = False
    version: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # field key -> message; these cells were not saved
    unreadable: int = 0
    total_errors: set[str] = field(default_factory=set)
    general_errors: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # what others changed since the user's version
    duplicate: bool = False  # a repeated POST of what is already stored: nothing to do
    changed: list[Cell] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Everything that was posted is stored: saved (or already saved) and no cell left out."""
        return (self.saved or self.duplicate) and not self.errors


@dataclass(frozen=True)
class Change:
    cell: Cell
    number: Decimal | None
    text: str
    note: str
    old: Value | None  # the stored value it replaces


def can_edit(*, user, unit, period) -> bool:
    """Figures may change only with EDIT right on the unit and while the report is not frozen."""
    return access.allowed(user, access.Action.EDIT, unit) and not figures_locked(unit=unit, period=period)


def values_save(
    *, unit, period, user, form_code: str, values: dict, version: int, notes: dict | None = None
) -> SaveResult:
    """Store every readable cell the clerk typed in one form (the steps are the module's docstring).

    ``values`` maps "code" (or "code@field" / (code, field) for a Biểu 06 row) to the typed
    text or a number; keys not in ``values`` are left as they are, an empty text clears the
    cell. ``version`` is the sheet version the user's page showed. Raises PermissionDenied
    without EDIT right on the unit.
    """
    access.require(user, access.Action.EDIT, unit)
    # 1. Parse: reading the typed cells touches no stored figure and needs no lock.
    posted = parse_sheet(form_spec(form_code), values, notes)
    try:
        with transaction.atomic():
            # 2. The workflow's lock first (raises ReportFrozen), then the sheet's row for its version.
            lock_for_change(unit=unit, period=period)
            sheet = _lock_sheet(unit=unit, period=period, form=posted.spec.form)
            # 3-4. The cells as they would be saved, with the Biểu 06 total rows summed.
            stored = stored_cells(unit=unit, period=period, spec=posted.spec)
            merged = merge(stored, posted)
            _sum_total_rows(posted, merged, stored)
            # 5-6. What changes, against the version the user's page showed.
            changes = _diff(posted, stored, merged)
            if version != sheet.version:
                result = _stale(sheet, version=version, changes=changes)
            elif not changes:
                result = SaveResult(saved=True, version=sheet.version)
            else:
                # 7. Write.
                result = _write(unit=unit, period=period, user=user, spec=posted.spec, sheet=sheet, changes=changes)
    except ReportFrozen as exc:
        result = SaveResult(general_errors=list(exc.messages))
    result.errors, result.unreadable, result.total_errors = posted.errors, posted.unreadable, posted.total_errors
    return result


def _lock_sheet(*, unit, period, form: FormDefinition) -> Sheet:
    """The form's sheet for the unit and period, created at version 0 if needed, locked until commit."""
    sheet, _created = Sheet.objects.select_for_update().get_or_create(unit=unit, period=period, form=form)
    return sheet


def _sum_total_rows(posted: ParsedSheet, merged: dict[Cell, Typed], stored: dict[Cell, Value]) -> None:
    """Replace the Biểu 06 total rows by the sums of their field rows; a contradicting typed total is
    a per-cell error of ``posted`` (the sum is stored all the same)."""
    totals = total_rows(posted, merged, stored=stored)
    merged.update({(code, ""): (total, "") for code, total in totals.items()})


def _diff(posted: ParsedSheet, stored: dict[Cell, Value], merged: dict[Cell, Typed]) -> list[Change]:
    """The cells whose number, text or note would change; an empty new cell is no change."""
    changes = []
    for cell, (number, text) in merged.items():
        old = stored.get(cell)
        old_note = old.note if old else ""
        note = posted.notes.get(cell, old_note)
        if old is None:
            if number is None and not text and not note:
                continue
        elif clean_number(old.number) == number and old.text == text and old_note == note:
            continue
        changes.append(Change(cell, number, text, note, old))
    for cell, note in posted.notes.items():
        if cell not in merged and note:  # a note on a cell with no figure
            changes.append(Change(cell, None, "", note, None))
    return changes


def _stale(sheet: Sheet, *, version: int, changes: list[Change]) -> SaveResult:
    """The user's page showed an older version: a no-op if nothing changes, else the others' changes."""
    if not changes:
        return SaveResult(duplicate=True, version=sheet.version)
    revisions = sheet.revisions.filter(version__gt=version).select_related("user").order_by("version")
    conflicts = _describe_revisions(revisions) or [_("Someone else saved this form after you opened it.")]
    return SaveResult(version=sheet.version, conflicts=conflicts)


def _describe_revisions(revisions) -> list[str]:
    lines = []
    for rev in revisions:
        who = rev.user.display_name if rev.user else _("someone")
        when = timezone.localtime(rev.created_at).strftime("%H:%M %d/%m/%Y")
        for change in rev.changes:
            lines.append(
                _("%(who)s (%(when)s) changed “%(label)s”: %(old)s → %(new)s")
                % {"who": who, "when": when, "label": change["label"], "old": change["old"], "new": change["new"]}
            )
    return lines


def _display(value) -> str:
    if value is None or value == "":
        return "—"
    return value if isinstance(value, str) else format_number(value)


def _write(*, unit, period, user, spec, sheet: Sheet, changes: list[Change]) -> SaveResult:
    """Create, update or delete the changed values with history, bump the sheet's version, record the revision.

    A cell left with no number, no text and no note is no figure: its row is deleted (history
    records who deleted it), so a blank is never read as a stored figure.
    """
    to_create, to_update, to_delete, log = [], [], [], []
    for change in changes:
        code, breakdown = change.cell
        ind, old = spec.entered[code], change.old
        label = ind.name if not breakdown else f"{ind.name} ({spec.field_name(breakdown)})"
        log.append(
            {
                "code": code,
                "breakdown": breakdown,
                "label": label,
                "old": _display(cell_value(ind, old.number, old.text) if old else None),
                "new": _display(cell_value(ind, change.number, change.text)),
            }
        )
        if old is not None and change.number is None and not change.text and not change.note:
            to_delete.append(old)
        elif old is None:
            to_create.append(
                Value(
                    unit=unit,
                    period=period,
                    indicator=ind,
                    breakdown=breakdown,
                    number=change.number,
                    text=change.text,
                    note=change.note,
                    updated_by=user,
                )
            )
        else:
            old.number, old.text, old.note, old.updated_by = change.number, change.text, change.note, user
            old.updated_at = timezone.now()
            to_update.append(old)
    if to_create:
        bulk_create_with_history(to_create, Value, default_user=user)
    if to_update:
        bulk_update_with_history(
            to_update, Value, ["number", "text", "note", "updated_by", "updated_at"], default_user=user
        )
    for value in to_delete:
        value._history_user = user  # simple_history's post_delete record names who cleared the cell
        value.delete()
    sheet.version += 1
    sheet.save(update_fields=["version", "updated_at"])
    SheetRevision.objects.create(sheet=sheet, version=sheet.version, user=user, changes=log)
    return SaveResult(saved=True, version=sheet.version, changed=[change.cell for change in changes])
