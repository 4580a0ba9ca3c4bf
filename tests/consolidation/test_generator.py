import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from consolidation.completeness import DESCENDANTS
from consolidation.engine import consolidate
from consolidation.generator import national_units
from reports.models import Period
from units.models import Unit, UnitKind


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


def test_a_smaller_size_and_the_national_consolidation_command(db):
    call_command("generate_national_dataset", "--size", "0.01", "--provinces", "4", "--periods", "1",
                 "--indicators", "40", "--tasks-per-unit", "0", stdout=StringIO())  # fmt: skip
    communes = Unit.objects.filter(code__startswith="NB", kind__in=["commune", "ward", "township"])
    assert communes.count() == 33  # 1 % of 3,300
    out = StringIO()
    call_command("consolidate", "--national", "--period", "2024-Q1", stdout=out)
    data = json.loads(out.getvalue())
    assert data["unit"] is None and data["completeness"]["expected"] == 4  # the provinces
    out = StringIO()
    communes = ["--scope", "descendants", "--kinds", "commune,ward,township"]
    call_command("consolidate", "--national", "--period", "2024-Q1", *communes, stdout=out)
    data = json.loads(out.getvalue())
    q1, kinds = Period.objects.get(code="2024-Q1"), UnitKind.commune_level()
    by_province = [consolidate(unit=p, period=q1, scope=DESCENDANTS, kinds=kinds) for p in national_units()]
    assert data["completeness"]["expected"] == sum(c.completeness.expected for c in by_province) > 0
    received = sum(c.values["dossiers.received.total"] for c in by_province)
    assert Decimal(data["values"]["dossiers.received.total"]) == received > 0


def test_the_size_is_a_share(db):
    with pytest.raises(CommandError, match="--size"):
        call_command("generate_national_dataset", "--size", "2", stdout=StringIO())
