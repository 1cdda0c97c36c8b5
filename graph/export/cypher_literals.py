"""Cypher literals a script can carry instead of parameters, and a lexer to check such a script.

Strings are single-quoted with backslash escapes for ``\\``, ``'``, newline, carriage return and
tab (both engines read these; FalkorDB does not read ``\\uXXXX``, so other characters are written
as they are). Names that are not plain identifiers are back-quoted (FalkorDB reads no doubled back-quote, so a
name holding one is refused).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from aikg.graph.errors import InvalidInputError

_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t"}
TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<string>'(?:[^'\\]|\\.)*')
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*|`[^`]+`)
  | (?P<punct>\+=|->|[(){}\[\]:,;\-])
    """,
    re.VERBOSE,
)


def string(value: str) -> str:
    return "'" + "".join(_ESCAPES.get(ch, ch) for ch in value) + "'"


def name(value: str) -> str:
    if _PLAIN_NAME.match(value):
        return value
    if "`" in value or not value:
        raise InvalidInputError(f"the name {value!r} cannot be written in Cypher for both engines")
    return f"`{value}`"


def literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(f"{value} cannot be written as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value if v is not None) + "]"
    raise InvalidInputError(f"a {type(value).__name__} cannot be written as a Cypher literal")


def map_literal(props: Mapping[str, Any]) -> str:
    items = [f"{name(k)}: {literal(v)}" for k, v in sorted(props.items()) if v is not None]
    return "{" + ", ".join(items) + "}"


def tokenize(line: str) -> list[tuple[str, str]]:
    """(kind, text) pairs, without spaces; kinds are string, number, name, punct."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(line):
        match = TOKEN.match(line, pos)
        if match is None:
            raise InvalidInputError(f"unexpected character {line[pos]!r} at column {pos + 1}")
        if match.lastgroup != "space":
            out.append((str(match.lastgroup), match.group()))
        pos = match.end()
    return out


def unquote_string(token: str) -> str:
    body = token[1:-1]
    return re.sub(r"\\(.)", lambda m: _UNESCAPES.get(m.group(1), m.group(1)), body)


def unquote_name(token: str) -> str:
    return token[1:-1] if token.startswith("`") else token
