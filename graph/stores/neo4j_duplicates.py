"""Facts a Neo4j store holds twice, merged into one so the per-predicate ``fact_id`` uniqueness
constraint can be created.

A store written before that constraint existed (or by two writers racing then) can hold two
relationships of one predicate with the same ``fact_id``: two copies of one fact, since a fact id
is derived from subject, predicate and object. Creating the constraint then fails. The copies are
merged by the project's one merge (:func:`aikg.graph.merge.merge_facts`: evidence unioned, each
extractor's best confidence, first value of each property, a review decision kept), the result is
written on the earliest reported copy and the others are deleted, all in one transaction, so a
failure leaves the store as it was.
"""

from __future__ import annotations

from typing import Any

import neo4j

from aikg.graph import fact_codec
from aikg.graph.merge import merge_facts
from aikg.graph.schema import Predicate

_DUPLICATES = """
MATCH (s:Entity)-[r:{predicate}]->(o:Entity)
WITH r.fact_id AS fact_id, collect([elementId(r), s.id, o.id, properties(r)]) AS copies
WHERE fact_id IS NOT NULL AND size(copies) > 1
RETURN fact_id, copies
"""

_REPLACE = """
UNWIND $rows AS row
MATCH ()-[keep]->() WHERE elementId(keep) = row.keep
SET keep += row.props
WITH row
UNWIND row.drop AS gone
MATCH ()-[r]->() WHERE elementId(r) = gone
DELETE r
"""

# "Unable to create Constraint(...)": existing data violates it
CONSTRAINT_CREATION_FAILED = "Neo.DatabaseError.Schema.ConstraintCreationFailed"


def _reported(copy: list[Any]) -> str:
    value = copy[3].get("first_reported")
    return value if isinstance(value, str) else "\uffff"  # never reported: last


def _merged_row(fact_id: str, predicate: Predicate, copies: list[list[Any]]) -> dict[str, Any]:
    """The write row of one fact stored as several ``copies`` ([element id, subject, object, props]),
    earliest reported first."""
    copies = sorted(copies, key=_reported)
    facts = [
        fact_codec.decode(subject, predicate.value, obj, props, where=f"fact {fact_id}")
        for _, subject, obj, props in copies
    ]
    (merged,) = merge_facts(facts)
    props = fact_codec.encode_new(merged)["props"]
    firsts = [c[3]["first_reported"] for c in copies if isinstance(c[3].get("first_reported"), str)]
    lasts = [c[3]["last_reported"] for c in copies if isinstance(c[3].get("last_reported"), str)]
    if firsts:
        props["first_reported"] = min(firsts)
    if lasts:
        props["last_reported"] = max(lasts)
    props["fact_id"] = fact_id
    return {"keep": copies[0][0], "drop": [c[0] for c in copies[1:]], "props": props}


def merge_duplicate_facts(tx: neo4j.ManagedTransaction, predicate: Predicate) -> int:
    """Merge every fact of ``predicate`` stored more than once; return the number of copies deleted."""
    records = tx.run(_DUPLICATES.format(predicate=Predicate(predicate).value)).values()
    rows = [_merged_row(fact_id, predicate, copies) for fact_id, copies in records]
    if rows:
        tx.run(_REPLACE, {"rows": rows}).consume()
    return sum(len(row["drop"]) for row in rows)


__all__ = ["CONSTRAINT_CREATION_FAILED", "merge_duplicate_facts"]
