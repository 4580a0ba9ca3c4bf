"""Fill empty Vietnamese translations from a JSON dictionary {msgid: msgstr}.

Usage: .venv/bin/python tools/po_fill.py path/to/django.po translations.json
Prints the msgids that are still untranslated, so none slips through.
"""

import json
import sys

import polib


def main(po_path: str, json_path: str) -> int:
    po = polib.pofile(po_path)
    with open(json_path, encoding="utf-8") as fh:
        table = json.load(fh)
    for entry in po:
        if entry.msgid in table and (not entry.msgstr or "fuzzy" in entry.flags):
            entry.msgstr = table[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.save()
    missing = [e.msgid for e in po if not e.translated() and not e.obsolete]
    for msgid in missing:
        print("untranslated:", msgid)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
