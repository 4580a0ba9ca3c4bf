"""Who must report: a province's setting, overridable by a reviewing unit (reports.duties reads it)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from reports.models.periods import PeriodKind
from reports.models.reports import ReportType
from units.models import UnitKind


class ReportingDuty(models.Model):
    """Units of one kind must file one report type for periods of one kind (or none: they do not report).

    The setting holds for the units of that kind in the subtree of ``unit`` (the unit itself included),
    each of which files to the unit directly above it. The setting of the closest unit wins: a reviewing
    unit's (a district's) over its province's, a unit's own over both. Where none is set, the national
    default of ``reports.duties`` holds: communes, wards and townships, districts and provinces file the
    standard CCHC report; offices and agencies do not.
    """

    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("applies within"),
        on_delete=models.CASCADE,
        related_name="reporting_duties",
        help_text=_("A province; a reviewing unit (a district) to override its province; or a single unit."),
    )
    unit_kind = models.CharField(_("units of kind"), max_length=20, choices=UnitKind.choices)
    period_kind = models.CharField(_("for periods of kind"), max_length=20, choices=PeriodKind.choices)
    report_type = models.ForeignKey(
        ReportType,
        verbose_name=_("must file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Blank: these units file no report for these periods (e.g. the reviewing office itself)."),
    )
    addressee = models.CharField(
        _("sent to (Kính gửi)"),
        max_length=300,
        blank=True,
        help_text=_(
            "Who these units' reports are addressed to, one per line, e.g. Sở Nội vụ tỉnh Quảng Ngãi. "
            "Blank: the unit directly above."
        ),
    )
    recipients = models.TextField(
        _("recipients (Nơi nhận)"),
        blank=True,
        help_text=_(
            "The Nơi nhận list of these units' reports, one per line, e.g. Như trên; TT HĐND xã; Lưu: VT. "
            "Blank: Như trên; Lưu: VT."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reporting duty")
        verbose_name_plural = _("reporting duties")
        ordering = ["unit__path", "unit_kind", "period_kind"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "unit_kind", "period_kind"], name="one_duty_per_unit_kind_period")
        ]

    def __str__(self) -> str:
        owed = self.report_type.name if self.report_type_id else _("files no report")
        return f"{self.unit} · {self.get_unit_kind_display()} · {self.get_period_kind_display()}: {owed}"

    def clean(self):
        owner = self.report_type.province_id if self.report_type_id else None
        if owner and self.unit_id and self.unit.root_id != owner:
            raise ValidationError({"report_type": _("This template is another province's own.")})
        kinds = self.report_type.period_kinds if self.report_type_id else []
        if kinds and self.period_kind and self.period_kind not in kinds:
            raise ValidationError({"report_type": _("This template is not used for periods of this kind.")})
