"""Report templates (outlines), reports, their sections and their workflow history."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from reports import states
from reports.models.periods import Period, PeriodKind
from reports.states import ReportState
from units import access
from units.access import Action


def numbered_heading(number: str, level: int, title: str) -> str:
    """The heading styles of Nghị định 30/2020 for a report's parts: "I. TITLE", "1. Title", "a) title"."""
    if not number:
        return title
    return f"{number}) {title}" if level >= 3 else f"{number}. {title}"


# Sent by ReportType.clean and OutlineSection.clean with the template's province_id and kinds ({field: [kind,
# …]}): the layers above refuse what the province may not attach (indicators.province_forms: another
# province's form) by raising ValidationError.
template_checked = Signal()


class ReportType(models.Model):
    """A kind of report with its outline, e.g. "Kết quả thực hiện công tác CCHC".

    A template without a province is national: the standard set every province starts from. A province's
    own template (its outline, its appendix set) is used only by its units, where its reporting duties
    name it (reports.duties), and is changed by its administrator without touching any other province's.
    """

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=300)
    province = models.ForeignKey(
        "units.Unit",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="own_report_types",
        help_text=_("Blank: a national template, offered everywhere. A province: used only by its units."),
    )
    subject_pattern = models.CharField(
        _("subject pattern"),
        max_length=400,
        help_text=_("The subject line; {period} is replaced by the period name, e.g. 6 tháng đầu năm 2023."),
    )
    intro_pattern = models.TextField(_("opening paragraph pattern"), blank=True)
    closing_pattern = models.TextField(_("closing sentence pattern"), blank=True)
    period_kinds = models.JSONField(
        _("period kinds"), default=list, blank=True, help_text=_("Period kinds this template is used for.")
    )
    appendices = models.JSONField(
        _("appendices"),
        default=list,
        blank=True,
        help_text=_('Tables appended to the report, in order, e.g. ["task_summary", "form:phu-luc-1", "dossiers"].'),
    )
    always_attached = models.JSONField(
        _("always attached"),
        default=list,
        blank=True,
        help_text=_(
            "Appendices attached even when nothing was reported in them (the province requires them), "
            'e.g. ["form:staff"]. The others are left out of a report that has nothing in them.'
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report template")
        verbose_name_plural = _("report templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.province_id and self.province.parent_id is not None:
            raise ValidationError({"province": _("Choose a province: a unit with no unit above it.")})
        appendices = self.appendices if isinstance(self.appendices, list) else []
        if not isinstance(self.always_attached, list) or any(k not in appendices for k in self.always_attached):
            raise ValidationError({"always_attached": _("List appendices of this template only.")})
        template_checked.send(sender=ReportType, province_id=self.province_id, kinds={"appendices": appendices})

    def subject_for(self, period: Period) -> str:
        return self.subject_pattern.replace("{period}", period.name)

    def fits(self, period: Period) -> bool:
        return not self.period_kinds or period.kind in self.period_kinds or period.kind == PeriodKind.AD_HOC


class OutlineSection(models.Model):
    """One numbered heading of a template's outline (I, 1, a) with guidance for the writer."""

    report_type = models.ForeignKey(ReportType, on_delete=models.CASCADE, related_name="outline")
    order = models.PositiveIntegerField(_("order"))
    number = models.CharField(_("number"), max_length=10, blank=True, help_text=_("I, II, 1, 2, a, b …"))
    level = models.PositiveSmallIntegerField(_("level"), default=1, help_text=_("1 = I., 2 = 1., 3 = a)"))
    title = models.CharField(_("title"), max_length=400)
    guidance = models.TextField(_("guidance"), blank=True)
    embed = models.CharField(
        _("embedded table"),
        max_length=60,
        blank=True,
        help_text=_('A table printed at the end of this section, e.g. "task_summary" or "form:dossiers".'),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outline section")
        verbose_name_plural = _("outline sections")
        ordering = ["report_type", "order"]
        constraints = [models.UniqueConstraint(fields=["report_type", "order"], name="unique_outline_order")]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def clean(self) -> None:
        super().clean()
        try:
            template = self.report_type
        except ObjectDoesNotExist:  # not yet attached to its template
            template = None
        if self.embed and template is not None:
            template_checked.send(
                sender=OutlineSection, province_id=template.province_id, kinds={"embed": [self.embed]}
            )

    @property
    def heading(self) -> str:
        return numbered_heading(self.number, self.level, self.title)


class ReportQuerySet(models.QuerySet):
    def for_user(self, user, pk, action: Action = Action.VIEW) -> Report:
        """The report with this id, with its unit, period and template, if the user may ``action`` it.

        404 when the user may not read it (units.access.READS: a reviewer reads what was sent, a viewer what
        was accepted), 403 when they may read it but not act (units.access decides).
        """
        return access.report_for_user(user, self.select_related("unit", "period", "report_type"), pk, action)


class Report(models.Model):
    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="reports")
    period = models.ForeignKey(Period, verbose_name=_("period"), on_delete=models.PROTECT, related_name="reports")
    report_type = models.ForeignKey(ReportType, verbose_name=_("template"), on_delete=models.PROTECT)
    state = models.CharField(_("state"), max_length=20, choices=ReportState.choices, default=ReportState.DRAFT)
    version = models.PositiveIntegerField(_("version"), default=1)

    subject = models.CharField(_("subject"), max_length=500)
    addressee = models.TextField(_("to (Kính gửi)"), blank=True, help_text=_("One recipient per line."))
    intro = models.TextField(_("opening paragraph"), blank=True)
    closing = models.TextField(_("closing sentence"), blank=True)
    cutoff_start = models.DateField(_("data from"))
    cutoff_end = models.DateField(_("data to"))
    recipients = models.TextField(_("recipients (Nơi nhận)"), blank=True, help_text=_("One per line."))
    signatory_authority = models.CharField(_("signs on behalf of"), max_length=100, blank=True)
    signatory_title = models.CharField(_("signatory title"), max_length=100, blank=True)
    signatory_name = models.CharField(_("signatory name"), max_length=100, blank=True)
    percent_places = models.PositiveSmallIntegerField(
        _("rates printed with"),
        choices=[(2, _("two decimals (99,04 %)")), (0, _("whole percentages (99 %)"))],
        default=2,
        help_text=_("How every rate of this report prints, in the text, the tables and the appendices alike."),
    )
    number = models.PositiveIntegerField(_("document number"), null=True, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("submitted upward at"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = ReportQuerySet.as_manager()

    # What the clerk writes besides the sections: the editor's fields, the snapshot's, the diff's.
    EDIT_FIELDS = (
        "subject",
        "addressee",
        "intro",
        "closing",
        "recipients",
        "cutoff_start",
        "cutoff_end",
        "signatory_authority",
        "signatory_title",
        "signatory_name",
        "percent_places",
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-period__year", "unit__path"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "period", "report_type"], name="one_report_per_unit_period_type")
        ]
        indexes = [models.Index(fields=["period", "state"], name="report_period_state_idx")]

    def __str__(self) -> str:
        return f"{self.unit} · {self.subject}"

    @property
    def is_editable_state(self) -> bool:
        return self.state in states.EDITABLE

    @property
    def document_number(self) -> str:
        """ "46/BC-UBND" once issued; "   /BC-UBND" until then (Nghị định 30/2020: below 10 with a leading zero)."""
        if self.number is None:
            return f"\u2003\u2003/{self.unit.document_code_suffix}"
        return f"{self.number:02d}/{self.unit.document_code_suffix}"

    @property
    def addressee_lines(self) -> list[str]:
        return [line.strip() for line in self.addressee.splitlines() if line.strip()]

    @property
    def recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]


class ReportSection(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sections")
    outline = models.ForeignKey(OutlineSection, null=True, blank=True, on_delete=models.SET_NULL)
    order = models.PositiveIntegerField()
    number = models.CharField(max_length=10, blank=True)
    level = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=400)
    guidance = models.TextField(blank=True)
    embed = models.CharField(max_length=60, blank=True)
    body = models.TextField(_("text"), blank=True)
    # Left out of this report's document (its heading, text and table; the numbers close up), kept in the
    # editor so it can be put back.
    omitted = models.BooleanField(_("left out of the document"), default=False)
    # Added to this report by its writer (desk.services.section_add): no outline, numbered in print.
    added = models.BooleanField(_("added by the writer"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report section")
        verbose_name_plural = _("report sections")
        ordering = ["report", "order"]
        constraints = [models.UniqueConstraint(fields=["report", "order"], name="unique_section_order")]

    def __str__(self) -> str:
        return self.heading

    @property
    def heading(self) -> str:
        return numbered_heading(self.number, self.level, self.title)


class Transition(models.Model):
    """One workflow move: who moved the report from which state to which, when, and why."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="transitions")
    action = models.CharField(max_length=30)
    from_state = models.CharField(max_length=20, choices=ReportState.choices)
    to_state = models.CharField(max_length=20, choices=ReportState.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)
    report_version = models.PositiveIntegerField()
    snapshot = models.JSONField(default=dict, blank=True, help_text="Narrative and figures as they were sent.")

    class Meta:
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")
        ordering = ["report", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.report_id}: {self.from_state} → {self.to_state}"
