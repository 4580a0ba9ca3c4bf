"""Issue #16, item 4: styled 403, 404, 500 and CSRF-failure pages in plain Vietnamese."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from desk.services import report_create
from exports.tables import _sheet_name
from reports.models import ReportType
from reports.periods import ensure_period
from units.models import Membership, Role


def test_a_page_of_another_role_answers_a_styled_403(client, alice, binh_phuoc, django_user_model):
    report = report_create(unit=binh_phuoc, period=ensure_period("2023"),
                           report_type=ReportType.objects.get(code="cchc-year"), user=alice)  # fmt: skip
    leader = django_user_model.objects.create_user("leader-403", password="x")
    Membership.objects.create(user=leader, unit=binh_phuoc, role=Role.LEADER)
    client.force_login(leader)
    response = client.get(reverse("desk:edit", args=[report.pk]))
    page = response.content.decode()
    assert response.status_code == 403
    assert 'data-testid="problem-page"' in page and "Bạn không được mở trang này" in page
    assert "Forbidden" not in page and "Về trang chủ của tôi" in page


def test_an_unknown_page_answers_a_styled_404(client, alice):
    client.force_login(alice)
    response = client.get("/reports/99999999/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_an_expired_form_says_nothing_was_saved(alice):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    response = browser.post(reverse("logout"))
    page = response.content.decode()
    assert response.status_code == 403 and "Biểu mẫu đã hết hạn" in page and "Chưa có gì được lưu" in page


@pytest.mark.django_db
def test_the_500_page_stands_alone_in_vietnamese():
    response = server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500 and "Đã có lỗi xảy ra" in page and "Traceback" not in page


def test_excel_sheet_names_are_cut_on_a_word_boundary_with_diacritics():
    name = _sheet_name("Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính")
    assert name == "Thống kê số liệu về kết quả" and len(name) <= 31
    assert _sheet_name("Cán bộ: công chức / người [HĐ]") == "Cán bộ công chức người HĐ"
