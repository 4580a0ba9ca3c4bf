"""A person's background jobs: the list, one job's page, its progress fragment (polled by htmx) and its file.

A job is its starter's: anyone else gets 404, as for a unit they cannot see. Its result file is also
refused once the starter may no longer see the job's unit (units.access decides).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from jobs.models import Job, JobStatus
from jobs.runner import reap
from units import access
from units.access import Action


def _own_job(request, pk) -> Job:
    return get_object_or_404(Job.objects.select_related("unit"), pk=pk, user=request.user)


@login_required
@require_GET
def job_list(request):
    jobs = Job.objects.filter(user=request.user).select_related("unit")[:50]
    return render(request, "jobs/list.html", {"jobs": jobs})


@login_required
@require_GET
def detail(request, pk):
    reap()
    return render(request, "jobs/detail.html", {"job": _own_job(request, pk)})


@login_required
@require_GET
def status(request, pk):
    """The progress fragment; once the job has ended, htmx reloads the page to show the results."""
    reap()
    job = _own_job(request, pk)
    response = render(request, "jobs/_progress.html", {"job": job})
    if request.htmx and not job.is_active:
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_GET
def download(request, pk):
    job = _own_job(request, pk)
    if job.status != JobStatus.DONE or not job.result:
        raise Http404
    if job.unit is not None and not access.allowed(request.user, Action.VIEW, job.unit):
        raise Http404
    return FileResponse(job.result.open("rb"), as_attachment=True, filename=job.result.name.rsplit("/", 1)[-1])
