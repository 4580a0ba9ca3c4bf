from units.access import memberships_of


def current_memberships(request):
    """The user's memberships, and one line per unit ("Huyện Bình Sơn · Reviewer, Clerk") for the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    memberships = memberships_of(user)
    by_unit: dict[int, tuple] = {}
    for m in memberships:
        name, roles = by_unit.get(m.unit_id, (m.unit.name, []))
        by_unit[m.unit_id] = (name, [*roles, m.get_role_display()])
    return {
        "my_memberships": memberships,
        "my_units": [f"{name} · {', '.join(roles)}" for name, roles in by_unit.values()],
    }
