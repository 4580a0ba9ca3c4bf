from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # Figures seed 001 states in its text (issue 19): its equipment (computers, the one-stop desk's machines)
    # and its digital-signature devices (personal and office tokens, leaders signing by SIM), on the dossier form.
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0019_catalogue_budget_classes")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
