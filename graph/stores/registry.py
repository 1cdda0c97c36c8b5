"""Store backends by name. Adding a store: write its module, add one line here."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from graph.errors import InvalidInputError
from graph.stores.base import GraphStore

STORES: dict[str, str] = {
    "embedded": "graph.stores.falkordb_store:FalkorDBStore",
    "neo4j": "graph.stores.neo4j_store:Neo4jStore",
}


def store_class(name: str) -> Any:
    try:
        target = STORES[name]
    except KeyError:
        valid = ", ".join(sorted(STORES))
        raise InvalidInputError(f"unknown store {name!r}: choose one of {valid}") from None
    module, attr = target.split(":")
    return getattr(import_module(module), attr)


def open_store(name: str, **options: Any) -> GraphStore:
    """Open a store by name; each backend picks the options it understands."""
    return store_class(name).from_options(**options)
