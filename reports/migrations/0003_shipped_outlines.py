from django.db import migrations


def install(apps, schema_editor):
    from reports.outlines import install as install_outlines

    install_outlines(apps.get_model("reports", "ReportType"), apps.get_model("reports", "OutlineSection"))


class Migration(migrations.Migration):
    dependencies = [("reports", "0002_reports")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
