"""A test client logged in as a person, for the page tests of every app."""

from django.test import Client


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client
