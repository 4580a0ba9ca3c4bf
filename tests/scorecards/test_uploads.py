"""The SIPAS import and the evidence files go through the bounded upload reader: hostile or oversize
files are refused with a Vietnamese message and nothing is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from scorecards import services
from scorecards.demo import build_framework
from scorecards.models import Evidence, Score
from tests.upload_attacks import workbook, zip_bomb

ROWS = [("1", "Chỉ đạo, điều hành", "2", None, None), ("1.1", "Kế hoạch năm", "2", "manual", None)]


@pytest.fixture
def framework(tree, binh_phuoc):
    framework = build_framework(
        province=tree["51"], year=2023, group="commune", title="Bộ chỉ số", survey="10", rows=ROWS
    )
    services.open_assessment(framework=framework, unit=binh_phuoc)
    return framework


def test_a_zip_bomb_is_refused_and_nothing_saved(client, framework, paula):
    client.force_login(paula)
    bomb = SimpleUploadedFile("sipas.xlsx", zip_bomb(200 * 1024 * 1024))
    page = client.post(reverse("scorecards:survey", args=[framework.pk]), {"file": bomb}, follow=True).content.decode()
    assert "alert-danger" in page
    assert framework.assessments.get().survey_points is None


def test_a_good_workbook_is_imported_through_the_page(client, framework, paula):
    client.force_login(paula)
    upload = SimpleUploadedFile("sipas.xlsx", workbook((("Mã đơn vị", "Điểm"), ("21073", 7.5))))
    client.post(reverse("scorecards:survey", args=[framework.pk]), {"file": upload})
    assert framework.assessments.get().survey_points == 7.5


def test_an_oversize_evidence_file_is_refused(client, framework, alice, settings, tmp_path):
    settings.UPLOAD_MAX_BYTES = 1000
    settings.MEDIA_ROOT = tmp_path
    client.force_login(alice)
    score = Score.objects.get(assessment__framework=framework)
    url = reverse("scorecards:evidence", args=[framework.pk, "21073", score.pk])
    page = client.post(url, {"file": SimpleUploadedFile("bien-ban.pdf", b"%PDF" + b"x" * 2000)}, follow=True)
    assert "alert-danger" in page.content.decode() and not Evidence.objects.exists()
    client.post(url, {"file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 small")})
    evidence = Evidence.objects.get()
    assert evidence.name == "bien-ban.pdf" and len(evidence.sha256) == 64


def test_an_evidence_file_is_opened_by_who_sees_the_assessment(
    client, framework, alice, rita, oscar, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(alice)
    score = Score.objects.get(assessment__framework=framework)
    client.post(reverse("scorecards:evidence", args=[framework.pk, "21073", score.pk]),
                {"file": SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 small")})  # fmt: skip
    evidence = Evidence.objects.get()
    url = reverse("scorecards:evidence_file", args=[framework.pk, "21073", evidence.pk])
    assert url in client.get(reverse("scorecards:assessment", args=[framework.pk, "21073"])).content.decode()
    client.force_login(rita)  # the district's council desk for its communes
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 small"
    assert 'filename="bien-ban.pdf"' in response["Content-Disposition"]
    client.force_login(oscar)
    assert client.get(url).status_code == 404
