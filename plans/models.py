"""Reform plans (kế hoạch CCHC), their tasks, and the register of issued documents (sổ văn bản).

A task's status is never stored: it is derived from its deadline and
completion date at a given day (plans.status), so the summary table of a
report can be recomputed for any cut-off date and can never disagree with
its own rows.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class ReformField(models.Model):
    """A reform field (lĩnh vực CCHC). The seven national ones ship in a data migration."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(
        _("name"), max_length=200, help_text=_("As printed in reports, e.g. Cải cách thủ tục hành chính")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("reform field")
        verbose_name_plural = _("reform fields")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class DocumentType(models.TextChoices):
    REPORT = "report", _("Report")
    PLAN = "plan", _("Plan")
    DECISION = "decision", _("Decision")
    NOTICE = "notice", _("Notice")
    LETTER = "letter", _("Official letter")
    SUBMISSION = "submission", _("Submission")
    PROGRAMME = "programme", _("Programme")
    DIRECTIVE = "directive", _("Directive")
    RESOLUTION = "resolution", _("Resolution")
    GUIDANCE = "guidance", _("Guidance")


# Document text, printed in Vietnamese whatever the interface language.
TYPE_NAMES: dict[str, str] = {
    DocumentType.REPORT: "Báo cáo",
    DocumentType.PLAN: "Kế hoạch",
    DocumentType.DECISION: "Quyết định",
    DocumentType.NOTICE: "Thông báo",
    DocumentType.LETTER: "Công văn",
    DocumentType.SUBMISSION: "Tờ trình",
    DocumentType.PROGRAMME: "Chương trình",
    DocumentType.DIRECTIVE: "Chỉ thị",
    DocumentType.RESOLUTION: "Nghị quyết",
    DocumentType.GUIDANCE: "Hướng dẫn",
}

# Type abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III; a công văn has none ("530/UBND-TTHC").
TYPE_ABBREVIATIONS: dict[str, str] = {
    DocumentType.REPORT: "BC",
    DocumentType.PLAN: "KH",
    DocumentType.DECISION: "QĐ",
    DocumentType.NOTICE: "TB",
    DocumentType.LETTER: "",
    DocumentType.SUBMISSION: "TTr",
    DocumentType.PROGRAMME: "CTr",
    DocumentType.DIRECTIVE: "CT",
    DocumentType.RESOLUTION: "NQ",
    DocumentType.GUIDANCE: "HD",
}

NORMATIVE_SERIES = "normative"


class Document(models.Model):
    """One entry of a unit's register of issued documents (sổ văn bản đi).

    The number is the sequence number in a register and restarts each
    calendar year (Nghị định 30/2020/NĐ-CP, Điều 15). A unit keeps one
    register per document type (seed 001 has both 12/KH-UBND and
    12/QĐ-UBND in 2023) and one for legal-normative documents, which carry
    the year in their number ("01/2023/QĐ-UBND"); ``series`` names that
    register and is derived from the type unless set.
    """

    unit = models.ForeignKey(
        "units.Unit", verbose_name=_("issuing unit"), on_delete=models.PROTECT, related_name="documents"
    )
    doc_type = models.CharField(_("document type"), max_length=20, choices=DocumentType.choices)
    is_normative = models.BooleanField(
        _("legal-normative document"), default=False, help_text=_("Numbered with the year, e.g. 01/2023/QĐ-UBND")
    )
    series = models.CharField(_("register"), max_length=40, editable=False)
    number = models.PositiveIntegerField(_("number"))
    year = models.PositiveSmallIntegerField(_("year"), editable=False)
    symbol = models.CharField(_("symbol"), max_length=60, help_text=_("e.g. KH-UBND, QĐ-UBND, UBND-TTHC"))
    issued_on = models.DateField(_("issued on"))
    subject = models.CharField(
        _("subject"),
        max_length=500,
        help_text=_("As cited after the number and date, e.g. về tuyên truyền cải cách hành chính năm 2023"),
    )
    is_reform_directive = models.BooleanField(
        _("directs administrative reform"),
        default=False,
        help_text=_("Counted among the directing documents on administrative reform (appendix item 1.1)."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-issued_on", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "series", "year", "number"], name="document_number_unique_per_register_year"
            ),
        ]
        indexes = [models.Index(fields=["unit", "issued_on"], name="document_unit_issued_idx")]

    def __str__(self) -> str:
        return f"{TYPE_NAMES.get(self.doc_type, '')} số {self.number_and_symbol}"

    def save(self, *args, **kwargs):
        self.series = self.series_for(self.doc_type, self.is_normative)
        if self.issued_on:
            self.year = self.issued_on.year
        super().save(*args, **kwargs)

    @staticmethod
    def series_for(doc_type: str, is_normative: bool) -> str:
        return NORMATIVE_SERIES if is_normative else str(doc_type)

    @property
    def number_text(self) -> str:
        # Nghị định 30/2020, Phụ lục I: numbers below 10 carry a leading zero.
        return f"{self.number:02d}"

    @property
    def number_and_symbol(self) -> str:
        if self.is_normative:
            return f"{self.number_text}/{self.year}/{self.symbol}"
        return f"{self.number_text}/{self.symbol}"

    @property
    def type_name(self) -> str:
        return TYPE_NAMES.get(self.doc_type, "")


class PlanKind(models.TextChoices):
    OWN = "own", _("The unit's own reform plan")
    ASSIGNED = "assigned", _("Tasks assigned by the level above")


class Plan(models.Model):
    """A unit's reform plan for a year, or the tasks the level above assigned to it that year."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="plans")
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=20, choices=PlanKind.choices, default=PlanKind.OWN)
    decision = models.ForeignKey(
        Document,
        verbose_name=_("deciding document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decided_plans",
        help_text=_("The plan itself or the decision that issued it, e.g. Kế hoạch số 117/KH-UBND"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reform plan")
        verbose_name_plural = _("reform plans")
        ordering = ["unit", "-year", "kind"]
        constraints = [models.UniqueConstraint(fields=["unit", "year", "kind"], name="plan_unique_per_unit_year_kind")]

    def __str__(self) -> str:
        if self.kind == PlanKind.ASSIGNED:
            return f"Nhiệm vụ cấp trên giao năm {self.year} · {self.unit}"
        return f"Kế hoạch CCHC năm {self.year} · {self.unit}"


class Task(models.Model):
    """A task of a plan. Its status is derived (plans.status.task_status), never typed."""

    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="tasks")
    field = models.ForeignKey(
        ReformField, verbose_name=_("reform field"), on_delete=models.PROTECT, related_name="tasks"
    )
    title = models.CharField(_("task"), max_length=500)
    owner = models.CharField(_("responsible officer or office"), max_length=200, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    evidence = models.ForeignKey(
        Document,
        verbose_name=_("document proving it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidenced_tasks",
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    # A form's one-time token: a double submit finds the task the first submit made.
    client_token = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["client_token"])

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["plan", "field__order", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "client_token"], condition=Q(client_token__isnull=False), name="task_unique_token"
            ),
        ]
        indexes = [models.Index(fields=["plan", "field"], name="task_plan_field_idx")]

    def __str__(self) -> str:
        return self.title
