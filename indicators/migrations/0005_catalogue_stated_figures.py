from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Adds the stated totals and rates (figures known only as a whole) and links them to what they stand for.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0004_indicator_stated")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
