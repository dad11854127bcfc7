"""Every outcome code is an `ErrorCode`: no free strings, no code nothing uses, no table keyed by a
code that does not exist (an exit code was once keyed to a code no error used)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode

PACKAGE = Path(__file__).resolve().parents[1] / "packstation"
SOURCES = sorted(path for path in PACKAGE.rglob("*.py") if path.name != "error_codes.py")
FACES = sorted(path for path in SOURCES if path.parts[-2] in ("qt", "console", "widgets", "cli"))


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _free_codes(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Code strings written as literals: `code="…"`, `code = "…"`, `….code == "…"`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "code" and _string(node.value) is not None:
            yield node.lineno, str(_string(node.value))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "code" for t in targets) and _string(node.value):
                yield node.lineno, str(_string(node.value))
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(side, ast.Attribute) and side.attr == "code" for side in sides):
                yield from ((node.lineno, text) for side in sides if (text := _string(side)) is not None)


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_code_is_a_free_string(path: Path) -> None:
    found = list(_free_codes(ast.parse(path.read_text(encoding="utf-8"))))
    assert found == [], f"use ErrorCode members, not strings: {found}"


def test_the_check_finds_a_free_string() -> None:
    planted = 'class E(Error):\n    code = "x"\nraise E("m", code="y")\nif e.code == "z": pass\n'
    assert sorted(text for _, text in _free_codes(ast.parse(planted))) == ["x", "y", "z"]


def test_every_code_is_used_somewhere() -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in SOURCES)
    unused = [code.name for code in ErrorCode if f"ErrorCode.{code.name}" not in text]
    assert unused == []


def _string_keyed_code_tables(tree: ast.AST) -> list[str]:
    """Keys of dict literals that are code values written as strings (a wording table drifting
    from `ErrorCode`: a renamed code would silently lose its wording)."""
    codes = {code.value for code in ErrorCode}
    return [
        text
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if key is not None and (text := _string(key)) in codes
    ]


@pytest.mark.parametrize("path", FACES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_wording_tables_are_keyed_by_members_not_strings(path: Path) -> None:
    assert _string_keyed_code_tables(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_string_keyed_table() -> None:
    assert _string_keyed_code_tables(
        ast.parse('t = {"order_not_found": "x", ErrorCode.SCAN_EMPTY: "y"}')
    ) == ["order_not_found"]


def test_exit_codes_are_keyed_by_error_codes() -> None:
    from packstation.cli import EXIT_CODES_BY_ERROR

    assert all(isinstance(code, ErrorCode) for code in EXIT_CODES_BY_ERROR)


def test_a_code_of_another_version_is_read_not_lost() -> None:
    assert ErrorCode.read("order_not_found") is ErrorCode.ORDER_NOT_FOUND
    assert ErrorCode.read("a_code_from_the_future") is ErrorCode.PACKSTATION_ERROR
    assert ErrorCode.read(None) is None
