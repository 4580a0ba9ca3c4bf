"""Oversized request bodies: a form with too many fields, or too many bytes, is refused before any view reads it."""

from django.test import Client, override_settings
from django.urls import reverse


def test_a_form_with_too_many_fields_is_refused_before_any_view_reads_it():
    body = "&".join(f"f{n}=1" for n in range(1001))
    response = Client().post(reverse("login"), body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_a_form_body_over_the_memory_limit_is_refused():
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1024):
        response = Client().post(reverse("login"), {"username": "x" * 2000, "password": "y"})
    assert response.status_code == 400
