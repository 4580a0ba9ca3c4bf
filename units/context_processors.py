from units.access import memberships_of


def current_memberships(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"my_memberships": memberships_of(user)}
