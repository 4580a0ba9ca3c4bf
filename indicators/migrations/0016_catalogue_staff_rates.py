from django.db import migrations


def refresh_catalogue(apps, schema_editor):
    # The staff shares seed 001 states (issue 19): women of cán bộ and of công chức, each level of education,
    # political theory, certificate and state-management training of cán bộ and công chức together, and the
    # annual ratings of the people rated (staff.rating.total).
    from indicators import catalogue

    catalogue.load(apps)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0015_form_shares")]

    operations = [migrations.RunPython(refresh_catalogue, migrations.RunPython.noop)]
