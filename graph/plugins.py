"""Backends by name: a registry maps a name to "module:attribute", imported only when asked for."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any

from aikg.graph.errors import InvalidInputError


def resolve(registry: Mapping[str, str], name: str, what: str) -> Any:
    """The object registered under ``name``; an unknown name is an error listing the valid ones."""
    try:
        target = registry[name]
    except KeyError:
        valid = ", ".join(sorted(registry))
        raise InvalidInputError(f"unknown {what} {name!r}: choose one of {valid}") from None
    module, attr = target.split(":")
    return getattr(import_module(module), attr)
