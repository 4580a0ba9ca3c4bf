"""Issued documents are archived: each export keeps its bytes, their SHA-256 and what they came from.

Downloading an export later returns exactly the stored bytes, even after the
report was reopened and changed: nothing is ever re-rendered for a download.
Files go through Django's default storage (local disk, or object storage in
production).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from exports.models import ExportedFile, ExportFormat
from exports.pdf import render_pdf
from exports.word import render_docx
from exports.xlsx import render_xlsx

CONTENT_TYPES = {
    ExportFormat.PDF: "application/pdf",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def ascii_slug(text: str) -> str:
    """ "Xã Tịnh Châu" -> "xa-tinh-chau" (đ has no decomposition, so it is mapped by hand)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def file_name(report, fmt: str, *, stamp: str = "") -> str:
    """bao-cao-xa-tinh-chau-2023-46-bc-ubnd.pdf: ASCII, safe in every browser and file system."""
    parts = ["bao-cao", ascii_slug(report.unit.name), report.period.code]
    if report.number:
        parts.append(ascii_slug(report.document_number))
    else:
        parts.append(f"v{report.version}")
    if stamp:
        parts.append(stamp)
    return "-".join(p for p in parts if p) + f".{fmt}"


def _archive(*, report, user, fmt: str, data: bytes, created) -> ExportedFile:
    name = file_name(report, fmt)
    stored = file_name(report, fmt, stamp=created.strftime("%Y%m%d%H%M%S"))
    with transaction.atomic():
        export = ExportedFile(
            report=report,
            format=fmt,
            filename=name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            report_version=report.version,
            report_state=report.state,
            document_number=report.document_number if report.number else "",
            created_by=user,
            created_at=created,
        )
        export.file.save(stored, ContentFile(data), save=False)
        export.save()
    return export


def archive(*, report, user, fmt: str, data: bytes) -> ExportedFile:
    """Archive bytes rendered beforehand (a bulk export renders outside the transaction that records them)."""
    return _archive(report=report, user=user, fmt=fmt, data=data, created=timezone.now())


def export_pdf(*, report, user) -> ExportedFile:
    """Render the report as the signing-ready PDF and archive it."""
    return _archive(report=report, user=user, fmt=ExportFormat.PDF, data=render_pdf(report), created=timezone.now())


def export_xlsx(*, report, user) -> ExportedFile:
    """Write the report's tables as an Excel workbook and archive it."""
    return _archive(report=report, user=user, fmt=ExportFormat.XLSX, data=render_xlsx(report), created=timezone.now())


def export_docx(*, report, user) -> ExportedFile:
    """Write the report as an editable Word document and archive it."""
    return _archive(report=report, user=user, fmt=ExportFormat.DOCX, data=render_docx(report), created=timezone.now())


EXPORTERS = {ExportFormat.PDF: export_pdf, ExportFormat.XLSX: export_xlsx, ExportFormat.DOCX: export_docx}


def stored_bytes(export: ExportedFile) -> bytes:
    with export.file.open("rb") as handle:
        return handle.read()
