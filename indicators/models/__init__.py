"""The indicator catalogue, form layouts, validation rules and the one value store.

The catalogue is data: a province adds an indicator, a form row or a rule in
the admin, never in code. The standard catalogue (Phụ lục 1 of seed 001, the
dossier figures of Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP, and the
staff figures) ships as a data migration (indicators/catalogue/).

Every figure of every unit lands in ``Value``, one row per (unit, period,
indicator, breakdown) with the number in one numeric column, so
consolidation is a plain GROUP BY over (period, indicator).

The modules: ``stamp`` (the catalogue's version and the querysets that bump it), ``catalogue`` (indicators,
their groups, procedure fields), ``forms`` (forms and their rows), ``values`` (values, sheets and their
revisions), ``rules`` (rules and explanations), ``comments`` (comments on a sheet).
"""

from indicators.models.catalogue import (
    Aggregation,
    Breakdown,
    Indicator,
    IndicatorGroup,
    ProcedureField,
    ValueSource,
    ValueType,
)
from indicators.models.comments import SheetComment
from indicators.models.forms import FormDefinition, FormRow
from indicators.models.rules import Explanation, Rule, RuleKind, Severity
from indicators.models.stamp import CatalogueQuerySet, CatalogueStamp, catalogue_changed
from indicators.models.values import Sheet, SheetRevision, Value

__all__ = [
    "Aggregation",
    "Breakdown",
    "CatalogueQuerySet",
    "CatalogueStamp",
    "Explanation",
    "FormDefinition",
    "FormRow",
    "Indicator",
    "IndicatorGroup",
    "ProcedureField",
    "Rule",
    "RuleKind",
    "Severity",
    "Sheet",
    "SheetComment",
    "SheetRevision",
    "Value",
    "ValueSource",
    "ValueType",
    "catalogue_changed",
]
