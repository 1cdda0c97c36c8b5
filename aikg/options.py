"""Options shared by every command that talks to a store, and the one way to open it.

The store settings are built once per command into a :class:`StoreConfig`: ``--store`` and
``--data-dir`` (or ``AIKG_STORE`` / ``AIKG_DATA_DIR``), the global ``--neo4j-*`` flags (kept on
a context variable by the callback), and the ``NEO4J_*`` environment. Nothing is written to
``os.environ``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aikg.graph.config import StoreConfig
from aikg.graph.stores.registry import store_class, store_names
from aikg.graph.stores.writer_lock import writer_lock

if TYPE_CHECKING:
    from aikg.kg import KnowledgeGraph

StoreOption = Annotated[
    str,
    typer.Option(
        "--store",
        envvar="AIKG_STORE",
        help=f"Graph store: {' or '.join(store_names())} (env AIKG_STORE).",
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


@dataclass(frozen=True)
class GlobalSettings:
    """The global flags of ``aikg`` (before the command name)."""

    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None


GLOBAL_SETTINGS: ContextVar[GlobalSettings | None] = ContextVar("aikg_global_settings", default=None)


def global_settings() -> GlobalSettings:
    """The global flags of the running command (set by the ``aikg`` callback on every run)."""
    return GLOBAL_SETTINGS.get() or GlobalSettings()


def store_config(store: str | None = None, data_dir: Path | None = None) -> StoreConfig:
    """The command's store settings: its flags, the global flags, then the environment."""
    flags = global_settings()
    return StoreConfig.from_env(
        store=store,
        data_dir=data_dir,
        neo4j_uri=flags.neo4j_uri,
        neo4j_user=flags.neo4j_user,
        neo4j_password=flags.neo4j_password,
    )


def _say(message: str) -> None:
    print(f"aikg: {message}", file=sys.stderr, flush=True)


@contextmanager
def opened_graph(
    store: str = "embedded", data_dir: Path | None = None, *, write: bool = False
) -> Iterator[KnowledgeGraph]:
    """The knowledge graph on the chosen store, schema in place, closed afterwards.

    ``write=True`` (every command that changes the graph) first takes the data dir's writer lock
    (embedded store: one writer at a time; another one waits, see ``graph.stores.writer_lock``).
    """
    from aikg.kg import KnowledgeGraph

    config = store_config(store, data_dir)
    with ExitStack() as stack:
        lock_dir = getattr(store_class(config.store), "lock_dir", None)
        if write and lock_dir is not None:
            stack.enter_context(writer_lock(lock_dir(config.data_dir), on_wait=_say))
        yield stack.enter_context(KnowledgeGraph(config))
