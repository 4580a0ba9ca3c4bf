from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from desk.comments import add_comment, resolve_comment
from desk.models import SectionComment
from reports.models import Report
from units.access import Action


@login_required
@require_POST
def section_comment(request, pk, section_pk):
    """A reviewer comments on one section of a report sent up to them."""
    report = Report.objects.for_user(request.user, pk, Action.REVIEW)
    section = get_object_or_404(report.sections.select_related("report__unit"), pk=section_pk)
    try:
        add_comment(user=request.user, section=section, text=request.POST.get("text", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Comment added."))
    return redirect(reverse("desk:detail", args=[report.pk]) + f"#s{section.order}")


@login_required
@require_POST
def comment_resolve(request, pk):
    """The unit's clerk marks a comment resolved (from the editor)."""
    comment = get_object_or_404(SectionComment.objects.select_related("section__report__unit"), pk=pk)
    report = Report.objects.for_user(request.user, comment.section.report_id)  # 404 unless the user reads it
    resolve_comment(user=request.user, comment=comment)
    messages.success(request, _("Comment marked resolved."))
    return redirect(reverse("desk:edit", args=[report.pk]) + f"#section-{comment.section.order}")
