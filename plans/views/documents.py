"""The register of issued documents (sổ văn bản) and the citation picker's search."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from plans import selectors, services
from plans.citations import citation, search_documents
from plans.forms import DocumentForm
from plans.models import Document
from reports.locking import StaleVersion
from units import access
from units.access import Action


def _year(request) -> int:
    try:
        year = int(request.GET.get("year") or dt.date.today().year)
    except ValueError:
        year = dt.date.today().year
    return min(max(year, 2000), 2100)


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(
                "number_and_symbol" if name in ("number", "symbol") else name if name in form.fields else None, errors
            )
    else:
        form.add_error(None, exc.messages)


def _render_list(request, unit, year, form, status=200):
    documents = list(selectors.unit_documents(unit=unit, year=year))
    for document in documents:
        document.citation = citation(document)
    years = sorted(set(selectors.document_years(unit=unit)) | {year, dt.date.today().year}, reverse=True)
    return render(
        request,
        "plans/documents.html",
        {
            "unit": unit,
            "year": year,
            "years": years,
            "documents": documents,
            "form": form,
            "can_edit": access.allowed(request.user, Action.EDIT, unit),
        },
        status=status,
    )


@login_required
@require_GET
def document_list(request, code):
    unit = access.unit_for_user(request.user, code)
    year = _year(request)
    form = DocumentForm() if access.allowed(request.user, Action.EDIT, unit) else None
    return _render_list(request, unit, year, form)


@login_required
@require_POST
def document_create(request, code):
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    form = DocumentForm(request.POST)
    if form.is_valid():
        try:
            document = services.document_create(unit=unit, user=request.user, **form.values())
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Registered: %(citation)s.") % {"citation": citation(document)})
            return redirect(reverse("plans:documents", args=[unit.code]) + f"?year={document.year}")
    year = form.cleaned_data["issued_on"].year if form.cleaned_data.get("issued_on") else _year(request)
    return _render_list(request, unit, year, form, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request, code, pk):
    unit = access.unit_for_user(request.user, code, Action.EDIT)
    document = get_object_or_404(Document, pk=pk, unit=unit)
    status = 200
    if request.method == "POST":
        form = DocumentForm(request.POST)
        if form.is_valid():
            try:
                document = services.document_update(
                    document=document, user=request.user, version=form.cleaned_data["version"] or 0, **form.values()
                )
            except StaleVersion as exc:
                form.add_error(None, exc.messages)
                status = 409
            except ValidationError as exc:
                _add_errors(form, exc)
                status = 400
            else:
                messages.success(request, _("Saved: %(citation)s.") % {"citation": citation(document)})
                return redirect(reverse("plans:documents", args=[unit.code]) + f"?year={document.year}")
        else:
            status = 400
    else:
        form = DocumentForm(
            initial={
                "doc_type": document.doc_type,
                "number_and_symbol": document.number_and_symbol,
                "issued_on": document.issued_on,
                "subject": document.subject,
                "is_reform_directive": document.is_reform_directive,
                "version": document.version,
            }
        )
    return render(
        request, "plans/document_form.html", {"unit": unit, "document": document, "form": form}, status=status
    )


@login_required
@require_GET
def citation_search(request, code):
    """Citation strings for the editor's picker: JSON, or an htmx list fragment."""
    unit = access.unit_for_user(request.user, code)
    query = (request.GET.get("q") or "")[:100]
    documents = list(search_documents(user=request.user, unit=unit, query=query, limit=20))
    results = [
        {"id": d.pk, "number": d.number_and_symbol, "issued_on": d.issued_on.isoformat(), "citation": citation(d)}
        for d in documents
    ]
    if request.htmx:
        return render(request, "plans/_citation_results.html", {"results": results, "query": query})
    return JsonResponse({"query": query, "results": results})
