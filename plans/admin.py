"""Plans and the document register in the admin, scoped by ``units.admin_scope``.

Reform fields are national data: superusers change them, unit administrators may read them. Plans,
their tasks and documents belong to a unit: a unit administrator reads those of the units they
administer (the seeded permissions give no change: tasks and documents are kept in the portal, where a
change that would alter a frozen report is refused).

A superuser's changes to the document register follow the portal's rules: the form checks them with
``plans.services.document_check`` (a document a frozen report covers is refused with the portal's
message, a number already used in its register too) and the save and delete go through the register's
services. The form's check locks the reports it looks at inside the admin's transaction, which also
holds the write, so a submission cannot slip in between. Deleting runs the same check on the
confirmation page; documents are deleted one at a time (no bulk delete action).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from plans import services
from plans.models import Document, Plan, ReformField, Task
from reports.locking import ReportFrozen
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin, ScopedInlineMixin


@admin.register(ReformField)
class ReformFieldAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["order", "code", "name", "is_active"]
    list_editable = ["is_active"]
    ordering = ["order"]


class TaskInline(ScopedInlineMixin, admin.TabularInline):
    model = Task
    extra = 0
    fields = ["order", "field", "title", "owner", "deadline", "completed_on"]


@admin.register(Plan)
class PlanAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["unit", "year", "kind", "decision"]
    list_filter = ["year", "kind"]
    search_fields = ["unit__name", "unit__code"]
    raw_id_fields = ["decision"]
    inlines = [TaskInline]


class DocumentAdminForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = list(services.DOCUMENT_FIELDS)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        # ``self.instance`` is the object the form started from (an old version, in a revert): check
        # the change against the stored row.
        stored = Document.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        try:
            services.document_check(
                document=stored, values={name: data[name] for name in services.DOCUMENT_FIELDS if name in data}
            )
        except ValidationError as exc:
            if not hasattr(exc, "error_dict"):
                raise
            for name, errors in exc.error_dict.items():
                self.add_error(name if name in self.fields else None, errors)
        return data


class DocumentWrites:
    """Below the scope checks of ``ScopedAdminMixin``: the admin's writes go through the register's services."""

    def save_model(self, request, obj, form, change):
        values = {name: getattr(obj, name) for name in services.DOCUMENT_FIELDS}
        if obj.pk is None:
            saved = services.document_create(user=request.user, **values)
        else:
            version = Document.objects.values_list("version", flat=True).get(pk=obj.pk)
            saved = services.document_update(document=obj, user=request.user, version=version, **values)
        for field in Document._meta.concrete_fields:
            setattr(obj, field.attname, getattr(saved, field.attname))
        obj._state.adding, obj._state.db = False, saved._state.db

    def delete_model(self, request, obj):
        services.document_delete(document=obj, user=request.user, version=None)


@admin.register(Document)
class DocumentAdmin(ScopedAdminMixin, DocumentWrites, SimpleHistoryAdmin):
    form = DocumentAdminForm
    list_display = ["__str__", "unit", "doc_type", "issued_on", "is_reform_directive"]
    list_filter = ["doc_type", "year", "is_reform_directive"]
    search_fields = ["subject", "symbol", "unit__name"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # one at a time, each through the check of delete_view
        return actions

    def get_deleted_objects(self, objs, request):
        """The delete page (shown, and posted) first refuses a document a frozen report covers."""
        for document in objs:
            services.refuse_if_registered((document.unit_id, document.issued_on))
        return super().get_deleted_objects(objs, request)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except ReportFrozen as exc:  # the transaction of the delete page has rolled back
            self.message_user(request, " ".join(exc.messages), messages.ERROR)
            url = reverse(f"{self.admin_site.name}:plans_document_change", args=[quote(object_id)])
            return HttpResponseRedirect(url)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A revert is a save: its form's check and the write share one transaction, as in the change page.
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, extra_context)
