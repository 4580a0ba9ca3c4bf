""".ci/pip_audit.py: a known vulnerability fails CI; an unreachable database is said, and is not a pass."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "pip_audit.py"


def judge(tmp_path, dependencies) -> subprocess.CompletedProcess:
    """The script's verdict on a report in pip-audit's JSON format (``pip-audit -f json``)."""
    report = tmp_path / "audit.json"
    report.write_text(json.dumps({"dependencies": dependencies, "fixes": []}))
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--report", str(report)], capture_output=True, text=True, check=False
    )


def test_a_known_vulnerability_fails(tmp_path):
    result = judge(tmp_path, [
        {"name": "django", "version": "5.2.19", "vulns": [{"id": "PYSEC-2099-1", "fix_versions": ["5.2.20"]}]},
        {"name": "sqlparse", "version": "0.6.1", "vulns": []},
    ])  # fmt: skip

    assert result.returncode == 1
    assert "PYSEC-2099-1 in django 5.2.19 (fixed in 5.2.20)" in result.stdout
    assert "FAILED" in result.stdout


def test_a_vulnerability_among_skipped_packages_still_fails(tmp_path):
    result = judge(tmp_path, [
        {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited: django (5.2.19)"},
        {"name": "sqlparse", "version": "0.6.1", "vulns": [{"id": "GHSA-xxxx", "fix_versions": []}]},
    ])  # fmt: skip

    assert result.returncode == 1
    assert "GHSA-xxxx in sqlparse 0.6.1 (no fixed release yet)" in result.stdout


def test_an_unreachable_database_is_said_and_is_not_a_pass(tmp_path):
    # What pip-audit 2.10 writes on this project's machines (a mirror without PyPI's JSON API): every package
    # "not found", and on its own output "No known vulnerabilities found" with exit code 0.
    result = judge(tmp_path, [
        {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited: django (5.2.19)"},
        {"name": "sqlparse", "skip_reason": "Dependency not found on PyPI and could not be audited: sqlparse (0.6.1)"},
    ])  # fmt: skip

    assert result.returncode == 0  # being offline does not fail CI…
    assert result.stdout.splitlines()[0] == "pip-audit: could not audit (vulnerability database unreachable)"
    assert "no known vulnerabilities" not in result.stdout.lower()  # …nor claims a pass


def test_a_clean_audit_says_how_many_packages_and_which_were_not_audited(tmp_path):
    result = judge(tmp_path, [
        {"name": "django", "version": "5.2.19", "vulns": []},
        {"name": "sqlparse", "version": "0.6.1", "vulns": []},
        {"name": "our-fork", "skip_reason": "Dependency not found on PyPI and could not be audited: our-fork (1.0)"},
    ])  # fmt: skip

    assert result.returncode == 0
    assert "pip-audit: no known vulnerabilities in 2 audited packages" in result.stdout
    assert "NOT audited: our-fork" in result.stdout


def test_ci_runs_the_audit_with_the_pinned_tool():
    assert ".venv/bin/python .ci/pip_audit.py requirements.txt" in (ROOT / ".ci" / "run").read_text()
    pins = (ROOT / "requirements-dev.txt").read_text().splitlines()
    assert [line for line in pins if line.startswith("pip-audit")] == ["pip-audit==2.10.1"]
