"""Thin views: create an export, download an archived one, list them, preview the PDF.

Anyone who may see the report's unit may export it; reports and exports of
units the user cannot see answer 404 (Report.objects.for_user, decided by units.access).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from exports.archive import CONTENT_TYPES, EXPORTERS, file_name, stored_bytes
from exports.models import ExportedFile, ExportFormat
from exports.pdf import render_pdf
from reports.models import Report


def _download(data: bytes, *, filename: str, fmt: str, inline: bool = False) -> HttpResponse:
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Content-Length"] = str(len(data))
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def create(request, pk, fmt):
    report = Report.objects.for_user(request.user, pk)
    if fmt not in ExportFormat.values:
        raise Http404
    export = EXPORTERS[fmt](report=report, user=request.user)
    messages.success(request, _("The file %(name)s was created and archived.") % {"name": export.filename})
    return redirect("exports:list", pk=report.pk)


@login_required
@require_GET
def download(request, pk):
    export = get_object_or_404(ExportedFile.objects.select_related("report"), pk=pk)
    Report.objects.for_user(request.user, export.report_id)
    return _download(stored_bytes(export), filename=export.filename, fmt=export.format)


@login_required
@require_GET
def export_list(request, pk):
    report = Report.objects.for_user(request.user, pk)
    exports = report.exports.select_related("created_by")
    return render(request, "exports/list.html", {"report": report, "exports": exports, "formats": ExportFormat})


@login_required
@require_GET
def preview(request, pk):
    report = Report.objects.for_user(request.user, pk)
    data = render_pdf(report)
    return _download(data, filename=file_name(report, ExportFormat.PDF), fmt=ExportFormat.PDF, inline=True)
