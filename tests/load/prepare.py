"""Accounts and draft reports for the load test, in a database holding the national data set.

    .venv/bin/python tests/load/prepare.py --database-url postgres://postgres@127.0.0.1:5432/portal_load

Generates the national data set first when the database has none (``--size``, as the generator's).
Then, idempotently: a clerk for each of the first ``--clerks`` communes (``load.clerk.N``), whose report
of ``--period`` is put back into draft (what a clerk works on on the deadline day), and a reviewer for
each province (``load.reviewer.N``); the password of all of them is ``--password``. Writes the accounts,
their units and reports as JSON (``--out``) for tests/load/locustfile.py, each with a session made for
it (``session``: the cookie of a log-in, as tests/bench/bench_pages.py makes them), so that the scenario
can start logged in.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "load-test-2026"


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SECRET_KEY", "load")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_portal.settings")
    sys.path.insert(0, str(ROOT))
    if database_url.startswith("postgres"):
        import psycopg

        base, name = database_url.rsplit("/", 1)
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()


def prepare(*, clerks: int, period_code: str, review_period: str, password: str, size: float) -> dict:
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command

    from consolidation.generator import generate, national_units
    from reports.models import Report, ReportState
    from tests.bench.bench_pages import session_cookie
    from units.models import Membership, Role, Unit, UnitKind, User

    call_command("migrate", verbosity=0)
    if not national_units():
        generate(communes=round(3300 * size), log=lambda m: print("  " + m))
    hashed = make_password(password)

    def account(username: str, unit: Unit, role: str) -> str:
        user, _ = User.objects.update_or_create(
            username=username, defaults={"password": hashed, "full_name": username, "is_active": True}
        )
        Membership.objects.get_or_create(user=user, unit=unit, role=role)
        return username

    communes = list(
        Unit.objects.filter(code__startswith="NB", kind__in=UnitKind.commune_level(), dissolved_on__isnull=True)
        .order_by("code")[:clerks]
    )  # fmt: skip
    reports = {
        r.unit_id: r for r in Report.objects.filter(unit__in=communes, period__code=period_code).select_related("unit")
    }
    Report.objects.filter(pk__in=[r.pk for r in reports.values()]).update(
        state=ReportState.DRAFT, submitted_at=None, accepted_at=None
    )
    out = {"period": period_code, "review_period": review_period, "password": password, "clerks": [], "reviewers": []}
    for i, unit in enumerate(communes, start=1):
        if unit.pk in reports:
            username = account(f"load.clerk.{i}", unit, Role.CLERK)
            out["clerks"].append(
                {"username": username, "session": session_cookie(username), "unit": unit.code,
                 "report": reports[unit.pk].pk}
            )  # fmt: skip
    for i, province in enumerate(national_units(), start=1):
        sample = Report.objects.filter(
            unit__path__startswith=province.path,
            unit__kind__in=UnitKind.commune_level(),
            period__code=review_period,
            state__in=(ReportState.SUBMITTED, ReportState.ACCEPTED),  # what a reviewer reads (units.access.READS)
        ).values_list("pk", flat=True)[:5]
        username = account(f"load.reviewer.{i}", province, Role.REVIEWER)
        out["reviewers"].append(
            {"username": username, "session": session_cookie(username), "unit": province.code,
             "reports": list(sample)}
        )  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--clerks", type=int, default=200)
    parser.add_argument("--period", default="2025-Q4", help="the period the clerks report (put back into draft)")
    parser.add_argument("--review-period", default="2025-Q2", help="the period the reviewers read")
    parser.add_argument("--password", default=PASSWORD)
    parser.add_argument("--size", type=float, default=1.0, help="the generator's --size when it must generate")
    parser.add_argument("--out", default="/tmp/reform_portal_load.json")
    args = parser.parse_args()
    setup(args.database_url)
    data = prepare(clerks=args.clerks, period_code=args.period, review_period=args.review_period,
                   password=args.password, size=args.size)  # fmt: skip
    Path(args.out).write_text(json.dumps(data, indent=1), encoding="utf-8")
    print(f"{len(data['clerks'])} clerks, {len(data['reviewers'])} reviewers written to {args.out}")


if __name__ == "__main__":
    main()
