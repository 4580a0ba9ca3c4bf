"""The value layer, read side: a unit's figures with their derived totals and rates, and the forms.

Totals and rates are computed here and only here (rates with
reform_portal.numbers.ratio_percent: half-up, two decimals), for the
screen, the PDF, the Excel file, the narrative and consolidation alike.
A ratio is always recomputed from its parts, so a district's on-time rate
is sum(on time) / sum(resolved), never an average of percentages.

Saving figures is indicators.saving's; reading a posted sheet is
indicators.posted's; both build on the functions here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from indicators import expressions, stamp
from indicators.models import (
    Aggregation,
    Breakdown,
    FormDefinition,
    FormRow,
    Indicator,
    ProcedureField,
    Sheet,
    Value,
    ValueSource,
    ValueType,
)
from indicators.providers import provided_values

# clean_number lives in reform_portal.numbers; other apps still import it from here.
from reform_portal.numbers import clean_number, ratio_percent

Cell = tuple[str, str]  # (indicator code, breakdown); breakdown "" is the total / no breakdown
Figure = Decimal | str | None  # one figure as the rules, tables and sentences see it


def active_indicators() -> dict[str, Indicator]:
    """The active catalogue, code -> Indicator (numerator/denominator codes included).

    Built once per process and catalogue version (``indicators.stamp``: no query but the version's, once
    per request); the dict is a copy, the indicators are shared: do not change them.
    """
    return dict(stamp.cached("indicators", _build_indicators))


def _build_indicators() -> dict[str, Indicator]:
    qs = Indicator.objects.filter(is_active=True).select_related("numerator", "denominator", "stated", "group")
    return {i.code: i for i in qs.order_by("order", "code")}


def derive(values: dict, *, indicators: dict[str, Indicator] | None = None, aggregate: bool = False) -> dict:
    """``values`` plus every computed indicator (totals from formulas, rates from their parts).

    Works on any dict of figures: one unit's, or the sums over many units (consolidation
    calls it with summed entered figures and ``aggregate=True``; ratios are then recomputed
    from the sums). A total is None only when all its parts are; otherwise it is the sum of the
    known parts, and ``partial_codes`` tells which totals (and the rates computed from them)
    miss a part.

    Stated figures (``Indicator.stated``: "giải quyết 5.581 hồ sơ" with no split, "đạt 97,7 %"):
    for one unit, a total or rate that cannot be computed (every part blank, or a rate's
    numerator or denominator blank) is the stated figure (``stated_codes`` tells which). For
    an aggregate, a stated total holds the sum of the totals that units gave only as a whole
    (``consolidation.engine``): it is added to the total computed from the summed parts, but
    a share of a part in that total (the on-time rate: on time / resolved) is taken over the
    totals whose parts are known only; a stated rate is never aggregated.

    The work is planned once per call (``Derivation``); a caller deriving the figures of thousands of units
    over one catalogue plans once and calls the plan for each (``Derivation(catalogue)(values)``).
    """
    catalogue = indicators if indicators is not None else active_indicators()
    return Derivation(catalogue)(values, aggregate=aggregate)


@dataclass(frozen=True)
class _Step:
    """How one derived indicator is computed (``Derivation``)."""

    code: str
    stated: str | None  # the code of its stated figure
    numerator: str | None = None  # a rate: its parts
    denominator: str | None = None
    share_of: bool = False  # a rate whose numerator is one of the parts its denominator is summed from
    parts: tuple[str, ...] = ()  # a total: the codes of its formula
    formula: object = None  # the compiled formula (indicators.expressions.compiled)


class Derivation:
    """``derive`` for one catalogue, planned once: the derived indicators in the order they are computed,
    each with its parts and its compiled formula, so computing the figures of a unit walks no formula and
    looks nothing up in the catalogue. ``Derivation(catalogue)(values, aggregate=…)`` is ``derive(values,
    indicators=catalogue, aggregate=…)``; a circular formula raises ``ExpressionError`` when planned."""

    def __init__(self, catalogue: dict[str, Indicator]):
        derived = {code: ind for code, ind in catalogue.items() if ind.value_source == ValueSource.DERIVED}
        steps: list[_Step] = []
        done: set[str] = set()

        def visit(code: str, trail: tuple = ()) -> None:  # derive's order: each one's inputs first
            if code not in derived or code in done:
                return
            if code in trail:
                raise expressions.ExpressionError(f"Circular formula: {' -> '.join((*trail, code))}")
            ind, inner = derived[code], (*trail, code)
            stated = ind.stated.code if ind.stated_id else None
            if ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
                numerator, denominator = ind.numerator.code, ind.denominator.code
                visit(numerator, inner)
                visit(denominator, inner)
                share = _part_of(numerator, denominator, derived)
                step = _Step(code, stated, numerator=numerator, denominator=denominator, share_of=share)
            elif ind.formula:
                parts = tuple(expressions.codes(ind.formula))
                for part in parts:
                    visit(part, inner)
                step = _Step(code, stated, parts=parts, formula=expressions.compiled(ind.formula))
            else:
                step = _Step(code, stated)
            steps.append(step)
            done.add(code)

        for code in derived:
            visit(code)
        self.steps = tuple(steps)

    def __call__(self, values: dict, *, aggregate: bool = False) -> dict:
        result = dict(values)
        base: dict = {}  # derived totals without stated amounts: the denominators of shares of their parts
        zero = Decimal(0)
        for step in self.steps:
            stated = result.get(step.stated) if step.stated else None
            if stated is not None and isinstance(stated, str):
                stated = None
            if step.numerator:
                denominator = result.get(step.denominator)
                if aggregate and step.share_of:
                    denominator = base.get(step.denominator, denominator)
                value = ratio_percent(result.get(step.numerator), denominator)
                if value is None and not aggregate:
                    value = stated
            elif step.formula is not None:
                value = _total(step, result, zero)
                if aggregate and stated is not None:
                    base[step.code] = _total(step, {**result, **base}, zero)
                    value = clean_number((value or zero) + stated)
                elif value is None:
                    value = stated
            else:
                value = None
            result[step.code] = value
        return result


def _total(step: _Step, values: dict, zero: Decimal):
    """A formula's total over ``values``: None when all its parts are blank (``derive``)."""
    for part in step.parts:
        value = values.get(part)
        if value is not None and not isinstance(value, str):
            break
    else:
        return None
    value = step.formula(values, zero)
    return clean_number(value) if isinstance(value, Decimal) else None


