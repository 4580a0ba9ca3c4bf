"""A province's office names in the admin (issue #13, item 3): its administrator sets its own province's names,
never another province's; the matrix (test_admin_matrix.py) checks every URL, this checks the saves."""

from django.urls import reverse

from units.demo import grant_administrator_permissions
from units.models import OfficeLevel, OfficeName, OfficeRole


def _form(province, name, role=OfficeRole.CULTURE, level=OfficeLevel.DISTRICT):
    return {"province": province.pk, "role": role, "level": level, "name": name}


def test_an_administrator_names_the_offices_of_its_own_province_only(client, adam, tree):
    grant_administrator_permissions(adam)
    client.force_login(adam)
    add = reverse("admin:units_officename_add")
    # Not another province, nor a district of its own: only the province it administers.
    assert client.post(add, _form(tree["74"], "Phòng VH-TT Bình Dương")).status_code == 200
    assert client.post(add, _form(tree["524"], "Phòng VH-TT Bình Sơn")).status_code == 200
    assert not OfficeName.objects.filter(name__startswith="Phòng VH-TT").exists()
    role = OfficeRole.FINANCE_PLANNING
    response = client.post(add, _form(tree["51"], "Phòng Tài chính - Kế hoạch {cấp}", role, OfficeLevel.PROVINCE))
    assert response.status_code == 302
    assert OfficeName.objects.get(province=tree["51"], role=role, level=OfficeLevel.PROVINCE).name.startswith("Phòng")


def test_another_provinces_names_are_neither_seen_nor_changed(client, adam, tree):
    grant_administrator_permissions(adam)
    theirs = OfficeName.objects.create(province=tree["74"], role=OfficeRole.JUSTICE, level=OfficeLevel.DISTRICT,
                                       name="Phòng Tư pháp Bàu Bàng")  # fmt: skip
    ours = OfficeName.objects.get(province=tree["51"], role=OfficeRole.JUSTICE, level=OfficeLevel.DISTRICT)
    client.force_login(adam)
    listing = client.get(reverse("admin:units_officename_changelist")).content.decode()
    assert "Phòng Tư pháp tổng hợp" in listing and "Bàu Bàng" not in listing
    change = reverse("admin:units_officename_change", args=[theirs.pk])
    assert client.post(change, _form(tree["74"], "Đổi", OfficeRole.JUSTICE)).status_code == 302  # as if missing
    theirs.refresh_from_db()
    assert theirs.name == "Phòng Tư pháp Bàu Bàng"
    # Its own row cannot be moved to another province either.
    change = reverse("admin:units_officename_change", args=[ours.pk])
    assert client.post(change, _form(tree["74"], "Đổi", OfficeRole.JUSTICE)).status_code == 200
    ours.refresh_from_db()
    assert (ours.province, ours.name) == (tree["51"], "Phòng Tư pháp tổng hợp")
    assert client.get(reverse("admin:units_officename_delete", args=[theirs.pk])).status_code == 302
    assert OfficeName.objects.filter(pk=theirs.pk).exists()
