"""Task services: validation first, one transaction, version checks, one task per double submit."""

import datetime as dt
import uuid

import pytest
from django.core.exceptions import ValidationError

from plans.models import Task
from plans.services import task_create, task_delete, task_mark_done, task_update
from reports.locking import StaleVersion
from tests.plans.factories import d, document, field, plan


def _new(p, user, **extra):
    values = {"field": field("procedures"), "title": "Rà soát TTHC", "owner": "Văn phòng - Thống kê"} | extra
    return task_create(plan=p, user=user, **values)


def test_create_records_history_and_orders_tasks(tinh_chau, carol):
    p = plan(tinh_chau)
    first, second = _new(p, carol), _new(p, carol, title="Niêm yết TTHC")
    assert (first.order, second.order) == (1, 2)
    assert first.history.get().history_user == carol


def test_double_submit_creates_one_task(tinh_chau, carol):
    p, token = plan(tinh_chau), uuid.uuid4()
    a, b = _new(p, carol, token=token), _new(p, carol, token=token)
    assert a.pk == b.pk and Task.objects.count() == 1


def test_concurrent_edit_is_refused(tinh_chau, carol):
    t = _new(plan(tinh_chau), carol)
    task_update(task=t, user=carol, version=1, title="Rà soát, đánh giá TTHC")
    with pytest.raises(StaleVersion) as info:
        task_mark_done(task=t, user=carol, version=1, on=d("01/03/2023"))
    assert info.value.current.title == "Rà soát, đánh giá TTHC"
    done = task_mark_done(task=t, user=carol, version=2, on=d("01/03/2023"))
    assert (done.version, done.completed_on) == (3, d("01/03/2023"))
    assert t.history.count() == 3
    with pytest.raises(StaleVersion):
        task_delete(task=t, user=carol, version=2)
    task_delete(task=t, user=carol, version=3)
    assert not Task.objects.exists()


@pytest.mark.parametrize(
    ("values", "field_name"),
    [
        ({"title": "  "}, "title"),
        ({"field": None}, "field"),
        ({"completed_on": dt.date.today() + dt.timedelta(days=1)}, "completed_on"),
        ({"completed_on": d("31/12/2021")}, "completed_on"),
        ({"deadline": d("31/12/2021")}, "deadline"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(tinh_chau, carol, values, field_name):
    with pytest.raises(ValidationError) as info:
        _new(plan(tinh_chau), carol, **values)
    assert field_name in info.value.message_dict
    assert not Task.objects.exists()


def test_evidence_must_come_from_the_units_register(tinh_chau, binh_phuoc, carol):
    with pytest.raises(ValidationError):
        _new(plan(tinh_chau), carol, evidence=document(binh_phuoc))
    assert _new(plan(tinh_chau), carol, evidence=document(tinh_chau)).evidence is not None
