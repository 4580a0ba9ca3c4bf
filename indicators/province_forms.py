"""Which statistical forms a unit uses, and a province's own copy of one.

The national forms (``FormDefinition.province`` blank) are the standard set. A province that wants to drop,
reorder or relabel a row of a form (Phụ lục I), or add one, copies the form (``copy_for_province``) and
changes its copy in the admin; no other province and no national form changes. The copy has its own code,
and a template names the form it attaches ("form:<code>" in its appendices and outline), so what a report
prints follows its template: the province's own templates are pointed at the copy when it is made, and a
template the province copies later names the province's copies from the start (``reports.report_types.
template_copied``). National templates keep the national forms, and no template may name another
province's form (``check_template_forms``). On a unit's figure pages the province's copy
takes the place of the national form it was copied from (``unit_forms``); the figures themselves belong to
the indicators, so the copy and the national form show the same stored values.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from indicators.models import FormDefinition, FormRow
from reform_portal.codes import free_code
from reports.models import OutlineSection, ReportType
from units.models import Unit

PREFIX = "form:"


def usable_forms(unit: Unit) -> QuerySet[FormDefinition]:
    """The active forms ``unit`` may use: the national ones and its own province's."""
    return FormDefinition.objects.filter(is_active=True).filter(Q(province__isnull=True) | Q(province_id=unit.root_id))


def named_forms(report_types) -> set[str]:
    """The codes of the forms ``report_types`` attach or embed (one query for the outlines' embeds)."""
    kinds = [kind for t in report_types for kind in t.appendices]
    ids = [t.pk for t in report_types]
    kinds += OutlineSection.objects.filter(report_type_id__in=ids, embed__startswith=PREFIX).values_list(
        "embed", flat=True
    )
    return {kind.removeprefix(PREFIX) for kind in kinds if kind.startswith(PREFIX)}


def unit_forms(unit: Unit, *, period=None) -> list[FormDefinition]:
    """The forms of ``unit``'s figure pages, in order (one query; two more when its province has copies).

    A province's copy takes the place of the national form it was copied from, unless the unit's reports
    for ``period`` (when it has some) attach the national form and not the copy: the figure pages show the
    form its report prints.
    """
    forms = list(usable_forms(unit).order_by("order", "code"))
    copies = [f for f in forms if f.province_id is not None and f.based_on_id is not None]
    if not copies:
        return forms
    named = None
    if period is not None:
        templates = list(ReportType.objects.filter(report__unit=unit, report__period=period).distinct())
        named = named_forms(templates) if templates else None
    hidden = set()
    national = {f.pk: f for f in forms if f.province_id is None}
    for copy in copies:
        source = national.get(copy.based_on_id)
        if named is None or copy.code in named:
            if source is not None and (named is None or source.code not in named):
                hidden.add(source.pk)
        else:
            hidden.add(copy.pk)
    return [f for f in forms if f.pk not in hidden]


def may_use(unit: Unit, form: FormDefinition) -> bool:
    """Whether ``unit`` may open ``form``: national, or its own province's (never another province's)."""
    return form.province_id is None or form.province_id == unit.root_id


def province_copies(province: Unit) -> dict[str, str]:
    """The codes of the national forms ``province`` has its own copy of -> the copy's code (the newest copy
    when there are several)."""
    copies = FormDefinition.objects.filter(province=province, based_on__isnull=False, based_on__province__isnull=True)
    return dict(copies.order_by("pk").values_list("based_on__code", "code"))


def _renamed(kinds, renames: dict[str, str]) -> list:
    return [PREFIX + renames.get(k.removeprefix(PREFIX), k.removeprefix(PREFIX)) if k.startswith(PREFIX) else k
            for k in kinds]  # fmt: skip


def point_at(report_type: ReportType, renames: dict[str, str]) -> bool:
    """Make ``report_type`` (a province's own) attach and embed the forms ``renames`` maps its forms to: its
    appendix set, its always-attached list and its outline's embedded tables. Whether anything changed."""
    if not renames:
        return False
    changed = False
    appendices, always = _renamed(report_type.appendices, renames), _renamed(report_type.always_attached, renames)
    if (appendices, always) != (list(report_type.appendices), list(report_type.always_attached)):
        report_type.appendices, report_type.always_attached = appendices, always
        report_type.save(update_fields=["appendices", "always_attached"])
        changed = True
    embeds = [PREFIX + code for code in renames]
    for section in OutlineSection.objects.filter(report_type=report_type, embed__in=embeds):
        section.embed = PREFIX + renames[section.embed.removeprefix(PREFIX)]
        section.save(update_fields=["embed"])
        changed = True
    return changed


@transaction.atomic
def copy_for_province(source: FormDefinition, *, province: Unit) -> tuple[FormDefinition, list[ReportType]]:
    """``province``'s own copy of the national form ``source``, its rows included, for its administrator to
    change; the province's own templates that attach or embed ``source`` now name the copy (returned with
    it). ``source`` is left as it is."""
    if province.parent_id is not None:
        raise ValueError("A form is copied for a province.")
    if source.province_id is not None:
        raise ValueError("A province copies a national form.")
    copy = FormDefinition.objects.create(
        code=free_code(FormDefinition, f"{source.code}-{province.code}".lower()),
        title=source.title,
        description=source.description,
        breakdown=source.breakdown,
        shares=source.shares,
        order=source.order,
        is_active=source.is_active,
        province=province,
        based_on=source,
    )
    FormRow.objects.bulk_create(
        FormRow(
            form=copy,
            order=row.order,
            stt=row.stt,
            label=row.label,
            indicator_id=row.indicator_id,
            is_group_header=row.is_group_header,
            consolidating_office=row.consolidating_office,
        )
        for row in source.rows.order_by("order", "id")
    )
    switched = [
        template
        for template in ReportType.objects.filter(province=province).order_by("code")
        if point_at(template, {source.code: copy.code})
    ]
    return copy, switched


def point_copied_template(*, copy: ReportType, province: Unit, **_kwargs) -> None:
    """A template the province just copied names the province's own copies of the national forms
    (a receiver of ``reports.report_types.template_copied``)."""
    point_at(copy, province_copies(province))


def check_template_forms(*, province_id, kinds: dict[str, list], **_kwargs) -> None:
    """Refuse a template that attaches or embeds a form its province may not use: another province's own form,
    or any province's in a national template (a receiver of ``reports.models.template_checked``; one query)."""
    codes = {field: [k.removeprefix(PREFIX) for k in ks if isinstance(k, str) and k.startswith(PREFIX)]
             for field, ks in kinds.items()}  # fmt: skip
    wanted = {code for field_codes in codes.values() for code in field_codes}
    if not wanted:
        return
    foreign = FormDefinition.objects.filter(code__in=wanted, province__isnull=False)
    if province_id is not None:
        foreign = foreign.exclude(province_id=province_id)
    refused = set(foreign.values_list("code", flat=True))
    errors = {
        field: _("Another province's form: %(codes)s.") % {"codes": ", ".join(sorted(set(field_codes) & refused))}
        for field, field_codes in codes.items()
        if set(field_codes) & refused
    }
    if errors:
        raise ValidationError(errors)
