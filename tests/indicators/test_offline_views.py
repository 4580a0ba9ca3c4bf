"""Download, upload, preview and confirm of the offline template through the web pages."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from indicators.models import SheetRevision, Value
from indicators.offline import write_template
from indicators.values import values_by_code
from reports.models import Period
from tests.indicators.conftest import freeze
from tests.indicators.test_offline import fill


def url(name, unit="21073"):
    return reverse(f"indicators:{name}", args=[unit, "2023"])


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def upload(client, data, unit="21073", **kwargs):
    return client.post(url("offline_upload", unit), {"file": SimpleUploadedFile("so-lieu.xlsx", data)}, **kwargs)


def test_it_downloads_the_template(alice_client, seed000):
    response = alice_client.get(url("offline_template"))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="so-lieu-21073-2023.xlsx"'
    wb = load_workbook(io.BytesIO(response.content))
    assert wb.worksheets[0].protection.sheet


def test_the_forms_page_offers_download_and_upload(alice_client, client, rita, seed000, report):
    body = alice_client.get(reverse("indicators:forms", args=["21073", "2023"])).content.decode()
    assert 'data-testid="offline-download"' in body and 'data-testid="offline-file"' in body
    freeze(report)  # the district reviewer reads the figures of a report sent to her
    client.force_login(rita)
    body = client.get(reverse("indicators:forms", args=["21073", "2023"])).content.decode()
    assert 'data-testid="offline-download"' in body and 'data-testid="offline-file"' not in body


def test_upload_previews_then_confirm_saves(alice_client, seed000, y2023):
    data = fill(alice_client.get(url("offline_template")).content, {"staff.officials": "12", "feedback.received": "3"})
    response = upload(alice_client, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('data-testid="offline-change"') == 2 and 'data-testid="offline-confirm"' in body
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 11  # previewed, not saved
    response = alice_client.post(url("offline_confirm"), {"payload": response.context["payload"]})
    assert response.status_code == 302 and response["Location"].endswith("#offline")
    v = values_by_code(unit=seed000, period=y2023)
    assert (v["staff.officials"], v["feedback.received"]) == (12, 3)


def test_a_preview_with_bad_rows_cannot_be_confirmed(alice_client, seed000):
    data = fill(
        alice_client.get(url("offline_template")).content, {"staff.officials": "=11+1", "feedback.received": "3"}
    )
    response = upload(alice_client, data)
    assert response.status_code == 422
    body = response.content.decode()
    assert "không chấp nhận công thức" in body and 'data-testid="offline-confirm"' not in body


def test_bad_files_are_refused_with_a_message(alice_client, seed000, tinh_chau, carol):
    response = alice_client.post(url("offline_upload"), {"file": SimpleUploadedFile("x.xlsx", b"hello")}, follow=True)
    assert "không phải là tệp Excel" in response.content.decode()
    response = alice_client.post(url("offline_upload"), {}, follow=True)
    assert "Hãy chọn biểu mẫu" in response.content.decode()
    # Carol's template (another unit) uploaded on Bình Phước's page

    other = write_template(unit=tinh_chau, period=Period.objects.get(code="2023"))
    response = alice_client.post(url("offline_upload"), {"file": SimpleUploadedFile("x.xlsx", other)}, follow=True)
    assert "dành cho đơn vị 21208" in response.content.decode()
    assert SheetRevision.objects.filter(sheet__unit__code="21073").count() == 3  # the seed's saves only


def test_a_tampered_payload_is_refused(alice_client, seed000):
    response = alice_client.post(url("offline_confirm"), {"payload": "forged"}, follow=True)
    assert "hết hạn" in response.content.decode()
    assert Value.history.filter(history_type="~").count() == 0


def test_wrong_method_other_unit_and_read_only_users(alice_client, client, rita, seed000, tinh_chau, report):
    assert alice_client.get(url("offline_upload")).status_code == 405
    assert alice_client.get(url("offline_confirm")).status_code == 405
    assert alice_client.post(url("offline_template")).status_code == 405
    assert alice_client.get(url("offline_template", "21208")).status_code == 404
    assert alice_client.post(url("offline_upload", "21208"), {}).status_code == 404
    client.force_login(rita)
    assert client.get(url("offline_template")).status_code == 404  # a draft's figures are the commune's
    assert client.post(url("offline_upload"), {}).status_code == 404
    freeze(report)
    assert client.get(url("offline_template")).status_code == 200  # reading the sent report is enough
    assert client.post(url("offline_upload"), {}).status_code == 403
    assert client.post(url("offline_confirm"), {"payload": "x"}).status_code == 403


def test_a_sent_report_refuses_uploads(alice_client, seed000, y2023, report):
    data = fill(alice_client.get(url("offline_template")).content, {"staff.officials": "12"})
    freeze(report)
    response = upload(alice_client, data, follow=True)
    assert "Báo cáo đã được gửi" in response.content.decode()
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 11


def test_a_report_sent_between_preview_and_confirm_refuses_the_save(alice_client, seed000, y2023, report):
    data = fill(alice_client.get(url("offline_template")).content, {"staff.officials": "12"})
    payload = upload(alice_client, data).context["payload"]
    freeze(report)
    response = alice_client.post(url("offline_confirm"), {"payload": payload}, follow=True)
    assert "Báo cáo đã được gửi" in response.content.decode()
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 11
