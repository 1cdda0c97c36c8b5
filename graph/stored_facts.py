"""Facts as the store holds them (endpoints, type and the relationship's property map), for curation.

Curation rewrites stored facts without losing anything the relationship carries: evidence lists,
reporting window, extractors, review state and curation links (``previous_fact_ids`` when a merge
or a correction gave the fact a new id, ``corrected_from`` / ``superseded_by``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from aikg.graph import fact_codec
from aikg.graph.errors import InvalidInputError
from aikg.graph.merge import merge_facts
from aikg.graph.review import ReviewState, state_of
from aikg.graph.schema import Fact, Predicate
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores.base import GraphStore, RelationshipValue

PROPERTY_KEYS = ("date", "role", "reason", "model", "organization")


@dataclass
class StoredFact:
    subject: str
    predicate: str
    object: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def fact_id(self) -> str:
        return str(self.props.get("fact_id"))

    @property
    def review(self) -> ReviewState:
        return state_of(self.props)

    def summary(self) -> dict[str, Any]:
        """What an audit record keeps of a fact: its triple, properties, review and evidence size."""
        out: dict[str, Any] = {
            "fact_id": self.fact_id,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "review": self.review.value,
        }
        out.update({k: self.props[k] for k in PROPERTY_KEYS if self.props.get(k) is not None})
        out["evidence"] = len(self.props.get("evidence") or [])
        return out

    def endpoints(self) -> dict[str, str]:
        return {"subject": self.subject, "object": self.object, "fact_id": self.fact_id}


def from_row(row: list[Any]) -> StoredFact:
    subject, predicate, obj, rel = row
    props = dict(rel.properties) if isinstance(rel, RelationshipValue) else dict(rel)
    return StoredFact(str(subject), str(predicate), str(obj), props)


def get_fact(store: GraphStore, fact_id: str) -> StoredFact:
    """The stored fact with this id (or a former id of it); a one-line error if there is none."""
    wanted = fact_id.strip()
    rows = store.run(cc.FACT_BY_ID, {"fact": wanted}).rows
    if not rows:
        raise InvalidInputError(f"no fact has the id {wanted!r} (see `aikg review list`)")
    return from_row(rows[0])


def facts_of(store: GraphStore, entity_id: str) -> list[StoredFact]:
    """Every fact with this entity as subject or object."""
    return [from_row(row) for row in store.run(cc.FACTS_OF_ENTITY, {"entity": entity_id}).rows]


def canonical(subject: str, predicate: str, obj: str) -> Fact:
    """The fact's validated, canonical form (symmetric predicates in id order); ValueError (one line)
    if invalid."""
    try:
        return Fact(subject=subject, predicate=Predicate(predicate), object=obj)
    except ValidationError as exc:
        raise ValueError(validation_message(exc)) from None


def validation_message(exc: ValidationError) -> str:
    """The first problem of a validation error, on one line."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _union(first: Iterable[Any], second: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys([*first, *second]))


CURATION_KEYS = ("previous_fact_ids", "corrected_from")


def as_fact(fact: StoredFact) -> Fact:
    """The :class:`Fact` of a stored fact (the one codec, :mod:`aikg.graph.fact_codec`)."""
    return fact_codec.decode(fact.subject, fact.predicate, fact.object, fact.props, fact.fact_id)


def stored_props(fact: Fact) -> dict[str, Any]:
    """The relationship properties the codec writes for a fact (endpoints and write-only keys out)."""
    row = fact_codec.encode(fact)
    return {k: v for k, v in row.items() if k not in ("subject", "object", "reported") and v is not None}


def combine(kept: StoredFact, other: StoredFact) -> dict[str, Any]:
    """The properties of the one fact two stored facts with the same id become (after a merge or a
    correction): the facts merge by :func:`aikg.graph.merge.merge_facts` (evidence unioned, the
    properties and review decision of ``kept`` first), the reporting window is the widest, and the
    curation links (former ids, corrected-from ids, superseded-by) are kept."""
    [merged] = merge_facts([as_fact(kept), as_fact(other)])
    out = {**{k: v for k, v in other.props.items() if k not in fact_codec.FACT_KEYS}, **stored_props(merged)}
    for key, value in kept.props.items():
        if key not in fact_codec.FACT_KEYS and value is not None:
            out[key] = value
    for key in CURATION_KEYS:
        merged_list = _union(kept.props.get(key) or [], other.props.get(key) or [])
        if merged_list:
            out[key] = merged_list
    firsts = [d for d in (kept.props.get("first_reported"), other.props.get("first_reported")) if d]
    lasts = [d for d in (kept.props.get("last_reported"), other.props.get("last_reported")) if d]
    if firsts:
        out["first_reported"] = min(firsts)
    if lasts:
        out["last_reported"] = max(lasts)
    return out


def moved(fact: StoredFact, old: str, new: str) -> StoredFact | None:
    """The fact with entity ``old`` replaced by ``new``, canonical and with its new id (the old id
    is kept in ``previous_fact_ids``); None when it would link the entity to itself. ValueError when
    the predicate does not allow the new endpoint's type."""
    subject = new if fact.subject == old else fact.subject
    obj = new if fact.object == old else fact.object
    if subject == obj:
        return None
    target = canonical(subject, fact.predicate, obj)
    props = dict(fact.props)
    if target.fact_id != fact.fact_id:
        props["previous_fact_ids"] = _union(props.get("previous_fact_ids") or [], [fact.fact_id])
    props["fact_id"] = target.fact_id
    return StoredFact(target.subject, fact.predicate, target.object, props)


def rejected_fact_ids(store: GraphStore, facts: Iterable[Fact]) -> set[str]:
    """The ids, among these facts, of those the store holds as rejected by review."""
    rows = {f.fact_id: {"fact_id": f.fact_id, "subject": f.subject, "object": f.object} for f in facts}
    if not rows:
        return set()
    result = store.run(cc.FACT_REVIEWS, {"rows": list(rows.values())})
    return {str(row[0]) for row in result.rows if row[1] == ReviewState.REJECTED.value}
