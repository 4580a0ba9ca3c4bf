from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures the seeds state in their text (issue 19): online services with dossiers, fees and payments, news
    # posts, pay rises, regrading, training attendances, rotation, part-time posts held concurrently.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0010_sheet_comment")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
