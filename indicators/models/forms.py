"""Form layouts: a form (national, or a province's own copy) and its rows, each an indicator or a group header."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from indicators.models.catalogue import Breakdown, Indicator
from indicators.models.stamp import CatalogueQuerySet
from units.models import OfficeRole


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
