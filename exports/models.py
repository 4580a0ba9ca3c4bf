"""Archived exports: the exact bytes that left the portal, with what they came from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    XLSX = "xlsx", "Excel"
    DOCX = "docx", "Word"


def export_path(instance, filename: str) -> str:
    return f"exports/{instance.report.unit.code}/{instance.report.period.code}/{filename}"


class ExportedFile(models.Model):
    report = models.ForeignKey(
        "reports.Report", verbose_name=_("report"), on_delete=models.PROTECT, related_name="exports"
    )
    format = models.CharField(_("format"), max_length=10, choices=ExportFormat.choices)
    file = models.FileField(_("file"), upload_to=export_path, max_length=300)
    filename = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    report_version = models.PositiveIntegerField(_("report version"))
    report_state = models.CharField(_("report state"), max_length=20)
    document_number = models.CharField(_("document number"), max_length=60, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("made by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("made at"))

    class Meta:
        verbose_name = _("exported file")
        verbose_name_plural = _("exported files")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.filename
