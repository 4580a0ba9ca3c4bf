"""The README's "Deploying with PostgreSQL and gunicorn" recipe, run for real, then browsed over HTTP.

The rest of the suite runs with tests.settings (plain static storage, SSL redirect off, any host); this
module starts the production settings the way a deployment does: DEBUG off, a fresh secret key,
compilemessages, collectstatic into whitenoise's CompressedManifestStaticFilesStorage, migrate, and
gunicorn (two workers; the README says three), against a database of its own (PostgreSQL when the suite's DATABASE_URL
is PostgreSQL, else SQLite). seed_demo stands in for createsuperuser so that there is something to open.
Everything is set up once per module by the `site` fixture; each test looks at one aspect.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
ONE_YEAR = 365 * 24 * 3600


# --- set-up ------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _fresh_database(workdir: Path):
    """Yield the DATABASE_URL of an empty database that is removed afterwards."""
    suite_url = os.environ.get("DATABASE_URL", "")
    if not suite_url or "postgresql" not in dj_database_url.parse(suite_url)["ENGINE"]:
        yield f"sqlite:///{workdir / 'db.sqlite3'}"  # the file goes with the temporary directory
        return

    import psycopg

    parts = urllib.parse.urlsplit(suite_url)
    name = f"{parts.path.lstrip('/')}_gunicorn_{secrets.token_hex(4)}"
    # CREATE/DROP DATABASE cannot run inside a transaction, and not while connected to that database.
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield parts._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            # gunicorn's workers are gone by now, but their connections may not have been closed yet.
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _production_environment(workdir: Path, database_url: str) -> dict[str, str]:
    # tests/settings.py has put DJANGO_PLAIN_STATIC, DJANGO_ALLOWED_HOSTS=* and others into this process's
    # environment; none of them may reach the deployment, or it would not be the production set-up.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DJANGO_MEDIA_ROOT=str(workdir / "media"),
        # The README puts a TLS proxy in front (DJANGO_BEHIND_TLS_PROXY=1); here the tests talk plain http
        # to gunicorn directly, so the cookies must not be Secure-only (the client would never send them
        # back) and SECURE_SSL_REDIRECT, on by default without DEBUG, must be off (every page would
        # answer 301 to https://, which nothing here listens on).
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SSL_REDIRECT="0",
        # As the README: behind the proxy, the client's address is the one it appends to X-Forwarded-For
        # (the lock-out tests below send one; the other tests send none and count as 127.0.0.1).
        DJANGO_BEHIND_TLS_PROXY="1",
    )
    return env


def _manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"


def _wait_until_answering(process: subprocess.Popen, port: int, stderr_path: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with contextlib.suppress(OSError, http.client.HTTPException):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/accounts/login/")
            conn.getresponse().read()
            conn.close()
            return
        time.sleep(0.2)
    state = f"exited with {process.returncode}" if process.poll() is not None else f"silent for {seconds:.0f} s"
    pytest.fail(f"gunicorn {state}; its stderr:\n{stderr_path.read_text(errors='replace')}")


@dataclass
class Site:
    port: int
    stderr_path: Path

    def log(self) -> str:
        """gunicorn's stderr: with DEBUG off, the only place a server error's traceback shows up."""
        return self.stderr_path.read_text(errors="replace")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    # A missing gunicorn is a broken install (it is in requirements.txt), not a reason to skip.
    assert GUNICORN.is_file(), f"{GUNICORN} is missing: .venv/bin/pip install -r requirements.txt"
    workdir = tmp_path_factory.mktemp("production")
    with _fresh_database(workdir) as database_url:
        env = _production_environment(workdir, database_url)
        _manage(env, "compilemessages", "--ignore=.venv")
        # collectstatic (which compresses every file with gzip and brotli) and building the database take
        # about as long each and need nothing from each other: run them side by side.
        with ThreadPoolExecutor(2) as pool:
            static = pool.submit(_manage, env, "collectstatic", "--noinput")
            database = pool.submit(lambda: [_manage(env, *args) for args in (["migrate", "-v0"], ["seed_demo"])])
            static.result()  # re-raises a failed command's assertion
            database.result()
        # The manifest maps every static name to its hashed copy; without it no page can be rendered.
        assert (workdir / "static" / "staticfiles.json").is_file()

        port = _free_port()
        stderr_path = workdir / "gunicorn.stderr"
        with stderr_path.open("wb") as stderr:  # a file, not a pipe: a full pipe would block gunicorn
            process = subprocess.Popen(
                [GUNICORN, "reform_portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "120"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
            )  # fmt: skip
        try:
            _wait_until_answering(process, port, stderr_path)
            yield Site(port, stderr_path)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --- a small browser -----------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode()


@dataclass
class Browser:
    """Keeps cookies like a browser; never follows redirects, so each test sees every answer."""

    site: Site
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, body: str | None = None, headers: dict | None = None) -> Response:
        # An English browser: the portal must still answer in Vietnamese (VietnameseFirstLocaleMiddleware).
        sent = {"Accept-Language": "en-US,en;q=0.9", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.site.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=sent)
            raw = conn.getresponse()
            response = Response(raw.status, raw.headers, raw.read())
        finally:
            conn.close()
        assert response.status < 500, f"{method} {path}: HTTP {response.status}; gunicorn's stderr:\n{self.site.log()}"
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post_form(self, path: str, data: dict[str, str]) -> Response:
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            # Django checks Referer only on HTTPS; a browser sends it anyway, and so does this one.
            "Referer": f"http://127.0.0.1:{self.site.port}{path}",
            "Origin": f"http://127.0.0.1:{self.site.port}",
        }
        return self.request("POST", path, urllib.parse.urlencode(data), headers)


def _csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "the page has no CSRF token in its form"
    return match.group(1)


def _stylesheet(html: str, name: str) -> str:
    """The href of the stylesheet vendor/<name>.<hash>.css that a page links to."""
    match = re.search(rf'href="(/static/vendor/{re.escape(name)}\.[0-9a-f]{{12}}\.css)"', html)
    assert match, f"no hashed {name}.css link in the page:\n{html[:2000]}"
    return match.group(1)


def _max_age(response: Response) -> int:
    match = re.search(r"max-age=(\d+)", response.headers.get("Cache-Control", ""))
    return int(match.group(1)) if match else 0


@dataclass
class Clerk:
    browser: Browser
    login: Response
    home: Response


def log_in(site, username: str) -> Clerk:
    """A demo login through the login form, like a person would, and the page it lands on."""
    browser = Browser(site)
    page = browser.get("/accounts/login/")
    assert "csrftoken" in browser.cookies, "the login page set no CSRF cookie"
    login = browser.post_form(
        "/accounts/login/",
        {"csrfmiddlewaretoken": _csrf_token(page.text), "username": username, "password": "demo1234", "next": ""},
    )
    home = browser.get(urllib.parse.urlsplit(login.headers.get("Location", "/")).path or "/")
    return Clerk(browser, login, home)


@pytest.fixture(scope="module")
def clerk(site) -> Clerk:
    """clerk.binhphuoc, logged in, and the home page."""
    return log_in(site, "clerk.binhphuoc")


# --- the tests -----------------------------------------------------------------------------------------


def test_it_serves_the_vietnamese_login_page(site):
    page = Browser(site).get("/accounts/login/")

    assert page.status == 200
    assert '<html lang="vi">' in page.text
    assert "Đăng nhập" in page.text


def test_it_serves_hashed_static_files_cached_for_a_year(site):
    browser = Browser(site)
    href = _stylesheet(browser.get("/accounts/login/").text, "bootstrap/bootstrap.min")

    css = browser.get(href)

    assert css.status == 200
    assert css.headers["Content-Type"].startswith("text/css")
    # whitenoise marks files whose name carries the content hash as cacheable for ever.
    assert _max_age(css) >= ONE_YEAR, css.headers.get("Cache-Control")


def test_it_answers_an_unknown_url_with_404(site):
    page = Browser(site).get("/no-such-page/")

    assert page.status == 404
    assert "Using the URLconf" not in page.text  # Django's debug 404 page: DEBUG is really off


def test_it_logs_the_clerk_in_with_the_demo_password(clerk):
    assert clerk.login.status == 302, clerk.login.text[:2000]
    assert urllib.parse.urlsplit(clerk.login.headers["Location"]).path == "/"
    assert "sessionid" in clerk.browser.cookies


def test_it_shows_the_clerk_their_units_home_page(clerk):
    assert clerk.home.status == 200
    assert "Bình Phước" in clerk.home.text


def test_it_serves_bootstrap_icons_and_their_font(clerk):
    href = _stylesheet(clerk.home.text, "bootstrap-icons/bootstrap-icons.min")
    css = clerk.browser.get(href)
    assert css.status == 200
    # The manifest storage rewrote the CSS's relative font URLs to the hashed copies.
    font = re.search(r'url\("?(fonts/bootstrap-icons\.[0-9a-f]{12}\.woff2)[?#"]', css.text)
    assert font, "bootstrap-icons CSS names no hashed woff2 font"

    woff2 = clerk.browser.get(urllib.parse.urljoin(href, font.group(1)))

    assert woff2.status == 200
    assert woff2.body[:4] == b"wOF2"


def test_it_lets_the_clerk_start_a_report_and_open_it(clerk):
    # Bình Phước's demo report of 2023 is seed 000's programme report; the clerk starts another 2023 report
    # (the first template the form offers): a write through gunicorn into the fresh database, then its page.
    year = clerk.browser.get("/?year=2023")
    start = re.search(r'href="(/u/21073/p/2023/reports/new/)"', year.text)
    assert start, "the clerk's home page offers no way to start the 2023 report"
    form = clerk.browser.get(start.group(1))
    assert form.status == 200
    template = re.search(r'<option value="(\d+)"', form.text)
    assert template, "the new-report form offers no template"

    created = clerk.browser.post_form(
        start.group(1),
        {"csrfmiddlewaretoken": _csrf_token(form.text), "report_type": template.group(1), "copy_previous": "on"},
    )

    assert created.status == 302, created.text[:2000]
    editor = re.fullmatch(r"/reports/(\d+)/edit/", urllib.parse.urlsplit(created.headers["Location"]).path)
    assert editor, created.headers["Location"]
    assert f'href="/reports/{editor.group(1)}/"' in clerk.browser.get("/?year=2023").text  # now on the home page
    page = clerk.browser.get(f"/reports/{editor.group(1)}/")
    assert page.status == 200
    assert "Bình Phước" in page.text

    pdf = clerk.browser.get(f"/reports/{editor.group(1)}/preview.pdf")  # WeasyPrint under gunicorn
    assert pdf.status == 200 and pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF-") and len(pdf.body) > 10_000


def test_it_serves_the_admin_to_the_superuser(site):
    admin = log_in(site, "admin")
    for path in ("/admin/", "/admin/units/unit/", "/admin/reports/report/"):
        page = admin.browser.get(path)
        assert page.status == 200, path
    assert "Bình Phước" in admin.browser.get("/admin/units/unit/?q=B%C3%ACnh+Ph%C6%B0%E1%BB%9Bc").text


def test_pages_carry_the_content_security_policy_and_the_permissions_policy(clerk):
    for page in (Browser(clerk.browser.site).get("/accounts/login/"), clerk.home):
        policy = page.headers["Content-Security-Policy"]
        assert "script-src 'self';" in policy + ";" and "style-src 'self';" in policy + ";"
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
        assert "camera=()" in page.headers["Permissions-Policy"]
        assert '<script src="/static/js/portal.' in page.text  # the hashed copy, served by whitenoise
    assert clerk.login.headers["Set-Cookie"]  # the session cookie lasts the idle time, 8 hours by default
    assert "Max-Age=28800" in " ".join(clerk.login.headers.get_all("Set-Cookie"))


def test_healthz_answers_ok_without_a_session(site):
    browser = Browser(site)
    health = browser.get("/healthz")

    assert health.status == 200
    assert health.text == "ok\n"
    assert health.headers.get("Set-Cookie") is None and browser.cookies == {}
    assert "no-store" in health.headers["Cache-Control"]


def _failed_login(site, username: str, address: str) -> int:
    """One wrong password for ``username``, as the proxy would forward it from ``address``."""
    browser = Browser(site)
    page = browser.get("/accounts/login/")
    answer = browser.request(
        "POST",
        "/accounts/login/",
        urllib.parse.urlencode(
            {"csrfmiddlewaretoken": _csrf_token(page.text), "username": username, "password": "wrong-password"}
        ),
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://127.0.0.1:{site.port}/accounts/login/",
            "X-Forwarded-For": address,  # documentation addresses (RFC 5737): a header, not a destination
        },
    )
    return answer.status


def test_it_locks_an_account_guessed_from_many_addresses(site):
    answers = [_failed_login(site, "viewer.quangngai", f"192.0.2.{n}") for n in range(1, 6)]
    assert answers == [200, 200, 200, 200, 429]


def test_it_locks_an_address_guessing_at_many_accounts(site):
    accounts = ["reviewer.quangngai", "leader.tinhchau", "clerk.laihung", "leader.binhson"]
    answers = [_failed_login(site, account, "203.0.113.50") for account in accounts * 4]
    assert answers[:14] == [200] * 14 and answers[14:] == [429, 429]
    assert _failed_login(site, "clerk.tinhchau", "203.0.113.51") == 200  # another address is not locked


def test_it_refuses_a_form_with_too_many_fields(site):
    browser = Browser(site)
    token = _csrf_token(browser.get("/accounts/login/").text)  # with a good token, Django reads the body
    fields = {"csrfmiddlewaretoken": token, **{f"f{n}": "1" for n in range(1001)}}

    answer = browser.post_form("/accounts/login/", fields)

    assert answer.status == 400
