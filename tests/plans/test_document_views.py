"""The register page: list by year, add, duplicates refused in Vietnamese, the citation search endpoint."""

import pytest
from django.urls import reverse

from plans.models import Document
from tests.plans.factories import document


def url(name, code="21073", *args):
    return reverse(f"plans:{name}", args=[code, *args])


def login(client, user):
    client.force_login(user)
    return client


def _post(client, code="21073", **extra):
    data = {"doc_type": "plan", "number_and_symbol": "18/KH-UBND", "issued_on": "22/02/2023",
            "subject": "về tuyên truyền cải cách hành chính năm 2023", "is_reform_directive": "on"} | extra  # fmt: skip
    return client.post(url("document_create", code), data)


@pytest.mark.parametrize(
    ("who", "code", "status"),
    [("alice", "21073", 200), ("alice", "21208", 404), ("rita", "21073", 200), ("oscar", "21073", 404)],
)
def test_register_visibility(client, alice, rita, oscar, who, code, status):
    user = {"alice": alice, "rita": rita, "oscar": oscar}[who]
    assert login(client, user).get(url("documents", code)).status_code == status


def test_register_lists_citations_by_year(client, alice, binh_phuoc):
    document(binh_phuoc, number=18, issued_on="22/02/2023", subject="về tuyên truyền cải cách hành chính năm 2023")
    document(binh_phuoc, number=3, issued_on="05/01/2024")
    page = login(client, alice).get(url("documents") + "?year=2023").content.decode()
    assert "Kế hoạch số 18/KH-UBND ngày 22/02/2023 về tuyên truyền cải cách hành chính năm 2023" in page
    assert "03/KH-UBND" not in page
    assert "03/KH-UBND" in client.get(url("documents") + "?year=2024").content.decode()
    assert client.get(url("documents") + "?year=abc").status_code == 200


def test_clerk_registers_and_a_duplicate_is_refused_in_vietnamese(client, alice):
    login(client, alice)
    response = _post(client)
    assert response.status_code == 302
    doc = Document.objects.get()
    assert (doc.number, doc.symbol, doc.year, doc.is_reform_directive) == (18, "KH-UBND", 2023, True)
    response = _post(client, issued_on="15/03/2023", subject="nội dung khác")
    page = response.content.decode()
    assert response.status_code == 400 and 'data-testid="error-number_and_symbol"' in page
    assert "Số 18 đã được dùng trong sổ này năm 2023" in page
    assert "nội dung khác" in page  # the user's input is kept
    assert Document.objects.count() == 1
    assert _post(client, issued_on="10/01/2024").status_code == 302  # a new year restarts the numbers


def test_normative_number_and_bad_inputs(client, alice):
    login(client, alice)
    assert (
        _post(client, doc_type="decision", number_and_symbol="01/2023/QĐ-UBND", issued_on="01/07/2023").status_code
        == 302
    )
    assert Document.objects.get().is_normative
    assert _post(client, number_and_symbol="KH-UBND").status_code == 400
    assert _post(client, number_and_symbol="02/2022/QĐ-UBND", doc_type="decision").status_code == 400
    assert _post(client, issued_on="30/02/2023").status_code == 400
    assert Document.objects.count() == 1


def test_register_refuses_wrong_method_others_and_readers(client, alice, carol, rita):
    assert login(client, alice).get(url("document_create")).status_code == 405
    assert client.post(url("documents")).status_code == 405
    assert _post(login(client, carol)).status_code == 404
    assert _post(login(client, rita)).status_code == 403
    assert not Document.objects.exists()


def test_edit_a_document_with_version_check(client, alice, carol, binh_phuoc):
    doc = document(binh_phuoc, number=18)
    login(client, alice)
    assert client.get(url("document_edit", "21073", doc.pk)).status_code == 200
    data = {
        "doc_type": "plan",
        "number_and_symbol": "19/KH-UBND",
        "issued_on": "22/02/2023",
        "subject": "về x",
        "version": 1,
    }
    assert client.post(url("document_edit", "21073", doc.pk), data).status_code == 302
    assert client.post(url("document_edit", "21073", doc.pk), data | {"subject": "về y"}).status_code == 409
    doc.refresh_from_db()
    assert (doc.number, doc.subject, doc.version) == (19, "về x", 2)
    assert login(client, carol).get(url("document_edit", "21073", doc.pk)).status_code == 404
    assert login(client, carol).get(url("document_edit", "21208", doc.pk)).status_code == 404  # not in her register


def test_citation_search_json_and_htmx(client, alice, carol, binh_phuoc):
    document(binh_phuoc, number=18, subject="về tuyên truyền cải cách hành chính năm 2023")
    document(binh_phuoc, number=15, subject="về việc kiểm soát thủ tục hành chính")
    login(client, alice)
    data = client.get(url("citation_search") + "?q=tuyên truyền").json()
    assert [r["citation"] for r in data["results"]] == [
        "Kế hoạch số 18/KH-UBND ngày 22/02/2023 về tuyên truyền cải cách hành chính năm 2023"
    ]
    fragment = client.get(url("citation_search") + "?q=15", HTTP_HX_REQUEST="true").content.decode()
    assert "Kế hoạch số 15/KH-UBND" in fragment and "<html" not in fragment
    assert client.post(url("citation_search")).status_code == 405
    assert login(client, carol).get(url("citation_search") + "?q=18").status_code == 404
