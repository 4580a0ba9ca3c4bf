from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # The staff-quality table by category (issue 19, seed 003's section V.2): men, levels of education, IT and
    # language certificates, political theory and state-management training of cán bộ, công chức and người
    # hoạt động không chuyên trách, each with its share of the category; the sex-sum rules.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0013_province_forms")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
