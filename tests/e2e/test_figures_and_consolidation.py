"""In a real browser: figures totalled as the clerk types, a task marked done on a phone, the reviewer's charts."""

import pytest

from indicators.models import Value
from plans.models import Task
from tests.e2e.conftest import login

pytestmark = pytest.mark.e2e


def test_dossier_totals_update_as_the_clerk_types_and_save(new_page, shot, alice, tree):
    page = new_page()
    login(page, "alice")
    page.goto(page.base + "/u/21073/p/2024-Q1/figures/dossiers/")
    page.fill("input[name='v:dossiers.received.online']", "888")
    page.fill("input[name='v:dossiers.received.direct']", "1028")
    page.fill("input[name='v:dossiers.received.carried_over']", "33")
    total = page.locator("[id='grid-dossiers.received.total']")
    total.wait_for()
    page.wait_for_function("document.getElementById('grid-dossiers.received.total').textContent.trim() === '1.949'")
    shot(page, "11-figures-live-total")
    assert not Value.objects.filter(unit__code="21073", period__code="2024-Q1").exists()  # nothing saved yet
    page.click("[data-testid=save-figures]")
    page.wait_for_selector(".alert-success")
    saved = dict(
        Value.objects.filter(unit__code="21073", period__code="2024-Q1").values_list("indicator__code", "number")
    )
    assert saved["dossiers.received.online"] == 888 and "dossiers.received.total" not in saved  # derived, not typed


def test_a_task_is_marked_done_from_a_phone(new_page, shot, alice, tree):
    from plans import demo as plans_demo

    plans_demo.seed()
    task = Task.objects.filter(plan__unit__code="21073", completed_on__isnull=True).first()
    if task is None:  # the demo plan may be complete: reopen one task
        task = Task.objects.filter(plan__unit__code="21073").first()
        Task.objects.filter(pk=task.pk).update(completed_on=None)
    phone = new_page(390, 844)
    login(phone, "alice")
    phone.goto(phone.base + f"/u/21073/plans/{task.plan.year}/")
    card = phone.locator(f"#task-{task.pk}")
    card.scroll_into_view_if_needed()
    card.locator("[data-testid=complete-today]").click()
    phone.wait_for_selector(f"#task-{task.pk} [data-testid=reopen], #task-{task.pk} [data-testid=task-error]")
    shot(phone, "12-phone-task-done")
    task.refresh_from_db()
    assert task.completed_on is not None
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_reviewer_sees_charts_and_a_provisional_consolidation(new_page, shot, rita, tree):
    from django.core.management import call_command

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - the demo district at every stage
    page = new_page()
    login(page, "rita")
    page.goto(page.base + "/board/524/2023/")
    assert page.locator("[data-testid=board-share-chart] svg").count() == 1
    assert page.locator("[data-testid=board-trend-chart] svg").count() == 1
    page.click("[data-testid=consolidation-link]")
    page.wait_for_selector("[data-testid=breakdown-table]")
    shot(page, "13-consolidation")
    accepted_total = page.inner_text("[data-testid=breakdown-total]")
    page.click("[data-testid=provisional-toggle]")
    page.wait_for_selector("[data-testid=provisional-badge]")
    shot(page, "14-consolidation-provisional")
    assert "tạm tính" in page.inner_text("body").lower()
    assert page.inner_text("[data-testid=breakdown-total]") != accepted_total  # submitted reports now count
