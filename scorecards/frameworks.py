"""Frameworks as data: copy last year's, and check that the points add up."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from reform_portal.numbers import format_number
from scorecards.models import Framework, Item, Method

COPIED_FIELDS = ["number", "order", "title", "max_points", "method", "steps", "numerator_code", "denominator_code",
                 "thresholds", "guidance"]  # fmt: skip


@transaction.atomic
def copy_framework(*, source: Framework, year: int) -> Framework:
    """A new framework for ``year`` with ``source``'s items (parents kept), refused if that year has one."""
    if Framework.objects.filter(province_id=source.province_id, group=source.group, year=year).exists():
        raise ValidationError(
            _("%(province)s already has a framework for %(year)d."),
            params={"province": source.province.name, "year": year},
        )
    title = source.title.replace(str(source.year), str(year))
    copy = Framework.objects.create(
        province=source.province,
        year=year,
        group=source.group,
        title=title,
        survey_max_points=source.survey_max_points,
        copied_from=source,
    )
    new_ids: dict[int, Item] = {}
    for item in Item.objects.filter(framework=source).order_by("number"):
        # numbers sort parents before children ("1" < "1.1" < "1.1.1")
        new = Item(framework=copy, parent=new_ids.get(item.parent_id), **{f: getattr(item, f) for f in COPIED_FIELDS})
        new.save()
        new_ids[item.pk] = new
    return copy


def framework_problems(framework: Framework) -> list[str]:
    """What does not add up: an item whose children's maximum points differ from its own; a ratio without
    its figures or thresholds; steps without steps. Empty when the framework is consistent."""
    items = list(Item.objects.filter(framework=framework))
    children: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        if item.parent_id is not None:
            children[item.parent_id].append(item)
    problems = []
    for item in items:
        below = children.get(item.pk)
        if below:
            total = sum((c.max_points for c in below), Decimal(0))
            if total != item.max_points:
                problems.append(
                    _("%(number)s: its parts add up to %(total)s points, not %(max)s.")
                    % {"number": item.number, "total": format_number(total), "max": format_number(item.max_points)}
                )
        elif item.method == Method.RATIO and not (item.numerator_code and item.denominator_code):
            problems.append(_("%(number)s: a ratio needs its two indicators.") % {"number": item.number})
        elif item.method == Method.STEPS and not item.steps:
            problems.append(_("%(number)s: no steps are given.") % {"number": item.number})
    return problems
