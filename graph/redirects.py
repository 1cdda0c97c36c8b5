"""Merges are remembered: ids of merged-away entities redirect to the entity they were merged into.

A merge keeps the merged-away id in the kept entity's ``merged_ids`` (and its name among the kept
entity's aliases, which entity resolution reads). Every upsert passes its batch through
:func:`redirect_batch`, so a later article, a reference-data load or an import naming the
merged-away entity lands on the kept one.
"""

from __future__ import annotations

from pydantic import ValidationError

from aikg.graph.schema import Fact, GraphBatch
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores.base import GraphStore


def redirects(store: GraphStore, ids: set[str]) -> dict[str, str]:
    """Merged-away id -> the id of the entity it was merged into, for the ids given."""
    if not ids:
        return {}
    query = cc.REDIRECTED_INDEXED if getattr(store, "indexes_list_members", False) else cc.REDIRECTED
    return {str(old): str(new) for old, new in store.run(query, {"ids": sorted(ids)}).rows}


def named_ids(batch: GraphBatch) -> set[str]:
    """Every entity id a batch names (its entities, mentions and fact endpoints)."""
    named = {e.id for e in batch.entities} | {e for _, e in batch.mentions}
    return named | {f.subject for f in batch.facts} | {f.object for f in batch.facts}


def redirect_batch(store: GraphStore, batch: GraphBatch) -> GraphBatch:
    """The batch with merged-away entities replaced by the kept ones (unchanged if none is named).

    A fact that becomes a self-link or breaks its predicate's endpoint types is left out."""
    return redirect_with(redirects(store, named_ids(batch)), batch)


def redirect_with(moves: dict[str, str], batch: GraphBatch) -> GraphBatch:
    """:func:`redirect_batch` with the redirects already read (merged-away id -> kept id)."""
    if not moves or not (named_ids(batch) & set(moves)):
        return batch
    facts: list[Fact] = []
    for fact in batch.facts:
        subject, obj = moves.get(fact.subject, fact.subject), moves.get(fact.object, fact.object)
        if (subject, obj) == (fact.subject, fact.object):
            facts.append(fact)
            continue
        data = {**fact.model_dump(), "subject": subject, "object": obj}
        try:
            facts.append(Fact.model_validate(data))
        except (ValidationError, ValueError):
            continue
    return batch.model_copy(
        update={
            "entities": [e for e in batch.entities if e.id not in moves],
            "facts": facts,
            "mentions": list(dict.fromkeys((s, moves.get(e, e)) for s, e in batch.mentions)),
        }
    )
