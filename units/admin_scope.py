"""Who may see or change what in the Django admin: the admin's side of ``units.access``.

The admin serves two kinds of staff: superusers, who may do anything, and unit administrators
(a membership with the ADMIN role, staff status and the model permissions of
``ADMINISTRATOR_PERMISSIONS``), who administer the subtree of their unit (``Action.ADMINISTER``).
Model permissions say *which kinds* of objects a person may see or change; these mixins say *which
objects*, always through ``units.access``:

- Unit-scoped data (``ScopedAdminMixin``: units, memberships, reports, plans, documents, values,
  explanations): every list, every object page, every history page and revert, and every save is limited
  to the units the user administers. An object outside answers as a missing one (a redirect to the admin
  index for Django's pages, 404 for django-simple-history's), never 403, so ids reveal nothing.
- Every foreign-key and many-to-many choice (``ScopedChoicesMixin``), and so every autocomplete answer,
  is the queryset the related model's own admin shows the user: a unit administrator can only pick units
  they administer, people they manage, documents of their units.
- National data (``NationalAdminMixin``: the indicator catalogue, forms, rules, procedure fields,
  periods, reform fields, the national report templates): the same for the whole country, so only
  superusers add, change or delete it, whatever model permissions a person holds. Unit administrators may
  read it (the seeded permissions include ``view``): they answer their units' questions about indicators
  and rules. A province's own report templates and statistical forms (copies of national ones) are its
  administrator's (reports.admin, indicators.admin).
- Accounts and permissions themselves (groups; the privilege fields of a user) are for superusers only
  (``SuperuserOnlyAdminMixin``; ``units.admin.UserAdmin``).

Reverts (django-simple-history's ``history_form_view``) are saves: they need the change permission on
the object as it is now (or the add permission when it was deleted), its current row must be in scope,
the reverted values go through the same form with the same scoped choices, and a field that is read-only
in the form keeps its current value.
"""

from __future__ import annotations

from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404

from units import access

# What a unit administrator's role needs in the admin, as model permissions ("app_label.codename"):
# manage units (no deletion: units are dissolved or merged, keeping their history), people (accounts are
# deactivated, not deleted), memberships, who must report (reports.ReportingDuty) and the province's reporting
# calendar (reports.ReportingCalendar and its days; the due dates of its periods); read the reports,
# plans, documents and figures of the administered units and the national catalogue. ``units.demo`` gives
# them to the seeded administrator.
ADMINISTRATOR_PERMISSIONS = (
    "units.view_unit",
    "units.add_unit",
    "units.change_unit",
    "units.view_user",
    "units.add_user",
    "units.change_user",
    "units.view_membership",
    "units.add_membership",
    "units.change_membership",
    "units.delete_membership",
    # the names its documents give the offices of each role (the statistical appendix's Ghi chú)
    "units.view_officename",
    "units.add_officename",
    "units.change_officename",
    "units.delete_officename",
    "reports.view_report",
    "reports.view_reportsection",
    "reports.view_transition",
    "reports.view_period",
    "reports.view_reporttype",  # the national templates; the province's own copies it changes:
    "reports.add_reporttype",
    "reports.change_reporttype",
    "reports.delete_reporttype",
    "reports.view_outlinesection",
    "reports.add_outlinesection",
    "reports.change_outlinesection",
    "reports.delete_outlinesection",
    "reports.view_reportingduty",
    "reports.add_reportingduty",
    "reports.change_reportingduty",
    "reports.delete_reportingduty",
    "reports.view_reportingcalendar",
    "reports.add_reportingcalendar",
    "reports.change_reportingcalendar",
    "reports.delete_reportingcalendar",
    "reports.view_calendarday",
    "reports.add_calendarday",
    "reports.change_calendarday",
    "reports.delete_calendarday",
    "reports.view_perioddeadline",
    "reports.change_perioddeadline",
    "plans.view_plan",
    "plans.view_task",
    "plans.view_document",
    "plans.view_reformfield",
    "indicators.view_value",
    "indicators.view_explanation",
    "indicators.view_indicatorgroup",
    "indicators.view_indicator",
    "indicators.view_procedurefield",
    # the national forms; the province's own copies it changes, their rows too (indicators.province_forms)
    "indicators.view_formdefinition",
    "indicators.add_formdefinition",
    "indicators.change_formdefinition",
    "indicators.delete_formdefinition",
    "indicators.view_formrow",
    "indicators.add_formrow",
    "indicators.change_formrow",
    "indicators.delete_formrow",
    "indicators.view_rule",
    # a province's PAR INDEX frameworks are its own setting (scorecards)
    "scorecards.view_framework",
    "scorecards.add_framework",
    "scorecards.change_framework",
    "scorecards.delete_framework",
    "scorecards.view_item",
    "scorecards.add_item",
    "scorecards.change_item",
    "scorecards.delete_item",
)


def administered_unit_ids(request) -> frozenset[int]:
    """The ids of the units ``request.user`` administers, read once per request."""
    cached = getattr(request, "_administered_unit_ids", None)
    if cached is None:
        units = access.units_where(request.user, access.Action.ADMINISTER)
        cached = frozenset(units.values_list("pk", flat=True))
        request._administered_unit_ids = cached
    return cached


