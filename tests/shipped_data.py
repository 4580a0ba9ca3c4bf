"""Re-install the rows that data migrations ship (catalogue, outlines, reform fields).

Live-server tests run in transactions that end with a flush of every table; calling this before and
after them keeps the shipped data present for them and for the tests that follow in the same process.
"""

from importlib import import_module

from django.apps import apps


def install_shipped_data() -> None:
    from reports.outlines import install as install_outlines

    install_outlines(apps.get_model("reports", "ReportType"), apps.get_model("reports", "OutlineSection"))
    import_module("indicators.migrations.0002_standard_catalogue").load_catalogue(apps, None)
    import_module("plans.migrations.0002_reform_fields").add_fields(apps, None)
