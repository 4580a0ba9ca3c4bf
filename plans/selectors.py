"""Reads for the plan pages: querysets and small lookups with a fixed number of queries."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from plans.models import Document, Plan, PlanKind, Task


def plan_tasks(*, plan: Plan | None) -> QuerySet[Task]:
    if plan is None:
        return Task.objects.none()
    return Task.objects.filter(plan=plan).select_related("field", "evidence").order_by("field__order", "order", "pk")


def unit_documents(*, unit, year: int | None = None) -> QuerySet[Document]:
    documents = Document.objects.filter(unit=unit).select_related("unit")
    if year is not None:
        documents = documents.filter(year=year)
    return documents.order_by("-issued_on", "-number")


def document_years(*, unit) -> list[int]:
    return list(Document.objects.filter(unit=unit).order_by("-year").values_list("year", flat=True).distinct())


def task_of_unit(*, unit, year: int, pk: int) -> Task:
    """A task of this unit's plans for ``year`` or 404: an id from the URL never reaches another unit."""
    return get_object_or_404(
        Task.objects.select_related("plan", "field", "evidence"), pk=pk, plan__unit=unit, plan__year=year
    )


def plan_kind(assigned: bool) -> str:
    return PlanKind.ASSIGNED if assigned else PlanKind.OWN


def default_day(*, year: int, today: dt.date, cutoff_end: dt.date | None) -> dt.date:
    """Today while the year runs; the period's cut-off (or 31/12) once it is over."""
    end = cutoff_end or dt.date(year, 12, 31)
    if today.year < year:
        return dt.date(year, 1, 1)
    return min(today, end) if today.year == year else end
