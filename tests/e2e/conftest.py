"""A real browser: Debian's chromium driven by Playwright (no downloaded browsers)."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"


@pytest.fixture(scope="module")
def browser():
    # Module-scoped: Playwright's sync API keeps an event loop running while it is open, which would
    # break later tests in the same worker that call asyncio.run() (pyHanko's signing test does).
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}; bin/test installs Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def shipped_data(transactional_db):
    from tests.shipped_data import install_shipped_data

    install_shipped_data()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a live-server test's final flush, put the shipped data back for the tests that follow."""
    yield
    if item.get_closest_marker("e2e") is None or nextitem is None:
        return  # not a browser test, or the last test: the test database is already gone
    from pytest_django.plugin import blocking_manager_key

    from tests.shipped_data import install_shipped_data

    with item.config.stash[blocking_manager_key].unblock():
        install_shipped_data()


# What the browser says when the Content-Security-Policy or the Permissions-Policy refuses something.
POLICY_COMPLAINTS = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy", "Permissions Policy")


@pytest.fixture
def new_page(browser, live_server):
    contexts, complaints = [], []

    def make(width=1280, height=900):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.base = live_server.url
        page.on("console", lambda m: complaints.append(m.text) if any(c in m.text for c in POLICY_COMPLAINTS) else None)
        return page

    yield make
    for context in contexts:
        context.close()
    # Every page of every browser test ran under the policies: nothing may have been refused.
    assert complaints == []


@pytest.fixture
def shot():
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    return take


def login(page, username, password="pw-123456"):
    page.goto(page.base + "/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(page.base + "/")
