"""Exporting a whole district or province: the PDF and the Excel file of every report of a period in a
unit's subtree, archived one report at a time, then a zip of them all.

It runs as a background job (exports.tasks, jobs.runner). Each report's two files are rendered first, then
archived together with the job's progress in one transaction: after a killed worker, a report is either
archived whole with both its files or not at all, and the retry skips the reports already archived. The
zip is written to a local temporary file and saved through the storage (whole or not at all) in the
transaction that marks the last step done.
"""

from __future__ import annotations

import tempfile
import zipfile

from django.core.files import File
from django.db.models import Count, QuerySet
from django.urls import reverse

from exports.archive import archive, ascii_slug, stored_bytes
from exports.models import ExportedFile, ExportFormat
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from jobs.runner import Run
from reports.models import Period, Report
from units import access
from units.models import Unit

FORMATS = (ExportFormat.PDF, ExportFormat.XLSX)
RENDERERS = {ExportFormat.PDF: render_pdf, ExportFormat.XLSX: render_xlsx}


def _in_subtree(unit: Unit) -> dict:
    return {"unit__path__gte": unit.path, "unit__path__lt": unit.path_upper_bound}


def reports_for(user, unit: Unit, period: Period) -> QuerySet[Report]:
    """Every report of the period by the unit and the units below it that the user reads (units.access.READS:
    a viewer's export holds the accepted reports, a reviewer's those sent, never the drafts of units below)."""
    reports = Report.objects.filter(period=period, **_in_subtree(unit))
    return reports.filter(access.reports_q(user)).select_related("unit", "period", "report_type")


def periods_with_reports(unit: Unit) -> QuerySet[Period]:
    """The periods for which the subtree has reports, latest first, with their number of reports."""
    return (
        Period.objects.filter(**{f"reports__{k}": v for k, v in _in_subtree(unit).items()})
        .annotate(report_count=Count("reports"))
        .order_by("-due_date", "code")
    )


def zip_name(unit: Unit, period: Period) -> str:
    return f"bao-cao-{ascii_slug(unit.name)}-{period.code}.zip"


def export_subtree(run: Run) -> None:
    """The work of one bulk-export job (``job.unit``, ``job.params["period"]``)."""
    job = run.job
    period = Period.objects.get(code=job.params["period"])
    reports = list(reports_for(job.user, job.unit, period).order_by("unit__path", "report_type__code", "pk"))
    archived = set(job.output.get("reports", []))
    run.progress(total=len(reports) + 1, done=sum(1 for r in reports if r.pk in archived))
    for report in reports:
        if report.pk in archived:
            continue  # archived by an earlier attempt
        run.progress(current=report.unit.name)
        rendered = [(fmt, RENDERERS[fmt](report)) for fmt in FORMATS]
        with run.recording() as job:
            files = [archive(report=report, user=job.user, fmt=fmt, data=data) for fmt, data in rendered]
            job.output.setdefault("reports", []).append(report.pk)
            job.output.setdefault("files", []).extend(
                {
                    "id": f.pk,
                    "name": f.filename,
                    "unit": report.unit.name,
                    "url": reverse("exports:download", args=[f.pk]),
                }
                for f in files
            )
            job.done += 1
    name = zip_name(job.unit, period)
    run.progress(current=name)
    file_ids = [f["id"] for f in run.job.output.get("files", [])]
    with tempfile.TemporaryFile() as spool:
        _write_zip(spool, ExportedFile.objects.filter(pk__in=file_ids).select_related("report__unit"))
        with run.recording() as job:
            job.result.save(name, File(spool), save=False)
            job.done = job.total


def _write_zip(spool, exports) -> None:
    """One folder per unit (its code and name), each report's files inside."""
    seen: set[str] = set()
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for export in exports.order_by("report__unit__path", "report_id", "format"):
            unit = export.report.unit
            entry = f"{unit.code}-{ascii_slug(unit.name)}/{export.filename}"
            if entry in seen:  # two reports of one unit with the same name (two templates)
                stem, dot, ext = entry.rpartition(".")
                entry = f"{stem}-{export.report_id}{dot}{ext}"
            seen.add(entry)
            bundle.writestr(entry, stored_bytes(export))
