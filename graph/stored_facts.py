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

from aikg.graph.errors import InvalidInputError
from aikg.graph.review import ReviewState, state_of
from aikg.graph.schema import Fact, Predicate
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores.base import GraphStore, RelationshipValue

EVIDENCE_LISTS = ("evidence", "evidence_sources", "evidence_starts", "evidence_ends")
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


def _evidence_keys(props: dict[str, Any]) -> list[str]:
    keys = props.get("evidence_keys")
    quotes = list(props.get("evidence") or [])
    if isinstance(keys, list) and len(keys) == len(quotes):
        return [str(k) for k in keys]
    sources = list(props.get("evidence_sources") or [])
    starts = list(props.get("evidence_starts") or [])
    ends = list(props.get("evidence_ends") or [])
    out = []
    for i, quote in enumerate(quotes):
        start = starts[i] if i < len(starts) and starts[i] != -1 else None
        end = ends[i] if i < len(ends) and ends[i] != -1 else None
        out.append(f"{sources[i] if i < len(sources) else ''}|{start}|{end}|{quote}")
    return out


def combine(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The properties of one fact that two stored facts with the same id become (after a merge or a
    correction): nothing is lost. Evidence and sources are unioned, properties and the review
    decision of ``kept`` win when set, confidence is the highest, the reporting window the widest."""
    out = {**other, **{k: v for k, v in kept.items() if v is not None}}
    for key in ("sources", "extractors", "previous_fact_ids", "corrected_from"):
        merged = _union(kept.get(key) or [], other.get(key) or [])
        if merged:
            out[key] = merged
    kept_keys, other_keys = _evidence_keys(kept), _evidence_keys(other)
    fresh = [i for i, key in enumerate(other_keys) if key not in set(kept_keys)]
    out["evidence_keys"] = kept_keys + [other_keys[i] for i in fresh]
    for name in EVIDENCE_LISTS:
        mine, theirs = list(kept.get(name) or []), list(other.get(name) or [])
        out[name] = mine + [theirs[i] if i < len(theirs) else -1 for i in fresh]
    confidences = [c for c in (kept.get("confidence"), other.get("confidence")) if isinstance(c, int | float)]
    if confidences:
        out["confidence"] = max(confidences)
    firsts = [d for d in (kept.get("first_reported"), other.get("first_reported")) if d]
    lasts = [d for d in (kept.get("last_reported"), other.get("last_reported")) if d]
    if firsts:
        out["first_reported"] = min(firsts)
    if lasts:
        out["last_reported"] = max(lasts)
    mine_state, their_state = state_of(kept), state_of(other)
    out["review"] = (their_state if mine_state is ReviewState.UNREVIEWED else mine_state).value
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
