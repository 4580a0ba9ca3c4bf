"""Helpers the security tests share: the real log-in form, and a fresh process with the production settings."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "pw-123456"  # tests/conftest.py's people


def log_in(client: Client, username: str, password: str = PASSWORD, **extra):
    """Post the log-in form, as a person would (``extra`` goes into the request's META)."""
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def manage_py_shell(code: str, **environ: str) -> str:
    """What ``code`` prints in ``manage.py shell`` in a new process with the production settings.

    The process gets none of this process's DJANGO_ and AXES_ variables: a secret key, the settings
    module and ``environ`` only.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AXES_"))}
    env.update(DJANGO_SECRET_KEY="x" * 50, DJANGO_SETTINGS_MODULE="reform_portal.settings")
    env.update(environ)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
