from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seeds 002 and 003 state in their text (issue 19): dossiers online end to end and in part; the
    # decisions announcing procedures and the procedures announced new, amended and abolished; on the dossier
    # form.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0016_catalogue_staff_rates")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
