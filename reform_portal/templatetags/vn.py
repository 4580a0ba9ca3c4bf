"""Template filters for Vietnamese numbers and dates; see reform_portal.numbers."""

from django import template

from reform_portal import numbers

register = template.Library()


@register.filter
def vn_number(value, places=None):
    return numbers.format_number(value, None if places in (None, "") else int(places))


@register.filter
def vn_percent(value, places=None):
    return numbers.format_percent(value, None if places in (None, "") else int(places))


@register.filter
def vn_date(value):
    return numbers.format_date(value)


@register.filter
def vn_long_date(value):
    return numbers.format_long_date(value)


@register.filter
def vn_document_date(value):
    return numbers.format_document_date(value)


@register.filter
def vn_citation_date(value):
    return numbers.format_citation_date(value)
