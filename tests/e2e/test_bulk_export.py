"""A district reviewer exports every report of the district in a real browser, with a real worker
process: the progress bar moves while the worker archives report after report, then the page shows the
files and the zip. Screenshots land in artifacts/e2e/ (copies in docs/ui)."""

import signal
import time

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
    worker = start_worker(worker_environment(settings.MEDIA_ROOT, stale=60), log, "worker-e2e")
    try:
        # The worker is paused (SIGSTOP) as soon as it has done a step, so the page shows the bar part-way
        # however fast the machine (a fast worker did every step between two of htmx's 2 s polls); the
        # step's write has just committed and the worker is rendering the next report when it stops.
        _first_steps(job, log)
        worker.send_signal(signal.SIGSTOP)
        try:
            done = Job.objects.get(pk=job.pk).done
            assert 1 <= done < steps, done
            expect(bar).to_have_attribute("value", str(done), timeout=15_000)
            expect(page.locator("[data-testid=job-status]")).to_contain_text("đang làm")
            shot(page, "bulk-export-progress")
        finally:
            worker.send_signal(signal.SIGCONT)
        wait_for(lambda: Job.objects.get(pk=job.pk).status == JobStatus.DONE, seconds=120, what="the job", log=log)
    finally:
        stop(worker)

    # When the job ends, the fragment asks htmx to reload the page, which lists the files.
    expect(page.locator("[data-testid=job-files] li")).to_have_count(2 * len(reports), timeout=15_000)
    expect(bar).to_have_attribute("value", str(steps))
    expect(page.locator("[data-testid=job-download]")).to_be_visible()
    shot(page, "bulk-export-done")


def _first_steps(job: Job, log, seconds: float = 90) -> int:
    """The steps done, as soon as there is one (read every 10 ms: a step takes a report's PDF and Excel)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = Job.objects.filter(pk=job.pk).values_list("done", flat=True).get()
        if done:
            return done
        time.sleep(0.01)
    raise AssertionError(f"no step done in {seconds:.0f} s\n{log.read_text(errors='replace')[-4000:]}")
