from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seed 001 states in its text (issue 19): the budget of the year against the estimate given,
    # revenue in million đồng and expenditure in thousand đồng, with their shares (on the dossier form), and
    # the training classes (on the staff form).
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0018_catalogue_seed_counts")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
