"""Options shared by every command that talks to a store, and the one way to open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.registry import STORES, open_store

StoreOption = Annotated[
    str,
    typer.Option(
        "--store",
        envvar="AIKG_STORE",
        help=f"Graph store: {' or '.join(STORES)} (env AIKG_STORE).",
    ),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="AIKG_DATA_DIR",
        help="Data directory of the embedded store (env AIKG_DATA_DIR; default: per-user data dir).",
    ),
]


@contextmanager
def opened_store(store: str = "embedded", data_dir: Path | None = None) -> Iterator[GraphStore]:
    """Open the chosen store with its schema in place, and close it afterwards.

    Neo4j settings come from NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (or the global flags).
    """
    graph_store = open_store(store, data_dir=data_dir)
    try:
        graph_store.ensure_schema()
        yield graph_store
    finally:
        graph_store.close()
