"""Start a background job, run it in a worker, and recover from a worker that died.

- ``start()`` writes the ``Job`` and enqueues its task in one transaction (django-tasks' database backend
  writes the queue row in the same database, so a job is queued exactly when its row exists). The
  partial unique constraint on ``Job`` refuses a second unfinished job of a kind for the same person
  (``AlreadyRunning``), on every web instance alike.
- ``run()`` is what a task calls in the worker: it claims the job for this attempt, keeps a heartbeat
  (a thread writing ``heartbeat_at`` every ``JOB_HEARTBEAT_SECONDS``), hands the work a ``Run`` to report
  progress and to record results, and marks the job done or failed.
- ``reap()`` finds jobs whose worker stopped writing its heartbeat for ``JOB_STALE_SECONDS`` (killed,
  machine lost): each is queued again for another worker while attempts remain, else marked failed; the
  task result the dead worker held is marked failed too. Everything a job writes goes through
  ``Run.recording()``, which locks the job row and checks that this attempt still owns it, so a worker
  thought dead that wakes up again cannot write beside the retry.

Nothing needs a scheduler: ``reap()`` runs when a job starts, when a worker starts a task, and on every
poll of a progress bar; ``manage.py reap_jobs`` runs it by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import IntegrityError, connections, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, default_task_backend
from django_tasks.exceptions import TaskResultDoesNotExist

from jobs.models import ACTIVE, Failure, Job, JobStatus

logger = logging.getLogger(__name__)


class AlreadyRunning(Exception):
    """The person already has an unfinished job of this kind."""

    def __init__(self, job: Job):
        super().__init__(f"job {job.pk} is still {job.status}")
        self.job = job


class Superseded(Exception):
    """This attempt no longer owns its job (it was given up as dead and retried, or finished)."""


class WorkerLost(Exception):
    """Recorded on the task result of a worker that stopped writing its heartbeat."""


def start(*, task, kind: str, user, title: str, unit=None, params: dict | None = None, max_attempts: int = 3) -> Job:
    """Create the job and queue its task (``task.enqueue(job.pk)``) in one transaction."""
    reap()
    try:
        with transaction.atomic():
            job = Job.objects.create(
                kind=kind, user=user, unit=unit, title=title, params=params or {}, max_attempts=max_attempts
            )
            job.task_id = str(task.enqueue(job.pk).id)
            job.save(update_fields=["task_id"])
    except IntegrityError:
        running = Job.objects.active().filter(user=user, kind=kind).first()
        if running is None:
            raise
        raise AlreadyRunning(running) from None
    return job


class Run:
    """One attempt at a job, inside a worker."""

    def __init__(self, job: Job, task_id: str):
        self.job = job
        self.task_id = task_id

    @contextmanager
    def recording(self) -> Iterator[Job]:
        """A transaction holding the job's row lock, if this attempt still owns the job (else ``Superseded``).

        Write the job's results and its progress inside it: they commit together, or not at all.
        """
        with transaction.atomic():
            job = Job.objects.select_for_update().get(pk=self.job.pk)
            if job.status != JobStatus.RUNNING or job.task_id != self.task_id:
                raise Superseded
            self.job = job
            yield job
            job.heartbeat_at = timezone.now()
            job.save()

    def progress(self, *, done: int | None = None, total: int | None = None, current: str | None = None) -> None:
        with self.recording() as job:
            if done is not None:
                job.done = done
            if total is not None:
                job.total = total
            if current is not None:
                job.current = current[:300]


class _Heartbeat(threading.Thread):
    """Writes the job's heartbeat while the work runs, however long one step takes."""

    def __init__(self, job_id: int, task_id: str):
        super().__init__(name=f"job-{job_id}-heartbeat", daemon=True)
        self.job_id, self.task_id = job_id, task_id
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopped.wait(settings.JOB_HEARTBEAT_SECONDS):
                try:
                    Job.objects.filter(pk=self.job_id, task_id=self.task_id, status=JobStatus.RUNNING).update(
                        heartbeat_at=timezone.now()
                    )
                except Exception:  # a database hiccup: the next beat tries again
                    logger.warning("job %s: heartbeat not written", self.job_id, exc_info=True)
        finally:
            connections.close_all()  # this thread's own connections

    def stop(self) -> None:
        self.stopped.set()
        self.join()


