"""Benchmark: the report page of a district (a whole consolidation behind it) and of a commune, in process.

    .venv/bin/python tests/bench/bench_report_page.py                 # SQLite demo database in /tmp
    .venv/bin/python tests/bench/bench_report_page.py --database-url postgres://postgres@127.0.0.1:5432/portal_rp

Builds the demo data set (as bench_pages.py does), then fetches the report page of Huyện Bình Sơn's 2023
report (as reviewer.binhson) and of Tịnh Châu's (as its officer) with Django's test client, and prints
for each the SQL queries of one request and the median time of ten.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pages import _env, prepare  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="sqlite:////tmp/bench_report_page.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="the database is seeded already")
    args = parser.parse_args()
    if not args.reuse:
        if args.database_url.startswith("sqlite:////"):
            Path(args.database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        prepare(args.database_url)
    os.environ.update(_env(args.database_url))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from reports.models import Report

    users = get_user_model().objects
    for unit, username in (("524", "reviewer.binhson"), ("21208", "vptk.21208")):
        report = Report.objects.filter(unit__code=unit, period__code="2023").first()
        client = Client()
        client.force_login(users.get(username=username))
        url = f"/reports/{report.pk}/"
        client.get(url)
        times = []
        for _ in range(10):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                status = client.get(url).status_code
            times.append((time.perf_counter() - start) * 1000)
        print(f"{report.unit.name:<24} {status}  queries {len(queries):>4}  median {statistics.median(times):7.1f} ms")


if __name__ == "__main__":
    main()
