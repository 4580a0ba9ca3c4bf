"""A reviewer's comments on a figure sheet of a report sent up."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from indicators.models.forms import FormDefinition
from reports.models import ReviewComment


class SheetComment(ReviewComment):
    """A reviewer's comment on one figure sheet (Biểu 06, Phụ lục 1 …) of a report sent up; the clerk resolves it.

    The figures sheet's counterpart of desk.SectionComment: it names the report (what was sent) and the form.
    """

    report = models.ForeignKey(
        "reports.Report", verbose_name=_("report"), on_delete=models.CASCADE, related_name="sheet_comments"
    )
    form = models.ForeignKey(FormDefinition, verbose_name=_("form"), on_delete=models.PROTECT, related_name="+")

    class Meta(ReviewComment.Meta):
        verbose_name = _("figure sheet comment")
        verbose_name_plural = _("figure sheet comments")

    def __str__(self) -> str:
        return f"{self.form_id}: {self.text[:40]}"
