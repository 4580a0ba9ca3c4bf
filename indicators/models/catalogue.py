"""The indicators, their groups and the procedure fields (lĩnh vực TTHC), with the choices that describe an indicator."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from indicators.expressions import ExpressionError, parse
from indicators.models.stamp import CatalogueQuerySet
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
