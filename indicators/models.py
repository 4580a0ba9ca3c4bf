"""The indicator catalogue, form layouts, validation rules and the one value store.

The catalogue is data: a province adds an indicator, a form row or a rule in
the admin, never in code. The standard catalogue (Phụ lục 1 of seed 001, the
dossier figures of Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP, and the
staff figures) ships as a data migration (indicators/catalogue/).

Every figure of every unit lands in ``Value``, one row per (unit, period,
indicator, breakdown) with the number in one numeric column, so
consolidation is a plain GROUP BY over (period, indicator).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.expressions import ExpressionError, parse
from reports.models import ReviewComment
from units.models import OfficeRole


class ValueType(models.TextChoices):
    COUNT = "count", _("Count")
    DECIMAL = "decimal", _("Decimal")
    PERCENT = "percent", _("Percent")
    CODED = "coded", _("Coded choice")
    TEXT = "text", _("Short text")


class Aggregation(models.TextChoices):
    SUM = "sum", _("Sum")
    RATIO = "ratio", _("Ratio of two indicators (recomputed from the summed parts)")
    CODED = "coded", _("Count per answer")
    MIN = "min", _("Smallest of the units' figures")
    MAX = "max", _("Largest of the units' figures")
    NONE = "none", _("Not aggregated (a fact of each unit: the consolidating unit gives its own figure)")

    @classmethod
    def combined(cls) -> tuple[str, ...]:
        """Aggregations that combine the units' own figures into one (a ratio is recomputed, coded answers counted)."""
        return (cls.SUM, cls.MIN, cls.MAX)


class ValueSource(models.TextChoices):
    ENTERED = "entered", _("Entered by the clerk")
    DERIVED = "derived", _("Computed by the portal")
    PROVIDED = "provided", _("Provided by another module")


class Breakdown(models.TextChoices):
    NONE = "", _("None")
    PROCEDURE_FIELD = "procedure_field", _("Per procedure field")


# Sent by the catalogue's querysets after a bulk write (update, bulk_create, bulk_update), which sends no
# post_save: indicators.stamp bumps the catalogue's version on it as on post_save and post_delete.
catalogue_changed = Signal()


class CatalogueQuerySet(models.QuerySet):
    """The catalogue models' querysets: a bulk write says that the catalogue changed (``catalogue_changed``)."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return rows

    def bulk_create(self, *args, **kwargs):
        objs = super().bulk_create(*args, **kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return objs

    def bulk_update(self, *args, **kwargs):
        rows = super().bulk_update(*args, **kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return rows


class CatalogueStamp(models.Model):
    """The version of the catalogue (indicators, groups, fields, forms, rules): one row, a new token per change.

    Each process keeps the catalogue it built under the token it read (``indicators.stamp``) and builds it
    again when the row holds another token, which any change writes in the change's transaction. A token,
    not a counter: a change rolled back must not give a later change the same version.
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("catalogue version")
        verbose_name_plural = _("catalogue versions")

    def __str__(self) -> str:
        return self.token


