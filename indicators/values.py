"""The value layer: read figures with their derived totals and rates, save a form's figures.

Totals and rates are computed here and only here (rates with
reform_portal.numbers.ratio_percent: half-up, two decimals), for the
screen, the PDF, the Excel file, the narrative and consolidation alike.
A ratio is always recomputed from its parts, so a district's on-time rate
is sum(on time) / sum(resolved), never an average of percentages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from indicators import expressions
from indicators.models import (
    Aggregation,
    Breakdown,
    FormDefinition,
    FormRow,
    Indicator,
    ProcedureField,
    Sheet,
    SheetRevision,
    Value,
    ValueSource,
    ValueType,
)
from indicators.parsing import parse_value
from reform_portal.numbers import clean_number, format_number, ratio_percent
from units import access

Cell = tuple[str, str]  # (indicator code, breakdown); breakdown "" is the total / no breakdown


def active_indicators() -> dict[str, Indicator]:
    """The active catalogue, code -> Indicator, in one query (numerator/denominator codes included)."""
    qs = Indicator.objects.filter(is_active=True).select_related("numerator", "denominator", "group")
    return {i.code: i for i in qs.order_by("order", "code")}


def derive(values: dict, *, indicators: dict[str, Indicator] | None = None) -> dict:
    """``values`` plus every computed indicator (totals from formulas, rates from their parts).

    Works on any dict of figures: one unit's, or the sums over many units (consolidation
    calls it with summed entered figures; ratios are then recomputed from the sums).
    A total is None only when all its parts are; a missing part counts as zero otherwise.
    """
    catalogue = indicators if indicators is not None else active_indicators()
    result = dict(values)
    derived = {code: ind for code, ind in catalogue.items() if ind.value_source == ValueSource.DERIVED}
    done: set[str] = set()

    def get(code: str, trail: tuple = ()):
        if code in derived and code not in done:
            if code in trail:
                raise expressions.ExpressionError(f"Circular formula: {' -> '.join((*trail, code))}")
            compute(derived[code], (*trail, code))
        return result.get(code)

    def compute(ind: Indicator, trail: tuple) -> None:
        if ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
            value = ratio_percent(get(ind.numerator.code, trail), get(ind.denominator.code, trail))
        elif ind.formula:
            parts = {code: get(code, trail) for code in expressions.codes(ind.formula)}
            if all(v is None or isinstance(v, str) for v in parts.values()):
                value = None
            else:
                value = expressions.evaluate(ind.formula, parts)
                value = clean_number(value) if isinstance(value, Decimal) else None
        else:
            value = None
        result[ind.code] = value
        done.add(ind.code)

    for code in derived:
        get(code)
    return result


def _cell_value(indicator: Indicator, number, text):
    if indicator.value_type == ValueType.TEXT:
        return text or None
    return clean_number(number)


def stored_values(*, unit, period, indicators: dict[str, Indicator]) -> dict[str, Decimal | str | None]:
    """Entered figures of the total row (breakdown ""), one query."""
    by_id = {ind.pk: ind for ind in indicators.values()}
    out: dict[str, Decimal | str | None] = {}
    rows = Value.objects.filter(unit=unit, period=period, breakdown="").values_list("indicator_id", "number", "text")
    for indicator_id, number, text in rows:
        ind = by_id.get(indicator_id)
        if ind is not None and ind.value_source == ValueSource.ENTERED:
            out[ind.code] = _cell_value(ind, number, text)
    return out


def values_by_code(*, unit, period, indicators: dict[str, Indicator] | None = None) -> dict[str, Decimal | str | None]:
    """Every active indicator's figure for the unit and period: entered, provided and derived.

    A constant number of queries whatever the size of the catalogue (one for the
    catalogue, one for the values, plus what the registered providers need).
    """
    from indicators.providers import provided_values

    catalogue = indicators if indicators is not None else active_indicators()
    values: dict = dict.fromkeys(catalogue)
    values.update(stored_values(unit=unit, period=period, indicators=catalogue))
    for code, value in provided_values(unit=unit, period=period).items():
        ind = catalogue.get(code)
        if ind is not None and ind.value_source == ValueSource.PROVIDED:
            values[code] = clean_number(Decimal(value)) if value is not None else None
    return derive(values, indicators=catalogue)


# Saving ---------------------------------------------------------------------------------------


@dataclass
class SaveResult:
    saved: bool = False
    version: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # field key ("code" or "code@breakdown") -> message
    general_errors: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # what others changed since the user's version
    duplicate: bool = False  # a repeated POST of what is already stored: nothing to do
    changed: list[Cell] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.saved or self.duplicate


def field_key(code: str, breakdown: str = "") -> str:
    return f"{code}@{breakdown}" if breakdown else code


def split_key(key) -> Cell:
    if isinstance(key, tuple):
        return key[0], key[1] or ""
    code, _sep, breakdown = str(key).partition("@")
    return code, breakdown


@dataclass(frozen=True)
class FormSpec:
    form: FormDefinition
    rows: list[FormRow]
    entered: dict[str, Indicator]  # entered indicators of the form, by code
    fields: list[ProcedureField]  # procedure fields when the form is a Biểu 06 grid

    def breakdowns_of(self, indicator: Indicator) -> list[str]:
        if self.form.breakdown == Breakdown.PROCEDURE_FIELD and indicator.breakdown == Breakdown.PROCEDURE_FIELD:
            return [f.code for f in self.fields]
        return []


def form_spec(form_code: str) -> FormSpec:
    """The form with its rows, indicators and procedure fields: three queries. Raises DoesNotExist."""
    form = FormDefinition.objects.get(code=form_code, is_active=True)
    rows = list(
        FormRow.objects.filter(form=form)
        .select_related("indicator", "indicator__numerator", "indicator__denominator", "indicator__group")
        .order_by("order", "id")
    )
    rows = [r for r in rows if r.indicator_id is None or r.indicator.is_active]
    entered = {r.indicator.code: r.indicator for r in rows if r.indicator_id and r.indicator.is_entered}
    fields = (
        list(ProcedureField.objects.filter(is_active=True).order_by("order", "code"))
        if form.breakdown == Breakdown.PROCEDURE_FIELD
        else []
    )
    return FormSpec(form=form, rows=rows, entered=entered, fields=fields)


def sheet_version(*, unit, period, form: FormDefinition) -> int:
    return Sheet.objects.filter(unit=unit, period=period, form=form).values_list("version", flat=True).first() or 0


def _display(value) -> str:
    if value is None or value == "":
        return "—"
    return value if isinstance(value, str) else format_number(value)


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


def _figures_locked(*, unit, period) -> bool:
    from reports.locking import figures_locked

    return figures_locked(unit=unit, period=period)


def can_edit(*, user, unit, period) -> bool:
    """Figures may change only with EDIT right on the unit and while the report is not frozen."""
    return access.allowed(user, access.Action.EDIT, unit) and not _figures_locked(unit=unit, period=period)


def values_save(
    *, unit, period, user, form_code: str, values: dict, version: int, notes: dict | None = None
) -> SaveResult:
    """Store what the clerk typed in one form, in one transaction, validation first.

    ``values`` maps "code" (or "code@field" / (code, field) for a Biểu 06 row) to the typed
    text or a number; keys not in ``values`` are left as they are. The total row of a
    per-field indicator is the sum of its field rows whenever any row is filled; a unit
    that only knows totals fills the total row alone.

    Optimistic concurrency: ``version`` is the sheet version the user's page showed. A
    stale version is refused with the list of what others changed, unless the request
    changes nothing (a double POST), which is then a harmless no-op.
    """
    access.require(user, access.Action.EDIT, unit)
    result = SaveResult()
    if _figures_locked(unit=unit, period=period):
        result.general_errors.append(_("The report has been sent; its figures can no longer be changed."))
        return result
    spec = form_spec(form_code)
    notes = notes or {}

    # 1. Parse every typed cell; nothing is written if one is wrong.
    typed: dict[Cell, tuple[Decimal | None, str]] = {}
    typed_notes: dict[Cell, str] = {}
    for key, raw in values.items():
        code, breakdown = split_key(key)
        ind = spec.entered.get(code)
        if ind is None or (breakdown and breakdown not in spec.breakdowns_of(ind)):
            continue
        try:
            typed[(code, breakdown)] = parse_value(ind.value_type, raw, codes=ind.codes)
        except Exception as exc:  # ValidationError from parse_value
            result.errors[field_key(code, breakdown)] = " ".join(getattr(exc, "messages", [str(exc)]))
    for key, note in notes.items():
        code, breakdown = split_key(key)
        if code in spec.entered:
            typed_notes[(code, breakdown)] = (note or "").strip()[:500]
    if result.errors:
        return result

    with transaction.atomic():
        sheet, _created = Sheet.objects.get_or_create(unit=unit, period=period, form=spec.form)
        sheet = Sheet.objects.select_for_update().get(pk=sheet.pk)
        existing = {
            (v.indicator.code, v.breakdown): v
            for v in Value.objects.filter(unit=unit, period=period, indicator__in=spec.entered.values()).select_related(
                "indicator"
            )
        }
        current = {cell: (v.number, v.text) for cell, v in existing.items()}
        merged = {cell: (clean_number(n), t) for cell, (n, t) in current.items()}
        merged.update(typed)

        # 2. The total row of a per-field indicator is the sum of its rows.
        for code, ind in spec.entered.items():
            fields = spec.breakdowns_of(ind)
            if not fields:
                continue
            row_numbers = [merged.get((code, f), (None, ""))[0] for f in fields]
            if all(n is None for n in row_numbers):
                continue
            total = sum(n for n in row_numbers if n is not None)
            typed_total = typed.get((code, ""), (None, ""))[0]
            if typed_total is not None and typed_total != total:
                result.errors[field_key(code)] = _(
                    "The total row (%(total)s) differs from the sum of the procedure-field rows (%(sum)s)."
                ) % {"total": format_number(typed_total), "sum": format_number(total)}
            merged[(code, "")] = (total, "")
        if result.errors:
            return result

        # 3. What actually changes.
        changes = []
        for cell, (number, text) in merged.items():
            old = existing.get(cell)
            old_number = clean_number(old.number) if old else None
            old_text = old.text if old else ""
            note = typed_notes.get(cell, old.note if old else "")
            if old_number != number or old_text != text or (old.note if old else "") != note:
                if old is None and number is None and not text and not note:
                    continue
                changes.append((cell, number, text, note, old))
        for cell, note in typed_notes.items():
            if cell not in merged and note and cell[0] in spec.entered:
                changes.append((cell, None, "", note, existing.get(cell)))

        if version != sheet.version:
            result.version = sheet.version
            if not changes:
                result.duplicate = True
                return result
            result.conflicts = _describe_revisions(
                sheet.revisions.filter(version__gt=version).select_related("user").order_by("version")
            ) or [_("Someone else saved this form after you opened it.")]
            return result
        if not changes:
            result.saved, result.version = True, sheet.version
            return result

        # 4. Rules that refuse contradicting figures as they are typed (a part above its total …).
        changed_codes = {cell[0] for cell, *_rest in changes}
        blocking = _blocking_violations(unit=unit, period=period, merged=merged, changed_codes=changed_codes)
        if blocking:
            result.general_errors.extend(blocking)
            return result

        # 5. Write, with history, and bump the version.
        to_create, to_update, log = [], [], []
        for (code, breakdown), number, text, note, old in changes:
            ind = spec.entered[code]
            label = ind.name if not breakdown else f"{ind.name} ({_field_name(spec, breakdown)})"
            log.append(
                {
                    "code": code,
                    "breakdown": breakdown,
                    "label": label,
                    "old": _display(_cell_value(ind, old.number, old.text) if old else None),
                    "new": _display(_cell_value(ind, number, text)),
                }
            )
            if old is None:
                to_create.append(
                    Value(
                        unit=unit,
                        period=period,
                        indicator=ind,
                        breakdown=breakdown,
                        number=number,
                        text=text,
                        note=note,
                        updated_by=user,
                    )
                )
            else:
                old.number, old.text, old.note, old.updated_by = number, text, note, user
                old.updated_at = timezone.now()
                to_update.append(old)
        if to_create:
            bulk_create_with_history(to_create, Value, default_user=user)
        if to_update:
            bulk_update_with_history(
                to_update, Value, ["number", "text", "note", "updated_by", "updated_at"], default_user=user
            )
        sheet.version += 1
        sheet.save(update_fields=["version", "updated_at"])
        SheetRevision.objects.create(sheet=sheet, version=sheet.version, user=user, changes=log)
        result.saved, result.version = True, sheet.version
        result.changed = [cell for cell, *_rest in changes]
        return result


def _field_name(spec: FormSpec, code: str) -> str:
    return next((f.name for f in spec.fields if f.code == code), code)


def _blocking_violations(*, unit, period, merged: dict, changed_codes: set[str]) -> list[str]:
    from indicators.validation import evaluate_rules, rules_that_block_saving

    rules = [r for r in rules_that_block_saving() if set(expressions.codes(r.expression)) & changed_codes]
    if not rules:
        return []
    catalogue = active_indicators()
    figures = dict.fromkeys(catalogue)
    figures.update(stored_values(unit=unit, period=period, indicators=catalogue))
    for (code, breakdown), (number, text) in merged.items():
        if not breakdown and code in catalogue:
            figures[code] = text if catalogue[code].value_type == ValueType.TEXT else number
    figures = derive(figures, indicators=catalogue)
    return [f.message for f in evaluate_rules(rules, figures, catalogue)]
