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
    """The indicator codes an expression refers to, in order of first appearance (the tree walked once per text)."""
    return list(_codes(text))


@functools.lru_cache(maxsize=4096)
def _codes(text: str) -> tuple[str, ...]:
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
    return tuple(found)


def evaluate(text: str, values: dict, *, missing=Decimal(0)):
    """Evaluate with ``values`` (code -> Decimal or None); a missing value counts as ``missing``.

    A comparison one side of which has no known figure at all is not decided: it gives None
    ("1.949 = nothing" is neither true nor false), ``and``/``or`` decide on the comparisons that
    are known, and an expression with none known gives None. Inside a side that has some known
    figures, a blank one counts as ``missing``. The expression is compiled once per text
    (``compiled``): evaluating it for thousands of units does not walk its tree again.
    """
    return compiled(text)(values, missing)


@functools.lru_cache(maxsize=4096)
def compiled(text: str):
    """The expression as a Python function ``(values, missing) -> result`` (see ``evaluate``)."""
    return _compile(parse(text))


def _compile(node):
    if isinstance(node, ast.Expression):
        return _compile(node.body)
    if isinstance(node, ast.Attribute | ast.Name):
        name = _dotted(node)

        def figure(values, missing):
            value = values.get(name)
            return missing if value is None or isinstance(value, str) else Decimal(value)

        return figure
    if isinstance(node, ast.Constant):
        constant = Decimal(str(node.value))
        return lambda values, missing: constant
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand)
        return lambda values, missing: -operand(values, missing)
    if isinstance(node, ast.BinOp):
        left, right = _compile(node.left), _compile(node.right)
        if isinstance(node.op, ast.Div):

            def divide(values, missing):
                a, b = left(values, missing), right(values, missing)
                return None if not b else a / b

            return divide
        op = _BINOPS[type(node.op)][0]

        def binary(values, missing):
            a, b = left(values, missing), right(values, missing)
            return None if a is None or b is None else op(a, b)

        return binary
    if isinstance(node, ast.Compare):
        left, right = _compile(node.left), _compile(node.comparators[0])
        op = _CMPOPS[type(node.ops[0])][0]
        names = [_names(node.left), _names(node.comparators[0])]

        def compare(values, missing):
            if any(side and all(_blank(values.get(n)) for n in side) for side in names):
                return None
            a, b = left(values, missing), right(values, missing)
            return True if a is None or b is None else op(a, b)

        return compare
    if isinstance(node, ast.BoolOp):
        parts = [_compile(v) for v in node.values]
        combine = all if isinstance(node.op, ast.And) else any

        def boolean(values, missing):
            known = [result for result in (part(values, missing) for part in parts) if result is not None]
            return combine(known) if known else None

        return boolean
    raise ExpressionError(type(node).__name__)


def _names(node) -> list[str]:
    names = [_dotted(n) for n in ast.walk(node) if isinstance(n, ast.Attribute | ast.Name)]
    return [name for name in names if name is not None]


def _blank(value) -> bool:
    return value is None or isinstance(value, str)


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
