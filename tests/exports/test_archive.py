"""Archived exports keep their exact bytes, whatever happens to the report afterwards."""

import hashlib

from desk.services import ReportEdit, report_save
from exports.archive import export_pdf, export_xlsx, stored_bytes
from exports.xlsx import render_xlsx
from reports.models import Report


def test_it_archives_bytes_hash_version_and_author(report, alice, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    export = export_pdf(report=report, user=alice)
    data = stored_bytes(export)
    assert data.startswith(b"%PDF-1.7")
    assert export.sha256 == hashlib.sha256(data).hexdigest() and export.size == len(data)
    assert export.report_version == report.version and export.report_state == "draft"
    assert export.created_by == alice
    assert export.filename == f"bao-cao-xa-binh-phuoc-2023-v{report.version}.pdf"


def test_download_is_unchanged_after_the_report_changes(report, alice, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    export = export_xlsx(report=report, user=alice)
    before = stored_bytes(export)
    fields = {name: getattr(report, name) for name in Report.EDIT_FIELDS}
    report_save(
        report=report, user=alice, edit=ReportEdit(**{**fields, "subject": "Tiêu đề đã sửa"}), version=report.version
    )
    report.refresh_from_db()
    assert render_xlsx(report, created=export.created_at) != before  # the report renders differently now …
    client.force_login(alice)
    from django.urls import reverse

    response = client.get(reverse("exports:download", args=[export.pk]))
    assert response.status_code == 200
    assert response.content == before  # … but the archived file does not
    assert response["Content-Disposition"] == f'attachment; filename="{export.filename}"'
