"""The SIPAS spreadsheet: its rows read through the bounded reader and matched to the framework's units, by
the unit's code in column A or, when column A is not a known code, by the unit's name (case, spacing and
Unicode composition aside). Any row that names no unit refuses the whole file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from reform_portal.uploads import UploadRefused, open_xlsx

_NUMBER = re.compile(r"\s*[+-]?\d+(?:[.,]\d+)?\s*")


@dataclass(frozen=True)
class SurveyRow:
    number: int  # the row's number in the sheet
    unit: str  # column A as written: a code or a name
    points: str  # column B as text ("" when empty)


def name_key(text: str) -> str:
    """A unit's name for matching: NFC, case folded, runs of whitespace as one space."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def code_key(text: str) -> str:
    """Column A as a code: digits padded as the official codes are (3 digits for a district, 5 for a commune)."""
    text = text.strip()
    if text.isdigit():
        return text.zfill(3) if len(text) <= 3 else text.zfill(5)
    return text


def read_survey_rows(upload) -> list[SurveyRow]:
    """The rows of the first sheet with something in column A (a code or a name), points in column B."""
    found = []
    with open_xlsx(upload) as book:
        for number, row in enumerate(book.rows(max_col=2), start=1):
            unit = "" if not row or row[0] is None else str(row[0]).strip()
            if not unit:
                continue
            points = "" if len(row) < 2 or row[1] is None else str(row[1]).strip()
            found.append(SurveyRow(number, unit, points))
    return found


def match_survey_rows(rows: list[SurveyRow], units) -> dict[str, str]:
    """(unit code -> points) for ``units`` (the framework's assessed units). A row whose column A is neither a
    unit's code nor its name refuses the whole file, with every such row named, when column A is a number or
    column B holds one; otherwise it is a heading and skipped."""
    by_code = {unit.code: unit.code for unit in units}
    names: dict[str, list[str]] = {}
    for unit in units:
        names.setdefault(name_key(unit.name), []).append(unit.code)
    points, unmatched = {}, []
    for row in rows:
        code = by_code.get(code_key(row.unit))
        if code is None:
            codes = names.get(name_key(row.unit), [])
            code = codes[0] if len(codes) == 1 else None
        if code is not None:
            points[code] = row.points
        elif _NUMBER.fullmatch(row.points) or row.unit.isdigit():
            unmatched.append(_("row %(number)d (%(unit)s)") % {"number": row.number, "unit": row.unit})
    if unmatched:
        raise ValidationError(
            _("No unit of this framework has the code or the name in column A of %(rows)s: nothing was saved.")
            % {"rows": "; ".join(unmatched)}
        )
    if not points:
        raise UploadRefused(_("The file has no row with a unit's code or name in column A and its points in column B."))
    return points
