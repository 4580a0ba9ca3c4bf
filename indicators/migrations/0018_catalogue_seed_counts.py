from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seeds 001 and 002 state in their text (issue 19): cán bộ, công chức from Cao đẳng and from Sơ cấp
    # political theory up, with their shares; the courses of the year against the plan (on the staff form);
    # the procedures reviewed against the review plan and the letters a citizen-reception board received,
    # admitted and sorted by kind (on the dossier form).
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0017_catalogue_reported_levels")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
