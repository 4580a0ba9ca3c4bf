"""Paste or upload a task list: bad rows listed by line with reasons, nothing saved until confirm."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from openpyxl import Workbook

from plans.imports import parse_text
from plans.models import Plan, Task
from tests.plans.factories import d, plan

GOOD = (
    "Lĩnh vực\tNhiệm vụ\tNgười phụ trách\tHạn\tHoàn thành\tGhi chú\n"
    "Cải cách thể chế\tHệ thống hóa VBQPPL kỳ 2019-2023\tTư pháp - Hộ tịch\t31/12/2023\t\t\n"
    "TTHC\tRà soát, đánh giá TTHC năm 2023\tVăn phòng - Thống kê\t30/06/2023\t04/08/2023\tBC 166\n"
    "7\tBan hành Kế hoạch CCHC năm 2024\tVăn phòng\t31/12/2023\t\t\n"
)
BAD = (
    "Cải cách thể chế\tHệ thống hóa VBQPPL\tTư pháp\t31/12/2023\t\t\n"
    "Văn hóa\tTổ chức lễ hội\tVăn hóa\t31/12/2023\t\t\n"
    "procedures\t\tVăn phòng\t32/12/2023\t\t\n"
    "direction\tBáo cáo quý\tVăn phòng\t31/12/2023\t01/01/2099\t\n"
)


def url(code="21073", year=2023):
    return reverse("plans:task_import", args=[code, year])


def login(client, user):
    client.force_login(user)
    return client


def test_parse_matches_fields_by_name_alias_number_and_code(binh_phuoc):
    preview = parse_text(GOOD, plan=plan(binh_phuoc))
    assert preview.ok
    assert [r.values["field"].code for r in preview.rows] == ["institutions", "procedures", "direction"]
    assert [r.line for r in preview.rows] == [2, 3, 4]
    assert preview.rows[1].values["completed_on"] == d("04/08/2023")


def test_bad_rows_are_reported_by_line_with_reasons(binh_phuoc):
    preview = parse_text(BAD, plan=plan(binh_phuoc))
    assert not preview.ok
    assert [(r.line, len(r.errors)) for r in preview.bad_rows] == [(2, 1), (3, 2), (4, 1)]


def test_preview_then_confirm(client, alice):
    login(client, alice)
    response = client.post(url(), {"text": GOOD})
    page = response.content.decode()
    assert response.status_code == 200 and page.count('data-testid="import-row"') == 3
    assert 'data-testid="import-confirm"' in page and not Task.objects.exists()
    response = client.post(url(), {"text": GOOD, "confirm": "1"})
    assert response.status_code == 302
    assert Task.objects.count() == 3 and Task.history.count() == 3
    assert Plan.objects.get().unit.code == "21073"


def test_bad_list_saves_nothing_even_with_confirm(client, alice):
    login(client, alice)
    response = client.post(url(), {"text": BAD, "confirm": "1"})
    page = response.content.decode()
    assert response.status_code == 400 and page.count('data-testid="import-bad-row"') == 3
    assert 'data-line="3"' in page and 'data-testid="import-confirm"' not in page
    assert "Tổ chức lễ hội" in page  # the pasted text is kept for correction
    assert not Task.objects.exists()


def _xlsx(rows) -> bytes:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_xlsx_upload_with_real_dates(client, alice):
    data = _xlsx([["Lĩnh vực", "Nhiệm vụ", "Phụ trách", "Hạn", "Hoàn thành", "Ghi chú"],
                  ["Cải cách tài chính công", "Dự toán ngân sách 2023", "Tài chính - Kế toán", d("15/01/2023"), d("12/01/2023"), None]])  # fmt: skip
    login(client, alice)
    response = client.post(url(), {"file": SimpleUploadedFile("nv.xlsx", data)})
    assert response.status_code == 200 and 'data-testid="import-row"' in response.content.decode()
    assert "12/01/2023" in response.context["text"]


def test_malformed_and_oversize_uploads_are_refused(client, alice):
    login(client, alice)
    response = client.post(url(), {"file": SimpleUploadedFile("nv.xlsx", b"not a workbook")})
    assert response.status_code == 400 and 'data-testid="error-file"' in response.content.decode()
    response = client.post(url(), {"file": SimpleUploadedFile("nv.pdf", b"%PDF-1.4")})
    assert response.status_code == 400
    with override_settings(UPLOAD_MAX_BYTES=100):
        response = client.post(url(), {"file": SimpleUploadedFile("nv.txt", GOOD.encode() * 5)})
    assert response.status_code == 400 and "KB" in response.content.decode()
    response = client.post(url(), {"text": ""})
    assert response.status_code == 400
    assert not Task.objects.exists()


def test_import_refuses_other_units_readers_and_wrong_method(client, carol, rita, alice):
    assert login(client, carol).post(url(), {"text": GOOD, "confirm": "1"}).status_code == 404
    assert login(client, rita).post(url(), {"text": GOOD, "confirm": "1"}).status_code == 403
    assert login(client, alice).put(url()).status_code == 405
    assert not Task.objects.exists()
