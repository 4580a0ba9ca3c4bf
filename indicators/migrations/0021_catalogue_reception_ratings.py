from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seed 002 states in its text (issue 19): the ratings known only as a total and a share (stated
    # figures of satisfaction.total and satisfaction.rate.satisfied) and the citizen-reception board's regular
    # sessions, the people received in them and the crowd delegations, on the dossier form.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0020_catalogue_equipment")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
