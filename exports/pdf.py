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

So the PDF is written once per content: ``render_pdf`` always builds the document and its HTML (the
figures are read afresh), and keeps WeasyPrint's result in Django's cache under a digest of everything it
is rendered from (the HTML, which carries the dates and the stylesheet, the attached workbook, the
attachment's name, WeasyPrint's version and ``WRITER_VERSION``). A report reopened twice, an archive of a
report just previewed, the same PDF asked for by several reviewers: WeasyPrint runs once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from exports.document import OfficialDocument, official_document
from exports.signing import find_signature_place, signature_field_finisher
from exports.xlsx import document_time, workbook_bytes
from reform_portal.numbers import percent_places

PDF_VARIANT = "pdf/a-3b"
STYLESHEET = "css/print.css"
# Bumped when this module writes other bytes from the same HTML (options, finisher, attachment), so a
# shared cache (Redis) serves no old file.
WRITER_VERSION = 1
CACHE_PREFIX = "exports-pdf:"
CACHE_SECONDS = 3600


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
    """The report as a signing-ready PDF/A-3b document (bytes), dated ``created`` or ``document_time``;
    written by WeasyPrint once per content (``pdf_key``)."""
    created = created or document_time(report)
    with translation.override("vi"), percent_places(report.percent_places):
        doc = official_document(report)
        html = render_html(doc, created=created)
        workbook = workbook_bytes(doc, created=created)
    name = attachment_name(report)
    key = pdf_key(html, workbook, name)
    data = cache.get(key)
    if data is None:
        data = write_pdf(html, workbook, name=name, created=created)
        cache.set(key, data, CACHE_SECONDS)
    return data


def pdf_key(html: str, workbook: bytes, name: str) -> str:
    """A digest of everything ``write_pdf`` writes from: equal digests, equal bytes."""
    import weasyprint

    digest = hashlib.sha256()
    for part in (f"{WRITER_VERSION}:{weasyprint.__version__}:{name}".encode(), html.encode(), workbook):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return CACHE_PREFIX + digest.hexdigest()


def write_pdf(html: str, workbook: bytes, *, name: str, created: dt.datetime) -> bytes:
    """WeasyPrint's rendering of the print HTML as PDF/A-3b, with ``workbook`` attached as ``name`` and an
    empty signature field over the signatory block."""
    from weasyprint import HTML, Attachment

    rendered = HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=url_fetcher()).render()
    place = find_signature_place(rendered)
    stamp = created.astimezone(dt.UTC)
    attachment = Attachment(
        file_obj=io.BytesIO(workbook),
        name=name,
        description="Phụ lục số liệu (Excel)",
        created=stamp,
        modified=stamp,
        relationship="Data",
        url_fetcher=url_fetcher(),
    )
    return rendered.write_pdf(
        pdf_variant=PDF_VARIANT,
        pdf_identifier=document_identifier(html, workbook),
        attachments=[attachment],
        finisher=signature_field_finisher(place),
    )


@functools.cache
def url_fetcher():
    """One URL fetcher per process, that fetches ``data:`` URLs only.

    The print HTML needs nothing else (print.css's rules are ``data:`` URLs, the charts inline SVG, and the
    report's text allows no image: ``reports.markup``), so nothing a document says makes the server read a
    file or call an address. WeasyPrint's default fetcher was built anew for the document and for its
    attachment, each time loading the system's certificates (about 16 ms each)."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})
