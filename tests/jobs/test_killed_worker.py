"""A worker killed with SIGKILL in the middle of a bulk export: nothing half-written is kept, and the job
is retried by another worker (or, with no attempt left, marked failed).

Real `manage.py db_worker` processes on the test's database (committed data: transactional_db); the
dead worker is noticed the way production notices it, by a poll of the job's progress fragment after
JOB_STALE_SECONDS without a heartbeat.
"""

import hashlib
import io
import signal
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from exports.archive import stored_bytes
from exports.models import ExportedFile
from exports.tasks import export_subtree
from jobs import runner
from jobs.models import Failure, Job, JobKind, JobStatus
from tests.jobs.conftest import make_reports
from tests.jobs.workers import start_worker, stop, wait_for, worker_environment

STALE = 3


@pytest.fixture
def setting_up(shipped_data, settings, media, tree, rita, tmp_path):
    settings.JOB_STALE_SECONDS = STALE
    reports = make_reports(tree, communes=3)
    env = worker_environment(media, heartbeat=1, stale=STALE)
    return reports, env, tmp_path


def start_job(rita, unit, *, max_attempts=3) -> Job:
    return runner.start(task=export_subtree, kind=JobKind.BULK_EXPORT, user=rita, unit=unit, title="Bình Sơn 2023",
                        params={"period": "2023"}, max_attempts=max_attempts)  # fmt: skip


def kill_after_first_report(env, log: Path, job: Job) -> None:
    worker = start_worker(env, log, "worker-a")
    try:
        wait_for(lambda: Job.objects.get(pk=job.pk).done >= 1, seconds=120, what="the first report", log=log)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()


def assert_nothing_half_written(media: Path) -> None:
    """Every file under a final name is whole; every archived row's bytes are what its hash says."""
    for export in ExportedFile.objects.all():
        assert hashlib.sha256(stored_bytes(export)).hexdigest() == export.sha256
    for path in (media / "exports").rglob("*"):
        if path.suffix == ".pdf":
            assert path.read_bytes().rstrip().endswith(b"%%EOF"), path
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as workbook:
                assert workbook.testzip() is None, path
    assert not (media / "jobs").exists() or not any((media / "jobs").rglob("*.zip"))


def archived_per_report() -> Counter:
    return Counter((e.report_id, e.format) for e in ExportedFile.objects.all())


def test_a_killed_workers_job_is_retried_by_another_worker(setting_up, client, rita, media, tree):
    reports, env, tmp_path = setting_up
    job = start_job(rita, tree["524"])
    first_task = job.task_id

    kill_after_first_report(env, tmp_path / "worker-a.log", job)

    job.refresh_from_db()
    assert job.status == JobStatus.RUNNING and 1 <= job.done < job.total  # killed half-way
    assert DBTaskResult.objects.get(id=first_task).status == "RUNNING"  # the queue still thinks so too
    done_reports = set(job.output["reports"])
    assert archived_per_report() == Counter({(r, f): 1 for r in done_reports for f in ("pdf", "xlsx")})
    assert_nothing_half_written(media)

    client.force_login(rita)
    client.get(reverse("jobs:status", args=[job.pk]))  # within JOB_STALE_SECONDS: still presumed alive
    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING
    time.sleep(STALE + 0.5)
    fragment = client.get(reverse("jobs:status", args=[job.pk]))  # the page's poll notices the silence

    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and job.task_id != first_task
    assert DBTaskResult.objects.get(id=first_task).status == "FAILED"
    assert "WorkerLost" in DBTaskResult.objects.get(id=first_task).exception_class_path
    assert 'data-status="queued"' in fragment.content.decode()

    log_b = tmp_path / "worker-b.log"
    worker = start_worker(env, log_b, "worker-b")
    try:
        wait_for(lambda: Job.objects.get(pk=job.pk).status == JobStatus.DONE, seconds=180, what="the retry", log=log_b)
    finally:
        stop(worker)

    job.refresh_from_db()
    assert job.attempt == 2 and job.done == job.total == len(reports) + 1
    assert DBTaskResult.objects.get(id=job.task_id).worker_ids == ["worker-b"]
    # Every report archived exactly once: what the dead worker had archived was kept, not redone.
    assert archived_per_report() == Counter({(r.pk, f): 1 for r in reports for f in ("pdf", "xlsx")})
    with zipfile.ZipFile(io.BytesIO(job.result.read())) as bundle:
        assert sorted(bundle.read(n) for n in bundle.namelist()) == sorted(
            stored_bytes(e) for e in ExportedFile.objects.all()
        )
    page = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert 'data-testid="job-retried"' in page


def test_a_killed_workers_job_with_no_attempt_left_is_marked_failed(setting_up, client, rita, media, tree):
    _reports, env, tmp_path = setting_up
    job = start_job(rita, tree["524"], max_attempts=1)

    kill_after_first_report(env, tmp_path / "worker-a.log", job)
    time.sleep(STALE + 0.5)
    reaped = runner.reap()

    job.refresh_from_db()
    assert [j.pk for j in reaped] == [job.pk]
    assert (job.status, job.failure) == (JobStatus.FAILED, Failure.WORKER_LOST)
    assert not job.result
    assert_nothing_half_written(media)
    client.force_login(rita)
    page = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert 'data-testid="job-failed"' in page and "hx-get" not in page
    assert client.post(reverse("exports:bulk", args=["524"]), {"period": "2023"}).status_code == 302
    assert Job.objects.filter(status=JobStatus.QUEUED).count() == 1  # a failed job no longer blocks a new one