class IndicatorGroup(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=300)
    consolidating_office = models.CharField(
        _("consolidating office"),
        max_length=200,
        blank=True,
        choices=OfficeRole.choices,
        help_text=_("The role of the office that consolidates the group; each province names it (office names)."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator group")
        verbose_name_plural = _("indicator groups")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    code = models.CharField(
        _("code"),
        max_length=100,
        unique=True,
        help_text=_("Stable code used by imports, exports and rules, e.g. dossiers.received.online"),
    )
    name = models.CharField(_("name"), max_length=400)
    unit_of_measure = models.CharField(_("unit of measure"), max_length=50, blank=True)
    value_type = models.CharField(_("value type"), max_length=10, choices=ValueType.choices, default=ValueType.COUNT)
    codes = models.JSONField(
        _("answer codes"),
        default=list,
        blank=True,
        help_text=_('For coded choices: a list of [code, label], e.g. [[0, "Không"], [1, "Có"]]'),
    )
    aggregation = models.CharField(
        _("aggregation"), max_length=10, choices=Aggregation.choices, default=Aggregation.SUM
    )
    value_source = models.CharField(
        _("value source"), max_length=10, choices=ValueSource.choices, default=ValueSource.ENTERED
    )
    formula = models.CharField(
        _("derived from"),
        max_length=500,
        blank=True,
        help_text=_("For computed totals: an expression over indicator codes, e.g. a.b + a.c"),
    )
    numerator = models.ForeignKey(
        "self", verbose_name=_("numerator"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    denominator = models.ForeignKey(
        "self", verbose_name=_("denominator"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    stated = models.ForeignKey(
        "self",
        verbose_name=_("stated figure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "For a computed total or rate: the entered indicator a unit fills in when it knows only the total "
            "or the rate, not its parts. It stands for the computed figure while all the parts are blank."
        ),
    )
    breakdown = models.CharField(_("breakdown"), max_length=20, choices=Breakdown.choices, default="", blank=True)
    group = models.ForeignKey(
        IndicatorGroup, verbose_name=_("group"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    consolidating_office = models.CharField(
        _("consolidating office"), max_length=200, blank=True, choices=OfficeRole.choices
    )
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"

    def clean(self):
        if self.value_source == ValueSource.DERIVED:
            if self.aggregation == Aggregation.RATIO:
                if not (self.numerator_id and self.denominator_id):
                    raise ValidationError(_("A ratio needs a numerator and a denominator."))
            elif not self.formula:
                raise ValidationError({"formula": _("A computed indicator needs a formula.")})
        if self.formula:
            try:
                parse(self.formula)
            except ExpressionError as exc:
                raise ValidationError({"formula": str(exc)}) from exc
        if self.stated_id:
            if self.value_source != ValueSource.DERIVED:
                raise ValidationError({"stated": _("Only a computed total or rate can have a stated figure.")})
            if self.stated.value_source != ValueSource.ENTERED or self.stated.aggregation != Aggregation.NONE:
                raise ValidationError(
                    {"stated": _("The stated figure must be an entered indicator that is not aggregated.")}
                )
        if self.value_type == ValueType.CODED and not self.codes:
            raise ValidationError({"codes": _("A coded choice needs its list of codes.")})

    @property
    def code_labels(self) -> dict[int, str]:
        return {int(code): label for code, label in self.codes}

    @property
    def is_entered(self) -> bool:
        return self.value_source == ValueSource.ENTERED


class ProcedureField(models.Model):
    """A field of administrative procedures (lĩnh vực TTHC): one row of Biểu 06."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("procedure field")
        verbose_name_plural = _("procedure fields")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class FormDefinition(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    breakdown = models.CharField(
        _("breakdown"),
        max_length=20,
        choices=Breakdown.choices,
        default="",
        blank=True,
        help_text=_("Per procedure field: the form is a Biểu 06 grid, one row per field plus the total row."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)
    shares = models.BooleanField(
        _("counts with their shares"),
        default=False,
        help_text=_(
            "Printed as Số lượng and Tỷ lệ (%) columns: each row's count beside its share (the indicator "
            "coded as the row's with “.share” added), as the staff-quality tables of a commune's report."
        ),
    )
    # A province's own copy of a form (indicators.province_forms); blank: the national standard form.
    province = models.ForeignKey(
        "units.Unit",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Blank: a national form, used by every province. Set: the province's own form."),
    )
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("copy of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The national form this province's form replaces on its units' figure pages."),
    )

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("form definition")
        verbose_name_plural = _("form definitions")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.province_id is not None and self.province.parent_id is not None:
            raise ValidationError({"province": _("A form is a province's own: choose a province.")})
        if self.based_on_id is not None and (self.province_id is None or self.based_on.province_id is not None):
            raise ValidationError({"based_on": _("A province's form is a copy of a national form.")})


class FormRow(models.Model):
    form = models.ForeignKey(FormDefinition, verbose_name=_("form"), on_delete=models.CASCADE, related_name="rows")
    order = models.PositiveIntegerField(_("order"), default=0)
    stt = models.CharField(_("number (STT)"), max_length=20, blank=True)
    label = models.CharField(_("label"), max_length=400, blank=True, help_text=_("Empty: the indicator's name."))
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    is_group_header = models.BooleanField(_("group header"), default=False)
    consolidating_office = models.CharField(
        _("consolidating office"), max_length=200, blank=True, choices=OfficeRole.choices
    )

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("form row")
        verbose_name_plural = _("form rows")
        ordering = ["form", "order", "id"]

    def __str__(self) -> str:
        return f"{self.stt} {self.display_label}".strip()

    @property
    def display_label(self) -> str:
        if self.label:
            return self.label
        return self.indicator.name if self.indicator_id else ""

    def clean(self):
        if not self.is_group_header and not self.indicator_id:
            raise ValidationError(_("A row that is not a group header needs an indicator."))


class Value(models.Model):
    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    period = models.ForeignKey("reports.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="+")
    breakdown = models.CharField(
        _("breakdown"), max_length=40, blank=True, default="", help_text=_("e.g. a procedure field code; empty = total")
    )
    number = models.DecimalField(_("number"), max_digits=20, decimal_places=4, null=True, blank=True)
    text = models.CharField(_("text"), max_length=500, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("updated by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(fields=["unit", "period", "indicator", "breakdown"], name="unique_value_cell")
        ]
        indexes = [models.Index(fields=["period", "indicator", "breakdown"], name="value_period_indicator_idx")]

    def __str__(self) -> str:
        return f"{self.indicator_id}={self.number if self.number is not None else self.text}"


class Sheet(models.Model):
    """The version of one (unit, period, form): two people never overwrite each other silently."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    period = models.ForeignKey("reports.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+")
    form = models.ForeignKey(FormDefinition, verbose_name=_("form"), on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(_("version"), default=0)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("figure sheet")
        verbose_name_plural = _("figure sheets")
        constraints = [models.UniqueConstraint(fields=["unit", "period", "form"], name="unique_sheet")]

    def __str__(self) -> str:
        return f"{self.form_id}@{self.unit_id}/{self.period_id} v{self.version}"


class SheetRevision(models.Model):
    """What one save changed: shown to the next person whose save is refused as stale."""

    sheet = models.ForeignKey(Sheet, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField(_("version"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    changes = models.JSONField(_("changes"), default=list)

    class Meta:
        verbose_name = _("sheet revision")
        verbose_name_plural = _("sheet revisions")
        ordering = ["sheet", "version"]
        constraints = [models.UniqueConstraint(fields=["sheet", "version"], name="unique_sheet_revision")]

    def __str__(self) -> str:
        return f"{self.sheet_id} v{self.version}"


class Severity(models.TextChoices):
    ERROR = "error", _("Error (blocks submission)")
    WARNING = "warning", _("Warning (needs an explanation)")


class RuleKind(models.TextChoices):
    EXPRESSION = "expression", _("Expression over indicator codes")
    NON_NEGATIVE = "non_negative", _("No negative counts")
    PERCENT_RANGE = "percent_range", _("Rates between 0 and 100")
    CODED_RANGE = "coded_range", _("Coded answers within their codes")


class Rule(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=RuleKind.choices, default=RuleKind.EXPRESSION)
    expression = models.CharField(
        _("expression"),
        max_length=1000,
        blank=True,
        help_text=_("e.g. dossiers.received.total == dossiers.resolved.total + dossiers.in_process.total"),
    )
    requires = models.CharField(
        _("applies only when entered"),
        max_length=500,
        blank=True,
        help_text=_("Space-separated codes that must have a value for the rule to apply; empty: any value."),
    )
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices, default=Severity.ERROR)
    blocks_saving = models.BooleanField(
        _("refuse the save"), default=False, help_text=_("Refuse figures that break this rule when they are typed.")
    )
    message = models.CharField(_("message (Vietnamese)"), max_length=500)
    order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("validation rule")
        verbose_name_plural = _("validation rules")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.code

    def clean(self):
        if self.kind == RuleKind.EXPRESSION:
            try:
                parse(self.expression)
            except ExpressionError as exc:
                raise ValidationError({"expression": str(exc)}) from exc


class Explanation(models.Model):
    """Why a warning is not an error for this report; travels with the report."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    period = models.ForeignKey("reports.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+")
    rule_code = models.CharField(_("rule code"), max_length=60)
    text = models.TextField(_("explanation"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("written at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("explanation")
        verbose_name_plural = _("explanations")
        constraints = [models.UniqueConstraint(fields=["unit", "period", "rule_code"], name="unique_explanation")]

    def __str__(self) -> str:
        return f"{self.rule_code}: {self.text[:40]}"


class SheetComment(ReviewComment):
    """A reviewer's comment on one figure sheet (Biểu 06, Phụ lục 1 …) of a report sent up; the clerk resolves it.

    The figures sheet's counterpart of desk.SectionComment: it names the report (what was sent) and the form.
    """

    report = models.ForeignKey(
        "reports.Report", verbose_name=_("report"), on_delete=models.CASCADE, related_name="sheet_comments"
    )
    form = models.ForeignKey(FormDefinition, verbose_name=_("form"), on_delete=models.PROTECT, related_name="+")

    class Meta(ReviewComment.Meta):
        verbose_name = _("figure sheet comment")
        verbose_name_plural = _("figure sheet comments")

    def __str__(self) -> str:
        return f"{self.form_id}: {self.text[:40]}"
