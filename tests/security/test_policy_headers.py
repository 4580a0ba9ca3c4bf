"""The Content-Security-Policy without inline script or style, and the Permissions-Policy, on every kind of page.

A page could only run script an attacker slipped into it if the policy allowed inline code; these tests check
that it does not, and that no page or template needs it to.
"""

import html.parser
import re

import pytest
from django.test import Client

from desk.services import report_create
from reports.models import ReportType
from reports.periods import ensure_period
from tests.clients import client_for
from tests.security.helpers import PASSWORD, ROOT
from units.models import User


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
