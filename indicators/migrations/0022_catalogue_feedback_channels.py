from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seed 002 states in its text (issue 19): the petitions received by channel (by letter, on the
    # national public-service portal, by hotline or at the office), on the dossier form beside feedback.received,
    # and the công chức and viên chức sent on each of its three courses, on the staff form.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0021_catalogue_reception_ratings")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
