"""Citations render exactly as the seeds write them; the picker's search is scoped by access."""

import pytest
from django.core.exceptions import ValidationError

from plans.citations import citation, search_documents
from plans.models import DocumentType
from plans.services import document_create, parse_number_symbol
from tests.plans.factories import d, document


def test_plan_citation_as_in_seed_000(binh_phuoc):
    doc = document(binh_phuoc, number=18, issued_on="22/02/2023", subject="tuyên truyền cải cách hành chính năm 2023")
    assert citation(doc) == "Kế hoạch số 18/KH-UBND ngày 22/02/2023 về tuyên truyền cải cách hành chính năm 2023"


def test_letter_has_no_type_abbreviation_and_vv_reads_ve_viec(binh_phuoc):
    doc = document(
        binh_phuoc,
        number=530,
        doc_type=DocumentType.LETTER,
        symbol="UBND-TTHC",
        issued_on="26/02/2024",
        subject="V/v triển khai thực hiện dịch vụ công trực tuyến",
    )
    assert citation(doc) == (
        "Công văn số 530/UBND-TTHC ngày 26/02/2024 về việc triển khai thực hiện dịch vụ công trực tuyến"
    )


def test_normative_decision_carries_the_year_and_small_numbers_a_leading_zero(tinh_chau):
    doc = document(
        tinh_chau,
        number=1,
        doc_type=DocumentType.DECISION,
        symbol="QĐ-UBND",
        is_normative=True,
        issued_on="01/07/2023",
        subject="về việc ban hành Quy chế thực hiện dân chủ trên địa bàn xã Tịnh Châu",
    )
    assert citation(doc) == (
        "Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023 về việc ban hành Quy chế thực hiện dân chủ trên địa bàn xã Tịnh Châu"
    )


def test_a_document_of_another_unit_names_its_issuer(binh_phuoc, binh_son):
    doc = document(
        binh_son, number=4089, doc_type=DocumentType.LETTER, symbol="UBND", issued_on="28/10/2023",
        subject="về việc thực hiện chương trình xây dựng chính quyền kiến tạo",
    )  # fmt: skip
    assert citation(doc, citing_unit=binh_phuoc) == (
        "Công văn số 4089/UBND ngày 28/10/2023 của UBND huyện Bình Sơn "
        "về việc thực hiện chương trình xây dựng chính quyền kiến tạo"
    )
    assert "của" not in citation(doc, citing_unit=binh_son)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18/KH-UBND", (18, None, "KH-UBND")),
        (" 530 / UBND-TTHC ", (530, None, "UBND-TTHC")),
        ("01/2023/QĐ-UBND", (1, 2023, "QĐ-UBND")),
    ],
)
def test_number_and_symbol_are_parsed(text, expected):
    assert parse_number_symbol(text) == expected


@pytest.mark.parametrize("text", ["", "KH-UBND", "0/KH-UBND", "18/", "abc/KH"])
def test_bad_number_and_symbol_is_refused(text):
    with pytest.raises(ValidationError):
        parse_number_symbol(text)


def _create(unit, user, number=18, doc_type=DocumentType.PLAN, issued_on="22/02/2023", **extra):
    return document_create(
        unit=unit, user=user, doc_type=doc_type, number=number, symbol=extra.pop("symbol", "KH-UBND"),
        issued_on=d(issued_on), subject=extra.pop("subject", "về tuyên truyền cải cách hành chính năm 2023"), **extra,
    )  # fmt: skip


def test_duplicate_number_in_the_same_register_and_year_is_refused(binh_phuoc, tinh_chau, alice):
    _create(binh_phuoc, alice)
    with pytest.raises(ValidationError) as info:
        _create(binh_phuoc, alice, issued_on="30/03/2023")
    message = info.value.message_dict["number"][0]
    assert "18" in message and "Kế hoạch số 18/KH-UBND ngày 22/02/2023" in message
    # Numbers restart each calendar year, each type keeps its own register, other units have their own.
    _create(binh_phuoc, alice, issued_on="10/01/2024")
    _create(binh_phuoc, alice, doc_type=DocumentType.DECISION, symbol="QĐ-UBND")
    _create(tinh_chau, alice)
    # A legal-normative document has its own series: 18/2023/KH-UBND does not clash with 18/KH-UBND.
    _create(binh_phuoc, alice, is_normative=True)


def test_search_documents_is_scoped(binh_phuoc, alice, carol, rita):
    _create(binh_phuoc, alice)
    _create(binh_phuoc, alice, number=15, subject="kiểm soát thủ tục hành chính")
    assert [x.number for x in search_documents(user=alice, unit=binh_phuoc, query="18")] == [18]
    assert [x.number for x in search_documents(user=alice, unit=binh_phuoc, query="18/KH")] == [18]
    assert [x.number for x in search_documents(user=alice, unit=binh_phuoc, query="tuyên truyền")] == [18]
    assert [x.number for x in search_documents(user=alice, unit=binh_phuoc, query="kiểm soát TTHC")] == []
    assert [x.number for x in search_documents(user=alice, unit=binh_phuoc, query="kiểm soát thủ tục")] == [15]
    assert len(search_documents(user=alice, unit=binh_phuoc, query="")) == 2
    assert len(search_documents(user=rita, unit=binh_phuoc, query="")) == 2  # the district reviewer sees it
    assert list(search_documents(user=carol, unit=binh_phuoc, query="")) == []  # another commune does not
