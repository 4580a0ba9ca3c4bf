from io import StringIO

from django.core.management import call_command

from consolidation.engine import consolidate
from consolidation.generator import national_units
from reports.models import Period
from units.models import Unit


def test_the_generator_builds_a_consistent_small_country(db):
    out = StringIO()
    call_command("generate_national_dataset", "--provinces", "5", "--communes", "60", "--periods", "8",
                 "--tasks-per-unit", "2", stdout=out)  # fmt: skip
    provinces = national_units()
    assert len(provinces) == 5
    assert Unit.objects.filter(code__startswith="NB", kind="province_agency").count() == 15
    merged = Unit.objects.filter(merged_into__isnull=False)
    assert merged.count() == 2  # province 1 merges two communes on 1 July 2025
    for unit in Unit.objects.filter(code__startswith="NB"):
        assert unit.path == (unit.parent.path if unit.parent else "") + str(unit.pk).zfill(8)

    q2, q3 = Period.objects.get(code="2025-Q2"), Period.objects.get(code="2025-Q3")
    province = provinces[0]
    before = {s.unit.code for s in consolidate(unit=province, period=q2).completeness.units}
    after = {s.unit.code for s in consolidate(unit=province, period=q3).completeness.units}
    assert {u.code for u in merged} <= before and not {u.code for u in merged} & after
    assert "NB01-M1" in after and "NB01-M1" not in before
    country = consolidate(unit=None, period=q2)
    assert country.completeness.expected == 5
    assert country.values["dossiers.received.total"] > 0
