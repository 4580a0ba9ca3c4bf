from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Today's indicators (issue 13): online public services in total, the share of fees paid online, results
    # signed digitally, the commune's public-service centre, the share of feedback handled.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0007_catalogue_office_level")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
