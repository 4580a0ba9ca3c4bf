"""PAR INDEX and SIPAS: the province's yearly scorecard of its units.

A ``Framework`` is one province's scoring of one group of units (provincial agencies, districts, communes)
for one year: a tree of ``Item`` rows (fields → criteria → sub-criteria) with their maximum points and, on
the items that are scored (those with nothing below them), how they are scored. Each scored unit has one
``Assessment`` of the framework holding its ``Score`` per scored item (the unit's own score, the council's
appraised score and the council's reason) and its SIPAS points. Everything is versioned by
django-simple-history; nothing is computed here (see ``scoring`` and ``results``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

POINTS = {"max_digits": 6, "decimal_places": 2}


class UnitGroup(models.TextChoices):
    AGENCY = "agency", _("Provincial agencies")
    DISTRICT = "district", _("Districts")
    COMMUNE = "commune", _("Communes")


class Method(models.TextChoices):
    YES_NO = "yes_no", _("Yes or no")
    STEPS = "steps", _("Steps")
    RATIO = "ratio", _("Ratio of two figures with thresholds")
    MANUAL = "manual", _("Manual score")


class Framework(models.Model):
    province = models.ForeignKey(
        "units.Unit", verbose_name=_("province"), on_delete=models.PROTECT, related_name="scorecard_frameworks"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    group = models.CharField(_("unit group"), max_length=20, choices=UnitGroup.choices)
    title = models.CharField(_("title"), max_length=300)
    survey_max_points = models.DecimalField(_("SIPAS maximum points"), **POINTS, default=0)
    copied_from = models.ForeignKey(
        "self", verbose_name=_("copied from"), null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("scoring framework")
        verbose_name_plural = _("scoring frameworks")
        ordering = ["province__path", "-year", "group"]
        constraints = [
            models.UniqueConstraint(fields=["province", "year", "group"], name="scorecards_one_framework_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class Item(models.Model):
    """A field (level 1), a criterion (2) or a sub-criterion (3). Items with nothing below them are scored."""

    framework = models.ForeignKey(
        Framework, verbose_name=_("framework"), on_delete=models.CASCADE, related_name="items"
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    number = models.CharField(_("number"), max_length=20, help_text=_("e.g. 1, 1.2, 1.2.3"))
    order = models.PositiveIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=500)
    max_points = models.DecimalField(_("maximum points"), **POINTS)
    method = models.CharField(_("scoring method"), max_length=20, choices=Method.choices, default=Method.MANUAL)
    steps = models.JSONField(
        _("steps"),
        default=list,
        blank=True,
        help_text=_('For steps: a list of [label, points], e.g. [["Đạt 100%", "1"], ["Dưới 100%", "0"]]'),
    )
    numerator_code = models.CharField(_("numerator indicator"), max_length=80, blank=True)
    denominator_code = models.CharField(_("denominator indicator"), max_length=80, blank=True)
    thresholds = models.JSONField(
        _("thresholds"),
        default=list,
        blank=True,
        help_text=_(
            'For a ratio: a list of [lowest percentage, points], highest first, e.g. [["90", "1"], ["0", "0"]]'
        ),
    )
    guidance = models.TextField(_("scoring guidance"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("framework item")
        verbose_name_plural = _("framework items")
        ordering = ["framework", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["framework", "number"], name="scorecards_item_number_unique")]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    @property
    def level(self) -> int:
        return self.number.count(".") + 1


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING_APPROVAL = "pending_approval", _("Awaiting the leader's approval")
    SUBMITTED = "submitted", _("Sent to the province")
    RETURNED = "returned", _("Returned")
    PUBLISHED = "published", _("Published")


EDITABLE = frozenset({State.DRAFT, State.RETURNED})


class Assessment(models.Model):
    framework = models.ForeignKey(
        Framework, verbose_name=_("framework"), on_delete=models.CASCADE, related_name="assessments"
    )
    unit = models.ForeignKey(
        "units.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="scorecard_assessments"
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    survey_points = models.DecimalField(_("SIPAS points"), **POINTS, null=True, blank=True)
    decision = models.ForeignKey(
        "plans.Document",
        verbose_name=_("published by decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    comment = models.TextField(_("last comment"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["framework", "unit__path"]
        constraints = [models.UniqueConstraint(fields=["framework", "unit"], name="scorecards_one_assessment_per_unit")]

    def __str__(self) -> str:
        return f"{self.framework} – {self.unit}"


def evidence_path(instance, filename: str) -> str:
    return f"scorecards/{instance.score.assessment.framework.year}/{instance.score.assessment.unit.code}/{filename}"


class Score(models.Model):
    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="scores"
    )
    item = models.ForeignKey(Item, verbose_name=_("item"), on_delete=models.CASCADE, related_name="scores")
    self_points = models.DecimalField(_("self-assessed points"), **POINTS, null=True, blank=True)
    self_note = models.TextField(_("explanation"), blank=True)
    measured = models.DecimalField(_("measured percentage"), max_digits=7, decimal_places=2, null=True, blank=True)
    appraised_points = models.DecimalField(_("appraised points"), **POINTS, null=True, blank=True)
    appraisal_reason = models.TextField(_("reason for the appraised score"), blank=True)
    documents = models.ManyToManyField("plans.Document", verbose_name=_("documents"), blank=True, related_name="+")
    history = HistoricalRecords(excluded_fields=[])

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["assessment", "item"], name="scorecards_one_score_per_item")]

    def __str__(self) -> str:
        return f"{self.assessment.unit} {self.item.number}"


class Evidence(models.Model):
    """A file attached to a score (read through the bounded upload reader before it is stored)."""

    score = models.ForeignKey(Score, verbose_name=_("score"), on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to=evidence_path, max_length=300)
    name = models.CharField(_("name"), max_length=200)
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.name