def _part_of(code: str, total: str, derived: dict[str, Indicator], trail: tuple = ()) -> bool:
    """Whether ``code`` is one of the parts ``total`` is summed from, at any depth."""
    ind = derived.get(total)
    if ind is None or not ind.formula or total in trail:
        return False
    parts = expressions.codes(ind.formula)
    return code in parts or any(_part_of(code, part, derived, (*trail, total)) for part in parts)


def _blank(value) -> bool:
    return value is None or isinstance(value, str)


def _inputs(ind: Indicator) -> list[str]:
    """The codes a derived indicator is computed from."""
    if ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
        return [ind.numerator.code, ind.denominator.code]
    return expressions.codes(ind.formula) if ind.formula else []


def stated_codes(values: dict, *, indicators: dict[str, Indicator]) -> set[str]:
    """The derived figures of ``values`` (as ``derive`` returns them) that are the unit's stated figure.

    A total all of whose parts are blank, or a rate whose numerator or denominator is blank,
    is not computed: when it has a value, it is the one the unit stated (``Indicator.stated``).
    """
    out = set()
    for code, ind in indicators.items():
        if ind.value_source != ValueSource.DERIVED or not ind.stated_id or _blank(values.get(code)):
            continue
        inputs = [values.get(part) for part in _inputs(ind)]
        ratio = ind.aggregation == Aggregation.RATIO
        if (any if ratio else all)(_blank(v) for v in inputs):
            out.add(code)
    return out


def partial_codes(values: dict, *, indicators: dict[str, Indicator]) -> set[str]:
    """The derived figures of ``values`` (as ``derive`` returns them) computed while a part is blank.

    A total some of whose parts are blank is the sum of the known parts (``derive``): it is
    known only as "at least this much", so the screens mark it. A total built on a partial
    total is partial, and so is a rate whose numerator or denominator is partial. A derived
    figure that is itself blank is not partial: it is simply not known; one the unit stated
    as a whole (``stated_codes``) is not partial either.
    """
    derived = {code: ind for code, ind in indicators.items() if ind.value_source == ValueSource.DERIVED}
    stated = stated_codes(values, indicators=indicators)
    verdicts: dict[str, bool] = {}

    def partial(code: str, trail: tuple = ()) -> bool:
        if code not in derived or code in trail:
            return False
        if code not in verdicts:
            ind, inner = derived[code], (*trail, code)
            if _blank(values.get(code)) or code in stated:  # not known, or known as a whole
                verdicts[code] = False
            elif ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
                verdicts[code] = partial(ind.numerator.code, inner) or partial(ind.denominator.code, inner)
            elif ind.formula:
                parts = expressions.codes(ind.formula)
                verdicts[code] = any(_blank(values.get(part)) or partial(part, inner) for part in parts)
            else:
                verdicts[code] = False
        return verdicts[code]

    return {code for code in derived if partial(code)}


