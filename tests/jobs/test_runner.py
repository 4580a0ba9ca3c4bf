"""jobs.runner: a job's life in a worker, its heartbeat, and what happens when its worker goes silent."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from exports.tasks import export_subtree
from jobs import runner
from jobs.models import Failure, Job, JobKind, JobStatus
from tests.jobs.conftest import run_queued_tasks
from tests.jobs.tasks_for_tests import wait_a_little


def start(user, unit, *, task=export_subtree, period="2023", max_attempts=3) -> Job:
    return runner.start(task=task, kind=JobKind.BULK_EXPORT, user=user, unit=unit, title="t",
                        params={"period": period}, max_attempts=max_attempts)  # fmt: skip


def as_if_its_worker_died(job: Job, *, attempt: int) -> None:
    """What a worker killed mid-job leaves: the job running, its task claimed, no heartbeat for long."""
    DBTaskResult.objects.get(id=job.task_id).claim("dead-worker")
    long_ago = timezone.now() - dt.timedelta(hours=1)
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, attempt=attempt, heartbeat_at=long_ago)


def test_start_queues_the_task_with_the_job(rita, tree):
    job = start(rita, tree["524"])
    task = DBTaskResult.objects.get(id=job.task_id)
    assert task.status == "READY" and task.args_kwargs == {"args": [job.pk], "kwargs": {}}
    assert task.task_path == "exports.tasks.export_subtree"


@pytest.mark.usefixtures("slow_heartbeat")
def test_a_job_that_raises_is_marked_failed_with_its_error(rita, tree):
    job = start(rita, tree["524"], period="no-such-period")
    run_queued_tasks()
    job.refresh_from_db()
    assert (job.status, job.failure) == (JobStatus.FAILED, Failure.ERROR)
    assert job.error.startswith("DoesNotExist")
    assert DBTaskResult.objects.get(id=job.task_id).status == "FAILED"  # django-tasks has the traceback


def test_a_silent_worker_is_given_up_and_the_job_queued_again(rita, tree):
    job = start(rita, tree["524"])
    dead_task = job.task_id
    as_if_its_worker_died(job, attempt=1)

    assert [j.pk for j in runner.reap()] == [job.pk]

    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and job.task_id != dead_task
    assert DBTaskResult.objects.get(id=dead_task).status == "FAILED"
    retry = DBTaskResult.objects.get(id=job.task_id)
    assert retry.status == "READY" and retry.args_kwargs["args"] == [job.pk]
    assert runner.reap() == []  # nothing more to do


def test_with_no_attempt_left_the_job_fails(rita, tree):
    job = start(rita, tree["524"], max_attempts=2)
    as_if_its_worker_died(job, attempt=2)

    runner.reap()

    job.refresh_from_db()
    assert (job.status, job.failure) == (JobStatus.FAILED, Failure.WORKER_LOST) and job.finished_at


def test_a_worker_with_a_recent_heartbeat_is_left_alone(rita, tree, settings):
    job = start(rita, tree["524"])
    as_if_its_worker_died(job, attempt=1)
    Job.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - dt.timedelta(seconds=5))
    settings.JOB_STALE_SECONDS = 120
    assert runner.reap() == []
    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING


def test_a_queued_job_whose_worker_died_before_starting_it_is_queued_again(rita, tree):
    job = start(rita, tree["524"])
    DBTaskResult.objects.get(id=job.task_id).claim("dead-worker")
    long_ago = timezone.now() - dt.timedelta(hours=1)
    DBTaskResult.objects.filter(id=job.task_id).update(started_at=long_ago)
    Job.objects.filter(pk=job.pk).update(created_at=long_ago)

    assert [j.pk for j in runner.reap()] == [job.pk]
    assert Job.objects.get(pk=job.pk).status == JobStatus.QUEUED


def test_an_attempt_given_up_cannot_write_beside_its_retry(rita, tree):
    job = start(rita, tree["524"])
    old_task = job.task_id
    as_if_its_worker_died(job, attempt=1)
    runner.reap()
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)  # the retry has started

    zombie = runner.Run(Job.objects.get(pk=job.pk), old_task)  # the old worker wakes up
    with pytest.raises(runner.Superseded):
        zombie.progress(done=1)
    assert Job.objects.get(pk=job.pk).done == 0


def test_the_heartbeat_beats_while_the_work_runs(shipped_data, rita, tree, settings):
    settings.JOB_HEARTBEAT_SECONDS = 0.2
    job = start(rita, tree["524"], task=wait_a_little)
    run_queued_tasks()
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and (job.done, job.total) == (2, 2)
    # progress() wrote the heartbeat at the start; the thread kept writing it during the 1.2 s wait.
    assert job.heartbeat_at > job.started_at + dt.timedelta(seconds=0.8)
