"""The national data generator runs as a background job, started by a superuser from its page."""

import pytest
from django.urls import reverse

from consolidation.generator import national_units
from jobs.models import Job, JobKind, JobStatus
from tests.jobs.conftest import run_queued_tasks

SMALL = {"provinces": 2, "communes": 8, "indicators": 40, "periods": 1, "tasks_per_unit": 1, "seed": 7}


@pytest.mark.usefixtures("slow_heartbeat")
def test_a_superuser_generates_the_data_set_in_the_background(client, django_user_model, tree):
    root = django_user_model.objects.create_superuser("root", password="x")
    client.force_login(root)
    assert client.get(reverse("consolidation:national_dataset")).status_code == 200

    response = client.post(reverse("consolidation:national_dataset"), SMALL)

    job = Job.objects.get()
    assert response["Location"] == reverse("jobs:detail", args=[job.pk])
    assert (job.kind, job.status, job.max_attempts) == (JobKind.NATIONAL_DATASET, JobStatus.QUEUED, 1)
    assert national_units() == []  # nothing happens in the request
    run_queued_tasks()

    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.done == job.total > 0
    assert [u.code for u in national_units()] == ["NB01", "NB02"]
    page = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert "Đã tạo" in job.output["summary"] and job.output["summary"] in page
    # It refuses to run twice.
    assert 'data-testid="dataset-exists"' in client.get(reverse("consolidation:national_dataset")).content.decode()


@pytest.mark.parametrize("person", ["alice", "rita", "paula", "victor", "adam", "oscar"])
def test_only_superusers_may_generate_it(request, client, person):
    client.force_login(request.getfixturevalue(person))
    assert client.get(reverse("consolidation:national_dataset")).status_code == 403
    assert client.post(reverse("consolidation:national_dataset"), SMALL).status_code == 403
    assert not Job.objects.exists()
