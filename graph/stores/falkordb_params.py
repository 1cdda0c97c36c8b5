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

UNWIND_ROWS = "UNWIND $rows AS row"


def header(params: Mapping[str, Any]) -> str:
    """The ``CYPHER ...`` prefix of a query with these parameters ('' when there are none)."""
    if not params:
        return ""
    parts = []
    for key, value in params.items():
        parts.append(f"`{_name(key)}`={_value(value)}")
    return "CYPHER " + " ".join(parts) + " "


def _value(value: Any) -> str:
    if isinstance(value, list | tuple | str | int | float | bool | None) and _map_free(value):
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            text = None  # a value JSON does not know, or a non-finite float: the client decides
        if text is not None and "\\u" not in text:
            return text
    return str(stringify_param_value(value))


def _map_free(value: Any) -> bool:
    """True when no map sits anywhere inside ``value`` (JSON would quote a map's keys)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            return False
        if isinstance(item, list | tuple):
            stack.extend(x for x in item if not isinstance(x, str | int | float))
    return True


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
    shapes: dict[tuple[Any, ...], list[list[Any]]] = {}
    for row in rows:
        if not isinstance(row, dict):
            return None
        shape: list[tuple[Any, tuple[Any, ...] | None]] = []
        values: list[Any] = []
        for key, value in row.items():
            if isinstance(value, dict):
                if any(isinstance(v, dict) for v in value.values()):
                    return None
                shape.append((key, tuple(value)))
                values.extend(value.values())
            else:
                shape.append((key, None))
                values.append(value)
        shapes.setdefault(tuple(shape), []).append(values)
    return [(_unwind(shape) + rest, lists) for shape, lists in shapes.items()]


def _unwind(shape: tuple[Any, ...]) -> str:
    """``UNWIND $rows AS r WITH {key: r[0], ...} AS row`` for rows of this shape."""
    fields = []
    index = 0
    for key, nested in shape:
        if nested is None:
            fields.append(f"`{_name(key)}`: r[{index}]")
            index += 1
            continue
        inner = []
        for name in nested:
            inner.append(f"`{_name(name)}`: r[{index}]")
            index += 1
        fields.append(f"`{_name(key)}`: {{{', '.join(inner)}}}")
    return f"UNWIND $rows AS r\nWITH {{{', '.join(fields)}}} AS row"


def _name(key: Any) -> str:
    name = str(key)
    if not name or "`" in name:
        raise ValueError(f"cannot use {name!r} as a map key")
    return name
