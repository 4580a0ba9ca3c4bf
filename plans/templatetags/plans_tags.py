from django import template

from plans.citations import citation

register = template.Library()


@register.filter
def cite(document):
    return citation(document) if document is not None else ""
