"""The generated sentences, with the plan's citation and Vietnamese numbers."""

import datetime as dt

from plans.models import DocumentType
from plans.narrative import GeneratedParagraph, paragraphs, plan_sentence
from reports.models import Period
from tests.plans.factories import d, document, plan, seed_001_plan, task


def test_seed_001_sentence(tinh_chau):
    p = seed_001_plan(tinh_chau)
    p.decision = document(tinh_chau, number=117, issued_on="31/12/2022", subject="về cải cách hành chính năm 2023")
    p.save()
    assert plan_sentence(unit=tinh_chau, year=2023, on=d("06/12/2023")) == (
        "UBND xã đã ban hành Kế hoạch số 117/KH-UBND ngày 31/12/2022 về cải cách hành chính năm 2023, "
        "đề ra 40 nhiệm vụ; đến ngày 06/12/2023 đã hoàn thành 38 nhiệm vụ (đúng hạn 37, quá hạn 1), "
        "2 nhiệm vụ đang thực hiện trong hạn."
    )


def test_all_done_on_time_reads_like_seed_000(binh_phuoc):
    p = plan(binh_phuoc, decision=document(binh_phuoc, number=690, doc_type=DocumentType.DECISION,
                                            symbol="QĐ-UBND", issued_on="30/12/2022",
                                            subject="về ban hành Kế hoạch cải cách hành chính năm 2023"))  # fmt: skip
    for _ in range(28):
        task(p, deadline="30/11/2023", completed_on="20/11/2023")
    text = plan_sentence(unit=binh_phuoc, year=2023, on=d("25/11/2023"))
    assert text.startswith("UBND xã đã ban hành Quyết định số 690/QĐ-UBND ngày 30/12/2022 về ban hành")
    assert text.endswith("đề ra 28 nhiệm vụ; đến ngày 25/11/2023 đã hoàn thành 28/28 nhiệm vụ, đều đúng hạn.")


def test_overdue_and_big_numbers(tinh_chau):
    p = plan(tinh_chau)
    for _ in range(1200):
        task(p, deadline="30/06/2023")
    assert plan_sentence(unit=tinh_chau, year=2023, on=d("01/07/2023")) == (
        "UBND xã đã ban hành Kế hoạch cải cách hành chính năm 2023, đề ra 1.200 nhiệm vụ; "
        "đến ngày 01/7/2023 đã hoàn thành 0 nhiệm vụ, 1.200 nhiệm vụ chưa hoàn thành đã quá hạn."
    )


def test_paragraphs_for_a_period(tinh_chau):
    period = Period.objects.get(code="2023")
    assert paragraphs(unit=tinh_chau, period=period) == []
    seed_001_plan(tinh_chau)
    assigned = plan(tinh_chau, assigned=True)
    task(assigned, "direction", deadline="30/06/2023", completed_on="30/06/2023")
    task(assigned, "direction", deadline="30/06/2023", completed_on="03/07/2023")
    task(assigned, "direction", deadline=dt.date(2023, 12, 31))
    result = paragraphs(unit=tinh_chau, period=period)
    assert [p.key for p in result] == ["plans.plan", "plans.assigned"]
    assert isinstance(result[0], GeneratedParagraph)
    assert result[1].text == (
        "Thực hiện nhiệm vụ UBND thành phố Quảng Ngãi giao: tổng số 3 nhiệm vụ; đến ngày 14/12/2023 "
        "đã hoàn thành 2 nhiệm vụ (đúng hạn 1, quá hạn 1), 1 nhiệm vụ đang thực hiện trong hạn."
    )
