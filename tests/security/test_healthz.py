"""/healthz: one query, no session, reachable over plain http behind the proxy, and 503 when the database is down.

tests/test_production.py asks it once more under gunicorn with the production settings.
"""

from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.security.helpers import manage_py_shell


def test_healthz_answers_ok_with_one_query_and_no_session(db):
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-store" in response["Cache-Control"]
    assert [q["sql"] for q in queries.captured_queries] == ["SELECT 1"]
    assert not response.cookies and not Session.objects.exists()
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_healthz_is_not_redirected_to_https_when_the_rest_is(db):
    with override_settings(SECURE_SSL_REDIRECT=True):
        client = Client()
        assert client.get("/accounts/login/").status_code == 301
        assert client.get("/healthz").status_code == 200


def test_healthz_answers_503_when_the_database_does_not():
    # A real process whose database cannot be opened: a SQLite file in a directory that does not exist.
    code = (
        "from django.test import Client; r = Client().get('/healthz'); print(r.status_code, r.content.decode().strip())"
    )
    printed = manage_py_shell(
        code,
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SSL_REDIRECT="0",
        DATABASE_URL="sqlite:////nonexistent-directory/portal.sqlite3",
        LOG_LEVEL="CRITICAL",
    )
    assert printed.strip() == "503 database unavailable"
