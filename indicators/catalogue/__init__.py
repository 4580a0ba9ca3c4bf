"""The standard catalogue, loaded by a data migration into every database.

Sources: Phụ lục 1 of seed 001 (groups 1-7, items 1.1 …), the dossier
statistics of Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) and the staff
figures of seeds 000 and 001. Codes are stable: imports, exports, rules and
other modules refer to them. Text here is document text, in Vietnamese.

A province changes this catalogue in the admin; a change to the shipped
standard goes into a new migration that calls ``load(apps)`` again
(idempotent: rows are matched on their codes).
"""

from __future__ import annotations

from indicators.catalogue.appendix import APPENDIX_INDICATORS
from indicators.catalogue.base import GROUPS, PROCEDURE_FIELDS
from indicators.catalogue.dossiers import DOSSIER_INDICATORS
from indicators.catalogue.forms import FORMS
from indicators.catalogue.reported import REPORTED_INDICATORS
from indicators.catalogue.rules import RULES
from indicators.catalogue.staff import STAFF_INDICATORS, STAFF_RATE_INDICATORS
from indicators.catalogue.staff_quality import STAFF_QUALITY_INDICATORS

# The order is the display order in the admin and in forms without their own layout.
INDICATORS = [
    *APPENDIX_INDICATORS,
    *DOSSIER_INDICATORS,
    *STAFF_INDICATORS,
    *REPORTED_INDICATORS,
    *STAFF_QUALITY_INDICATORS,
    *STAFF_RATE_INDICATORS,
]

__all__ = ["FORMS", "GROUPS", "INDICATORS", "PROCEDURE_FIELDS", "RULES", "load"]


def load(apps) -> None:
    """Create or update the standard catalogue (idempotent; matched on codes)."""
    Group = apps.get_model("indicators", "IndicatorGroup")
    Indicator = apps.get_model("indicators", "Indicator")
    ProcedureField = apps.get_model("indicators", "ProcedureField")
    Form = apps.get_model("indicators", "FormDefinition")
    FormRow = apps.get_model("indicators", "FormRow")
    Rule = apps.get_model("indicators", "Rule")

    groups = {}
    for order, (code, name, office) in enumerate(GROUPS, start=1):
        groups[code], _ = Group.objects.update_or_create(
            code=code, defaults={"name": name, "consolidating_office": office, "order": order}
        )
    for order, (code, name) in enumerate(PROCEDURE_FIELDS, start=1):
        ProcedureField.objects.update_or_create(code=code, defaults={"name": name, "order": order})

    by_code = {}
    for order, spec in enumerate(INDICATORS, start=1):
        spec = dict(spec)
        group = groups[spec.pop("group")]
        spec.pop("num", None)
        spec.pop("den", None)
        spec.pop("stated", None)
        code = spec.pop("code")
        by_code[code], _ = Indicator.objects.update_or_create(
            code=code,
            defaults={**spec, "group": group, "consolidating_office": group.consolidating_office, "order": order * 10},
        )
    for spec in INDICATORS:
        if "num" in spec:
            indicator = by_code[spec["code"]]
            indicator.numerator = by_code[spec["num"]]
            indicator.denominator = by_code[spec["den"]]
            indicator.save(update_fields=["numerator", "denominator"])
    # Migrations before 0004 load the catalogue into a model without the "stated" field.
    if any(f.name == "stated" for f in Indicator._meta.get_fields()):
        for spec in INDICATORS:
            stated = by_code[spec["stated"]] if "stated" in spec else None
            Indicator.objects.filter(pk=by_code[spec["code"]].pk).update(stated=stated)

    for order, (code, title, breakdown, rows) in enumerate(FORMS, start=1):
        form, _ = Form.objects.update_or_create(
            code=code, defaults={"title": title, "breakdown": breakdown, "order": order}
        )
        FormRow.objects.filter(form=form).delete()
        FormRow.objects.bulk_create(
            FormRow(
                form=form,
                order=(position + 1) * 10,
                stt=row[0],
                label=row[1] or "",
                indicator=by_code[row[2]] if row[2] else None,
                is_group_header=row[2] is None,
                consolidating_office=row[3] if len(row) > 3 else "",
            )
            for position, row in enumerate(rows)
        )

    for order, (code, kind, expression, severity, blocks, message, requires) in enumerate(RULES, start=1):
        Rule.objects.update_or_create(
            code=code,
            defaults={
                "kind": kind,
                "expression": expression,
                "severity": severity,
                "blocks_saving": blocks,
                "message": message,
                "requires": requires,
                "order": order * 10,
            },
        )
