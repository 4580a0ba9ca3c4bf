"""Uploads are bounded before they are parsed: the guard (reform_portal.uploads) and every importer behind it.

The hostile files are built in tests/upload_attacks.py. Each importer is attacked through its real view
with the test client: a zip bomb, XML entities (billion laughs, an external entity), a million rows and
an oversize body; each is refused with a Vietnamese message on the page, and nothing is saved.
"""

from __future__ import annotations

import functools
import io
import tracemalloc
import zipfile
from dataclasses import dataclass

import openpyxl
import pytest
from defusedxml import EntitiesForbidden
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from openpyxl.xml.functions import iterparse

from indicators.models import SheetRevision, Value
from indicators.offline import SHEET_TITLE, write_template
from plans.models import Task
from reform_portal import uploads
from reports.models import Period
from tests import upload_attacks as attack
from tests.indicators.test_offline import fill

MiB = attack.MiB
TOO_LARGE = "Tệp quá lớn"
UNPACKED = "Tệp Excel quá lớn khi giải nén"
RATIO = "Tệp Excel bị nén bất thường"
ENTITIES = "Tệp Excel chứa khai báo XML"
ROWS = "quá nhiều dòng"
UNREADABLE = "Không đọc được tệp Excel."


big_bomb = functools.cache(lambda: attack.zip_bomb(256 * MiB))  # 256 MiB unpacked, 16 times the limit
ratio_bomb = functools.cache(lambda: attack.zip_bomb(8 * MiB))  # within the unpacked limit, ~1000:1


def limits(**changes) -> uploads.Limits:
    base = {"max_bytes": 2 * MiB, "max_unpacked": 16 * MiB, "max_ratio": 100, "max_rows": 5000, "max_cells": 100_000}
    return uploads.Limits(**(base | changes))


def refused(message: str):
    return pytest.raises(uploads.UploadRefused, match=message)


# The guard ---------------------------------------------------------------------------------------


def test_the_limits_come_from_the_settings(settings):
    assert uploads.Limits.from_settings() == limits()  # the defaults of reform_portal/settings.py
    settings.UPLOAD_MAX_ROWS = 7
    assert uploads.Limits.from_settings().max_rows == 7


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True
    with (
        zipfile.ZipFile(io.BytesIO(attack.billion_laughs())) as archive,
        archive.open(attack.SHARED_STRINGS) as part,
        pytest.raises(EntitiesForbidden),
    ):
        for _event in iterparse(part):
            pass


def test_an_ordinary_workbook_is_read_row_by_row():
    data = attack.workbook([["Hộ tịch", 10, 4], ["Đất đai", 2]])
    with uploads.open_xlsx(data) as book:
        assert list(book.rows()) == [("Hộ tịch", 10, 4), ("Đất đai", 2, None)]
        assert (book.rows_read, book.cells_read) == (2, 6)


def test_an_upload_larger_than_the_limit_is_refused_unread():
    upload = SimpleUploadedFile("big.xlsx", attack.oversize(3 * MiB))
    with refused(r"Tệp quá lớn \(3 MB\); chỉ nhận tệp tối đa 2 MB\."):
        uploads.read_bytes(upload)
    assert upload.tell() == 0  # its size was known: not a byte was read
    with refused(TOO_LARGE):  # bytes or a file without a size: at most one byte past the limit is read
        uploads.read_bytes(io.BytesIO(attack.oversize(3 * MiB)))


def test_a_zip_bomb_is_refused_on_its_declared_size_without_inflating_it():
    bomb = big_bomb()
    assert len(bomb) < 512 * 1024
    tracemalloc.start()
    try:
        with refused(UNPACKED + r" \(256 MB; tối đa 16 MB\)"):
            uploads.open_xlsx(bomb)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MiB  # the bomb unpacks to 256 MiB


def test_a_part_compressed_too_well_is_refused_even_within_the_unpacked_limit():
    with refused(RATIO + r".*xl/worksheets/sheet1\.xml"):
        uploads.open_xlsx(ratio_bomb())
    with uploads.open_xlsx(ratio_bomb(), limits=limits(max_ratio=10_000)) as book:
        assert len(next(book.rows())[0]) > 8_000_000  # the same part, once its ratio is allowed


