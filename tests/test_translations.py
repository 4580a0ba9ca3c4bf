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


def test_a_string_means_the_same_in_every_catalogue():
    """gettext merges every app's catalogue: one msgid can only have one translation at run time."""
    translations: dict[tuple, dict[str, list[str]]] = {}
    for path in CATALOGUES:
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            key = (entry.msgctxt, entry.msgid)
            translations.setdefault(key, {}).setdefault(entry.msgstr, []).append(path.parts[-5])
    conflicts = {key: found for key, found in translations.items() if len(found) > 1}
    assert conflicts == {}
