"""The plan page, task add/edit and one-tap completion: access, wrong methods, other units, query counts."""

import datetime as dt
import uuid

import pytest
from django.urls import reverse

from plans.models import Task
from tests.plans.factories import document, field, plan, seed_001_plan, task


def url(name, code="21073", *args, year=2023):
    return reverse(f"plans:{name}", args=[code, year, *args])


def login(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("who", "code", "status"),
    [("alice", "21073", 200), ("alice", "21208", 404), ("rita", "21073", 200), ("victor", "21208", 200),
     ("oscar", "21073", 404), ("carol", "21073", 404)],
)  # fmt: skip
def test_plan_page_visibility(client, alice, rita, victor, oscar, carol, who, code, status):
    user = {"alice": alice, "rita": rita, "victor": victor, "oscar": oscar, "carol": carol}[who]
    assert login(client, user).get(url("plan", code)).status_code == status


def test_plan_page_shows_seed_001_table_and_tasks(client, carol, tinh_chau):
    p = seed_001_plan(tinh_chau)
    p.decision = document(tinh_chau, number=117, issued_on="31/12/2022", subject="về cải cách hành chính năm 2023")
    p.save()
    page = login(client, carol).get(url("plan", "21208") + "?on=2023-12-06").content.decode()
    assert 'data-testid="summary-table"' in page
    assert "Kế hoạch số 117/KH-UBND ngày 31/12/2022 về cải cách hành chính năm 2023" in page
    total = page.split('data-testid="summary-total"')[1].split("</tr>")[0]
    assert [c.split(">")[1] for c in total.split("<td")[2:]] == ["40</td", "37</td", "1</td", "2</td", "0</td"]
    assert page.count('data-testid="task"') == 40
    assert 'data-testid="complete-today"' in page and "Đã hoàn thành hôm nay" in page
    assert "Kế hoạch CCHC năm 2023" in page and "2.023" not in page  # a year is not a quantity


def test_read_only_for_reviewer(client, rita, binh_phuoc):
    task(plan(binh_phuoc), deadline="30/06/2023")
    page = login(client, rita).get(url("plan")).content.decode()
    assert 'data-testid="task"' in page
    assert 'data-testid="complete-today"' not in page and 'data-testid="task-form"' not in page


def test_bad_date_falls_back_with_a_message(client, alice):
    response = login(client, alice).get(url("plan") + "?on=31/02/2023")
    assert response.status_code == 200 and "không phải là ngày" in response.content.decode()


@pytest.mark.parametrize("size", [10, 200])
def test_plan_page_query_count_is_constant(client, alice, binh_phuoc, django_assert_max_num_queries, size):
    p = plan(binh_phuoc)
    ev = document(binh_phuoc)
    for i in range(size):
        task(
            p, ["institutions", "procedures", "direction"][i % 3], deadline="30/06/2023", evidence=ev if i % 2 else None
        )
    login(client, alice)
    client.get(url("plan"))  # the first request of a session also stamps its idle timeout (one write)
    with django_assert_max_num_queries(12):
        response = client.get(url("plan"))
    assert response.content.decode().count('data-testid="task"') == size


def _post_task(client, **extra):
    data = {"field": field("procedures").pk, "title": "Niêm yết TTHC", "owner": "Văn phòng", "deadline": "30/06/2023",
            "completed_on": "", "note": "", "token": str(uuid.uuid4())} | extra  # fmt: skip
    return client.post(url("task_create"), data)


def test_clerk_adds_a_task_and_a_double_submit_adds_one(client, alice):
    login(client, alice)
    token = str(uuid.uuid4())
    first = _post_task(client, token=token)
    second = _post_task(client, token=token)
    assert first.status_code == second.status_code == 302
    assert Task.objects.count() == 1
    t = Task.objects.get()
    assert (t.plan.unit.code, t.plan.year, t.deadline) == ("21073", 2023, dt.date(2023, 6, 30))


def test_assigned_task_goes_to_the_assigned_plan(client, alice):
    _post_task(login(client, alice), assigned="1")
    assert Task.objects.get().plan.kind == "assigned"


