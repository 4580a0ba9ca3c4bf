"""A background job as its starter sees it: what it is, how far it got, how it ended, what it made.

The queue itself is django-tasks' (its database backend's ``DBTaskResult`` rows); a ``Job`` is the
portal's record beside it: who started it, for which unit, its progress bar, the worker's heartbeat, the
attempts, and the result file. ``task_id`` names the task result of the current attempt.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class JobKind(models.TextChoices):
    BULK_EXPORT = "bulk_export", _("export of a unit and every unit below")
    NATIONAL_DATASET = "national_dataset", _("national data set")


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("waiting for a worker")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


ACTIVE = [JobStatus.QUEUED, JobStatus.RUNNING]


class Failure(models.TextChoices):
    WORKER_LOST = "worker_lost", _("the worker running it stopped before it finished")
    ERROR = "error", _("an error stopped it")


class JobQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE)


def result_path(instance, filename: str) -> str:
    return f"jobs/{instance.kind}/{instance.pk}/{filename}"


class Job(models.Model):
    kind = models.CharField(_("kind"), max_length=30, choices=JobKind.choices)
    title = models.CharField(_("title"), max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("started by"), on_delete=models.CASCADE, related_name="jobs"
    )
    unit = models.ForeignKey(
        "units.Unit", verbose_name=_("unit"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    params = models.JSONField(_("parameters"), default=dict, blank=True)

    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    task_id = models.CharField(_("queued task"), max_length=64, blank=True, db_index=True)
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=0)
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=3)
    done = models.PositiveIntegerField(_("steps done"), default=0)
    total = models.PositiveIntegerField(_("steps"), default=0)
    current = models.CharField(_("working on"), max_length=300, blank=True)
    failure = models.CharField(_("failure"), max_length=20, choices=Failure.choices, blank=True)
    error = models.TextField(_("error"), blank=True)
    output = models.JSONField(_("output"), default=dict, blank=True)
    result = models.FileField(_("result file"), upload_to=result_path, max_length=300, blank=True)

    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    started_at = models.DateTimeField(_("first run at"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last heartbeat"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # The rate limit: one unfinished job of a kind per person, whichever web instance is asked.
            models.UniqueConstraint(
                fields=["user", "kind"], condition=Q(status__in=ACTIVE), name="jobs_one_active_per_user_and_kind"
            ),
        ]
        indexes = [models.Index(fields=["status", "heartbeat_at"], name="jobs_status_heartbeat")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE

    @property
    def percent(self) -> int:
        if self.status == JobStatus.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0