def run(job_id: int, task_id: str, work: Callable[[Run], None]) -> None:
    """Run ``work`` for the job in this worker; called by a task with its own task result's id."""
    reap()
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status not in ACTIVE or job.task_id != task_id:
            return  # deleted, finished, or handed to another attempt meanwhile: nothing to do
        now = timezone.now()
        job.status, job.attempt, job.heartbeat_at = JobStatus.RUNNING, job.attempt + 1, now
        job.started_at = job.started_at or now
        job.save()
    heartbeat = _Heartbeat(job.pk, task_id)
    heartbeat.start()
    try:
        work(Run(job, task_id))
    except Superseded:
        return
    except Exception as exc:
        _finish(job.pk, task_id, JobStatus.FAILED, failure=Failure.ERROR, error=f"{type(exc).__name__}: {exc}")
        raise  # django-tasks records the traceback on its task result
    else:
        _finish(job.pk, task_id, JobStatus.DONE)
    finally:
        heartbeat.stop()


def _finish(job_id: int, task_id: str, status: str, *, failure: str = "", error: str = "") -> None:
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job_id)
        if job.task_id != task_id or job.status != JobStatus.RUNNING:
            return
        job.status, job.failure, job.error = status, failure, error[:2000]
        job.finished_at = timezone.now()
        job.current = ""
        if status == JobStatus.DONE:
            job.done = job.total
        job.save()


def _task_result(task_id: str):
    try:
        return default_task_backend.get_result(task_id)
    except TaskResultDoesNotExist:
        return None


def _dead(job: Job, stale_before: dt.datetime):
    """The task result of a job whose worker is gone, or None while the job may still be alive."""
    result = _task_result(job.task_id)
    if job.status == JobStatus.RUNNING:
        return result if job.heartbeat_at is None or job.heartbeat_at < stale_before else None
    # Queued: dead only if a worker took its task and vanished before marking the job running.
    if result is not None and result.status == TaskResultStatus.RUNNING and result.started_at < stale_before:
        return result
    return None


def reap() -> list[Job]:
    """Retry or fail the jobs whose worker has gone silent; return them."""
    stale_before = timezone.now() - dt.timedelta(seconds=settings.JOB_STALE_SECONDS)
    candidates = Job.objects.filter(status=JobStatus.RUNNING, heartbeat_at__lt=stale_before) | Job.objects.filter(
        status=JobStatus.QUEUED, created_at__lt=stale_before
    )
    reaped = []
    for job_id in candidates.values_list("pk", flat=True):
        with transaction.atomic():
            job = Job.objects.select_for_update(skip_locked=True).filter(pk=job_id, status__in=ACTIVE).first()
            if job is None:
                continue
            result = _dead(job, stale_before)
            if result is None:
                continue
            db_result = getattr(result, "db_result", None)  # the database backend's row
            if db_result is not None and result.status == TaskResultStatus.RUNNING:
                db_result.set_failed(WorkerLost(f"no heartbeat from job {job.pk} since {job.heartbeat_at}"))
            if job.attempt < job.max_attempts:
                job.task_id = str(result.task.enqueue(*result.args, **result.kwargs).id)
                job.status = JobStatus.QUEUED
            else:
                job.status, job.failure = JobStatus.FAILED, Failure.WORKER_LOST
                job.finished_at = timezone.now()
            job.current = ""
            job.save()
            reaped.append(job)
    if reaped:
        logger.warning("jobs given up as dead: %s", ", ".join(f"{j.pk} ({j.status})" for j in reaped))
    sweep = getattr(default_storage, "sweep_partials", None)
    if sweep is not None:
        sweep(older_than_seconds=max(3600, settings.JOB_STALE_SECONDS))
    return reaped
