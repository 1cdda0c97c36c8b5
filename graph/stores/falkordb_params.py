"""Compact query parameters for FalkorDB, whose client sends parameters as Cypher text.

The ``falkordb`` client turns every parameter into Cypher text value by value, in Python: for a
batch of a few thousand fact rows, with their keys repeated in every row, that was a quarter of
the loading process's time. Here

- :func:`header` writes the ``CYPHER name=value ...`` prefix with ``json.dumps`` (in C) for
  lists and scalars: a JSON string is a Cypher string literal as long as it has no ``\\u``
  escape (FalkorDB reads ``\\n``, ``\\t``, ``\\"``, ``\\\\`` ... but not ``\\uXXXX``), so a value
  whose JSON has one, and any map, is written by the client's own encoder instead;
- :func:`compact` turns ``UNWIND $rows AS row`` over maps into ``UNWIND $rows AS r`` over lists
  (one list per row, the map rebuilt in the engine), so keys are not sent once per row.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from falkordb.helpers import stringify_param_value

from aikg.graph.errors import InvalidInputError

UNWIND_ROWS = "UNWIND $rows AS row"


def header(params: Mapping[str, Any]) -> str:
    """The ``CYPHER ...`` prefix of a query with these parameters ('' when there are none)."""
    if not params:
        return ""
    parts = []
    for key, value in params.items():
        parts.append(f"`{_parameter(key)}`={_value(key, value)}")
    return "CYPHER " + " ".join(parts) + " "


def _value(key: str, value: Any) -> str:
    if isinstance(value, list | tuple | str | int | float | bool | None):
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            text = None  # a value JSON does not know, or a non-finite float: the client decides
        # JSON quotes a map's keys, which Cypher does not read: any '{"' or '{}' (a map, or a
        # string that looks like one) sends the value through the client's encoder instead
        if text is not None and "\\u" not in text and '{"' not in text and "{}" not in text:
            return text
    if _holds_nul(value):
        raise InvalidInputError(
            f"query parameter {key!r} holds a NUL character (U+0000), which the embedded store cannot take"
        )
    return str(stringify_param_value(value))


def _holds_nul(value: Any) -> bool:
    """A NUL anywhere in the value: the engine reads the query text as a C string, so a NUL would
    end the query there (a baffling syntax error) instead of being part of the value."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False


def compact(cypher: str, rows: list[Any]) -> list[tuple[str, list[list[Any]]]] | None:
    """The statement ``UNWIND $rows AS row ...`` over ``rows`` (maps of values, or of maps of
    values) as statements over lists, one per distinct shape of row (its keys, and the keys of
    its nested maps); None when the statement or a row does not have that form.

    Rows are grouped by shape, so their order changes: only for statements whose rows each touch
    a different node or relationship (as the upsert's do)."""
    text = cypher.strip()
    if not text.startswith(UNWIND_ROWS) or not rows:
        return None
    rest = text[len(UNWIND_ROWS) :]
    nested_at: dict[tuple[Any, ...], tuple[int, ...]] = {}  # a row's keys -> where its maps are
    shapes: dict[tuple[Any, ...], list[list[Any]]] = {}
    for row in rows:
        if type(row) is not dict:
            return None
        keys = tuple(row)
        values = list(row.values())
        nested = nested_at.get(keys)
        if nested is None:
            nested = nested_at[keys] = tuple(i for i, v in enumerate(values) if type(v) is dict)
        if not nested:
            shapes.setdefault((keys, (), ()), []).append(values)
            continue
        if any(type(values[i]) is not dict for i in nested):
            return None
        inner = tuple(tuple(values[i]) for i in nested)
        flat: list[Any] = []
        for index, value in enumerate(values):
            if index in nested:
                flat.extend(value.values())
            else:
                flat.append(value)
        shapes.setdefault((keys, nested, inner), []).append(flat)
    return [(_unwind(*shape) + rest, lists) for shape, lists in shapes.items()]


def _unwind(keys: tuple[Any, ...], nested_at: tuple[int, ...], inner: tuple[tuple[Any, ...], ...]) -> str:
    """``UNWIND $rows AS r WITH {key: r[0], ...} AS row`` for rows with these keys, the values
    at ``nested_at`` being maps with the keys ``inner`` (in order)."""
    fields = []
    index = 0
    maps = dict(zip(nested_at, inner, strict=True))
    for position, key in enumerate(keys):
        nested = maps.get(position)
        if nested is None:
            fields.append(f"`{_name(key)}`: r[{index}]")
            index += 1
            continue
        parts = []
        for name in nested:
            parts.append(f"`{_name(name)}`: r[{index}]")
            index += 1
        fields.append(f"`{_name(key)}`: {{{', '.join(parts)}}}")
    return f"UNWIND $rows AS r\nWITH {{{', '.join(fields)}}} AS row"


def _parameter(key: Any) -> str:
    """A parameter name as the client checks it (same errors: a ValueError, not an engine error)."""
    name = key.decode() if isinstance(key, bytes) else str(key)
    if not name:
        raise ValueError("Cypher parameter name cannot be empty")
    if "`" in name:
        raise ValueError(f"Cypher parameter name cannot contain a backtick: {name!r}")
    return name


def _name(key: Any) -> str:
    name = str(key)
    if not name or "`" in name:
        raise ValueError(f"cannot use {name!r} as a map key")
    return name
