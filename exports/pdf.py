"""The official BÁO CÁO as a PDF ready for signing.

One HTML print template (templates/documents/report.html) and one print
stylesheet (static/css/print.css) rendered by WeasyPrint as PDF/A-3b:
fonts embedded, not encrypted, an empty signature field over the signatory
block (exports.signing), and the Excel appendix embedded as an associated
file so the figures travel with the signed document.

Every rendering of the same report, with the same figures, gives the same
bytes, so the archive's SHA-256 names what was exported: the creation and
modification dates are the time the report row last changed
(``document_time``, not the clock), the file id is a hash of the document's
content, and the embedded workbook is the one ``render_xlsx`` writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from exports.document import OfficialDocument, official_document
from exports.signing import find_signature_place, signature_field_finisher
from exports.xlsx import document_time, workbook_bytes
from reform_portal.numbers import percent_places

PDF_VARIANT = "pdf/a-3b"
STYLESHEET = "css/print.css"


def _stylesheet() -> str:
    path = finders.find(STYLESHEET) or str(Path(settings.BASE_DIR) / "static" / STYLESHEET)
    return Path(path).read_text(encoding="utf-8")


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def render_html(doc: OfficialDocument, *, created: dt.datetime) -> str:
    """The print HTML; the document is dated ``created`` (its creation and last modification alike)."""
    with translation.override("vi"):
        return render_to_string(
            "documents/report.html",
            {"doc": doc, "css": _stylesheet(), "created": _iso(created), "modified": _iso(created)},
        )


def attachment_name(report) -> str:
    return f"phu-luc-bao-cao-{report.unit.code}-{report.period.code}.xlsx"


def document_identifier(html: str, workbook: bytes) -> bytes:
    """The PDF file id: a hash of what the document says, so equal documents have equal ids."""
    return hashlib.md5(html.encode() + workbook).hexdigest().encode()


def render_pdf(report, *, created: dt.datetime | None = None) -> bytes:
    """The report as a signing-ready PDF/A-3b document (bytes), dated ``created`` or ``document_time``."""
    from weasyprint import HTML, Attachment

    created = created or document_time(report)
    with translation.override("vi"), percent_places(report.percent_places):
        doc = official_document(report)
        html = render_html(doc, created=created)
        workbook = workbook_bytes(doc, created=created)
    rendered = HTML(string=html, base_url=str(settings.BASE_DIR)).render()
    place = find_signature_place(rendered)
    stamp = created.astimezone(dt.UTC)
    attachment = Attachment(
        file_obj=io.BytesIO(workbook),
        name=attachment_name(report),
        description="Phụ lục số liệu (Excel)",
        created=stamp,
        modified=stamp,
        relationship="Data",
    )
    return rendered.write_pdf(
        pdf_variant=PDF_VARIANT,
        pdf_identifier=document_identifier(html, workbook),
        attachments=[attachment],
        finisher=signature_field_finisher(place),
    )
