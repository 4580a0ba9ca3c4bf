"""The load test in one command: accounts, gunicorn on PostgreSQL with the national data set, locust.

    .venv/bin/python tests/load/run.py --database-url postgres://postgres@127.0.0.1:5432/portal_load

Prepares the database (tests/load/prepare.py: the national data set when missing, clerks whose reports are
put back into draft, reviewers), starts gunicorn (``--workers``) on a free port, and for each number of
``--users`` (default 20, 50 and 100) runs tests/load/locustfile.py headless for ``--seconds``, the clerks'
reports put back into draft before each run. Prints per run the requests, failures, requests/s, median and
p95 of the page views (GETs of pages), of the downloads (a report's PDF, the consolidation's Excel) and of
everything, and the machine's load average (``os.getloadavg``) before and after: figures taken while other
work runs on the machine say so. ``--think`` is the seconds a person waits between pages ("1-3", the
default, or "1"); with ``--login`` each person logs in through the form first, otherwise with the session
prepare.py made for it.
"""

from __future__ import annotations

import argparse
import csv
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from prepare import PASSWORD  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(database_url: str) -> dict:
    return {**os.environ, "DATABASE_URL": database_url, "DJANGO_SECRET_KEY": "load", "DJANGO_DEBUG": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost", "DJANGO_PLAIN_STATIC": "1", "DJANGO_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0", "DJANGO_SETTINGS_MODULE": "reform_portal.settings"}  # fmt: skip


def prepare(args, accounts: Path) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "prepare.py"), "--database-url", args.database_url, "--clerks", str(args.clerks),
         "--size", str(args.size), "--out", str(accounts), "--password", PASSWORD],
        cwd=ROOT, check=True,
    )  # fmt: skip


# The scenario's downloads (locustfile names): files, not pages, and a PDF costs seconds of CPU.
DOWNLOADS = ("report PDF", "consolidation export (xlsx)")


def summary(prefix: Path) -> dict:
    """Page views (GETs of pages), downloads (the PDF and the Excel file) and everything, from locust's
    stats CSV."""
    rows = list(csv.DictReader(open(f"{prefix}_stats.csv", encoding="utf-8")))  # noqa: SIM115
    gets = [r for r in rows if r["Type"] == "GET"]
    out = {}
    for label, chosen in (("page views", [r for r in gets if r["Name"] not in DOWNLOADS]),
                          ("downloads", [r for r in gets if r["Name"] in DOWNLOADS]),
                          ("all requests", [r for r in rows if r["Name"] == "Aggregated"])):  # fmt: skip
        requests = sum(int(r["Request Count"]) for r in chosen)
        failures = sum(int(r["Failure Count"]) for r in chosen)
        rate = sum(float(r["Requests/s"]) for r in chosen)
        # Percentiles of a group of rows: the request-weighted mean of each row's percentile (locust
        # gives none for a group); for "all requests" it is locust's own aggregate.
        weight = requests or 1
        median = sum(float(r["50%"]) * int(r["Request Count"]) for r in chosen) / weight
        p95 = sum(float(r["95%"]) * int(r["Request Count"]) for r in chosen) / weight
        out[label] = (requests, failures, rate, median, p95)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/portal_load")
    parser.add_argument("--users", default="20,50,100")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--clerks", type=int, default=200)
    parser.add_argument("--size", type=float, default=1.0, help="the generator's --size when it must generate")
    parser.add_argument("--think", default="1-3", help='seconds a person waits between pages: "1-3" or "1"')
    parser.add_argument("--login", action="store_true", help="each person logs in through the form first")
    parser.add_argument("--out", default="/tmp/reform_portal_load")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    accounts = out / "accounts.json"
    prepare(args, accounts)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "reform_portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--timeout", "120", "--log-level", "warning"],
        cwd=ROOT, env=_env(args.database_url),
    )  # fmt: skip
    results = []
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        for _ in range(3 * args.workers):  # each worker imports the project on its first requests
            urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=120).read()
        for users in [int(n) for n in args.users.split(",")]:
            prepare(args, accounts)  # the clerks' reports back into draft
            before = os.getloadavg()[0]
            prefix = out / f"users{users}"
            subprocess.run(
                [sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless", "-u", str(users),
                 "-r", str(max(1, users // 10)), "-t", f"{args.seconds}s", "--host", f"http://127.0.0.1:{port}",
                 "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"],
                cwd=ROOT, check=False,
                env={**os.environ, "LOAD_ACCOUNTS": str(accounts), "LOAD_THINK": args.think,
                     "LOAD_LOGIN": "1" if args.login else "0"},
            )  # fmt: skip
            results.append((users, before, os.getloadavg()[0], summary(prefix)))
    finally:
        server.terminate()
        server.wait()
    print(f"\ngunicorn {args.workers} workers on {args.database_url.rsplit('/', 1)[0]}/…, {os.cpu_count()} cores, "
          f"{args.seconds} s per run, people wait {args.think} s between pages, "
          f"{'logging in first' if args.login else 'logged in before the run'}")  # fmt: skip
    print(f"{'users':>5} {'load before/after':>18} {'what':<13} {'requests':>9} {'failures':>9} {'req/s':>7} "
          f"{'median ms':>10} {'p95 ms':>8}")  # fmt: skip
    for users, before, after, groups in results:
        for label, (requests, failures, rate, median, p95) in groups.items():
            print(f"{users:>5} {before:>8.1f} / {after:<8.1f} {label:<13} {requests:>9} {failures:>9} {rate:>7.1f} "
                  f"{median:>10.0f} {p95:>8.0f}")  # fmt: skip
    print("page views and downloads: median and p95 are the request-weighted means of each request's own"
          " (locust's CSV per page);"
          f" all requests: locust's aggregate. Per page: {out}/users*_stats.csv")  # fmt: skip


if __name__ == "__main__":
    main()
