from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # The catalogue's loader is idempotent (matched on codes): a changed rule reaches existing databases.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0002_standard_catalogue")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
