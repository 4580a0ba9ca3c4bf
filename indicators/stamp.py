"""The catalogue built once per process, rebuilt when an administrator changes it.

The catalogue (indicators, groups, procedure fields, forms and their rows, rules) is read on every page
that shows a figure, and changes a few times a year. Each process keeps what it built from it
(``cached(key, build)``: the active indicators, the rules, a form's layout) under the version it read
from ``CatalogueStamp``, a one-row table whose token every change of the catalogue rewrites in the
change's own transaction (post_save and post_delete of the catalogue models, their bulk writes, and
every ``migrate``). A process reads the token once per request (the first ``cached`` call of the
request; 1 query) and outside a request at every call, so a change made by any process, committed or
not yet in this transaction, is seen by the next request of every process; a change rolled back gives
the old token back, which differs from the one the process built under, so it rebuilds again.

What is cached is shared by the requests of a process: callers must not change the objects they get
(``active_indicators`` hands out a copy of its dict, not of the indicators).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections

from indicators.models import (
    CatalogueStamp,
    FormDefinition,
    FormRow,
    Indicator,
    IndicatorGroup,
    ProcedureField,
    Rule,
)

CATALOGUE_MODELS = (IndicatorGroup, Indicator, ProcedureField, FormDefinition, FormRow, Rule)
STAMP_PK = 1

_lock = threading.Lock()
_built: dict = {"token": None, "items": {}}  # this process's catalogue: the token it was built under
_request = threading.local()  # .active: inside a request; .token: the token read in this request
builds: Counter = Counter()  # how many times each key was built in this process (the tests read it)


def current_token() -> str | None:
    """The catalogue's version: read once per request, at every call outside one. None: no stamp row."""
    if getattr(_request, "active", False) and getattr(_request, "token", None) is not None:
        return _request.token
    token = CatalogueStamp.objects.filter(pk=STAMP_PK).values_list("token", flat=True).first()
    if getattr(_request, "active", False):
        _request.token = token
    return token


def cached[T](key: str, build: Callable[[], T]) -> T:
    """``build()``'s result, built once per process and catalogue version."""
    token = current_token()
    if token is None:  # no stamp row (a flushed test database): nothing can tell a change, so nothing is kept
        builds[key] += 1
        return build()
    with _lock:
        if _built["token"] != token:
            _built["token"], _built["items"] = token, {}
        items = _built["items"]
        if key in items:
            return items[key]
    value = build()
    builds[key] += 1
    with _lock:
        if _built["token"] == token:
            _built["items"][key] = value
    return value


def bump(*, using: str | None = None, **_kwargs) -> None:
    """A new version of the catalogue (a receiver of the catalogue models' signals)."""
    manager = CatalogueStamp.objects.db_manager(using)
    manager.update_or_create(pk=STAMP_PK, defaults={"token": uuid.uuid4().hex})
    forget()


def bump_after_migrate(*, using: str = DEFAULT_DB_ALIAS, **_kwargs) -> None:
    """After ``migrate`` (and a test database's flush): data migrations change the catalogue without signals."""
    if CatalogueStamp._meta.db_table in connections[using].introspection.table_names():
        bump(using=using)


def forget() -> None:
    """Drop this process's catalogue (the next call reads the token and builds again)."""
    with _lock:
        _built["token"], _built["items"] = None, {}
    _request.token = None


@contextmanager
def once() -> Iterator[None]:
    """Within this block (work outside a request: a document, a task) the version is read once, as in a request."""
    saved = getattr(_request, "active", False), getattr(_request, "token", None)
    if not saved[0]:
        _request.active, _request.token = True, None
    try:
        yield
    finally:
        _request.active, _request.token = saved


def request_started(**_kwargs) -> None:
    _request.active, _request.token = True, None


def request_finished(**_kwargs) -> None:
    _request.active, _request.token = False, None
