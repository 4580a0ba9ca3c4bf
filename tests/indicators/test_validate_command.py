import pytest
from django.core.management import CommandError, call_command

from indicators.demo import store_figures
from indicators.validation import findings


def run(*args):
    import io

    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("validate_reports", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_findings_carry_both_sides(seed001, y2023):
    found = {f.rule_code: f for f in findings(unit=seed001, period=y2023)}
    stated = found["dossiers-received-stated-total"]
    assert (stated.left, stated.right) == ("3.472", "3.468")
    assert not stated.is_error and stated.blocks_submission  # a warning nobody has explained yet


def test_generic_findings_carry_the_figures_and_the_bound(binh_phuoc, y2023):

    store_figures(unit=binh_phuoc, period=y2023, figures={"dossiers.withdrawn": -1})
    finding = next(f for f in findings(unit=binh_phuoc, period=y2023) if f.rule_code == "non-negative")
    assert "-1" in finding.left and finding.right == "≥ 0"


def test_it_prints_one_line_per_finding_and_fails_on_errors(seed000, seed001, y2023):
    store_figures(unit=seed001.parent, period=y2023, figures={"dossiers.withdrawn": -1})  # an error somewhere
    code, out, err = run("--period", "2023")
    assert code == 1
    lines = out.strip().splitlines()
    assert any(line.startswith(f"{seed001.parent.code}\t") and "non-negative\terror" in line for line in lines)
    assert any(
        line.startswith("21208\t")
        and "dossiers-received-stated-total\twarning" in line
        and "left=3.472\tright=3.468" in line
        for line in lines
    )
    assert any(line.startswith("21073\t") and "staff-part-timers-education-sum\twarning" in line for line in lines)
    units = (seed000, seed001, seed001.parent)
    assert len(lines) == sum(len(findings(unit=unit, period=y2023)) for unit in units)
    assert "error(s)" in err


def test_warnings_alone_exit_zero(seed000, y2023):
    code, out, _err = run("--period", "2023", "--unit", "21073")
    assert code == 0
    assert "staff-part-timers-education-sum\twarning\tleft=10\tright=11" in out


def test_a_district_covers_its_subtree(seed000, seed001, y2023):
    code, out, err = run("--period", "2023", "--unit", "524")  # Bình Sơn: Bình Phước, not Tịnh Châu
    assert code == 0
    assert "21073\t" in out and "21208\t" not in out
    assert "unit(s) checked" in err


def test_unknown_codes_are_refused(tree):
    with pytest.raises(CommandError):
        call_command("validate_reports", "--period", "1999")
    with pytest.raises(CommandError):
        call_command("validate_reports", "--period", "2023", "--unit", "nope")
