"""Store backends by name. Adding a store: write its module, add one line here."""

from __future__ import annotations

from typing import Any

from aikg.graph.config import StoreConfig
from aikg.graph.plugins import resolve
from aikg.graph.stores.base import GraphStore

STORES: dict[str, str] = {
    "embedded": "aikg.graph.stores.falkordb_store:FalkorDBStore",
    "neo4j": "aikg.graph.stores.neo4j_store:Neo4jStore",
}


def store_class(name: str) -> Any:
    return resolve(STORES, name, "store")


def open_store(config: StoreConfig) -> GraphStore:
    """Open the configured store (its class's ``from_config``); the schema is not touched."""
    store: GraphStore = store_class(config.store).from_config(config)
    return store
