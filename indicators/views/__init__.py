"""Views by area: entry (forms, one form, live recomputation, Biểu 06 import, explanations) and offline (xlsx)."""

from indicators.views.entry import dossier_import, dossier_import_confirm, explanation, form_edit, form_live, forms
from indicators.views.offline import offline_confirm, offline_template, offline_upload

__all__ = [
    "dossier_import",
    "dossier_import_confirm",
    "explanation",
    "form_edit",
    "form_live",
    "forms",
    "offline_confirm",
    "offline_template",
    "offline_upload",
]
