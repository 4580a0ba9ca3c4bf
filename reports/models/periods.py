from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodKind(models.TextChoices):
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")
    HALF_YEAR = "half_year", _("Half-year")
    NINE_MONTHS = "nine_months", _("Nine months")
    YEAR = "year", _("Year")
    AD_HOC = "ad_hoc", _("Ad hoc")


class Period(models.Model):
    """A reporting period: 2023, 2023-H1, 2023-9M, 2023-Q3, 2023-05, or an ad-hoc one.

    ``starts_on``/``ends_on`` is the calendar span the period is named after;
    ``cutoff_start``/``cutoff_end`` is the default data window (thời gian chốt
    số liệu) of Nghị định 09/2019/NĐ-CP, Điều 12, which a report may override.
    """

    code = models.SlugField(_("code"), max_length=60, unique=True, allow_unicode=False)
    kind = models.CharField(_("kind"), max_length=20, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(
        _("number"), null=True, blank=True, help_text=_("Month 1-12, quarter 1-4 or half 1-2.")
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("As printed, e.g. 6 tháng đầu năm 2023"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    cutoff_start = models.DateField(_("data cut-off from"))
    cutoff_end = models.DateField(_("data cut-off to"))
    due_date = models.DateField(_("submission due date"))

    class Meta:
        verbose_name = _("period")
        verbose_name_plural = _("periods")
        ordering = ["-year", "kind", "number", "code"]
        constraints = [
            models.CheckConstraint(condition=models.Q(starts_on__lte=models.F("ends_on")), name="period_span_ordered"),
            models.CheckConstraint(
                condition=models.Q(cutoff_start__lte=models.F("cutoff_end")), name="period_cutoff_ordered"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.starts_on > self.ends_on:
            raise ValidationError({"ends_on": _("The period cannot end before it starts.")})
        if self.cutoff_start and self.cutoff_end and self.cutoff_start > self.cutoff_end:
            raise ValidationError({"cutoff_end": _("The cut-off window cannot end before it starts.")})
