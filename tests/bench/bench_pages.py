"""Benchmark: page latency under 20 concurrent users, and SQL queries per page (DESIGN.md: p95 < 150 ms).

    .venv/bin/python tests/bench/bench_pages.py                     # SQLite demo database in /tmp
    .venv/bin/python tests/bench/bench_pages.py --database-url postgres://postgres@127.0.0.1:5432/portal_pages

Builds the demo data set (migrate + seed_demo) in the given database, starts gunicorn with 3 workers
on a free port, gives each of 20 simulated users a logged-in session, and has them fetch the main pages
in a loop for a fixed time. Prints per page: requests, median, p95, and the SQL queries one request makes
(counted in-process with the test client). Before the load, each page is fetched ``--cpu-runs`` times in
this process with the test client and its median CPU time (``time.process_time``: this process only, so
what other programs on the machine do hardly changes it) is printed beside its median wall time; the
database's own CPU (PostgreSQL's server process) is not in it. ``--cpu-only`` stops there.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(database_url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SECRET_KEY": "bench", "DJANGO_DEBUG": "0",
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "DJANGO_PLAIN_STATIC": "1", "DJANGO_SSL_REDIRECT": "0",
           "DJANGO_SECURE_COOKIES": "0", "DJANGO_SETTINGS_MODULE": "reform_portal.settings"}  # fmt: skip
    return env


def prepare(database_url: str) -> None:
    import psycopg

    env = _env(database_url)
    if database_url.startswith("postgres"):
        base, name = database_url.rsplit("/", 1)
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    for args in (["migrate", "-v0"], ["seed_demo"]):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    if database_url.startswith("postgres"):
        # A freshly loaded database has no planner statistics yet; production has autovacuum's.
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("ANALYZE")


def pages() -> dict[str, tuple[str, str]]:
    """name -> (username, path); report ids are looked up in the database."""
    from reports.models import Report

    draft = Report.objects.filter(state__in=["draft", "returned"], unit__parent__code="524").order_by("pk").first()
    return {
        "home (clerk)": ("clerk.binhphuoc", "/"),
        "report page": ("reviewer.binhson", f"/reports/{Report.objects.filter(unit__parent__code='524', period__code='2023').first().pk}/"),
        "report editor": ("admin", f"/reports/{draft.pk}/edit/"),  # a commune's draft (the demo's are sent)
        "figures form": ("clerk.binhphuoc", "/u/21073/p/2023/figures/dossiers/"),
        "plan page": ("clerk.tinhchau", "/u/21208/plans/2023/"),
        "board (22 units)": ("reviewer.binhson", "/board/524/2023/"),
        "consolidation": ("reviewer.binhson", "/u/524/p/2023/consolidation/"),
    }  # fmt: skip


def session_cookie(username: str) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user = get_user_model().objects.get(username=username)
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def count_queries(targets) -> dict[str, int]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for name, (username, path) in targets.items():
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            status = client.get(path).status_code
        counts[name] = (len(ctx.captured_queries), status)
    return counts


def cpu_per_request(targets, runs: int) -> dict[str, tuple[float, float]]:
    """page -> (median CPU ms, median wall ms) of one request made in this process with the test client."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    out = {}
    for name, (username, path) in targets.items():
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        client.get(path)  # warm up (templates, the catalogue)
        cpu, wall = [], []
        for _ in range(runs):
            c0, w0 = time.process_time(), time.perf_counter()
            status = client.get(path).status_code
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
            if status != 200:
                raise SystemExit(f"{path}: HTTP {status}")
        out[name] = (statistics.median(cpu) * 1000, statistics.median(wall) * 1000)
    return out


def load(port: int, targets, cookies, users: int, seconds: float, think: float = 0.0) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {name: [] for name in targets}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user_loop(index: int) -> None:
        names = list(targets)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = index
        while time.monotonic() < deadline:
            name = names[i % len(names)]
            username, path = targets[name]
            start = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": cookies[username]})
            response = conn.getresponse()
            response.read()
            elapsed = time.perf_counter() - start
            if response.status != 200:
                raise SystemExit(f"{path}: HTTP {response.status}")
            with lock:
                timings[name].append(elapsed)
            i += 1
            if think:
                time.sleep(random.uniform(0.5 * think, 1.5 * think))  # a person reads the page

    with ThreadPoolExecutor(users) as pool:
        list(pool.map(user_loop, range(users)))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="sqlite:////tmp/portal_pages.sqlite3")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds a user waits between pages")
    parser.add_argument("--cpu-runs", type=int, default=20, help="requests per page for the in-process CPU medians")
    parser.add_argument("--cpu-only", action="store_true", help="print the in-process CPU medians only (no gunicorn)")
    parser.add_argument("--reuse", action="store_true", help="the database is migrated and seeded already")
    args = parser.parse_args()

    if not args.reuse:
        prepare(args.database_url)
    os.environ.update(_env(args.database_url))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    targets = pages()
    queries = count_queries(targets)
    engine = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    cpu = cpu_per_request(targets, args.cpu_runs)
    print(f"\n{engine}, in process (Django test client), median of {args.cpu_runs} requests per page")
    print(f"{'page':<20} {'CPU ms':>8} {'wall ms':>8} {'queries':>8}")
    for name, (cpu_ms, wall_ms) in cpu.items():
        print(f"{name:<20} {cpu_ms:>8.1f} {wall_ms:>8.1f} {queries[name][0]:>8}")
    if args.cpu_only:
        return
    cookies = {username: session_cookie(username) for username, _path in targets.values()}

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "reform_portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=_env(args.database_url),
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        load(port, targets, cookies, users=2, seconds=2)  # warm up every worker
        timings = load(port, targets, cookies, users=args.users, seconds=args.seconds, think=args.think)
        saturated = load(port, targets, cookies, users=args.users, seconds=args.seconds / 2)
    finally:
        server.terminate()
        server.wait()

    print(
        f"\n{engine}, gunicorn {args.workers} workers, {args.users} concurrent users thinking ~{args.think:.1f} s between pages, "
        f"{args.seconds:.0f} s, {os.cpu_count()} cores"
    )
    print(f"{'page':<20} {'requests':>9} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    everything = []
    for name, values in timings.items():
        values.sort()
        everything += values
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"{name:<20} {len(values):>9} {statistics.median(values) * 1000:>10.1f} {p95 * 1000:>8.1f} {queries[name][0]:>8}"
        )
    everything.sort()
    print(f"{'all pages':<20} {len(everything):>9} {statistics.median(everything) * 1000:>10.1f} "
          f"{everything[int(0.95 * (len(everything) - 1))] * 1000:>8.1f}")  # fmt: skip
    flat = sorted(v for values in saturated.values() for v in values)
    print(f"\nSaturation (no think time): {len(flat) / (args.seconds / 2):.0f} requests/s, median "
          f"{statistics.median(flat) * 1000:.0f} ms, p95 {flat[int(0.95 * (len(flat) - 1))] * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
