"""aikg: a knowledge graph of AI-industry actors, built from news articles with evidence.

``aikg.open(store="embedded", data_dir=...)`` returns a :class:`~aikg.kg.KnowledgeGraph`; the
selection types for exports are in :mod:`aikg.selections`. Nothing heavy is imported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aikg.kg import KnowledgeGraph


def open(store: str | None = None, data_dir: Any = None, **settings: Any) -> KnowledgeGraph:
    """Open a knowledge graph (see :func:`aikg.kg.open`)."""
    from aikg.kg import open as open_graph

    return open_graph(store, data_dir, **settings)


__all__ = ["open"]