def test_bad_task_input_is_explained_and_kept(client, alice):
    response = _post_task(login(client, alice), deadline="31/13/2023", title="Giữ lại nội dung")
    page = response.content.decode()
    assert response.status_code == 400 and "Giữ lại nội dung" in page and 'data-testid="error-deadline"' in page
    future = (dt.date.today() + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    response = _post_task(client, completed_on=future)
    assert response.status_code == 400 and "tương lai" in response.content.decode()
    assert not Task.objects.exists()


def test_task_create_refuses_get_others_and_readers(client, alice, carol, rita):
    assert login(client, alice).get(url("task_create")).status_code == 405
    assert _post_task(login(client, carol)).status_code == 404  # carol cannot see Bình Phước
    assert _post_task(login(client, rita)).status_code == 403  # rita can see it but not edit
    assert not Task.objects.exists()


def test_one_tap_completion_with_htmx(client, alice, binh_phuoc):
    t = task(plan(binh_phuoc, dt.date.today().year), deadline=dt.date.today())
    login(client, alice)
    response = client.post(
        url("task_complete", "21073", t.pk, year=t.plan.year), {"version": 1, "today": "1"}, HTTP_HX_REQUEST="true"
    )
    fragment = response.content.decode()
    assert response.status_code == 200 and fragment.startswith("<li") and 'data-status="done_on_time"' in fragment
    t.refresh_from_db()
    assert t.completed_on == dt.date.today() and t.version == 2
    # the same tap again, from a stale screen: refused, nothing changes
    stale = client.post(url("task_complete", "21073", t.pk, year=t.plan.year), {"version": 1, "completed_on": "01/01/2023"},
                        HTTP_HX_REQUEST="true")  # fmt: skip
    assert 'data-testid="task-error"' in stale.content.decode()
    t.refresh_from_db()
    assert t.completed_on == dt.date.today()


def test_completion_on_a_date_without_htmx_redirects(client, alice, binh_phuoc):
    t = task(plan(binh_phuoc), deadline="30/06/2023")
    response = login(client, alice).post(
        url("task_complete", "21073", t.pk), {"version": 1, "completed_on": "2023-07-01"}
    )
    assert response.status_code == 302
    t.refresh_from_db()
    assert t.completed_on == dt.date(2023, 7, 1)
    client.post(url("task_complete", "21073", t.pk), {"version": 2, "reopen": "1"})
    t.refresh_from_db()
    assert t.completed_on is None


def test_completion_refuses_get_other_units_tasks_and_readers(client, alice, rita, tinh_chau, binh_phuoc):
    theirs = task(plan(tinh_chau), deadline="30/06/2023")
    mine = task(plan(binh_phuoc), deadline="30/06/2023")
    login(client, alice)
    assert client.get(url("task_complete", "21073", mine.pk)).status_code == 405
    # another unit's task id under my unit's URL, and under theirs
    assert client.post(url("task_complete", "21073", theirs.pk), {"version": 1, "today": "1"}).status_code == 404
    assert client.post(url("task_complete", "21208", theirs.pk), {"version": 1, "today": "1"}).status_code == 404
    assert (
        login(client, rita).post(url("task_complete", "21073", mine.pk), {"version": 1, "today": "1"}).status_code
        == 403
    )
    theirs.refresh_from_db()
    assert theirs.completed_on is None


def test_edit_with_a_stale_version_is_refused(client, alice, binh_phuoc):
    t = task(plan(binh_phuoc), deadline="30/06/2023", title="Cũ")
    login(client, alice)
    assert client.get(url("task_edit", "21073", t.pk)).status_code == 200
    data = {"field": field("procedures").pk, "title": "Mới", "owner": "", "deadline": "30/06/2023", "version": 1}
    assert client.post(url("task_edit", "21073", t.pk), data).status_code == 302
    response = client.post(url("task_edit", "21073", t.pk), data | {"title": "Ghi đè"})
    assert response.status_code == 409
    t.refresh_from_db()
    assert t.title == "Mới"
    assert client.put(url("task_edit", "21073", t.pk)).status_code == 405


def test_delete_and_decision(client, alice, carol, binh_phuoc, tinh_chau):
    t = task(plan(binh_phuoc))
    doc, foreign = document(binh_phuoc), document(tinh_chau)
    login(client, alice)
    assert client.get(url("task_delete", "21073", t.pk)).status_code == 405
    assert client.post(url("task_delete", "21073", t.pk), {"version": 1}).status_code == 302
    assert not Task.objects.exists()
    client.post(url("plan_decision"), {"decision": foreign.pk})
    assert plan(binh_phuoc).decision is None
    client.post(url("plan_decision"), {"decision": doc.pk})
    assert plan(binh_phuoc).decision == doc
    assert login(client, carol).post(url("plan_decision"), {"decision": doc.pk}).status_code == 404
