"""Hostile uploads, built on the spot: zip bombs, XML entity attacks, a million rows, an oversize body.

Used by tests/test_uploads.py and by tests/bench/bench_uploads.py. Every builder starts from a real
workbook written by openpyxl and replaces one of its parts, so the file is an .xlsx in every other way.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable

from openpyxl import Workbook

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"
MiB = 1024 * 1024


def workbook(rows=(("Hộ tịch", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0),)) -> bytes:
    """An ordinary .xlsx with the given rows in its first sheet (strings go to sharedStrings.xml)."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def replace_parts(data: bytes, parts: dict[str, bytes | Callable]) -> bytes:
    """The archive with the named parts replaced: bytes, or a function that writes into the open part."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        names = [info.filename for info in source.infolist()]
        for name in names + [n for n in parts if n not in names]:
            new = parts.get(name)
            if new is None:
                target.writestr(name, source.read(name))
            elif callable(new):
                with target.open(name, "w") as part:
                    new(part)
            else:
                target.writestr(name, new)
    return out.getvalue()


def zip_bomb(unpacked: int, data: bytes | None = None) -> bytes:
    """A workbook whose first sheet is valid XML of ``unpacked`` bytes (one huge cell), packed ~1000:1."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>'
    ).encode()
    tail = b"</t></is></c></row></sheetData></worksheet>"

    def write(part):
        part.write(head)
        left, chunk = unpacked - len(head) - len(tail), b"0" * MiB
        while left > 0:
            part.write(chunk[:left])
            left -= len(chunk)
        part.write(tail)

    return replace_parts(data or workbook(), {SHEET: write})


def lying_zip_bomb(unpacked: int, declared: int = 4096) -> bytes:
    """A zip bomb whose headers declare ``declared`` bytes for the sheet while it inflates to ``unpacked``."""
    data = bytearray(zip_bomb(unpacked))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(SHEET)
    struct.pack_into("<I", data, info.header_offset + 22, declared)  # local file header: uncompressed size
    end = data.rfind(b"PK\x05\x06")  # end of central directory: where the directory starts
    central = struct.unpack_from("<I", data, end + 16)[0]
    while data[central : central + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46 : central + 46 + name_length] == SHEET.encode():
            struct.pack_into("<I", data, central + 24, declared)  # central directory: uncompressed size
        central += 46 + name_length + extra_length + comment_length
    return bytes(data)


def _laughs(root: str, *, depth: int = 9) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, depth + 1)]
    return f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE {root} [{"".join(entities)}]>'


def with_shared_strings(xml: bytes) -> bytes:
    """A workbook whose cell A1 is string 0 of the given sharedStrings.xml (declared in [Content_Types].xml)."""
    data = workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").decode()
    override = (
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    )
    sheet = f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    return replace_parts(
        data,
        {
            "[Content_Types].xml": types.replace("</Types>", override + "</Types>").encode(),
            SHEET: sheet.encode(),
            SHARED_STRINGS: xml,
        },
    )


def billion_laughs(encoding: str = "utf-8") -> bytes:
    """A workbook whose sharedStrings.xml expands one string into 10⁹ "lol"s (about 3 GB) if entities expand."""
    xml = _laughs("sst") + f'<sst xmlns="{NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    if encoding != "utf-8":
        xml = xml.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
    return with_shared_strings(xml.encode(encoding))


def external_entity(data: bytes | None = None) -> bytes:
    """A workbook whose sheet cell is an external entity pointing at a local file (XXE)."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c>'
        "</row></sheetData></worksheet>"
    )
    return replace_parts(data or workbook(), {SHEET: xml.encode()})


def million_rows_xlsx(rows: int = 1_000_000) -> bytes:
    """A tiny workbook whose sheet reaches row ``rows``: openpyxl yields every row up to it."""
    book = Workbook()
    book.active.cell(row=rows, column=1, value="Hộ tịch")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def million_rows_csv(rows: int = 1_000_000) -> bytes:
    """A CSV of ``rows`` rows of two empty cells: 2 bytes a row, within the default size limit."""
    return b",\n" * rows


def oversize(size: int = 6 * MiB) -> bytes:
    """A body larger than the upload limit that starts like an .xlsx (a zip's local header)."""
    return b"PK\x03\x04" + b"\0" * (size - 4)