def test_a_part_that_understates_its_size_is_never_inflated_past_it():
    bomb = attack.lying_zip_bomb(256 * MiB, declared=4096)
    tracemalloc.start()
    try:
        with refused(UNREADABLE):  # zipfile stops at the declared 4 KiB, and the CRC does not match
            uploads.open_xlsx(bomb)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MiB


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_a_dtd_in_any_part_is_refused_before_openpyxl_reads_it(encoding):
    with refused(ENTITIES):
        uploads.open_xlsx(attack.billion_laughs(encoding))


@pytest.mark.parametrize("build", [attack.billion_laughs, attack.external_entity], ids=["laughs", "external"])
def test_defusedxml_refuses_entities_behind_the_scan(build):
    """Opened without the archive checks, the workbook still cannot expand or fetch an entity."""
    with refused(ENTITIES):
        book = uploads.Workbook(build(), data_only=True, limits=limits())
        list(book.rows())


def test_garbage_and_damaged_archives_are_refused():
    with refused("không phải là tệp Excel"):
        uploads.open_xlsx(b"not a workbook")
    with refused("không phải là tệp Excel"):
        uploads.open_xlsx(attack.workbook()[:-200])  # the central directory cut off
    with refused(UNREADABLE):
        uploads.open_xlsx(attack.replace_parts(attack.workbook(), {attack.SHEET: b"<worksheet"}))


def test_an_archive_of_too_many_parts_is_refused():
    parts = {f"xl/media/{i}.bin": b"" for i in range(uploads.MAX_PARTS)}
    with refused("Tệp Excel có quá nhiều thành phần"):
        uploads.open_xlsx(attack.replace_parts(attack.workbook(), parts))


def test_rows_are_counted_as_they_are_read():
    with uploads.open_xlsx(attack.million_rows_xlsx()) as book:
        rows = book.rows()
        with refused(r"Bảng có quá nhiều dòng \(hơn 5\.000 dòng\)"):
            for _row in rows:
                pass
        assert book.rows_read == 5001  # stopped at the limit, not at row 1.000.000


def test_cells_are_counted_as_they_are_read():
    wide = attack.workbook([list(range(300))] * 10)
    with uploads.open_xlsx(wide, limits=limits(max_cells=1000)) as book:
        with refused(r"Bảng có quá nhiều ô \(hơn 1\.000 ô\)"):
            list(book.rows())
        assert book.rows_read == 4


def test_text_is_counted_before_it_is_split():
    assert uploads.check_text("a\tb\r\nc\td\re") == "a\tb\nc\td\ne"
    with refused("Bảng có quá nhiều dòng"):
        uploads.check_text("\n" * 1_000_000)
    with refused("Bảng có quá nhiều ô"):
        uploads.check_text("\t" * 200_000)
    with refused(r"Nội dung quá lớn \(3 MB\)"):
        uploads.check_text("x" * 3 * MiB)


def test_csv_rows_are_counted_and_a_runaway_quote_is_refused():
    assert list(uploads.csv_rows('a,"b, c"\r\n1,"2\n3"\n4')) == [["a", "b, c"], ["1", "2\n3"], ["4"]]
    assert list(uploads.csv_rows("a,b\rc")) == [["a", "b"], ["c"]]
    rows = uploads.csv_rows(attack.million_rows_csv().decode())
    with refused("Bảng có quá nhiều dòng"):
        for _row in rows:
            pass
    with refused("Không đọc được tệp CSV ở gần dòng"):
        list(uploads.csv_rows('a,"' + "x" * 200_000))


def test_sizes_are_written_the_vietnamese_way():
    assert [uploads.format_size(n) for n in (100, 1536, 2 * MiB, 6 * MiB + 400 * 1024, 1024 * MiB)] == [
        "100 byte",
        "1,5 KB",
        "2 MB",
        "6,4 MB",
        "1 GB",
    ]


# Every importer, through its view ---------------------------------------------------------------


@dataclass(frozen=True)
class Importer:
    name: str
    url_name: str
    args: tuple
    status: int  # the status of the page that shows the refusal
    follow: bool  # the refusal is shown after a redirect (messages framework)

    def post(self, client, data: bytes | None = None, *, filename: str = "upload.xlsx", text: str | None = None):
        payload = {"text": text} if text is not None else {"file": SimpleUploadedFile(filename, data)}
        return client.post(reverse(self.url_name, args=self.args), payload, follow=self.follow)