def administers(request, unit_id) -> bool:
    return request.user.is_superuser or (unit_id is not None and unit_id in administered_unit_ids(request))


class ScopedChoicesMixin:
    """Foreign-key and many-to-many choices are what the related model's admin shows this user.

    Used by every ModelAdmin and inline of the project: a choice (a select, a raw id, an autocomplete,
    which reads the related admin's queryset itself) can then never name an object the user could not
    open in the admin.
    """

    def get_field_queryset(self, db, db_field, request):
        try:
            related_admin = self.admin_site.get_model_admin(db_field.remote_field.model)
        except NotRegistered:
            return super().get_field_queryset(db, db_field, request)
        return related_admin.get_queryset(request).using(db)


class ScopedAdminMixin(ScopedChoicesMixin):
    """Objects belong to a unit (``unit_field``, a lookup path; "" for Unit itself); staff who are not
    superusers see and change only the objects of the units they administer."""

    unit_field = "unit"

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        prefix = f"{self.unit_field}__" if self.unit_field else ""
        return qs.filter(access.units_q(request.user, access.Action.ADMINISTER, prefix=prefix))

    # Which objects --------------------------------------------------------------------------------

    def names_administered_unit(self, request, obj) -> bool:
        """Whether the unit ``obj`` names (as it is in memory: a form's result, an old version) is administered."""
        target = obj
        *path, last = self.unit_field.split("__")
        try:
            for part in path:
                target = getattr(target, part)
        except ObjectDoesNotExist:
            return False
        return target is not None and administers(request, getattr(target, f"{last}_id"))

    def in_scope(self, request, obj) -> bool:
        """Whether the user may reach ``obj``: its stored row is in the scoped queryset; a deleted or
        unsaved object, by the unit it names."""
        if obj is None or request.user.is_superuser:
            return True
        if obj.pk is None:
            return self.names_administered_unit(request, obj)
        cache = request.__dict__.setdefault("_admin_in_scope", {})
        key = (self.model._meta.label, obj.pk)
        if key not in cache:
            if self.get_queryset(request).filter(pk=obj.pk).exists():
                cache[key] = True
            elif self.model._default_manager.filter(pk=obj.pk).exists():
                cache[key] = False
            else:
                cache[key] = self.names_administered_unit(request, obj)
        return cache[key]

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    # Saves ----------------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            stored = self.model._default_manager.filter(pk=obj.pk).first() if obj.pk is not None else None
            if stored is not None:
                if not self.in_scope(request, stored):
                    raise PermissionDenied
                self._keep_read_only_values(request, obj, stored)
            if not self.names_administered_unit(request, obj):
                raise PermissionDenied
        super().save_model(request, obj, form, change)

    def _keep_read_only_values(self, request, obj, stored) -> None:
        """A field the form shows read-only keeps its stored value, also when a revert brings an old one."""
        fields = {f.name: f for f in self.model._meta.concrete_fields if not f.primary_key}
        for name in self.get_readonly_fields(request, stored):
            field = fields.get(name)
            if field is not None:
                setattr(obj, field.attname, getattr(stored, field.attname))

    # django-simple-history's pages ----------------------------------------------------------------

    def history_subject(self, request, object_id):
        """The object a history page is about, as stored now (None once deleted); 404 outside the scope.

        django-simple-history falls back to the last historical version when the object is not in
        ``get_queryset``; here that fallback only serves objects that were deleted inside the scope.
        """
        pk = unquote(object_id)
        try:
            stored = self.model._default_manager.filter(pk=pk).first()
        except (ValueError, TypeError, ValidationError):
            raise Http404 from None
        if stored is not None:
            if not self.in_scope(request, stored):
                raise Http404
            return stored
        if request.user.is_superuser:
            return None
        history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
        last = history.filter(**{self.model._meta.pk.attname: pk}).order_by("-history_date", "-history_id").first()
        if last is None or not self.names_administered_unit(request, last.instance):
            raise Http404
        return None

    def history_view(self, request, object_id, extra_context=None):
        self.history_subject(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        stored = self.history_subject(request, object_id)
        if request.method == "POST":
            may = self.has_change_permission(request, stored) if stored else self.has_add_permission(request)
            if not may or self.revert_disabled(request, stored):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class ScopedInlineMixin(ScopedChoicesMixin):
    """An inline whose rows belong to a unit (``unit_field``; None: rows follow their parent object).

    With a ``unit_field``, a person who is not a superuser sees and saves only the rows of the units
    they administer (a user's memberships elsewhere stay out of the form and untouched).
    """

    unit_field: str | None = None

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if self.unit_field is None or request.user.is_superuser:
            return qs
        return qs.filter(access.units_q(request.user, access.Action.ADMINISTER, prefix=f"{self.unit_field}__"))


class NationalAdminMixin(ScopedChoicesMixin):
    """National data (no unit): read with the view permission; added, changed or deleted by superusers only."""

    def has_add_permission(self, request, *args):
        return request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)


class SuperuserOnlyAdminMixin:
    """Accounts' permissions and groups, log-in records: superusers only, whatever model permissions a person
    holds (and never more than the wrapped admin itself allows)."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args):
        return request.user.is_active and request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser and super().has_delete_permission(request, obj)
