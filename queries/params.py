"""Query parameters from user text: ``key=value`` assignments, and values typed by a saved query's header.

Every error names the parameter. Values are only ever passed to the engine as query parameters.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import check_partial_date
from aikg.queries.model import ParamSpec, ParamType, SavedQuery

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


def parse_assignment(text: str) -> tuple[str, str]:
    """``key=value`` -> (key, value); the value is everything after the first ``=``."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep:
        raise InvalidInputError(f"parameter {text!r} must look like key=value")
    if not _KEY.fullmatch(key):
        raise InvalidInputError(
            f"parameter name {key!r} (in {text!r}) must be letters, digits and _ , not starting with a digit"
        )
    return key, value


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, value = parse_assignment(item)
        if key in out:
            raise InvalidInputError(f"parameter {key!r} is given twice")
        out[key] = value
    return out


def coerce(spec: ParamSpec, value: Any) -> Any:
    """A parameter value of the spec's type, from text (CLI) or an already typed value (dashboard)."""
    if value is None:
        return None
    try:
        typed = _CONVERTERS[spec.type](value)
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(f"parameter {spec.name!r} ({spec.type.value}): {exc}") from None
    _check_bounds(spec, typed)
    return typed


def bind(query: SavedQuery, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Every parameter of the query: given values typed, defaults applied; unknown or missing ones refused."""
    unknown = sorted(set(raw) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise InvalidInputError(
            f"query {query.name!r} has no parameter {', '.join(map(repr, unknown))} (parameters: {known})"
        )
    bound: dict[str, Any] = {}
    for spec in query.params:
        if spec.name in raw:
            bound[spec.name] = coerce(spec, raw[spec.name])
        else:
            bound[spec.name] = coerce(spec, spec.default)
        if bound[spec.name] is None and spec.required:
            raise InvalidInputError(
                f"query {query.name!r} needs parameter {spec.name!r}: {spec.description} "
                f"(give -p {spec.name}=...)"
            )
    return bound


def guess_value(text: str) -> Any:
    """An ad-hoc Cypher parameter: JSON when the text is a JSON number, boolean, null, list or object;
    otherwise the text itself (quote it as JSON, e.g. '"123"', to force a string)."""
    stripped = text.strip()
    if stripped and (stripped[0] in '[{"-' or stripped[0].isdigit() or stripped in ("true", "false", "null")):
        try:
            return json.loads(stripped)
        except ValueError:
            return text
    return text


def _to_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _to_entity(value: Any) -> str:
    text = _to_str(value).strip()
    if not text:
        raise ValueError("expected a name, alias or id, got an empty value")
    return text


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value)
        except ValueError:
            raise ValueError(f"expected a number, got {value!r}") from None
    else:
        raise TypeError(f"expected a number, got {value!r}")
    if result != result or result in (float("inf"), float("-inf")):
        raise ValueError(f"expected a finite number, got {value!r}")
    return result


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"expected true or false, got {value!r}")


def _to_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return check_partial_date(_to_str(value).strip())


def _to_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return list(value)
    raise TypeError(f"expected comma-separated text or a list of strings, got {value!r}")


_CONVERTERS = {
    ParamType.STR: _to_str,
    ParamType.ENTITY: _to_entity,
    ParamType.INT: _to_int,
    ParamType.FLOAT: _to_float,
    ParamType.BOOL: _to_bool,
    ParamType.DATE: _to_date,
    ParamType.LIST_STR: _to_list,
}


def _check_bounds(spec: ParamSpec, value: Any) -> None:
    where = f"parameter {spec.name!r}"
    if spec.min is not None and value < spec.min:
        raise InvalidInputError(f"{where} must be at least {spec.min:g}, got {value}")
    if spec.max is not None and value > spec.max:
        raise InvalidInputError(f"{where} must be at most {spec.max:g}, got {value}")
    if spec.choices is not None:
        items = value if isinstance(value, list) else [value]
        bad = [item for item in items if item not in spec.choices]
        if bad:
            raise InvalidInputError(
                f"{where}: {', '.join(map(repr, bad))} is not one of {', '.join(spec.choices)}"
            )
