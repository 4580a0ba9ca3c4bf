"""Two web instances and two workers on one PostgreSQL database, as compose.yaml runs them.

Two gunicorn processes (the production settings, DEBUG off) and two `manage.py db_worker` processes share
one database, one Redis (the session cache, REDIS_URL) and one MEDIA_ROOT (the shared volume). A person
logged in through web 1 is the same person on web 2; a bulk export started through one instance is done
by one of the workers and followed, finished and downloaded through the other; two exports queued at
once are taken by the two workers (the test holds both job rows locked while the workers start, so each
worker blocks on the job it took and cannot take the other: which worker is faster cannot decide it); a
log-out on one instance ends the session on both.

PostgreSQL only (the queue's SELECT … FOR UPDATE SKIP LOCKED between machines is what is shown): CI's
PostgreSQL run covers it, the SQLite run skips it.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import dj_database_url
import psycopg
import pytest

from tests.test_production import (
    GUNICORN,
    Browser,
    Site,
    _csrf_token,
    _free_port,
    _fresh_database,
    _manage,
    _production_environment,
    _wait_until_answering,
    log_in,
)

ROOT = Path(__file__).resolve().parent.parent
WORKERS = ("worker-1", "worker-2")

pytestmark = pytest.mark.skipif(
    "postgresql" not in dj_database_url.parse(os.environ.get("DATABASE_URL") or "sqlite://")["ENGINE"],
    reason="needs PostgreSQL (the suite's DATABASE_URL); CI's PostgreSQL run covers it",
)


def _start(args: list, env: dict, log: Path) -> subprocess.Popen:
    with log.open("wb") as out:  # a file, not a pipe: a full pipe would block the process
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def _stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait(condition, seconds: float, what: str, logs: list[Path]):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    tails = "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}" for log in logs)
    pytest.fail(f"waited {seconds:.0f} s for {what}\n{tails}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("two-instances")
    with _fresh_database(workdir) as database_url:
        env = _production_environment(workdir, database_url)
        env.update(
            DJANGO_PLAIN_STATIC="1",  # no collectstatic here: tests/test_production.py covers static files
            REDIS_URL=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
            DJANGO_CACHE_KEY_PREFIX=f"test-{secrets.token_hex(4)}",
            JOB_HEARTBEAT_SECONDS="1",
        )
        _manage(env, "migrate", "-v0")
        _manage(env, "seed_demo")
        logs, processes, sites = [], [], []
        try:
            for n in (1, 2):
                port = _free_port()
                log = workdir / f"web-{n}.log"
                processes.append(_start([GUNICORN, "reform_portal.wsgi", "--bind", f"127.0.0.1:{port}",
                                         "--workers", "1", "--timeout", "120"], env, log))  # fmt: skip
                logs.append(log)
                sites.append(Site(port, log))
            for site, process in zip(sites, processes, strict=False):
                _wait_until_answering(process, site.port, site.stderr_path)

            def start_workers() -> None:
                for name in WORKERS:
                    log = workdir / f"{name}.log"
                    processes.append(_start([sys.executable, "manage.py", "db_worker", "--interval", "0.2",
                                             "--no-startup-delay", "--worker-id", name], env, log))  # fmt: skip
                    logs.append(log)

            yield sites, database_url, logs, start_workers
        finally:
            _stop(processes)


def _start_export(browser: Browser, unit: str, period: str) -> str:
    page = browser.get(f"/u/{unit}/bulk-export/?period={period}")
    assert page.status == 200, page.text[:2000]
    answer = browser.post_form(
        f"/u/{unit}/bulk-export/", {"csrfmiddlewaretoken": _csrf_token(page.text), "period": period}
    )
    assert answer.status == 302, answer.text[:2000]
    path = urllib.parse.urlsplit(answer.headers["Location"]).path
    assert re.fullmatch(r"/jobs/\d+/", path), path
    return path


def _on(browser: Browser, site: Site) -> Browser:
    """The same browser (its cookies) talking to another instance."""
    return Browser(site, browser.cookies)


def test_two_web_instances_and_two_workers_share_users_jobs_and_files(cluster):
    (web1, web2), database_url, logs, start_workers = cluster
    viewer = log_in(web1, "viewer.quangngai")  # logs in through web 1
    reviewer = log_in(web2, "reviewer.quangngai")  # … and another person through web 2
    assert viewer.login.status == 302 and reviewer.login.status == 302

    # Web 2 knows the session web 1 opened.
    home_on_2 = _on(viewer.browser, web2).get("/")
    assert home_on_2.status == 200 and "Đặng Minh Quân" in home_on_2.text

    # Two exports of Thành phố Quảng Ngãi's 2023 reports, queued through different instances.
    job_1 = _start_export(viewer.browser, "522", "2023")
    job_2 = _start_export(reviewer.browser, "522", "2023")

    # The workers start with both job rows locked: each takes one task from the queue (SELECT … FOR UPDATE
    # SKIP LOCKED) and waits on its job's row, so the second task can only go to the other worker.
    job_ids = [int(re.search(r"\d+", job).group()) for job in (job_1, job_2)]
    with psycopg.connect(database_url) as holder:
        holder.execute("SELECT id FROM jobs_job WHERE id = ANY(%s) FOR UPDATE", [job_ids])
        start_workers()

        def both_taken() -> bool:
            with psycopg.connect(database_url) as conn:
                return (
                    conn.execute(
                        "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
                    ).fetchone()[0]
                    == 2
                )

        _wait(both_taken, 120, "both tasks taken", logs)
    # Leaving the block commits the holder's transaction: the workers go on.

    def finished(browser: Browser, job: str) -> str | None:
        page = browser.get(job)
        return page.text if 'data-status="done"' in page.text else None

    page_1 = _wait(lambda: finished(_on(viewer.browser, web2), job_1), 180, "job 1 through web 2", logs)
    page_2 = _wait(lambda: finished(_on(reviewer.browser, web1), job_2), 180, "job 2 through web 1", logs)

    # The results are downloaded through the other instance than the one that started the job.
    zip_link = re.search(r'href="(/jobs/\d+/download/)"', page_1).group(1)
    bundle = _on(viewer.browser, web2).get(zip_link)
    assert bundle.status == 200 and bundle.body[:2] == b"PK"
    pdf_link = re.search(r'href="(/exports/\d+/download/)">[^<]+\.pdf<', page_2).group(1)
    pdf = _on(reviewer.browser, web1).get(pdf_link)
    assert pdf.status == 200 and pdf.body.startswith(b"%PDF-")

    # Each job was done by one of the two workers, and the two jobs by different ones.
    with psycopg.connect(database_url) as conn:
        done_by = conn.execute(
            "SELECT j.id, t.worker_ids FROM jobs_job j JOIN django_tasks_database_dbtaskresult t"
            " ON t.id::text = j.task_id ORDER BY j.id"
        ).fetchall()
    assert len(done_by) == 2 and all(len(ids) == 1 and ids[0] in WORKERS for _, ids in done_by), done_by
    assert done_by[0][1] != done_by[1][1], done_by

    # Another person's job is not visible, on either instance.
    for site in (web1, web2):
        assert _on(reviewer.browser, site).get(job_1).status == 404

    # A log-out through web 2 ends the session on web 1 too (the old session cookie is refused there).
    session = dict(viewer.browser.cookies)
    on_2 = Browser(web2, dict(session))
    out = on_2.post_form("/accounts/logout/", {"csrfmiddlewaretoken": _csrf_token(on_2.get("/").text)})
    assert out.status == 302
    after = Browser(web1, dict(session)).get("/")
    assert after.status == 302 and "/accounts/login/" in after.headers["Location"]
