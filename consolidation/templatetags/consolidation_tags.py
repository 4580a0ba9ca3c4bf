from django import template

register = template.Library()


@register.filter
def cells(row, columns):
    """(column, value) pairs of a breakdown row in column order."""
    return row.cell_list(columns)
