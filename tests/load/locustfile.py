"""The deadline day: clerks enter figures, save sections, validate and submit; reviewers read boards,
consolidations and exports. Run through tests/load/run.py (it prepares the accounts, starts gunicorn and
runs this file headless for each number of users); by hand:

    .venv/bin/locust -f tests/load/locustfile.py --headless -u 20 -r 5 -t 60s --host http://127.0.0.1:8000

Reads the accounts that tests/load/prepare.py wrote (``LOAD_ACCOUNTS``, default
/tmp/reform_portal_load.json). Every request must answer 2xx (redirects followed); a page that answers
200 with Django's "nothing was saved" message is a failure too. Three clerks to one reviewer; each person
waits between pages, as someone reading them: ``LOAD_THINK`` seconds, "1-3" (the default: between 1 and 3)
or a single number. People start with the session prepare.py made for them (on the deadline day a clerk
logged in hours ago); with ``LOAD_LOGIN=1`` each logs in through the form first, a log-in costing about a
quarter of a second of CPU for the password's hash.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from html.parser import HTMLParser

from locust import HttpUser, between, constant, task

with open(os.environ.get("LOAD_ACCOUNTS", "/tmp/reform_portal_load.json"), encoding="utf-8") as accounts:
    ACCOUNTS = json.load(accounts)
_clerks = itertools.cycle(ACCOUNTS["clerks"])
_reviewers = itertools.cycle(ACCOUNTS["reviewers"])
REFUSED = ("Không có gì được lưu", "Chưa lưu gì")  # the editor's and the figures form's "nothing was saved"


class Forms(HTMLParser):
    """The page's forms: each a list of (name, value) of its inputs, text areas and selects as the page holds them."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._field = None  # the select or text area being read
        self._text = False  # inside a text area: its text is its value

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "action": a.get("action") or "",
                    "method": (a.get("method") or "get").lower(),
                    "fields": [],
                    "buttons": [],
                }
            )
        elif not self.forms:
            return
        elif (
            tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "file", "checkbox", "radio")
        ):
            self.forms[-1]["fields"].append([a["name"], a.get("value") or ""])
        elif tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a and a.get("name"):
            self.forms[-1]["fields"].append([a["name"], a.get("value") or "on"])
        elif tag == "button" and a.get("name"):
            self.forms[-1]["buttons"].append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self._field, self._text = [a["name"], ""], True
            self.forms[-1]["fields"].append(self._field)
        elif tag == "select" and a.get("name"):
            self._field = [a["name"], None]
            self.forms[-1]["fields"].append(self._field)
        elif tag == "option" and self._field is not None and self._field[1] is None and "selected" in a:
            self._field[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag in ("textarea", "select"):
            if self._field is not None and self._field[1] is None:
                self._field[1] = ""
            self._field, self._text = None, False

    def handle_data(self, data):
        if self._text:
            self._field[1] += data


def forms(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


def form_with(html: str, predicate) -> dict | None:
    """The first POST form for which ``predicate(fields as a dict, buttons as (name, value) pairs)`` holds."""
    return next((f for f in forms(html) if f["method"] == "post" and predicate(dict(f["fields"]), f["buttons"])), None)


_think = os.environ.get("LOAD_THINK", "1-3").split("-")
THINK = between(float(_think[0]), float(_think[1])) if len(_think) == 2 else constant(float(_think[0]))


class Person(HttpUser):
    abstract = True
    wait_time = THINK

    def on_start(self):
        if os.environ.get("LOAD_LOGIN") != "1":
            name, value = self.account["session"].split("=", 1)
            self.client.cookies.set(name, value)
            return
        page = self.client.get("/accounts/login/", name="login page")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        with self.client.post(
            "/accounts/login/",
            {"username": self.account["username"], "password": ACCOUNTS["password"], "csrfmiddlewaretoken": token},
            name="log in",
            catch_response=True,
        ) as response:
            if "/accounts/login/" in response.url:
                response.failure("the log-in was refused")

    def post_form(self, url: str, form: dict, changes: dict, name: str):
        data = dict(form["fields"]) | changes
        with self.client.post(form["action"] or url, data, name=name, catch_response=True) as response:
            if any(text in response.text for text in REFUSED):
                response.failure("refused: " + name)


class Clerk(Person):
    weight = 3

    def on_start(self):
        self.account = next(_clerks)
        super().on_start()
        self.base = f"/u/{self.account['unit']}/p/{ACCOUNTS['period']}/figures/"
        self.report = f"/reports/{self.account['report']}/"

    @task
    def deadline_day(self):
        self.client.get("/", name="home")
        self.wait()
        page = self.client.get(self.base + "staff/", name="figures form")
        sheet = form_with(page.text, lambda fields, _buttons: any(k.startswith("v:") for k in fields))
        self.wait()
        if sheet is not None:
            self.post_form(self.base + "staff/", sheet, {"v:staff.officials": str(random.randint(10, 40))},
                           "figures save")  # fmt: skip
            self.wait()
        page = self.client.get(self.report + "edit/", name="editor")
        editor = form_with(page.text, lambda fields, _buttons: "version" in fields)
        self.wait()
        if editor is not None:
            self.post_form(self.report + "edit/", editor, {}, "sections save")
            self.wait()
        self.client.get(self.base, name="figures and findings (validate)")
        self.wait()
        page = self.client.get(self.report, name="report page")
        move = form_with(page.text, lambda _fields, buttons: ("move", "submit") in buttons)
        if move is not None:
            self.wait()
            self.post_form(self.report + "move/", move, {"move": "submit"}, "submit")


class Reviewer(Person):
    weight = 1

    def on_start(self):
        self.account = next(_reviewers)
        super().on_start()

    @task(4)
    def follow(self):
        unit, period = self.account["unit"], ACCOUNTS["review_period"]
        self.client.get(f"/board/{unit}/{period}/", name="board")
        self.wait()
        self.client.get(f"/u/{unit}/p/{period}/consolidation/", name="consolidation")
        if self.account["reports"]:
            self.wait()
            self.client.get(f"/reports/{random.choice(self.account['reports'])}/", name="report page (reviewer)")

    @task(1)
    def export(self):
        unit, period = self.account["unit"], ACCOUNTS["review_period"]
        self.client.get(f"/u/{unit}/p/{period}/consolidation/export.xlsx", name="consolidation export (xlsx)")
        if self.account["reports"]:
            self.wait()
            self.client.get(f"/reports/{random.choice(self.account['reports'])}/preview.pdf", name="report PDF")
