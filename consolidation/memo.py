"""Figures that do not change while a document is read: ``reading()`` and ``remembered()``.

Inside ``reading()`` a consolidation, a completeness or a breakdown is computed once per arguments and
handed to every caller (an official document asks for the same district's consolidation from its text,
its tables, its appendices and its charts), and the catalogue's version is read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from indicators import stamp

_memo: ContextVar[dict | None] = ContextVar("consolidation_memo", default=None)


@contextmanager
def reading() -> Iterator[None]:
    """Within this block the figures do not change: a consolidation, a completeness or a breakdown is
    computed once per arguments and handed to every caller (an official document asks for the same
    district's consolidation from its text, its tables, its appendices and its charts). Outside it every
    call computes afresh. Nested blocks share the outermost one's results."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        with stamp.once():  # and the catalogue's version read once
            yield
    finally:
        _memo.reset(token)


def remembered(key: tuple, compute: Callable):
    """``compute()``, once per ``key`` inside ``reading()``; afresh outside it."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]
