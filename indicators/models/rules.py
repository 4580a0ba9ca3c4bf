"""Validation rules over indicator codes, and the explanations that answer a rule's warning for a report."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.expressions import ExpressionError, parse
from indicators.models.stamp import CatalogueQuerySet


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
