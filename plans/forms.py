"""Forms parse and display; the rules live in plans.services."""

from __future__ import annotations

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plans.models import Document, DocumentType, ReformField, Task
from plans.services import parse_number_symbol


class DateInput(forms.DateInput):
    """The phone's own date picker; the value travels as yyyy-mm-dd (accepted by DATE_INPUT_FORMATS)."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class TaskForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Task
        fields = ["field", "title", "owner", "deadline", "completed_on", "evidence", "note"]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "deadline": DateInput(),
            "completed_on": DateInput(),
        }

    def __init__(self, *args, unit, documents=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = ReformField.objects.filter(is_active=True).order_by("order")
        self.fields["field"].empty_label = None
        self.fields["evidence"].queryset = Document.objects.filter(unit=unit)
        if documents is not None:
            # Reuse an already-fetched list: the page's query count must not grow with it.
            self.fields["evidence"].choices = [("", "---------")] + [(d.pk, str(d)) for d in documents]
        for name, f in self.fields.items():
            if not isinstance(f.widget, forms.HiddenInput):
                css = "form-select" if isinstance(f.widget, forms.Select) else "form-control"
                f.widget.attrs.setdefault("class", css)
                f.widget.attrs.setdefault("data-testid", f"task-{name}")
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("token", uuid.uuid4())
        if self.instance.pk:
            self.initial.setdefault("version", self.instance.version)

    def values(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}


class CompleteForm(forms.Form):
    version = forms.IntegerField()
    completed_on = forms.DateField(required=False)
    today = forms.BooleanField(required=False)
    reopen = forms.BooleanField(required=False)


class DocumentForm(forms.Form):
    doc_type = forms.ChoiceField(label=_("Document type"), choices=DocumentType.choices)
    number_and_symbol = forms.CharField(
        label=_("Number and symbol"),
        max_length=80,
        help_text=_("As on the document: 18/KH-UBND, 530/UBND-TTHC, 01/2023/QĐ-UBND"),
    )
    issued_on = forms.DateField(label=_("Issued on"), widget=DateInput())
    subject = forms.CharField(
        label=_("Subject"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("As cited after the date, e.g. về tuyên truyền cải cách hành chính năm 2023"),
    )
    is_reform_directive = forms.BooleanField(label=_("Directs administrative reform"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, f in self.fields.items():
            if isinstance(f.widget, forms.CheckboxInput):
                f.widget.attrs["class"] = "form-check-input"
            elif not isinstance(f.widget, forms.HiddenInput):
                f.widget.attrs["class"] = "form-select" if isinstance(f.widget, forms.Select) else "form-control"
            f.widget.attrs["data-testid"] = f"document-{name}"

    def clean(self):
        data = super().clean()
        text = data.get("number_and_symbol")
        if text:
            try:
                number, year, symbol = parse_number_symbol(text)
            except ValidationError as exc:
                self.add_error("number_and_symbol", exc)
                return data
            issued = data.get("issued_on")
            if year is not None and issued is not None and issued.year != year:
                self.add_error("number_and_symbol", _("The year in the number differs from the date of issue."))
            data.update(number=number, symbol=symbol, is_normative=year is not None)
        return data

    def values(self) -> dict:
        d = self.cleaned_data
        return {
            "doc_type": d["doc_type"],
            "number": d["number"],
            "symbol": d["symbol"],
            "is_normative": d["is_normative"],
            "issued_on": d["issued_on"],
            "subject": d["subject"],
            "is_reform_directive": d["is_reform_directive"],
        }


class ImportForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the rows from a spreadsheet"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "class": "form-control font-monospace", "data-testid": "import-text"}),
    )
    file = forms.FileField(
        label=_("or upload an .xlsx file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"class": "form-control", "accept": ".xlsx,.tsv,.txt,.csv"}),
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
