"""Turning Python values into what both graph engines can store as properties.

Neither Neo4j nor FalkorDB stores maps as property values, nulls inside lists, or lists
of mixed types. The rules, applied everywhere a property is written:

- ``None`` values are dropped from a property map (setting a property to null removes it);
- ``None`` items are dropped from lists;
- dates and datetimes become ISO strings, sets and tuples become sorted lists;
- a nested map, or a list holding maps or lists, becomes its JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

Scalar = str | int | float | bool


def _scalar(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return value


def storable(value: Any) -> Any:
    """One property value in a form both engines accept (``None`` means: do not store)."""
    if value is None:
        return None
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        items = [v for v in value if v is not None]
        if any(isinstance(v, Mapping | list | tuple | set) for v in items):
            return json.dumps(items, default=str, ensure_ascii=False)
        return [_scalar(v) for v in items]
    return _scalar(value)


def storable_map(props: Mapping[str, Any]) -> dict[str, Any]:
    """A property map without nulls, every value storable."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        converted = storable(value)
        if converted is not None:
            out[key] = converted
    return out
