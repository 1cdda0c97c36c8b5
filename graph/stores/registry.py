"""Store backends by name. Adding a store: write its module, add one line here."""

from __future__ import annotations

from typing import Any

from aikg.graph.plugins import resolve
from aikg.graph.stores.base import GraphStore

STORES: dict[str, str] = {
    "embedded": "aikg.graph.stores.falkordb_store:FalkorDBStore",
    "neo4j": "aikg.graph.stores.neo4j_store:Neo4jStore",
}


def store_class(name: str) -> Any:
    return resolve(STORES, name, "store")


def open_store(name: str, **options: Any) -> GraphStore:
    """Open a store by name; each backend picks the options it understands."""
    return store_class(name).from_options(**options)
