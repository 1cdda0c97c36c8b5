"""Syndicated copies of a source: the URLs (or paths) of later copies of the same story, kept in the
``syndications`` list property of the canonical :Source node. Works on any store through ``run``."""

from __future__ import annotations

from collections.abc import Iterable

from aikg.graph.stores.base import GraphStore

ADD_SYNDICATION = """
MATCH (s:Source {id: $id})
WITH s, coalesce(s.syndications, []) AS known
SET s.syndications = CASE WHEN $where IN known OR $where = s.url OR $where = s.path
                          THEN known ELSE known + [$where] END
RETURN size(s.syndications)
"""
SYNDICATIONS = """
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id, coalesce(s.syndications, [])
"""


def add_syndication(store: GraphStore, source_id: str, where: str) -> bool:
    """Record ``where`` as a syndicated copy of the source; False if the source is not in the store."""
    return bool(store.run(ADD_SYNDICATION, {"id": source_id, "where": where}, write=True).rows)


def syndications(store: GraphStore, source_ids: Iterable[str]) -> dict[str, list[str]]:
    """Source id -> the URLs of its syndicated copies (only sources that have some)."""
    wanted = sorted(set(source_ids))
    if not wanted:
        return {}
    rows = store.run(SYNDICATIONS, {"ids": wanted}).rows
    return {row[0]: list(row[1]) for row in rows if row[1]}
