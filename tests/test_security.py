"""Production defaults (issue 14, item 6): Content-Security-Policy with no inline script, Permissions-Policy,
session limits, log-in lock-out per account and per address, request body limits, and /healthz.

Everything goes through the real middleware and views with the test client; tests/test_production.py
checks the same headers and /healthz once more under gunicorn with the production settings.
"""

import html.parser
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.models import Session
from django.core import signing
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from desk.services import report_create
from reform_portal.lockout import client_ip
from reform_portal.middleware import SESSION_SEEN, SESSION_STARTED
from reports.models import ReportType
from reports.periods import ensure_period
from units.models import User

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "pw-123456"  # tests/conftest.py's people


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def directives(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy", "")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    parts = [part.split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


class InlineCode(html.parser.HTMLParser):
    """What a Content-Security-Policy without 'unsafe-inline' refuses, found in a page or a template."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        names = {name for name, _value in attrs}
        handlers = sorted(name for name in names if name.startswith("on"))
        if handlers:
            self.found.append(f"<{tag} {' '.join(handlers)}=…>")
        if "style" in names:
            self.found.append(f"<{tag} style=…>")
        if any((value or "").strip().lower().startswith("javascript:") for _name, value in attrs):
            self.found.append(f"<{tag} …javascript: URL>")
        # htmx code in attributes: it runs through eval/Function, which the policy refuses too.
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("hx-on") or (
                name in {"hx-vals", "hx-vars"} and value.startswith(("js:", "javascript:"))
            ):
                self.found.append(f"<{tag} {name}=…> (htmx code)")
            if name == "hx-trigger" and "[" in value:
                self.found.append(f"<{tag} hx-trigger=…[filter]> (htmx code)")
        if tag == "style":
            self.found.append("<style> element")
        self._in_script = tag == "script"
        if tag == "script" and "src" not in names:
            self.found.append("<script> without src")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"<script> with a body: {data.strip()[:60]}")


def inline_code(text: str) -> list[str]:
    parser = InlineCode()
    parser.feed(text)
    return parser.found


# --- Content-Security-Policy ------------------------------------------------------------------------------


@pytest.fixture
def report(alice, binh_phuoc):
    return report_create(
        unit=binh_phuoc, period=ensure_period("2023"), report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )


@pytest.fixture
def pages(report, alice, rita, tree):
    """(client, path) for one page of each kind: log-in, desk, editor, figures, plan, board, consolidation."""
    clerk, reviewer = client_for(alice), client_for(rita)
    superuser = User.objects.create_superuser("root", password=PASSWORD)
    return [
        (Client(), "/accounts/login/"),
        (clerk, "/"),
        (clerk, f"/reports/{report.pk}/"),
        (clerk, f"/reports/{report.pk}/edit/"),
        (clerk, "/u/21073/p/2023/figures/"),
        (clerk, "/u/21073/p/2023/figures/dossiers/"),
        (clerk, "/u/21073/plans/2023/"),
        (reviewer, "/board/524/2023/"),
        (reviewer, "/u/524/p/2023/consolidation/?provisional=1"),
        (client_for(superuser), "/admin/"),
    ]


def test_every_kind_of_page_has_a_policy_without_inline_script_or_style(pages):
    for client, path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        policy = directives(response)

        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"], path
        assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"], path
        assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
        assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
        # What the pages really contain, generated parts (charts, live blocks, crispy forms) included.
        assert inline_code(response.content.decode()) == [], path


def test_no_template_contains_inline_script_or_style():
    found = {}
    for path in sorted(ROOT.glob("**/templates/**/*.html")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in {".venv", "node_modules", "staticfiles", "tmp", "artifacts"}:
            continue
        if relative.parts[:2] == ("templates", "documents"):
            continue  # the print templates: rendered to PDF by WeasyPrint, never served to a browser
        # Template tags are not HTML: blank them so that the parser sees the markup around them.
        text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", "", path.read_text(), flags=re.DOTALL)
        if problems := inline_code(text):
            found[str(relative)] = problems
    assert found == {}


def test_the_print_templates_are_only_rendered_to_pdf():
    """They are exempt from the check above: nothing but the PDF renderer may use them."""
    apps = ["reform_portal", "units", "reports", "indicators", "plans", "consolidation", "desk", "exports"]
    modules = [path for app in apps for path in (ROOT / app).rglob("*.py")]
    using = sorted(str(p.relative_to(ROOT)) for p in modules if '"documents/' in p.read_text())
    assert using == ["exports/pdf.py"]


def test_htmx_adds_no_style_element_and_evaluates_no_code(alice):
    page = client_for(alice).get("/").content.decode()
    config = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", page)
    assert config, "no htmx-config meta tag"
    assert '"includeIndicatorStyles": false' in config.group(1)
    assert '"allowEval": false' in config.group(1)
    css = (ROOT / "static" / "css" / "portal.css").read_text()
    assert ".htmx-request .htmx-indicator" in css  # the rules htmx would have injected


def test_the_behaviours_moved_out_of_the_templates_live_in_portal_js(alice):
    page = client_for(alice).get("/").content.decode()
    assert '<script src="/static/js/portal.js"></script>' in page
    script = (ROOT / "static" / "js" / "portal.js").read_text()
    for attribute in ("data-submit-on-change", "data-go-to-value", "data-confirm", "data-href"):
        assert attribute in script


# --- Permissions-Policy -----------------------------------------------------------------------------------


def test_pages_refuse_browser_features_they_do_not_use(alice):
    for response in (Client().get("/accounts/login/"), client_for(alice).get("/"), Client().get("/healthz")):
        policy = dict(item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert policy[feature] == "()"


# --- session limits ---------------------------------------------------------------------------------------


def _settings_in_a_fresh_process(**environ) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AXES_"))}
    env.update(DJANGO_SECRET_KEY="x" * 50, DJANGO_SETTINGS_MODULE="reform_portal.settings", **environ)
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_AGE, s.SESSION_MAX_AGE, s.AXES_FAILURE_LIMIT, s.AXES_IP_FAILURE_LIMIT, "
        "s.DATA_UPLOAD_MAX_NUMBER_FIELDS, s.SESSION_SAVE_EVERY_REQUEST)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_limits_default_to_eight_idle_hours_and_can_be_set_from_the_environment():
    assert _settings_in_a_fresh_process() == ["28800", "43200", "5", "15", "1000", "False"]
    assert _settings_in_a_fresh_process(
        DJANGO_SESSION_IDLE_MINUTES="30", DJANGO_SESSION_MAX_HOURS="9", AXES_FAILURE_LIMIT="3",
        AXES_IP_FAILURE_LIMIT="40", DATA_UPLOAD_MAX_NUMBER_FIELDS="2000",
    ) == ["1800", "32400", "3", "40", "2000", "False"]  # fmt: skip


def _log_in(client, username, **extra):
    return client.post(reverse("login"), {"username": username, "password": PASSWORD}, **extra)


def test_the_session_cookie_and_row_expire_after_the_idle_time(alice):
    client = Client()
    response = _log_in(client, "alice")

    assert response.status_code == 302
    assert response.cookies["sessionid"]["max-age"] == 8 * 3600
    row = Session.objects.get(pk=client.session.session_key)
    assert abs((row.expire_date - timezone.now()).total_seconds() - 8 * 3600) < 60


def _age_the_session(client, *, seen_ago: int, started_ago: int = 0, expires_in: int):
    """As if the last write of the session had been ``seen_ago`` seconds ago, and nothing since."""
    session = client.session
    now = int(time.time())
    session[SESSION_SEEN] = now - seen_ago
    session[SESSION_STARTED] = now - started_ago
    session.save()
    Session.objects.filter(pk=session.session_key).update(
        expire_date=timezone.now() + timezone.timedelta(seconds=expires_in)
    )


def test_a_request_moves_the_idle_expiry_forward_at_most_once_a_minute(alice, settings):
    del settings.SESSION_REFRESH_SECONDS  # the production interval (tests/settings.py lengthens it)
    client = Client()
    _log_in(client, "alice")
    key = client.session.session_key

    _age_the_session(client, seen_ago=10, expires_in=3600)  # written ten seconds ago: not written again
    assert client.get("/").status_code == 200
    assert (Session.objects.get(pk=key).expire_date - timezone.now()).total_seconds() < 3600

    _age_the_session(client, seen_ago=90, expires_in=3600)  # a minute and a half ago: the expiry moves
    assert client.get("/").status_code == 200
    assert (Session.objects.get(pk=key).expire_date - timezone.now()).total_seconds() > 8 * 3600 - 60


def test_an_idle_log_in_has_ended(alice):
    client = Client()
    _log_in(client, "alice")
    _age_the_session(client, seen_ago=8 * 3600, expires_in=-1)  # eight hours without a request

    response = client.get("/")

    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_log_in_ends_after_the_longest_lifetime_however_busy(alice):
    client = Client()
    _log_in(client, "alice")
    _age_the_session(client, seen_ago=30, started_ago=12 * 3600, expires_in=3600)

    response = client.get("/", follow=True)

    assert response.redirect_chain[0][0].startswith(reverse("login"))
    assert "Phiên làm việc đã kết thúc; vui lòng đăng nhập lại." in response.content.decode()
    assert client.get("/").status_code == 302  # the session is gone, not only this request


def test_a_log_in_within_its_lifetime_goes_on(alice):
    client = Client()
    _log_in(client, "alice")
    _age_the_session(client, seen_ago=30, started_ago=11 * 3600, expires_in=3600)

    assert client.get("/").status_code == 200


# --- secret key rotation -----------------------------------------------------------------------------------

OLD_KEY, NEW_KEY = "old-" + "k" * 50, "new-" + "k" * 50


def test_a_rotated_secret_key_keeps_log_ins_and_signed_links_while_the_old_one_is_a_fallback(alice, leader):
    active, away = Client(), Client()
    with override_settings(SECRET_KEY=OLD_KEY, SECRET_KEY_FALLBACKS=[]):
        _log_in(active, "alice")
        _log_in(away, "leader")
        token = signing.dumps({"unit": "21073"}, salt="preview")  # as indicators.previews signs a preview

    with override_settings(SECRET_KEY=NEW_KEY, SECRET_KEY_FALLBACKS=[OLD_KEY]):
        assert active.get("/").status_code == 200  # still logged in; the session is re-signed with the new key
        assert signing.loads(token, salt="preview") == {"unit": "21073"}

    with override_settings(SECRET_KEY=NEW_KEY, SECRET_KEY_FALLBACKS=[]):  # the rotation finished
        assert active.get("/").status_code == 200  # used during the fallback period: carried over
        assert away.get("/").status_code == 302  # not used since: logged out
        with pytest.raises(signing.BadSignature):
            signing.loads(token, salt="preview")


def test_the_fallback_keys_come_from_the_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SECRET_KEY=NEW_KEY, DJANGO_SECRET_KEY_FALLBACKS=f"{OLD_KEY}, older-{'k' * 50}",
        DJANGO_SETTINGS_MODULE="reform_portal.settings",
    )  # fmt: skip
    code = "from django.conf import settings; print(settings.SECRET_KEY_FALLBACKS)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.stdout.strip() == str([OLD_KEY, f"older-{'k' * 50}"])


# --- lock-out per account and per address -----------------------------------------------------------------

ADDRESS = "203.0.113.7"  # documentation addresses (RFC 5737): only ever written into the requests' META
OTHER_ADDRESS = "198.51.100.9"


def _attempt(username, password, address):
    return Client().post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def lockout():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5, AXES_IP_FAILURE_LIMIT=15):
        yield


def test_an_account_locks_after_five_failures_from_any_addresses(lockout, alice):
    answers = [_attempt("alice", "wrong", f"192.0.2.{n}").status_code for n in range(1, 6)]

    assert answers == [200, 200, 200, 200, 429]
    # The right password, from an address that never failed, is refused too.
    assert _attempt("alice", PASSWORD, "192.0.2.99").status_code == 429


def test_an_address_locks_after_fifteen_failures_spread_over_accounts(lockout, alice, leader, carol, rita, paula):
    answers = [_attempt(user, "wrong", ADDRESS).status_code for user in ["alice", "leader", "carol", "rita"] * 4]

    assert answers[:14] == [200] * 14 and answers[14:] == [429, 429]  # 4 per account: no account is locked
    assert _attempt("paula", PASSWORD, ADDRESS).status_code == 429
    # Elsewhere, the same people log in: their accounts are not locked.
    assert _attempt("paula", PASSWORD, OTHER_ADDRESS).status_code == 302
    assert _attempt("alice", PASSWORD, OTHER_ADDRESS).status_code == 302


def test_a_successful_log_in_does_not_clear_the_addresss_failures_on_other_accounts(
    lockout, alice, leader, carol, rita, paula
):
    for user in ["alice", "leader", "carol"] * 4 + ["rita", "rita"]:
        assert _attempt(user, "wrong", ADDRESS).status_code == 200  # 14 failures
    assert _attempt("paula", PASSWORD, ADDRESS).status_code == 302  # an insider's own account

    assert _attempt("rita", "wrong", ADDRESS).status_code == 429  # the 15th failure still locks the address


def test_a_successful_log_in_clears_its_own_accounts_failures(lockout, alice):
    for n in range(4):
        assert _attempt("alice", "wrong", f"192.0.2.{n + 1}").status_code == 200
    assert _attempt("alice", PASSWORD, "192.0.2.50").status_code == 302
    for n in range(4):
        assert _attempt("alice", "wrong", f"192.0.2.{n + 1}").status_code == 200  # counting starts again


def test_behind_the_proxy_the_address_is_the_one_the_proxy_forwarded():
    factory = RequestFactory()
    forged = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ADDRESS}")
    with override_settings(BEHIND_TLS_PROXY=True):
        # The client wrote "192.0.2.1"; the proxy appended the address it saw.
        assert client_ip(forged) == ADDRESS
        assert client_ip(factory.get("/", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
    with override_settings(BEHIND_TLS_PROXY=False):
        assert client_ip(forged) == "127.0.0.1"  # without a proxy the header is anyone's to write


def test_behind_the_proxy_failures_are_recorded_against_the_forwarded_address(lockout, alice):
    with override_settings(BEHIND_TLS_PROXY=True):
        Client().post(
            reverse("login"), {"username": "alice", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ADDRESS}",
        )  # fmt: skip
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ADDRESS]


# --- request body limits ----------------------------------------------------------------------------------


def test_a_form_with_too_many_fields_is_refused_before_any_view_reads_it():
    body = "&".join(f"f{n}=1" for n in range(1001))
    response = Client().post(reverse("login"), body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_a_form_body_over_the_memory_limit_is_refused():
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1024):
        response = Client().post(reverse("login"), {"username": "x" * 2000, "password": "y"})
    assert response.status_code == 400


# --- /healthz -------------------------------------------------------------------------------------------


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
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SECRET_KEY="x" * 50, DJANGO_SETTINGS_MODULE="reform_portal.settings", DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SSL_REDIRECT="0", DATABASE_URL="sqlite:////nonexistent-directory/portal.sqlite3", LOG_LEVEL="CRITICAL",
    )  # fmt: skip
    code = (
        "from django.test import Client; r = Client().get('/healthz'); print(r.status_code, r.content.decode().strip())"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "503 database unavailable"


def test_the_operations_guide_names_every_environment_variable_the_settings_read():
    settings_source = (ROOT / "reform_portal" / "settings.py").read_text()
    read = set(re.findall(r'env(?:str|bool|int|list)\("([A-Z_]+)"', settings_source))
    guide = (ROOT / "docs" / "OPERATIONS.md").read_text()
    assert len(read) > 30
    assert sorted(name for name in read if f"`{name}`" not in guide) == []
