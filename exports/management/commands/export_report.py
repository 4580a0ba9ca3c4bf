"""python manage.py export_report --unit CODE --period CODE [--type TYPE] --format pdf|xlsx|docx --output FILE"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exports.pdf import render_pdf
from exports.word import render_docx
from exports.xlsx import render_xlsx
from reports.models import Report

RENDERERS = {"pdf": render_pdf, "xlsx": render_xlsx, "docx": render_docx}


class Command(BaseCommand):
    help = "Render a report as the official PDF, the Excel appendix or the Word file, without archiving it."

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True, help="The unit's official code, e.g. 21208")
        parser.add_argument("--period", required=True, help="The period code, e.g. 2023 or 2023-H1")
        parser.add_argument("--type", dest="report_type", help="Report template code, e.g. cchc-year")
        parser.add_argument("--format", required=True, choices=sorted(RENDERERS))
        parser.add_argument("--output", required=True, help="File to write")

    def handle(self, *args, unit, period, report_type, format, output, **options):
        reports = Report.objects.select_related("unit", "period", "report_type").filter(
            unit__code=unit, period__code=period
        )
        if report_type:
            reports = reports.filter(report_type__code=report_type)
        found = list(reports[:2])
        if not found:
            raise CommandError(
                f"No report for unit {unit}, period {period}" + (f", type {report_type}" if report_type else "")
            )
        if len(found) > 1:
            codes = ", ".join(reports.values_list("report_type__code", flat=True))
            raise CommandError(f"Unit {unit} has several reports for {period}; choose one with --type ({codes}).")
        report = found[0]
        data = RENDERERS[format](report)
        Path(output).write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes")
