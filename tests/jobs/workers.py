"""Real worker processes (`manage.py db_worker`, as in production) on the test's database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The URL of the database this test runs on (the test database, not the configured one)."""
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def worker_environment(media_root: Path, *, heartbeat: int = 1, stale: int = 3) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="reform_portal.settings",
        DJANGO_SECRET_KEY="worker-test-key",
        DATABASE_URL=database_url(),
        DJANGO_MEDIA_ROOT=str(media_root),
        JOB_HEARTBEAT_SECONDS=str(heartbeat),
        JOB_STALE_SECONDS=str(stale),
    )
    return env


def start_worker(env: dict[str, str], log: Path, name: str) -> subprocess.Popen:
    with log.open("ab") as out:  # a file, not a pipe: a full pipe would block the worker
        return subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay",
             "--no-reload", "--worker-id", name],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def wait_for(condition, *, seconds: float, what: str, log: Path | None = None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    detail = f"\nworker log:\n{log.read_text(errors='replace')[-4000:]}" if log and log.exists() else ""
    raise AssertionError(f"waited {seconds:.0f} s for {what}{detail}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()  # db_worker finishes its task on SIGTERM, then exits
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
