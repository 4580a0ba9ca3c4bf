"""A province's reporting calendar: its due-date rule, its own days off, and its periods' due dates.

Periods are national rows (``Period``: one code, one Nghị định 09 window for the whole country). What a
province sets is when reports are due there: ``ReportingCalendar`` (how many working days after the
cut-off, and ``CalendarDay`` rows for its own days off or working days) and, per period it has opened,
a ``PeriodDeadline`` with the due date computed from them (or set by hand). ``reports.calendars`` opens
the periods and reads the due dates.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from reports.models.periods import Period


def _must_be_a_province(unit) -> None:
    if unit is not None and unit.parent_id is not None:
        raise ValidationError({"province": _("Choose a province: a unit with no unit above it.")})


class ReportingCalendar(models.Model):
    """A province's rule for due dates; without one the national default holds (two working days)."""

    province = models.OneToOneField(
        "units.Unit",
        verbose_name=_("province"),
        on_delete=models.CASCADE,
        related_name="reporting_calendar",
        help_text=_("A unit with no unit above it."),
    )
    due_working_days = models.PositiveSmallIntegerField(
        _("due after (working days)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("A periodic report is due this many working days after its data cut-off."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reporting calendar")
        verbose_name_plural = _("reporting calendars")
        ordering = ["province__path"]

    def __str__(self) -> str:
        return str(self.province)

    def clean(self):
        _must_be_a_province(self.province if self.province_id else None)


class CalendarDay(models.Model):
    """A day a province counts differently from the national calendar: a day off, or a day worked."""

    calendar = models.ForeignKey(ReportingCalendar, on_delete=models.CASCADE, related_name="days")
    day = models.DateField(_("day"))
    day_off = models.BooleanField(
        _("day off"), default=True, help_text=_("Unticked: a working day (e.g. a Saturday worked in exchange).")
    )
    name = models.CharField(_("reason"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        ordering = ["calendar", "day"]
        constraints = [models.UniqueConstraint(fields=["calendar", "day"], name="one_calendar_day")]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.name}".strip()


class PeriodDeadline(models.Model):
    """A period opened in a province, with its due date there (``reports.calendars.open_periods``)."""

    province = models.ForeignKey(
        "units.Unit", verbose_name=_("province"), on_delete=models.CASCADE, related_name="period_deadlines"
    )
    period = models.ForeignKey(Period, verbose_name=_("period"), on_delete=models.CASCADE, related_name="deadlines")
    due_date = models.DateField(_("submission due date"))
    set_by_hand = models.BooleanField(
        _("set by hand"),
        default=False,
        help_text=_("Kept when the calendar changes; unticked, the due date follows the province's calendar."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("period due date")
        verbose_name_plural = _("period due dates")
        ordering = ["province__path", "-period__year", "period__due_date", "period__code"]
        constraints = [models.UniqueConstraint(fields=["province", "period"], name="one_deadline_per_province_period")]

    def __str__(self) -> str:
        return f"{self.province} · {self.period}"

    def clean(self):
        _must_be_a_province(self.province if self.province_id else None)
