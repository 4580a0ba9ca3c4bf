"""Views: create (POST only), download, list, preview; other units' reports answer 404."""

import pytest
from django.urls import reverse

from exports.models import ExportedFile
from reports.models import Report, ReportState


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_it_creates_an_export_and_lists_it(client, alice, report):
    client.force_login(alice)
    response = client.post(reverse("exports:create", args=[report.pk, "pdf"]))
    assert response.status_code == 302 and response["Location"] == reverse("exports:list", args=[report.pk])
    export = ExportedFile.objects.get()
    page = client.get(reverse("exports:list", args=[report.pk]))
    assert page.status_code == 200 and export.filename in page.content.decode()
    download = client.get(reverse("exports:download", args=[export.pk]))
    assert download["Content-Type"] == "application/pdf"


def test_it_previews_the_pdf_inline_without_archiving(client, rita, report):
    Report.objects.filter(pk=report.pk).update(state=ReportState.SUBMITTED)
    client.force_login(rita)  # the district reviewer may view the commune's report once sent to her
    response = client.get(reverse("exports:preview", args=[report.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response["Content-Disposition"].startswith("inline;")
    assert not ExportedFile.objects.exists()


def test_wrong_method(client, alice, report):
    client.force_login(alice)
    assert client.get(reverse("exports:create", args=[report.pk, "pdf"])).status_code == 405
    assert client.post(reverse("exports:preview", args=[report.pk])).status_code == 405


def test_other_unit_gets_404(client, carol, alice, report):
    from exports.archive import export_xlsx

    export = export_xlsx(report=report, user=alice)
    client.force_login(carol)
    assert client.post(reverse("exports:create", args=[report.pk, "pdf"])).status_code == 404
    assert client.get(reverse("exports:list", args=[report.pk])).status_code == 404
    assert client.get(reverse("exports:preview", args=[report.pk])).status_code == 404
    assert client.get(reverse("exports:download", args=[export.pk])).status_code == 404


def test_unknown_format_is_404(client, alice, report):
    client.force_login(alice)
    assert client.post(reverse("exports:create", args=[report.pk, "odt"])).status_code == 404


def test_anonymous_is_sent_to_login(client, report):
    response = client.get(reverse("exports:list", args=[report.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