DOSSIERS = Importer("dossiers", "indicators:dossier_import", ("21073", "2023"), 200, True)
OFFLINE = Importer("offline", "indicators:offline_upload", ("21073", "2023"), 200, True)
TASKS = Importer("tasks", "plans:task_import", ("21073", 2023), 400, False)
IMPORTERS = [DOSSIERS, OFFLINE, TASKS]


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def assert_refused(response, importer: Importer, message: str):
    assert response.status_code == importer.status  # never a 500
    page = response.content.decode()
    assert message in page, page
    if importer is DOSSIERS:
        assert "payload" not in response.context  # no preview to confirm
    if importer is OFFLINE:
        assert "Chưa lưu gì." in page
    assert Value.objects.count() == 0 and SheetRevision.objects.count() == 0 and Task.objects.count() == 0


@pytest.mark.parametrize("importer", IMPORTERS, ids=lambda i: i.name)
def test_zip_bomb_is_refused(alice_client, importer):
    assert_refused(importer.post(alice_client, big_bomb()), importer, UNPACKED)
    assert_refused(importer.post(alice_client, ratio_bomb()), importer, RATIO)


@pytest.mark.parametrize("importer", IMPORTERS, ids=lambda i: i.name)
@pytest.mark.parametrize("build", [attack.billion_laughs, attack.external_entity], ids=["laughs", "external"])
def test_xml_entity_attack_is_refused(alice_client, importer, build):
    assert_refused(importer.post(alice_client, build()), importer, ENTITIES)


def test_million_rows_are_refused_by_the_dossier_import(alice_client):
    assert_refused(DOSSIERS.post(alice_client, text="x\n" * 1_000_000), DOSSIERS, "Bảng có quá nhiều dòng")
    assert_refused(DOSSIERS.post(alice_client, attack.million_rows_xlsx()), DOSSIERS, "Bảng có quá nhiều dòng")


def test_million_rows_are_refused_by_the_offline_template(alice_client, binh_phuoc):
    def reach_row_a_million(book):
        book[SHEET_TITLE].cell(row=1_000_000, column=2, value="x")

    data = fill(
        write_template(unit=binh_phuoc, period=Period.objects.get(code="2023")), {}, raw_edit=reach_row_a_million
    )
    assert len(data) < 64 * 1024
    assert_refused(OFFLINE.post(alice_client, data), OFFLINE, "Trang tính có quá nhiều dòng")


def test_million_rows_are_refused_by_the_task_import(alice_client):
    csv = attack.million_rows_csv()
    assert len(csv) < 2 * MiB  # within the size limit: the row count refuses it
    assert_refused(TASKS.post(alice_client, csv, filename="nhiem-vu.csv"), TASKS, "Bảng có quá nhiều dòng")
    assert_refused(TASKS.post(alice_client, attack.million_rows_xlsx()), TASKS, "Bảng có quá nhiều dòng")
    assert_refused(TASKS.post(alice_client, text="x\n" * 1_000_000), TASKS, "Bảng có quá nhiều dòng")


@pytest.mark.parametrize("importer", IMPORTERS, ids=lambda i: i.name)
def test_oversize_body_is_refused(alice_client, importer):
    # 6 MiB: more than UPLOAD_MAX_BYTES (2 MiB) and than FILE_UPLOAD_MAX_MEMORY_SIZE, so Django spools it to disk.
    response = importer.post(alice_client, attack.oversize(6 * MiB))
    assert_refused(response, importer, "Tệp quá lớn (6 MB); chỉ nhận tệp tối đa 2 MB.")


def test_oversize_pasted_tables_are_refused(alice_client):
    text = "Hộ tịch\t1\n" * (300 * 1024)  # 3,3 MB: more than UPLOAD_MAX_BYTES, less than DATA_UPLOAD_MAX_MEMORY_SIZE
    assert_refused(DOSSIERS.post(alice_client, text=text), DOSSIERS, "Nội dung quá lớn")
    assert_refused(TASKS.post(alice_client, text=text), TASKS, "Nội dung quá lớn")


@override_settings(UPLOAD_MAX_ROWS=3)
def test_the_row_limit_is_a_setting(alice_client):
    rows = "\n".join(["Cải cách thể chế\tNhiệm vụ\tVăn phòng\t31/12/2023\t\t"] * 4)
    assert_refused(TASKS.post(alice_client, text=rows), TASKS, r"Bảng có quá nhiều dòng (hơn 3 dòng)")
