"""How a report cites an issued document, exactly as the seeds write it.

"Kế hoạch số 18/KH-UBND ngày 22/02/2023 về tuyên truyền cải cách hành chính năm 2023"
"Công văn số 4089/UBND ngày 28/10/2023 của UBND huyện Bình Sơn về việc thực hiện …"
"Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023 về việc ban hành Quy chế …"

Dates follow Nghị định 30/2020 (leading zero for days below 10 and for
January and February), through reform_portal.numbers.
"""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet

from plans.models import Document
from reform_portal.numbers import format_citation_date
from units import access
from units.access import Action

_VV = re.compile(r"^v/v\.?\s+", re.IGNORECASE)


def cited_subject(subject: str) -> str:
    """The subject as it follows the date: "về …"; a letter's "V/v …" reads "về việc …"."""
    text = " ".join(subject.split())
    if not text:
        return ""
    if _VV.match(text):
        return "về việc " + _VV.sub("", text)
    if text.lower().startswith("về "):
        return "về " + text[3:]
    return "về " + text


def citation(document: Document, *, citing_unit=None) -> str:
    """The citation of ``document``; names its issuer when cited by another unit (``citing_unit``)."""
    parts = [f"{document.type_name} số {document.number_and_symbol} ngày {format_citation_date(document.issued_on)}"]
    if citing_unit is not None and document.unit_id != citing_unit.pk:
        parts.append(f"của {document.unit.cited_name}")
    subject = cited_subject(document.subject)
    if subject:
        parts.append(subject)
    return " ".join(parts)


_NUMBER_QUERY = re.compile(r"^\s*(\d{1,6})(?:/(.*))?$")


def search_documents(*, user, unit, query: str, limit: int = 20) -> QuerySet[Document]:
    """Documents of ``unit``'s register matching ``query`` (a number, "18/KH", or words of the subject).

    Scoped through units.access: nothing comes back for a unit the user may not see.
    """
    if not access.allowed(user, Action.VIEW, unit):
        return Document.objects.none()
    documents = access.scope(Document.objects.filter(unit=unit), user, Action.VIEW).select_related("unit")
    text = " ".join((query or "").split())
    if text:
        match = _NUMBER_QUERY.match(text)
        if match:
            condition = Q(number=int(match.group(1)))
            if match.group(2):
                condition &= Q(symbol__icontains=match.group(2).split("/")[-1])
        else:
            condition = Q()
            for word in text.split():
                condition &= Q(subject__icontains=word) | Q(symbol__icontains=word)
        documents = documents.filter(condition)
    return documents.order_by("-issued_on", "-number")[:limit]
