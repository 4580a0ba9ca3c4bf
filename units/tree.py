"""The 2025-style reorganisations: dissolving units and merging them into another on a date.

(Keeping the materialized path true when a unit moves is the model's own job: ``Unit.save``.)
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from units.models import Unit


@transaction.atomic
def dissolve_unit(*, unit: Unit, on: dt.date) -> Unit:
    """Mark a unit as no longer existing from ``on``; its reports stay attached to it."""
    unit.dissolved_on = on
    unit.save(update_fields=["dissolved_on"])
    return unit


@transaction.atomic
def merge_units(*, sources: list[Unit], into: Unit, on: dt.date) -> Unit:
    """Merge ``sources`` into ``into`` from ``on`` (e.g. the 1 July 2025 reorganisation).

    The sources keep their history and their reports; periods that end before
    ``on`` still consolidate them, later periods consolidate ``into``.
    """
    for source in sources:
        if source.pk == into.pk:
            raise ValidationError(_("A unit cannot be merged into itself."))
        source.dissolved_on = on
        source.merged_into = into
        source.save(update_fields=["dissolved_on", "merged_into"])
    return into
