"""A district reviewer exports every report of the district in a real browser, with a real worker
process: the progress bar moves while the worker archives report after report, then the page shows the
files and the zip. Screenshots land in artifacts/e2e/ (copies in docs/ui)."""

import re

import pytest
from playwright.sync_api import expect

from jobs.models import Job, JobStatus
from tests.e2e.conftest import login
from tests.jobs.conftest import make_reports
from tests.jobs.workers import start_worker, stop, wait_for, worker_environment

pytestmark = pytest.mark.e2e


def test_the_progress_bar_follows_a_bulk_export_done_by_a_worker(new_page, shot, tree, rita, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    reports = make_reports(tree, communes=5)
    steps = len(reports) + 1  # a step per report, then the zip
    page = new_page(1280, 800)
    login(page, "rita")

    page.goto(page.base + "/board/524/2023/")
    page.click("[data-testid=bulk-export-link]")
    expect(page.locator("[data-testid=bulk-reports] li")).to_have_count(len(reports))
    shot(page, "bulk-export-start")
    page.click("[data-testid=bulk-start]")

    bar = page.locator("[data-testid=job-progress] progress")
    expect(page.locator("[data-testid=job-progress]")).to_have_attribute("data-status", "queued")
    job = Job.objects.get()
    log = tmp_path / "worker.log"
    worker = start_worker(worker_environment(settings.MEDIA_ROOT), log, "worker-e2e")
    try:
        # htmx polls the fragment every 2 s: the bar shows the steps the worker has done, some of them at least
        # once before the last (a fast worker does several steps between two polls).
        expect(bar).to_have_attribute("value", re.compile(rf"^[1-{steps - 1}]$"), timeout=90_000)
        expect(page.locator("[data-testid=job-status]")).to_contain_text("đang làm")
        shot(page, "bulk-export-progress")
        wait_for(lambda: Job.objects.get(pk=job.pk).status == JobStatus.DONE, seconds=120, what="the job", log=log)
    finally:
        stop(worker)

    # When the job ends, the fragment asks htmx to reload the page, which lists the files.
    expect(page.locator("[data-testid=job-files] li")).to_have_count(2 * len(reports), timeout=15_000)
    expect(bar).to_have_attribute("value", str(steps))
    expect(page.locator("[data-testid=job-download]")).to_be_visible()
    shot(page, "bulk-export-done")
