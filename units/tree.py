"""Keeping the materialized path true, and the 2025-style reorganisations.

A unit's path changes only when it moves; the whole subtree is then
rewritten with one UPDATE, inside the same transaction as the move.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Concat, Length, Substr
from django.utils.translation import gettext as _

from units.models import PATH_STEP, Unit


def _own_segment(unit: Unit) -> str:
    return str(unit.pk).zfill(PATH_STEP)


def validate_parent(unit: Unit) -> None:
    parent = unit.parent
    if parent is None or unit.pk is None:
        return
    if parent.pk == unit.pk or (unit.path and parent.path.startswith(unit.path)):
        raise ValidationError({"parent": _("A unit cannot be placed under itself or one of its own units.")})


def save_with_path(unit: Unit, save, *args, **kwargs) -> None:
    """Save ``unit`` and keep its path, and its subtree's paths, consistent."""
    with transaction.atomic():
        validate_parent(unit)
        creating = unit.pk is None
        if creating:
            unit.path = ""
            save(*args, **kwargs)
            old_path = ""
        else:
            # Read the stored path: the in-memory one may predate a move of an ancestor.
            old_path = Unit.objects.select_for_update().values_list("path", flat=True).get(pk=unit.pk)
        parent_path = Unit.objects.values_list("path", flat=True).get(pk=unit.parent_id) if unit.parent_id else ""
        new_path = parent_path + _own_segment(unit)
        unit.path = new_path
        unit.depth = len(new_path) // PATH_STEP - 1
        if new_path != old_path:
            Unit.objects.filter(pk=unit.pk).update(path=new_path, depth=unit.depth)
            if old_path:
                _rewrite_subtree(old_path, new_path)
        if not creating:
            kwargs.pop("force_insert", None)
            save(*args, **kwargs)


def _rewrite_subtree(old_prefix: str, new_prefix: str) -> None:
    upper = str(int(old_prefix) + 1).zfill(len(old_prefix))
    descendants = Unit.objects.filter(path__gt=old_prefix, path__lt=upper)
    descendants.update(
        path=Concat(Value(new_prefix), Substr("path", len(old_prefix) + 1)),
        depth=(Length("path") - len(old_prefix) + len(new_prefix)) / PATH_STEP - 1,
    )


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
