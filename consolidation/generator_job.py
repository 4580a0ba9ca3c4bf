"""The national data generator as a background job: parameters in, progress out, a summary at the end.

The generator writes in many transactions (its units and reports in one, values in batches), so a worker
killed half-way leaves part of a data set: the job is not retried (``max_attempts=1``) but marked failed,
and the part written stays until removed (docs/OPERATIONS.md).
"""

from __future__ import annotations

import logging

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consolidation.generator import generate
from jobs.runner import Run
from reform_portal.numbers import format_number

logger = logging.getLogger(__name__)


class DatasetForm(forms.Form):
    provinces = forms.IntegerField(label=_("Provinces"), min_value=1, max_value=63, initial=34)
    communes = forms.IntegerField(label=_("Communes in all"), min_value=1, max_value=12000, initial=3300)
    indicators = forms.IntegerField(label=_("Indicators"), min_value=1, max_value=500, initial=150)
    periods = forms.IntegerField(label=_("Quarters"), min_value=1, max_value=8, initial=8)
    tasks_per_unit = forms.IntegerField(label=_("Plan tasks per unit and year"), min_value=0, max_value=50, initial=10)
    seed = forms.IntegerField(label=_("Random seed"), min_value=0, initial=2025)


def generate_dataset(run: Run) -> None:
    def progress(done: int, total: int, step: str) -> None:
        run.progress(done=done, total=total, current=step)

    stats = generate(**run.job.params, log=logger.info, progress=progress)
    counts = {
        name: format_number(getattr(stats, name)) for name in ("units", "indicators", "reports", "values", "tasks")
    }
    with run.recording() as job, translation.override(settings.LANGUAGE_CODE):
        job.output["summary"] = (
            gettext(
                "Created %(units)s units, %(indicators)s indicators, %(reports)s reports, %(values)s values, %(tasks)s tasks."
            )
            % counts
        )
