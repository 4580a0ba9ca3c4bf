"""The seven reform fields of the national CCHC programme, in the order of seed 001's task table.

Codes are stable: other apps, imports and tests refer to them. Names are
document text (as printed in reports) and may be edited in the admin.
"""

from django.db import migrations

FIELDS = [
    ("institutions", "Cải cách thể chế", 1),
    ("procedures", "Cải cách thủ tục hành chính", 2),
    ("organisation", "Cải cách tổ chức bộ máy", 3),
    ("civil_service", "Cải cách chế độ công vụ", 4),
    ("public_finance", "Cải cách tài chính công", 5),
    ("digital_government", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 6),
    ("direction", "Công tác chỉ đạo, điều hành CCHC", 7),
]


def add_fields(apps, schema_editor):
    ReformField = apps.get_model("plans", "ReformField")
    for code, name, order in FIELDS:
        ReformField.objects.update_or_create(code=code, defaults={"name": name, "order": order, "is_active": True})


def remove_fields(apps, schema_editor):
    ReformField = apps.get_model("plans", "ReformField")
    ReformField.objects.filter(code__in=[code for code, _name, _order in FIELDS], tasks__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [migrations.RunPython(add_fields, remove_fields)]
