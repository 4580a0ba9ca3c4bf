from django import template

from reports import markup as markup_module

register = template.Library()


@register.filter
def markup(text, anchor="s"):
    """A section's text rendered for the screen; ``anchor`` keeps footnote ids unique on the page."""
    return markup_module.render(text, anchor=f"s{anchor}")
