"""A sent report's documents do not change under it: the register freezes with the report.

Bình Phước (alice's commune; leader approves) and its yearly report of 2023, data window
15/12/2022 - 14/12/2023; rita reviews it at Bình Sơn district. A document of the unit's register
dated within the window of a frozen report (sent to the leader, sent upward or accepted) cannot be
registered, edited or deleted until the report is returned or reopened: the report counts the
directing documents of its window (appendix item 1.1) and cites them.
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse

from desk.services import report_create
from desk.workflow import apply_move
from plans.models import Document
from plans.services import document_create, document_delete, document_update
from plans.summary import appendix_figures
from reports.locking import ReportFrozen
from reports.models import Period, ReportState, ReportType
from reports.periods import ensure_period
from tests.consolidation.conftest import make_report
from tests.plans.factories import d, document
from units.models import User

S = ReportState
REFUSED = "Báo cáo năm 2023 đã được gửi; thay đổi này sẽ làm khác các văn bản trong kỳ"


@pytest.fixture
def year_2023(tree):
    return Period.objects.get(code="2023")


@pytest.fixture
def report(alice, binh_phuoc, year_2023):
    """The yearly report of 2023, in draft, opened as the clerk opens it."""
    return report_create(
        unit=binh_phuoc, period=year_2023, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )


@pytest.fixture
def directive(binh_phuoc):
    """A directing document issued inside the 2023 window: the report counts it."""
    return document(binh_phuoc, number=18, issued_on="22/02/2023", is_reform_directive=True)


def move(report, user, name, comment=""):
    return apply_move(report=report, user=user, move_name=name, seen_state=report.state, comment=comment)


def register(unit, user, number, issued_on="01/03/2023", **extra):
    values = {"doc_type": "plan", "symbol": "KH-UBND", "subject": "về kiểm soát thủ tục hành chính"} | extra
    return document_create(unit=unit, user=user, number=number, issued_on=d(issued_on), **values)


def refused(info) -> str:
    return " ".join(info.value.messages)


def counted(unit, period) -> Decimal:
    return appendix_figures(unit=unit, period=period)["plan.directing_documents"]


def test_a_sent_report_freezes_its_documents_until_it_is_returned(
    alice, leader, rita, binh_phuoc, year_2023, report, directive
):
    register(binh_phuoc, alice, 19, is_reform_directive=True)  # the draft does not freeze anything
    move(report, alice, "submit")
    move(report, leader, "approve")
    assert report.state == S.SUBMITTED and counted(binh_phuoc, year_2023) == 2

    with pytest.raises(ReportFrozen) as info:
        register(binh_phuoc, alice, 20, is_reform_directive=True)
    assert refused(info).startswith(REFUSED) and "mở lại" in refused(info)
    with pytest.raises(ReportFrozen):
        document_update(document=directive, user=alice, version=1, is_reform_directive=False)
    with pytest.raises(ReportFrozen):
        document_update(document=directive, user=alice, version=1, subject="về nội dung khác")
    with pytest.raises(ReportFrozen):
        document_delete(document=directive, user=alice, version=1)
    directive.refresh_from_db()
    assert (directive.version, directive.is_reform_directive) == (1, True)
    # 18, 19 and the report's own entry, which the leader's approval wrote with its number
    assert Document.objects.count() == 3 and counted(binh_phuoc, year_2023) == 2

    move(report, rita, "return", comment="Bổ sung văn bản")
    register(binh_phuoc, alice, 20, is_reform_directive=True)
    changed = document_update(document=directive, user=alice, version=1, is_reform_directive=False)
    assert (changed.version, changed.is_reform_directive) == (2, False)
    document_delete(document=directive, user=alice, version=2)
    assert counted(binh_phuoc, year_2023) == 2  # 19 and 20


def test_an_accepted_report_freezes_them_until_it_is_reopened(alice, leader, rita, binh_phuoc, report, directive):
    for who, name in ((alice, "submit"), (leader, "approve"), (rita, "accept")):
        move(report, who, name)
    with pytest.raises(ReportFrozen):
        document_delete(document=directive, user=alice, version=1)
    move(report, rita, "reopen", comment="Điều chỉnh văn bản")
    document_delete(document=directive, user=alice, version=1)
    assert [entry.doc_type for entry in Document.objects.all()] == ["report"]  # the report's own, from approval


@pytest.mark.parametrize("state", [S.PENDING_APPROVAL, S.SUBMITTED, S.ACCEPTED])
def test_every_frozen_state_refuses_and_the_drafting_states_do_not(alice, binh_phuoc, year_2023, state):
    report = make_report(binh_phuoc, year_2023, state)
    with pytest.raises(ReportFrozen):
        register(binh_phuoc, alice, 30)
    for editable in (S.DRAFT, S.RETURNED):
        report.state = editable
        report.save(update_fields=["state"])
        register(binh_phuoc, alice, 31 if editable == S.DRAFT else 32)
    assert sorted(Document.objects.values_list("number", flat=True)) == [31, 32]


def test_only_the_window_of_the_frozen_report_is_frozen(alice, carol, binh_phuoc, tinh_chau, year_2023):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    after = register(binh_phuoc, alice, 40, issued_on="20/12/2023")  # after the cut-off of 14/12/2023
    register(binh_phuoc, alice, 41, issued_on="14/12/2022")  # before its start, 15/12/2022
    register(tinh_chau, carol, 42)  # another unit's register
    with pytest.raises(ReportFrozen):  # moved into the window
        document_update(document=after, user=alice, version=1, issued_on=d("10/12/2023"))
    assert document_update(document=after, user=alice, version=1, subject="về việc khác").version == 2
    with pytest.raises(ReportFrozen):  # on the first day of the window
        register(binh_phuoc, alice, 43, issued_on="15/12/2022")


def test_moving_a_document_out_of_the_window_is_refused_too(alice, binh_phuoc, year_2023, directive):
    make_report(binh_phuoc, year_2023, S.ACCEPTED)
    with pytest.raises(ReportFrozen):
        document_update(document=directive, user=alice, version=1, issued_on=d("05/01/2024"))
    directive.refresh_from_db()
    assert directive.issued_on == d("22/02/2023")


def test_moving_another_units_document_into_a_frozen_register_is_refused(root, carol, binh_phuoc, tinh_chau, year_2023):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    theirs = register(tinh_chau, carol, 45)
    with pytest.raises(ReportFrozen):  # the admin may change a document's unit
        document_update(document=theirs, user=root, version=1, unit=binh_phuoc)
    assert Document.objects.get(pk=theirs.pk).unit == tinh_chau


def test_a_quarter_freezes_its_own_window_not_the_year(alice, binh_phuoc):
    first_quarter = ensure_period("2023-Q1")
    make_report(binh_phuoc, first_quarter, S.ACCEPTED)
    start, end = first_quarter.cutoff_start, first_quarter.cutoff_end
    with pytest.raises(ReportFrozen) as info:
        register(binh_phuoc, alice, 50, issued_on=f"{end.day}/{end.month}/{end.year}")
    assert "Báo cáo quý I năm 2023 đã được gửi" in refused(info)
    later = end + dt.timedelta(days=1)
    assert register(binh_phuoc, alice, 51, issued_on=f"{later.day}/{later.month}/{later.year}").number == 51
    assert start < d("01/03/2023") <= end


def test_the_reports_own_dates_are_its_window_too(alice, binh_phuoc, year_2023):
    report = make_report(binh_phuoc, year_2023, S.SUBMITTED)
    report.cutoff_end = d("31/12/2023")  # the report prints "số liệu … đến ngày 31/12/2023"
    report.save(update_fields=["cutoff_end"])
    with pytest.raises(ReportFrozen):
        register(binh_phuoc, alice, 60, issued_on="20/12/2023")


def test_an_edit_that_changes_nothing_writes_nothing(alice, binh_phuoc, year_2023, directive):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    same = document_update(
        document=directive, user=alice, version=1, subject="  về tuyên truyền cải cách hành chính   năm 2023 "
    )
    assert same.version == 1 and directive.history.count() == 1


# The register page ------------------------------------------------------------------------------


def _url(name, *args):
    return reverse(f"plans:{name}", args=["21073", *args])


def test_the_register_page_shows_the_refusal(client, alice, binh_phuoc, year_2023, directive):
    make_report(binh_phuoc, year_2023, S.SUBMITTED)
    client.force_login(alice)
    data = {"doc_type": "plan", "number_and_symbol": "19/KH-UBND", "issued_on": "01/03/2023",
            "subject": "về kiểm soát thủ tục hành chính", "is_reform_directive": "on"}  # fmt: skip
    response = client.post(_url("document_create"), data)
    page = response.content.decode()
    assert response.status_code == 400 and 'data-testid="form-errors"' in page and REFUSED in page
    assert "về kiểm soát thủ tục hành chính" in page  # the user's input is kept

    data |= {"number_and_symbol": "18/KH-UBND", "issued_on": "22/02/2023", "version": 1}
    response = client.post(_url("document_edit", directive.pk), data)
    assert response.status_code == 400 and REFUSED in response.content.decode()
    assert Document.objects.count() == 1 and Document.objects.get().version == 1

    data["issued_on"] = "20/12/2023"  # not after the cut-off either: moving it out is a change too
    assert REFUSED in client.post(_url("document_edit", directive.pk), data).content.decode()

    assert client.post(_url("document_create"), data | {"number_and_symbol": "20/KH-UBND"}).status_code == 302


# The admin ----------------------------------------------------------------------------------------


@pytest.fixture
def root(tree):
    return User.objects.create_superuser("root", "root@example.org", "pw-123456")


def _admin_url(name, *args):
    return reverse(f"admin:plans_document_{name}", args=[quote(arg) for arg in args])


def _admin_data(document, **changes):
    data = {
        "unit": document.unit_id,
        "doc_type": document.doc_type,
        "number": document.number,
        "symbol": document.symbol,
        "issued_on": document.issued_on.isoformat(),
        "subject": document.subject,
    } | changes
    if document.is_reform_directive:
        data.setdefault("is_reform_directive", "on")
    return data


def test_the_admin_refuses_what_a_sent_report_covers(client, root, binh_phuoc, year_2023, directive):
    report = make_report(binh_phuoc, year_2023, S.SUBMITTED)
    client.force_login(root)

    response = client.post(_admin_url("change", directive.pk), _admin_data(directive, subject="về việc khác"))
    assert response.status_code == 200 and REFUSED in response.content.decode()
    new = Document(unit=binh_phuoc, doc_type="plan", number=19, symbol="KH-UBND", issued_on=d("01/03/2023"),
                   subject="về kiểm soát thủ tục hành chính")  # fmt: skip
    response = client.post(_admin_url("add"), _admin_data(new))
    assert response.status_code == 200 and REFUSED in response.content.decode()

    response = client.get(_admin_url("delete", directive.pk), follow=True)
    assert response.redirect_chain[-1][0] == _admin_url("change", directive.pk)
    assert REFUSED in response.content.decode()
    response = client.post(_admin_url("delete", directive.pk), {"post": "yes"}, follow=True)
    assert REFUSED in response.content.decode()
    assert "delete_selected" not in client.get(_admin_url("changelist")).content.decode()

    old = directive.history.get().history_id  # a revert is a save: refused as well
    response = client.post(
        reverse("admin:plans_document_simple_history", args=[directive.pk, old]),
        _admin_data(directive, subject="về việc khác"),
    )
    assert response.status_code == 200 and REFUSED in response.content.decode()

    directive.refresh_from_db()
    assert (Document.objects.count(), directive.subject, directive.version) == (1, "về tuyên truyền cải cách hành chính năm 2023", 1)  # fmt: skip

    report.state = S.RETURNED
    report.save(update_fields=["state"])
    response = client.post(_admin_url("change", directive.pk), _admin_data(directive, subject="  về   việc khác "))
    assert response.status_code == 302
    directive.refresh_from_db()
    # Through the register's service: normalised, versioned, the admin's user in the history.
    assert (directive.subject, directive.version) == ("về việc khác", 2)
    assert directive.history.first().history_user == root
    assert client.post(_admin_url("add"), _admin_data(new)).status_code == 302
    assert client.post(_admin_url("delete", directive.pk), {"post": "yes"}).status_code == 302
    assert list(Document.objects.values_list("number", flat=True)) == [19]


def test_the_admin_shows_a_duplicate_number_on_the_form(client, root, binh_phuoc, directive):
    client.force_login(root)
    twin = Document(unit=binh_phuoc, doc_type="plan", number=18, symbol="KH-UBND", issued_on=d("01/03/2023"),
                    subject="về việc khác")  # fmt: skip
    response = client.post(_admin_url("add"), _admin_data(twin))
    assert response.status_code == 200
    assert "Số 18 đã được dùng trong sổ này năm 2023" in str(response.context["adminform"].form.errors["number"])
    assert Document.objects.count() == 1
