"""A free code for a copy: the code a province's own copy of a template or a form gets."""

from __future__ import annotations

from django.db import models


def free_code(model: type[models.Model], base: str, *, field: str = "code") -> str:
    """``base`` cut to the field's length if no ``model`` row has it, else ``base-2``, ``base-3`` … (one query)."""
    length = model._meta.get_field(field).max_length
    base = base[:length]
    taken = set(model.objects.filter(**{f"{field}__startswith": base[: length - 3]}).values_list(field, flat=True))
    if base not in taken:
        return base
    for n in range(2, 100):
        candidate = f"{base[: length - len(str(n)) - 1]}-{n}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"No free {field} for {base}")
