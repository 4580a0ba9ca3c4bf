"""The one value store (a figure per unit, period, indicator and breakdown) and the versioned sheets a save goes through."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.models.catalogue import Indicator
from indicators.models.forms import FormDefinition


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
