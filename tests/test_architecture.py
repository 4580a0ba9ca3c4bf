"""The structure docs/ARCHITECTURE.md describes, checked on every run.

- import-linter's contracts (pyproject.toml): an app imports only from the layers below it, and no two
  modules of a package import each other;
- project modules are imported at the top of a module, where every reader and tool sees them; the one
  exception is an AppConfig's ``ready()``, which Django runs once all apps are loaded.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ["reform_portal", "units", "jobs", "reports", "indicators", "plans", "consolidation", "desk", "exports"]


def _modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def function_local_imports(source: str) -> list[tuple[int, str, str]]:
    """(line, function, module) for each import of a project module inside a function body."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name == "ready":
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.ImportFrom) and inner.level == 0 and inner.module:
                names = [inner.module]
            elif isinstance(inner, ast.Import):
                names = [alias.name for alias in inner.names]
            else:
                continue
            found += [(inner.lineno, node.name, name) for name in names if name.split(".")[0] in APPS]
    return found


def test_the_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 kept, 0 broken" in result.stdout


def test_project_modules_are_imported_at_the_top_of_a_module():
    found = [f"{path.relative_to(ROOT)}:{line} {func}(): {module}"
             for path in _modules() for line, func, module in function_local_imports(path.read_text())]  # fmt: skip
    assert found == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    from indicators.values import derive\n", [(2, "f", "indicators.values")]),
        ("def f():\n    import openpyxl\n", []),
        ("class C:\n    def ready(self):\n        from plans import summary\n", []),
        ("from units.models import Unit\n", []),
    ],
)
def test_the_local_import_check_sees_what_it_should(source, expected):
    assert function_local_imports(source) == expected
