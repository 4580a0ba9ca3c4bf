"""What a consolidating unit's report was pre-filled with, run by run.

The consolidated part of a district's figures is never written into the
value store (the store holds what each unit entered itself, so a province
summing its subtree counts every commune once). Each refresh stores the
consolidated figures with what changed since the previous run, so the
district sees why its totals moved when a commune was accepted or reopened.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsolidationRun(models.Model):
    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    period = models.ForeignKey("reports.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("calculated at"), auto_now_add=True)
    trigger = models.CharField(_("reason"), max_length=30, blank=True, help_text=_("accept, reopen, submit, manual, …"))
    trigger_unit = models.ForeignKey(
        "units.Unit", verbose_name=_("unit that changed"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    values = models.JSONField(_("consolidated figures"), default=dict, help_text="indicator code -> decimal string")
    coded = models.JSONField(_("coded answers"), default=dict, help_text="indicator code -> {answer: count}")
    completeness = models.JSONField(_("completeness"), default=dict)
    sources = models.JSONField(_("units counted"), default=list, help_text="unit codes")
    breakdowns = models.JSONField(
        _("figures per procedure field"), default=dict, help_text="indicator code -> {field code: decimal string}"
    )
    coverage = models.JSONField(_("units per figure"), default=dict, help_text="indicator code -> units that gave it")
    tasks = models.JSONField(
        _("tasks per reform field"),
        default=dict,
        help_text='"own"/"assigned" -> [[field code, field name, planned, on time, late, within, overdue], …]',
    )
    changes = models.JSONField(_("changes since the previous run"), default=list)

    class Meta:
        verbose_name = _("consolidation run")
        verbose_name_plural = _("consolidation runs")
        ordering = ["unit", "period", "-created_at", "-pk"]
        indexes = [models.Index(fields=["unit", "period", "-created_at"], name="consolidation_run_latest_idx")]

    def __str__(self) -> str:
        return f"{self.unit_id} · {self.period_id} · {self.created_at:%Y-%m-%d %H:%M}"
