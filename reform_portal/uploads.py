"""Uploaded spreadsheets and pasted tables, read within fixed bounds before anything parses them.

Every importer (the Biểu 06 paste or upload, the offline figures template, task lists) reads its
input through this module, so one set of limits (settings ``UPLOAD_MAX_*``) holds for all of them:

- an upload's size is checked before a byte is read, and at most ``UPLOAD_MAX_BYTES`` are read;
- an .xlsx is checked as a zip archive before openpyxl opens it: the number of parts, the total
  unpacked size (``UPLOAD_MAX_UNPACKED_BYTES``) and each part's compression ratio
  (``UPLOAD_MAX_COMPRESSION_RATIO``), first as the archive declares them, then while inflating every
  part in small chunks that are thrown away (zipfile never inflates a part beyond its declared size,
  and checks its CRC); a part that declares a DTD or an entity is refused, as Excel never writes one;
- openpyxl then reads the workbook in read-only (streaming) mode, with defusedxml's parser
  (installed, so openpyxl uses it: a second defence against entity expansion and external entities);
- rows and cells are counted as they are read, and reading stops at ``UPLOAD_MAX_ROWS`` rows or
  ``UPLOAD_MAX_CELLS`` cells; pasted or uploaded text is counted before it is split.

A refusal is an ``UploadRefused`` (a ``ValidationError``) whose message tells the user why.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
from defusedxml import DefusedXmlException
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from reform_portal.numbers import clean_number, format_number, round_half_up
from reform_portal.text import normalise_newlines

MAX_PARTS = 1000  # an .xlsx written by Excel or LibreOffice has a few dozen
RATIO_GRACE_BYTES = 1024 * 1024  # a part smaller than this unpacked may be compressed any amount
CHUNK = 64 * 1024
# Excel never writes a DTD; expat (behind defusedxml) reads UTF-8 and UTF-16, so look for both.
_DTD_MARKERS = tuple(
    marker.encode(encoding) for marker in ("<!DOCTYPE", "<!ENTITY") for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(m) for m in _DTD_MARKERS) - 1


class UploadRefused(ValidationError):
    """An upload or pasted table refused before it was parsed; the message is for the user."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_unpacked: int
    max_ratio: int
    max_rows: int
    max_cells: int

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_bytes=settings.UPLOAD_MAX_BYTES,
            max_unpacked=settings.UPLOAD_MAX_UNPACKED_BYTES,
            max_ratio=settings.UPLOAD_MAX_COMPRESSION_RATIO,
            max_rows=settings.UPLOAD_MAX_ROWS,
            max_cells=settings.UPLOAD_MAX_CELLS,
        )


