"""The page that starts the national data generator as a background job (superusers only)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from consolidation.generator import PREFIX, national_units
from consolidation.generator_job import DatasetForm
from consolidation.tasks import generate_national_dataset
from jobs.models import JobKind
from jobs.runner import AlreadyRunning, start
from units import access


@login_required
@require_http_methods(["GET", "POST"])
def national_dataset(request):
    if not access.may_change_national_data(request.user):
        raise PermissionDenied
    form = DatasetForm(request.POST or None)
    existing = national_units()
    if request.method == "POST" and form.is_valid():
        if existing:
            messages.error(request, _("The national data set already exists."))
            return redirect("consolidation:national_dataset")
        try:
            job = start(
                task=generate_national_dataset,
                kind=JobKind.NATIONAL_DATASET,
                user=request.user,
                title=_("National data set: %(provinces)s provinces, %(communes)s communes") % form.cleaned_data,
                params=form.cleaned_data,
                max_attempts=1,
            )
        except AlreadyRunning as exc:
            return redirect("jobs:detail", pk=exc.job.pk)
        return redirect("jobs:detail", pk=job.pk)
    return render(
        request, "consolidation/national_dataset.html", {"form": form, "existing": existing, "prefix": PREFIX}
    )
