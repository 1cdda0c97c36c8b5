"""Store backends by name: the ``aikg.stores`` plugins (see ``graph/plugins.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aikg.graph import plugins

if TYPE_CHECKING:
    from aikg.graph.config import StoreConfig
    from aikg.graph.stores.base import GraphStore


def store_names() -> list[str]:
    return plugins.names(plugins.STORES)


def store_class(name: str) -> Any:
    return plugins.load(plugins.STORES, name, "store")


def open_store(config: StoreConfig) -> GraphStore:
    """Open the configured store (its class's ``from_config``); the schema is not touched."""
    store: GraphStore = store_class(config.store).from_config(config)
    return store
