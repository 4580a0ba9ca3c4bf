"""Audit the pinned runtime requirements with pip-audit, and say plainly what was and was not audited.

    .venv/bin/python .ci/pip_audit.py [requirements.txt]      run pip-audit and judge its report
    .venv/bin/python .ci/pip_audit.py --report audit.json     judge a report pip-audit wrote earlier

pip-audit asks PyPI's JSON API which releases have known vulnerabilities. Where that API cannot be
reached, pip-audit either fails with a connection error or (behind a mirror that serves packages but not
the JSON API) marks every package "not found on PyPI" and still ends with "No known vulnerabilities
found" and exit code 0. Neither is a pass. So:

- a known vulnerability in any package: list them, exit 1 (CI fails);
- no package could be audited (the database is unreachable): print "pip-audit: could not audit
  (vulnerability database unreachable)" and exit 0 (being offline does not fail CI, nor pass the audit);
- otherwise: how many packages were audited with no known vulnerability, and which were not audited.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

UNREACHABLE = "pip-audit: could not audit (vulnerability database unreachable)"
# What pip-audit (through requests) prints when it cannot reach the service at all.
CONNECTION_FAILURES = (
    "ConnectionError",
    "ConnectTimeout",
    "ReadTimeout",
    "Max retries exceeded",
    "NameResolutionError",
    "Could not connect to PyPI",
    "PyPI is not redirecting properly",
)
TIMEOUT_SECONDS = 900


def judge(report: dict) -> tuple[int, list[str]]:
    """(exit code, lines to print) for a pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if "skip_reason" in d]
    audited = [d for d in dependencies if "skip_reason" not in d]
    vulnerable = [d for d in audited if d.get("vulns")]
    if vulnerable:
        lines = [
            f"pip-audit: {v['id']} in {d['name']} {d['version']}"
            + (f" (fixed in {', '.join(v['fix_versions'])})" if v.get("fix_versions") else " (no fixed release yet)")
            for d in vulnerable
            for v in d["vulns"]
        ]
        return 1, [*lines, f"pip-audit: FAILED, {len(lines)} known vulnerabilities in {len(vulnerable)} packages"]
    if not audited:
        reason = skipped[0]["skip_reason"] if skipped else "pip-audit reported no packages"
        return 0, [UNREACHABLE, f"  every package was skipped, e.g. {reason}"]
    lines = [f"pip-audit: no known vulnerabilities in {len(audited)} audited packages"]
    if skipped:
        lines.append(f"pip-audit: NOT audited: {', '.join(d['name'] for d in skipped)}")
        lines += [f"  {d['name']}: {d['skip_reason']}" for d in skipped]
    return 0, lines


def run(requirements: str) -> tuple[int, list[str]]:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "audit.json"
        command = [str(pip_audit), "-r", requirements, "-f", "json", "-o", str(output), "--progress-spinner", "off"]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return 0, [UNREACHABLE, f"  no answer in {TIMEOUT_SECONDS} s"]
        report = output.read_text() if output.exists() else ""
    if report:
        return judge(json.loads(report))
    if any(failure in result.stderr for failure in CONNECTION_FAILURES):
        last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        return 0, [UNREACHABLE, f"  {last[:300]}"]
    # pip-audit failed for another reason (say, the requirements cannot be resolved): that is a failure.
    return 1, [result.stdout, result.stderr, f"pip-audit: FAILED to run (exit code {result.returncode})"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements", nargs="?", default="requirements.txt")
    parser.add_argument("--report", help="judge this pip-audit JSON report instead of running pip-audit")
    args = parser.parse_args(argv)
    if args.report:
        code, lines = judge(json.loads(Path(args.report).read_text()))
    else:
        code, lines = run(args.requirements)
    print("\n".join(line for line in lines if line))
    return code


if __name__ == "__main__":
    sys.exit(main())
