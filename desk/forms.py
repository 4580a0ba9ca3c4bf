from django import forms
from django.utils.translation import gettext_lazy as _

from desk.services import ReportEdit
from reports.models import Report, ReportType

TEXTAREA = {"class": "form-control", "rows": 2}


class NewReportForm(forms.Form):
    report_type = forms.ModelChoiceField(queryset=ReportType.objects.none(), label=_("Template"), empty_label=None)
    copy_previous = forms.BooleanField(
        required=False, initial=True, label=_("Start from the narrative of the previous period")
    )

    def __init__(self, *args, types=(), owed: ReportType | None = None, **kwargs):
        """``owed``: the report the unit must file for the period (reports.duties), chosen unless changed."""
        super().__init__(*args, **kwargs)
        field = self.fields["report_type"]
        field.queryset = ReportType.objects.filter(pk__in=[t.pk for t in types])
        if owed is not None and owed in types:
            field.initial = owed.pk
            field.help_text = _("The report this unit must file for the period: %(name)s.") % {"name": owed.name}


class ReportForm(forms.ModelForm):
    """The report's own fields plus one text area per section; ``version`` guards concurrent saves."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Report
        fields = Report.EDIT_FIELDS
        widgets = {
            "subject": forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
            "addressee": forms.Textarea(attrs=TEXTAREA),
            "intro": forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
            "closing": forms.Textarea(attrs=TEXTAREA),
            "recipients": forms.Textarea(attrs={**TEXTAREA, "rows": 4}),
            "cutoff_start": forms.DateInput(attrs={"class": "form-control", "placeholder": "dd/mm/yyyy"}),
            "cutoff_end": forms.DateInput(attrs={"class": "form-control", "placeholder": "dd/mm/yyyy"}),
            "signatory_authority": forms.TextInput(attrs={"class": "form-control"}),
            "signatory_title": forms.TextInput(attrs={"class": "form-control"}),
            "signatory_name": forms.TextInput(attrs={"class": "form-control"}),
            "percent_places": forms.Select(attrs={"class": "form-select"}),
        }

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = list(sections)
        for section in self.sections:
            self.fields[f"section_{section.pk}"] = forms.CharField(
                required=False,
                label=section.heading,
                initial=section.body,
                max_length=100_000,
                widget=forms.Textarea(
                    attrs={"class": "form-control section-text", "rows": 6, "data-section": section.pk}
                ),
            )
            self.fields[f"omit_{section.pk}"] = forms.BooleanField(
                required=False,
                initial=section.omitted,
                label=_("Leave this section out of the document"),
                widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
            )
            if section.added:  # a section the clerk added: its heading is theirs to write
                self.fields[f"title_{section.pk}"] = forms.CharField(
                    max_length=400,
                    initial=section.title,
                    label=_("Heading"),
                    widget=forms.TextInput(attrs={"class": "form-control fw-semibold"}),
                )
        # A page opened before this setting existed posts no value: keep the report's.
        self.fields["percent_places"].required = False
        if not self.is_bound:
            self.initial["version"] = self.instance.version

    def bound_sections(self):
        return [
            (
                section,
                self[f"section_{section.pk}"],
                self[f"omit_{section.pk}"],
                self[f"title_{section.pk}"] if section.added else None,
            )
            for section in self.sections
        ]

    def clean(self):
        data = super().clean()
        if data.get("percent_places") in (None, ""):
            data["percent_places"] = self.instance.percent_places
        start, end = data.get("cutoff_start"), data.get("cutoff_end")
        if start and end and start > end:
            self.add_error("cutoff_end", _("The data window cannot end before it starts."))
        return data

    def to_edit(self) -> ReportEdit:
        data = self.cleaned_data
        return ReportEdit(
            **{name: data[name] for name in Report.EDIT_FIELDS},
            sections={s.pk: data[f"section_{s.pk}"] for s in self.sections},
            omitted=frozenset(s.pk for s in self.sections if data.get(f"omit_{s.pk}")),
            titles={s.pk: data[f"title_{s.pk}"] for s in self.sections if s.added},
        )


class MoveForm(forms.Form):
    move = forms.CharField(max_length=30)
    seen_state = forms.CharField(max_length=20)
    comment = forms.CharField(required=False, max_length=5000, widget=forms.Textarea(attrs=TEXTAREA))


class IssueForm(forms.Form):
    number = forms.IntegerField(min_value=1, max_value=999_999, label=_("Number"))
    issued_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}))
