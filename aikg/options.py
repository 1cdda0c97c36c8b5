"""Options shared by every command that talks to a store, and the one way to open it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated

import typer

from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.registry import STORES, open_store, store_class
from aikg.graph.stores.writer_lock import writer_lock

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


def _say(message: str) -> None:
    print(f"aikg: {message}", file=sys.stderr, flush=True)


@contextmanager
def opened_store(
    store: str = "embedded", data_dir: Path | None = None, *, write: bool = False
) -> Iterator[GraphStore]:
    """Open the chosen store with its schema in place, and close it afterwards.

    ``write=True`` (every command that changes the graph) first takes the data dir's writer lock
    (embedded store: one writer at a time; a second one waits, see ``graph.stores.writer_lock``).
    Neo4j settings come from NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (or the global flags).
    """
    with ExitStack() as stack:
        lock_dir = getattr(store_class(store), "lock_dir", None)
        if write and lock_dir is not None:
            stack.enter_context(writer_lock(lock_dir(data_dir), on_wait=_say))
        graph_store = open_store(store, data_dir=data_dir)
        stack.callback(graph_store.close)
        graph_store.ensure_schema()
        yield graph_store
