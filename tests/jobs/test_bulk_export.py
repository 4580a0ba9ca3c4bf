"""A bulk export of a district runs as a background job: the page starts it, a worker does it, the page
follows it, and the files land in the archive (and in one zip)."""

import hashlib
import io
import zipfile

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, transaction
from django.urls import reverse

from exports.archive import stored_bytes
from exports.models import ExportedFile
from jobs.models import Job, JobKind, JobStatus
from tests.jobs.conftest import run_queued_tasks

pytestmark = pytest.mark.usefixtures("slow_heartbeat")


def start(client, unit="524", period="2023"):
    return client.post(reverse("exports:bulk", args=[unit]), {"period": period})


def test_a_reviewer_exports_the_district_in_the_background(client, rita, district_reports):
    client.force_login(rita)
    page = client.get(reverse("exports:bulk", args=["524"]), {"period": "2023"})
    assert page.status_code == 200
    assert [r.unit.name for r in page.context["reports"]] == [r.unit.name for r in district_reports]

    response = start(client)

    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("jobs:detail", args=[job.pk])
    assert (job.kind, job.status, job.user, job.unit.code) == (JobKind.BULK_EXPORT, JobStatus.QUEUED, rita, "524")
    assert not ExportedFile.objects.exists()  # the request only queued it
    waiting = client.get(response["Location"]).content.decode()
    assert f'hx-get="{reverse("jobs:status", args=[job.pk])}"' in waiting and "<progress" in waiting

    assert run_queued_tasks() == 1

    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.attempt == 1
    assert (job.done, job.total) == (len(district_reports) + 1, len(district_reports) + 1)
    exports = ExportedFile.objects.order_by("report__unit__path", "format")
    assert sorted((e.report_id, e.format) for e in exports) == sorted(
        (r.pk, fmt) for r in district_reports for fmt in ("pdf", "xlsx")
    )
    for export in exports:
        assert hashlib.sha256(stored_bytes(export)).hexdigest() == export.sha256
        assert export.created_by == rita
    with zipfile.ZipFile(io.BytesIO(job.result.read())) as bundle:
        assert sorted(bundle.read(name) for name in bundle.namelist()) == sorted(stored_bytes(e) for e in exports)
        assert "524-huyen-binh-son/" in " ".join(bundle.namelist())

    fragment = client.get(reverse("jobs:status", args=[job.pk]), headers={"HX-Request": "true"})
    assert fragment["HX-Refresh"] == "true"  # the page reloads once to show the results
    done = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert "hx-get" not in done and 'value="4"' in done
    assert all(reverse("exports:download", args=[e.pk]) in done for e in exports)
    download = client.get(reverse("jobs:download", args=[job.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content)[:2] == b"PK"


def test_one_unfinished_bulk_export_per_person(client, rita, district_reports):
    client.force_login(rita)
    first = start(client)
    second = start(client, period="2023")

    job = Job.objects.get()  # no second job
    assert second.status_code == 302 and second["Location"] == first["Location"]
    assert [m.level_tag for m in get_messages(second.wsgi_request)] == ["warning"]
    assert client.get(reverse("exports:bulk", args=["524"])).context["running"] == job

    run_queued_tasks()
    start(client)
    assert Job.objects.count() == 2  # once it has finished, the next one may start


def test_the_limit_holds_in_the_database_whatever_the_web_instance(rita, district_reports):
    Job.objects.create(kind=JobKind.BULK_EXPORT, user=rita, title="a", status=JobStatus.RUNNING)
    with pytest.raises(IntegrityError), transaction.atomic():
        Job.objects.create(kind=JobKind.BULK_EXPORT, user=rita, title="b", status=JobStatus.QUEUED)
    Job.objects.create(kind=JobKind.BULK_EXPORT, user=rita, title="c", status=JobStatus.DONE)


# Who may start a bulk export of which unit: (person, unit) -> HTTP status of the page and of starting it.
# 404: the person cannot see the unit; 403: sees it, but not every report below it.
EXPECTED = {
    ("alice", "524"): 404,  # clerk of a commune of 524
    ("alice", "21073"): 403,  # her own commune: she sees it, a bulk export is not hers
    ("leader", "524"): 404,
    ("leader", "21073"): 403,
    ("carol", "524"): 404,  # clerk of another district's commune
    ("rita", "524"): 200,  # reviewer of the district
    ("rita", "51"): 404,  # … not of the province
    ("paula", "524"): 200,  # reviewer of the province
    ("paula", "51"): 200,
    ("victor", "51"): 200,  # viewer of the province
    ("victor", "524"): 200,
    ("adam", "51"): 200,  # administrator of the province
    ("adam", "74"): 404,  # another province
    ("oscar", "524"): 404,  # no membership
}


@pytest.mark.parametrize(("person", "unit"), list(EXPECTED))
def test_who_may_start_a_bulk_export(request, client, district_reports, person, unit):
    client.force_login(request.getfixturevalue(person))
    expected = EXPECTED[(person, unit)]

    assert client.get(reverse("exports:bulk", args=[unit])).status_code == expected
    answer = start(client, unit)

    assert answer.status_code == (302 if expected == 200 else expected)
    assert Job.objects.exists() is (expected == 200)


def test_anonymous_people_are_sent_to_log_in(client, district_reports):
    assert start(client).status_code == 302 and not Job.objects.exists()


def test_a_job_is_its_starters_own(client, rita, paula, district_reports):
    client.force_login(rita)
    start(client)
    run_queued_tasks()
    job = Job.objects.get()
    client.force_login(paula)  # sees the district, but the job is rita's
    for name in ("jobs:detail", "jobs:status", "jobs:download"):
        assert client.get(reverse(name, args=[job.pk])).status_code == 404, name
    assert job.title not in client.get(reverse("jobs:list")).content.decode()