def cell_value(indicator: Indicator, number: Decimal | None, text: str) -> Figure:
    """A stored or typed (number, text) pair as a figure: the text of a text indicator, else the number."""
    if indicator.value_type == ValueType.TEXT:
        return text or None
    return clean_number(number)


def stored_values(*, unit, period, indicators: dict[str, Indicator]) -> dict[str, Figure]:
    """Entered figures of the total row (breakdown ""), one query."""
    by_id = {ind.pk: ind for ind in indicators.values()}
    out: dict[str, Figure] = {}
    rows = Value.objects.filter(unit=unit, period=period, breakdown="").values_list("indicator_id", "number", "text")
    for indicator_id, number, text in rows:
        ind = by_id.get(indicator_id)
        if ind is not None and ind.value_source == ValueSource.ENTERED:
            out[ind.code] = cell_value(ind, number, text)
    return out


def values_by_code(
    *, unit, period, indicators: dict[str, Indicator] | None = None, unsaved: dict[str, Figure] | None = None
) -> dict[str, Figure]:
    """Every active indicator's figure for the unit and period: entered, provided and derived.

    ``unsaved`` (code -> figure of the total row) replaces stored entered figures before the
    derived ones are computed: what the figures would be if a typed sheet were saved.
    A constant number of queries whatever the size of the catalogue (one for the
    catalogue, one for the values, plus what the registered providers need).
    """
    catalogue = indicators if indicators is not None else active_indicators()
    values: dict = dict.fromkeys(catalogue)
    values.update(stored_values(unit=unit, period=period, indicators=catalogue))
    for code, value in provided_values(unit=unit, period=period).items():
        ind = catalogue.get(code)
        if ind is not None and ind.value_source == ValueSource.PROVIDED:
            values[code] = clean_number(Decimal(value)) if value is not None else None
    for code, value in (unsaved or {}).items():
        ind = catalogue.get(code)
        if ind is not None and ind.is_entered:
            values[code] = value
    return derive(values, indicators=catalogue)


# Forms ----------------------------------------------------------------------------------------


def field_key(code: str, breakdown: str = "") -> str:
    """The name of a cell in forms and error dicts: "code", or "code@field" for a Biểu 06 row."""
    return f"{code}@{breakdown}" if breakdown else code


def split_key(key) -> Cell:
    """The cell a posted key names: "code", "code@field" or a (code, field) tuple."""
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

    @property
    def is_grid(self) -> bool:
        return self.form.breakdown == Breakdown.PROCEDURE_FIELD

    def breakdowns_of(self, indicator: Indicator) -> list[str]:
        if self.is_grid and indicator.breakdown == Breakdown.PROCEDURE_FIELD:
            return [f.code for f in self.fields]
        return []

    def per_field(self) -> dict[str, list[str]]:
        """Entered indicators typed per procedure field, with their field codes (empty unless a grid)."""
        return {code: fields for code, ind in self.entered.items() if (fields := self.breakdowns_of(ind))}

    def accepts(self, cell: Cell) -> bool:
        """Whether the form has an input for this cell: an entered indicator, on a row it has."""
        code, breakdown = cell
        ind = self.entered.get(code)
        return ind is not None and (not breakdown or breakdown in self.breakdowns_of(ind))

    def field_name(self, code: str) -> str:
        return next((f.name for f in self.fields if f.code == code), code)


def form_spec(form_code: str) -> FormSpec:
    """The form with its rows, indicators and procedure fields. Raises DoesNotExist.

    Built once per process and catalogue version (``indicators.stamp``); three queries when built.
    """
    spec = stamp.cached(f"form:{form_code}", lambda: _build_form_spec(form_code))
    if spec is None:
        raise FormDefinition.DoesNotExist(f"No active form {form_code!r}")
    return spec


def _build_form_spec(form_code: str) -> FormSpec | None:
    form = FormDefinition.objects.filter(code=form_code, is_active=True).first()
    if form is None:
        return None
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


def stored_cells(*, unit, period, spec: FormSpec) -> dict[Cell, Value]:
    """The stored values of the form's entered indicators, every row (breakdown), one query."""
    codes = {ind.pk: code for code, ind in spec.entered.items()}
    rows = Value.objects.filter(unit=unit, period=period, indicator_id__in=list(codes))
    return {(codes[v.indicator_id], v.breakdown): v for v in rows}


def sheet_version(*, unit, period, form: FormDefinition) -> int:
    """The version of the unit's sheet of ``form`` for the period (0 before the first save)."""
    return Sheet.objects.filter(unit=unit, period=period, form=form).values_list("version", flat=True).first() or 0
