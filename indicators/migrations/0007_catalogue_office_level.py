from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # The consolidating offices' notes name the district's level with {cấp} (units.wording.office_note).
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0006_aggregation_min_max")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