def format_size(size: int) -> str:
    """2097152 -> "2 MB"; 1536 -> "1,5 KB"; 100 -> "100 byte"."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{format_number(clean_number(round_half_up(Decimal(size) / factor, 1)))} {unit}"
    return f"{format_number(size)} byte"


def _refuse(message: str):
    raise UploadRefused(message)


def _too_large(size: int, limits: Limits):
    _refuse(
        _("The file is too large (%(size)s); at most %(max)s is accepted.")
        % {"size": format_size(size), "max": format_size(limits.max_bytes)}
    )


def _too_many_rows(limits: Limits):
    _refuse(_("The table has too many rows (more than %(max)s).") % {"max": format_number(limits.max_rows)})


def _too_many_cells(limits: Limits):
    _refuse(_("The table has too many cells (more than %(max)s).") % {"max": format_number(limits.max_cells)})


def read_bytes(source, *, limits: Limits | None = None) -> bytes:
    """The bytes of an upload (an UploadedFile, an open binary file, or bytes), refused when too large.

    An UploadedFile's size is known before it is read: a larger one is refused unread; otherwise at
    most one byte more than the limit is read.
    """
    limits = limits or Limits.from_settings()
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        size = getattr(source, "size", None)
        if size is not None and size > limits.max_bytes:
            _too_large(size, limits)
        data = source.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        _too_large(len(data), limits)
    return data


# Text ---------------------------------------------------------------------------------------


def check_text(text: str, *, delimiter: str = "\t", limits: Limits | None = None) -> str:
    """Pasted or uploaded delimited text with one "\\n" per line, after counting (not splitting) it."""
    limits = limits or Limits.from_settings()
    text = text or ""
    if len(text) > limits.max_bytes or len(text.encode("utf-8")) > limits.max_bytes:
        _refuse(
            _("The text is too large (%(size)s); at most %(max)s is accepted.")
            % {"size": format_size(len(text.encode("utf-8"))), "max": format_size(limits.max_bytes)}
        )
    text = normalise_newlines(text)
    rows = text.count("\n") + 1
    if rows > limits.max_rows:
        _too_many_rows(limits)
    if rows + text.count(delimiter) > limits.max_cells:
        _too_many_cells(limits)
    return text


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, one at a time (no list of every line, no copy of the text)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end + 1
        yield text[start:end]
        start = end


def csv_rows(text: str, *, limits: Limits | None = None) -> Iterator[list[str]]:
    """The rows of comma-separated text, read lazily and counted; a broken quote is refused."""
    limits = limits or Limits.from_settings()
    size = len(text.encode("utf-8"))
    if size > limits.max_bytes:
        _too_large(size, limits)
    if "\n" not in text:
        text = text.replace("\r", "\n")  # lines ended by a bare CR
    reader = csv.reader(_lines(text))
    rows = cells = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UploadRefused(
                _("The CSV file could not be read near line %(line)s (a quoted cell is not closed or is too long).")
                % {"line": format_number(reader.line_num)}
            ) from exc
        rows, cells = rows + 1, cells + len(row)
        if rows > limits.max_rows:
            _too_many_rows(limits)
        if cells > limits.max_cells:
            _too_many_cells(limits)
        yield row


# Excel --------------------------------------------------------------------------------------


def _not_xlsx():
    _refuse(_("The file is not an Excel workbook (.xlsx)."))


def _unreadable(exc: Exception):
    cause: BaseException | None = exc
    for _depth in range(10):  # openpyxl wraps what its parser raised in a ValueError
        if cause is None:
            break
        if isinstance(cause, DefusedXmlException):
            raise UploadRefused(_forbidden_xml_message()) from exc
        cause = cause.__cause__ or cause.__context__
    raise UploadRefused(_("The Excel file could not be read.")) from exc


def _forbidden_xml_message() -> str:
    return _(
        "The workbook contains XML declarations (a DTD or entities) that Excel never writes; it was refused for safety."
    )


def _check_ratio(info: zipfile.ZipInfo, unpacked: int, limits: Limits):
    if unpacked > RATIO_GRACE_BYTES and unpacked > max(info.compress_size, 1) * limits.max_ratio:
        _refuse(
            _(
                "The workbook is compressed abnormally: its part %(part)s unpacks to %(ratio)s times its "
                "packed size (at most %(max)s times). It may be a zip bomb and was refused."
            )
            % {
                "part": info.filename,
                "ratio": format_number(unpacked // max(info.compress_size, 1)),
                "max": format_number(limits.max_ratio),
            }
        )


def _check_unpacked(total: int, limits: Limits):
    if total > limits.max_unpacked:
        _refuse(
            _("The workbook is too large once unpacked (%(size)s; at most %(max)s).")
            % {"size": format_size(total), "max": format_size(limits.max_unpacked)}
        )


def check_xlsx(data: bytes, *, limits: Limits | None = None) -> None:
    """Refuse an .xlsx whose archive could exhaust memory or whose XML declares entities, unparsed."""
    limits = limits or Limits.from_settings()
    if not data.startswith(b"PK\x03\x04"):
        _not_xlsx()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # zipfile raises several kinds on a damaged archive
        _not_xlsx()
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            _refuse(
                _("The workbook has too many parts (%(count)s; at most %(max)s).")
                % {"count": format_number(len(parts)), "max": format_number(MAX_PARTS)}
            )
        # What the archive declares: zipfile never inflates a part beyond its declared size.
        _check_unpacked(sum(info.file_size for info in parts), limits)
        for info in parts:
            _check_ratio(info, info.file_size, limits)
        # What it holds: inflate each part in chunks, keeping only the tail needed to find a marker.
        total = 0
        for info in parts:
            unpacked, tail = 0, b""
            try:
                with archive.open(info) as part:
                    while chunk := part.read(CHUNK):
                        unpacked += len(chunk)
                        total += len(chunk)
                        _check_ratio(info, unpacked, limits)
                        _check_unpacked(total, limits)
                        window = tail + chunk
                        if any(marker in window for marker in _DTD_MARKERS):
                            _refuse(_forbidden_xml_message())
                        tail = window[-_OVERLAP:]
            except UploadRefused:
                raise
            except Exception as exc:  # a bad CRC, an encrypted part, an unknown compression
                _unreadable(exc)


class Workbook:
    """An .xlsx that passed ``check_xlsx``, open in openpyxl's read-only mode; rows are counted as read."""

    def __init__(self, data: bytes, *, data_only: bool, limits: Limits):
        self.limits = limits
        self.rows_read = 0
        self.cells_read = 0
        try:
            self._book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds on a damaged file
            _unreadable(exc)

    @property
    def sheetnames(self) -> list[str]:
        return self._book.sheetnames

    def rows(
        self, sheet: int | str = 0, *, min_row: int = 1, max_row: int | None = None, max_col: int | None = None
    ) -> Iterator[tuple]:
        """The values of a sheet's rows (first sheet by default), one tuple per row, as they are read."""
        try:
            worksheet = self._book.worksheets[sheet] if isinstance(sheet, int) else self._book[sheet]
            iterator = worksheet.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col, values_only=True)
        except Exception as exc:
            _unreadable(exc)
        while True:
            try:
                row = next(iterator)
            except StopIteration:
                return
            except Exception as exc:
                _unreadable(exc)
            self.rows_read += 1
            self.cells_read += len(row)
            if self.rows_read > self.limits.max_rows:
                _too_many_rows(self.limits)
            if self.cells_read > self.limits.max_cells:
                _too_many_cells(self.limits)
            yield row

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def open_xlsx(source, *, data_only: bool = True, limits: Limits | None = None) -> Workbook:
    """An uploaded .xlsx (UploadedFile, open binary file or bytes), checked, then opened read-only.

    Use it as a context manager: ``with open_xlsx(upload) as book: for row in book.rows(): …``.
    """
    limits = limits or Limits.from_settings()
    data = read_bytes(source, limits=limits)
    check_xlsx(data, limits=limits)
    return Workbook(data, data_only=data_only, limits=limits)
