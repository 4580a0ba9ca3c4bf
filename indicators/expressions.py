"""A tiny, safe expression language over indicator codes, for formulas and rules.

``dossiers.received.total == dossiers.resolved.total + dossiers.withdrawn``:
indicator codes (dotted names), numbers, + - * /, parentheses, comparisons
(== != < <= > >=) and ``and``/``or``. Parsed with Python's ``ast`` and
checked node by node: nothing else (calls, attributes of objects, names of
Python things) can run.
"""

from __future__ import annotations

import ast
import functools
import operator
from decimal import Decimal

from reform_portal.numbers import format_number


class ExpressionError(ValueError):
    pass


_BINOPS = {ast.Add: (operator.add, "+"), ast.Sub: (operator.sub, "-"), ast.Mult: (operator.mul, "×")}
_CMPOPS = {
    ast.Eq: (operator.eq, "=", "≠"),
    ast.NotEq: (operator.ne, "≠", "="),
    ast.Lt: (operator.lt, "<", "≥"),
    ast.LtE: (operator.le, "≤", ">"),
    ast.Gt: (operator.gt, ">", "≤"),
    ast.GtE: (operator.ge, "≥", "<"),
}


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _check(node: ast.AST) -> None:
    if isinstance(node, ast.Expression):
        _check(node.body)
    elif isinstance(node, ast.Attribute | ast.Name):
        if _dotted(node) is None:
            raise ExpressionError("Only indicator codes may be used as names.")
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, int | float) or isinstance(node.value, bool):
            raise ExpressionError("Only numbers may be used as constants.")
    elif isinstance(node, ast.BinOp):
        if type(node.op) not in _BINOPS and not isinstance(node.op, ast.Div):
            raise ExpressionError("Only + - * / are allowed.")
        _check(node.left)
        _check(node.right)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check(node.operand)
    elif isinstance(node, ast.Compare):
        if len(node.ops) != 1 or type(node.ops[0]) not in _CMPOPS:
            raise ExpressionError("Use one comparison (== != < <= > >=) at a time.")
        _check(node.left)
        _check(node.comparators[0])
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            _check(value)
    else:
        raise ExpressionError(f"Not allowed in an expression: {type(node).__name__}")


@functools.lru_cache(maxsize=1024)
def parse(text: str) -> ast.Expression:
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"Not a valid expression: {exc.msg}") from exc
    _check(tree)
    return tree


def codes(text: str) -> list[str]:
    """The indicator codes an expression refers to, in order of first appearance."""
    found: list[str] = []

    def visit(node):
        name = _dotted(node) if isinstance(node, ast.Attribute | ast.Name) else None
        if name is not None:
            if name not in found:
                found.append(name)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(parse(text))
    return found


def _unknown(node, values: dict) -> bool:
    """Whether a side of a comparison names figures and none of them is known (blank is not zero)."""
    names = [_dotted(n) for n in ast.walk(node) if isinstance(n, ast.Attribute | ast.Name)]
    names = [name for name in names if name is not None]
    return bool(names) and all(values.get(name) is None or isinstance(values.get(name), str) for name in names)


def evaluate(text: str, values: dict, *, missing=Decimal(0)):
    """Evaluate with ``values`` (code -> Decimal or None); a missing value counts as ``missing``.

    A comparison one side of which has no known figure at all is not decided: it gives None
    ("1.949 = nothing" is neither true nor false), ``and``/``or`` decide on the comparisons that
    are known, and an expression with none known gives None. Inside a side that has some known
    figures, a blank one counts as ``missing``.
    """

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Attribute | ast.Name):
            value = values.get(_dotted(node))
            return missing if value is None or isinstance(value, str) else Decimal(value)
        if isinstance(node, ast.Constant):
            return Decimal(str(node.value))
        if isinstance(node, ast.UnaryOp):
            return -ev(node.operand)
        if isinstance(node, ast.BinOp):
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Div):
                return None if not right else left / right
            if left is None or right is None:
                return None
            return _BINOPS[type(node.op)][0](left, right)
        if isinstance(node, ast.Compare):
            if _unknown(node.left, values) or _unknown(node.comparators[0], values):
                return None
            left, right = ev(node.left), ev(node.comparators[0])
            if left is None or right is None:
                return True
            return _CMPOPS[type(node.ops[0])][0](left, right)
        if isinstance(node, ast.BoolOp):
            known = [result for result in (ev(v) for v in node.values) if result is not None]
            if not known:
                return None
            return all(known) if isinstance(node.op, ast.And) else any(known)
        raise ExpressionError(type(node).__name__)

    return ev(parse(text))


def explain(text: str, values: dict) -> str:
    """The broken comparison with its figures, e.g. "3.472 ≠ 1.555 + 1.913" (missing terms left out)."""

    def term(node) -> str | None:
        if isinstance(node, ast.Attribute | ast.Name):
            value = values.get(_dotted(node))
            return None if value is None or isinstance(value, str) else format_number(value)
        if isinstance(node, ast.Constant):
            return format_number(node.value)
        if isinstance(node, ast.UnaryOp):
            inner = term(node.operand)
            return None if inner is None else f"-{inner}"
        if isinstance(node, ast.BinOp):
            left, right = term(node.left), term(node.right)
            symbol = "/" if isinstance(node.op, ast.Div) else _BINOPS[type(node.op)][1]
            if symbol in "+-":
                if left is None:
                    return right if symbol == "+" else (None if right is None else f"-{right}")
                if right is None:
                    return left
            if left is None or right is None:
                return None
            return f"{left} {symbol} {right}"
        return None

    def broken(node) -> list[str]:
        if isinstance(node, ast.Expression):
            return broken(node.body)
        if isinstance(node, ast.BoolOp):
            parts = [(value, part) for value in node.values for part in broken(value)]
            # A comparison of a figure nobody gave ("0 ≠ …") says nothing when another one is broken too.
            given = [part for value, part in parts if not (isinstance(value, ast.Compare) and term(value.left) is None)]
            return given or [part for _value, part in parts]
        if isinstance(node, ast.Compare) and evaluate(ast.unparse(node), values) is False:
            negated = _CMPOPS[type(node.ops[0])][2]
            return [f"{term(node.left) or '0'} {negated} {term(node.comparators[0]) or '0'}"]
        return []

    return "; ".join(broken(parse(text)))


def sides(text: str, values: dict) -> tuple[Decimal | None, Decimal | None] | None:
    """The evaluated left and right of the first broken comparison, e.g. (3472, 3468); None if none is broken."""

    def first(node):
        if isinstance(node, ast.Expression):
            return first(node.body)
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                found = first(value)
                if found is not None:
                    return found
            return None
        if isinstance(node, ast.Compare) and evaluate(ast.unparse(node), values) is False:
            left = evaluate(ast.unparse(node.left), values)
            right = evaluate(ast.unparse(node.comparators[0]), values)
            return left, right
        return None

    return first(parse(text))
