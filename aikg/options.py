"""Options shared by every command that talks to a store, and the one way to open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from graph.stores.registry import open_store as _open_store

from graph.stores.base import GraphStore

StoreOption = Annotated[
    str,
    typer.Option("--store", envvar="AIKG_STORE", help="Graph store: embedded (FalkorDB) or neo4j."),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="AIKG_DATA_DIR",
        help="Data directory of the embedded store (default: per-user data dir).",
    ),
]
Neo4jUriOption = Annotated[
    str | None, typer.Option("--neo4j-uri", envvar="NEO4J_URI", help="Neo4j bolt URI.")
]
Neo4jUserOption = Annotated[
    str, typer.Option("--neo4j-user", envvar="NEO4J_USER", help="Neo4j user name.")
]
Neo4jPasswordOption = Annotated[
    str | None, typer.Option("--neo4j-password", envvar="NEO4J_PASSWORD", help="Neo4j password.")
]


@contextmanager
def opened_store(
    store: str = "embedded",
    data_dir: Path | None = None,
    neo4j_uri: str | None = None,
    neo4j_user: str = "neo4j",
    neo4j_password: str | None = None,
) -> Iterator[GraphStore]:
    """Open the chosen store with its schema in place, and close it afterwards."""
    graph_store = _open_store(
        store,
        data_dir=data_dir,
        neo4j_uri=neo4j_uri,
        neo4j_user=neo4j_user,
        neo4j_password=neo4j_password,
    )
    try:
        graph_store.ensure_schema()
        yield graph_store
    finally:
        graph_store.close()
