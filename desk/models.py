"""The desk's own records: reminders sent to units that owe a report."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from reports.models import ReviewComment


class Reminder(models.Model):
    """A reviewer reminded a unit that it owes its report for a period ("Nhắc nộp"): who, when, how many e-mails."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+")
    period = models.ForeignKey("reports.Period", verbose_name=_("period"), on_delete=models.CASCADE, related_name="+")
    report_type = models.ForeignKey(
        "reports.ReportType", verbose_name=_("template"), on_delete=models.SET_NULL, null=True, blank=True
    )
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("sent by"), on_delete=models.PROTECT)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    emailed = models.PositiveIntegerField(_("e-mails sent"), default=0)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        indexes = [models.Index(fields=["unit", "period"])]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.period_id} @ {self.sent_at:%Y-%m-%d %H:%M}"


class SectionComment(ReviewComment):
    """A reviewer's comment on one section of a report sent up; the unit's clerk marks it resolved."""

    section = models.ForeignKey(
        "reports.ReportSection", verbose_name=_("section"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(ReviewComment.Meta):
        verbose_name = _("section comment")
        verbose_name_plural = _("section comments")

    def __str__(self) -> str:
        return f"{self.section_id}: {self.text[:40]}"


class DigestChoice(models.Model):
    """A person who chose one daily e-mail of what waits on them instead of one e-mail per move."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="+"
    )
    chosen_at = models.DateTimeField(_("chosen at"), auto_now_add=True)
    last_sent_on = models.DateField(_("last sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("daily digest")
        verbose_name_plural = _("daily digests")

    def __str__(self) -> str:
        return str(self.user_id)
