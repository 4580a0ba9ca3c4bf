"""Vietnamese is the primary language: every interface string must have a translation."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(p for p in ROOT.glob("*/locale/vi/LC_MESSAGES/django.po") if ".venv" not in p.parts)


def test_there_are_catalogues():
    assert len(CATALOGUES) >= 3


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-5])
def test_every_string_is_translated(path):
    po = polib.pofile(str(path))
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
    assert missing == []
