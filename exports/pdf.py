"""The official BÁO CÁO as a PDF ready for signing.

One HTML print template (templates/documents/report.html) and one print
stylesheet (static/css/print.css) rendered by WeasyPrint as PDF/A-3b:
fonts embedded, not encrypted, an empty signature field over the signatory
block (exports.signing), and the Excel appendix embedded as an associated
file so the figures travel with the signed document.

Every rendering of the same report version gives the same bytes except
for the creation date (``created``): the document id is derived from the
report and its version, the modification date is the version's save time,
and the embedded workbook is itself byte-stable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone, translation

from exports.document import OfficialDocument, official_document
from exports.signing import find_signature_place, signature_field_finisher
from exports.xlsx import workbook_bytes

PDF_VARIANT = "pdf/a-3b"
STYLESHEET = "css/print.css"


def _stylesheet() -> str:
    path = finders.find(STYLESHEET) or str(Path(settings.BASE_DIR) / "static" / STYLESHEET)
    return Path(path).read_text(encoding="utf-8")


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def render_html(doc: OfficialDocument, *, created: dt.datetime | None = None) -> str:
    with translation.override("vi"):
        return render_to_string(
            "documents/report.html",
            {
                "doc": doc,
                "css": _stylesheet(),
                "created": _iso(created) if created else "",
                "modified": _iso(doc.report.updated_at) if doc.report.updated_at else "",
            },
        )


def attachment_name(report) -> str:
    return f"phu-luc-bao-cao-{report.unit.code}-{report.period.code}.xlsx"


def document_identifier(report) -> bytes:
    """The PDF file id: the same for every rendering of one report version."""
    return hashlib.md5(f"report:{report.pk}:v{report.version}:n{report.number}".encode()).hexdigest().encode()


def render_pdf(report, *, created: dt.datetime | None = None) -> bytes:
    """The report as a signing-ready PDF/A-3b document (bytes)."""
    from weasyprint import HTML, Attachment

    created = created or timezone.now()
    with translation.override("vi"):
        doc = official_document(report)
        html = render_html(doc, created=created)
        workbook = workbook_bytes(doc, created=report.updated_at or created)
    rendered = HTML(string=html, base_url=str(settings.BASE_DIR)).render()
    place = find_signature_place(rendered)
    stamp = (report.updated_at or created).astimezone(dt.UTC)
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
        pdf_identifier=document_identifier(report),
        attachments=[attachment],
        finisher=signature_field_finisher(place),
    )
