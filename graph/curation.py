"""Curation of facts: accept, reject, correct, add by hand, the review queue and the audit trail.

Every action is one atomic write that changes the facts and appends its :class:`AuditRecord`.
Entity actions (merge, split, rename, retype) are in :mod:`aikg.graph.entity_curation`.

A correction that changes only properties (date, role, reason, model, organization) keeps the
fact's id and marks it ``corrected``. One that changes the predicate, subject or object gives a
new fact id: the new fact is ``corrected``, carries the original evidence and ``corrected_from``
(the old id); the old relationship stays in the graph, ``rejected``, with ``superseded_by`` (the
new id), so a later article asserting the old, wrong fact attaches its evidence there and the
fact stays out of view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from aikg.graph import dossier
from aikg.graph.audit import Action, AuditRecord, check_text
from aikg.graph.errors import InvalidInputError
from aikg.graph.review import ReviewState, state_of
from aikg.graph.schema import (
    Evidence,
    Fact,
    FactProperties,
    GraphBatch,
    Predicate,
    Source,
    check_partial_date,
)
from aikg.graph.selection import find_entity
from aikg.graph.stored_facts import (
    PROPERTY_KEYS,
    StoredFact,
    canonical,
    combine,
    from_row,
    get_fact,
    validation_message,
)
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores import upsert
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.batch_rows import Statement
from aikg.graph.values import storable_map

CORRECTABLE = ("predicate", "subject", "object", *PROPERTY_KEYS)


def audit_statement(record: AuditRecord) -> Statement:
    return cc.APPEND_AUDIT, cc.rows({"id": record.id, "props": record.node_properties()})


def fact_writes(deleted: list[StoredFact], created: list[StoredFact]) -> list[Statement]:
    """Statements that delete some fact relationships and create others with their full properties."""
    out: list[Statement] = []
    if deleted:
        out.append((cc.DELETE_FACTS, {"rows": [f.endpoints() for f in deleted]}))
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in created:
        row = {"subject": fact.subject, "object": fact.object, "props": storable_map(fact.props)}
        by_type[fact.predicate].append(row)
    out += [(cc.create_facts(p), {"rows": r}) for p, r in sorted(by_type.items())]
    return out


def _review_statement(fact: StoredFact, props: dict[str, Any]) -> Statement:
    return cc.SET_REVIEW, cc.rows({**fact.endpoints(), "props": storable_map(props)})


def set_review(
    store: GraphStore,
    fact_id: str,
    state: ReviewState,
    *,
    user: str | None = None,
    note: str | None = None,
) -> AuditRecord | None:
    """Mark a fact accepted or rejected; None (and nothing written) if it already is."""
    if state not in (ReviewState.ACCEPTED, ReviewState.REJECTED):
        raise InvalidInputError(f"a fact is accepted or rejected by review, not {state.value!r}")
    fact = get_fact(store, fact_id)
    if fact.review is state:
        return None
    action = Action.ACCEPT if state is ReviewState.ACCEPTED else Action.REJECT
    record = AuditRecord.new(
        action,
        [fact.fact_id],
        user=user,
        before={"review": fact.review.value, "fact": fact.summary()},
        after={"review": state.value},
        note=note,
    )
    cc.write_atomically(store, [_review_statement(fact, {"review": state.value}), audit_statement(record)])
    return record


def accept(
    store: GraphStore, fact_id: str, *, user: str | None = None, note: str | None = None
) -> AuditRecord | None:
    return set_review(store, fact_id, ReviewState.ACCEPTED, user=user, note=note)


def reject(
    store: GraphStore, fact_id: str, *, user: str | None = None, note: str | None = None
) -> AuditRecord | None:
    return set_review(store, fact_id, ReviewState.REJECTED, user=user, note=note)


def parse_changes(assignments: list[str]) -> dict[str, str | None]:
    """``key=value`` pairs of a correction; an empty value clears a property."""
    changes: dict[str, str | None] = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if not sep or key not in CORRECTABLE:
            raise InvalidInputError(
                f"correction {item!r} is not KEY=VALUE with KEY one of {', '.join(CORRECTABLE)}"
            )
        changes[key] = (check_text(value, f"--set {key}") or "").strip() or None
    if not changes:
        raise InvalidInputError("a correction needs at least one --set KEY=VALUE")
    return changes


def _corrected(store: GraphStore, fact: StoredFact, changes: Mapping[str, str | None]) -> StoredFact:
    """The fact with the changes applied, validated like any fact."""
    triple = {"subject": fact.subject, "predicate": fact.predicate, "object": fact.object}
    for key in ("subject", "object", "predicate"):
        value = changes.get(key, triple[key]) if key in changes else triple[key]
        if value is None:
            raise InvalidInputError(f"a correction cannot clear the {key}")
        triple[key] = find_entity(store, value) if key != "predicate" and key in changes else value
    predicate = triple["predicate"].strip().upper()
    props = dict(fact.props)
    for key in PROPERTY_KEYS:
        if key in changes:
            props[key] = changes[key]
    try:
        if props.get("date") is not None:
            check_partial_date(str(props["date"]))
        if predicate not in Predicate.__members__:
            names = ", ".join(p.value for p in Predicate)
            raise ValueError(f"predicate {predicate!r} is not one of {names}")
        target = canonical(triple["subject"], predicate, triple["object"])
    except ValueError as exc:
        raise InvalidInputError(f"correction of {fact.fact_id}: {exc}") from None
    props["fact_id"] = target.fact_id
    props["review"] = ReviewState.CORRECTED.value
    return StoredFact(target.subject, target.predicate.value, target.object, props)


def correct(
    store: GraphStore,
    fact_id: str,
    changes: Mapping[str, str | None],
    *,
    user: str | None = None,
    note: str | None = None,
) -> AuditRecord:
    """Correct a fact (see the module docstring for what happens to its id and the old fact)."""
    for key, value in changes.items():
        check_text(value, key)
    fact = get_fact(store, fact_id)
    new = _corrected(store, fact, changes)
    changed = {k: v for k, v in changes.items() if k in PROPERTY_KEYS and fact.props.get(k) != v}
    for key in ("subject", "predicate", "object"):
        if getattr(new, key) != getattr(fact, key):
            changed[key] = getattr(new, key)
    statements: list[Statement]
    if new.fact_id == fact.fact_id:
        statements = fact_writes([fact], [new])
        after = new.summary()
    else:
        new.props["corrected_from"] = [fact.fact_id]
        existing = store.run(cc.FACT_BY_ID, {"fact": new.fact_id}).rows
        deleted = [fact]
        if existing and existing[0][3].properties.get("fact_id") == new.fact_id:
            current = from_row(existing[0])
            new.props = {**combine(current, new), "review": ReviewState.CORRECTED.value}
            for key in PROPERTY_KEYS:
                if key in changes:
                    new.props[key] = changes[key]
            deleted.append(current)
        old = StoredFact(fact.subject, fact.predicate, fact.object, dict(fact.props))
        old.props.update({"review": ReviewState.REJECTED.value, "superseded_by": new.fact_id})
        statements = fact_writes(deleted, [old, new])
        old_fact = {"fact_id": fact.fact_id, "review": "rejected", "superseded_by": new.fact_id}
        after = {**new.summary(), "old_fact": old_fact}
    record = AuditRecord.new(
        Action.CORRECT,
        [fact.fact_id, new.fact_id],
        user=user,
        before=fact.summary(),
        after={**after, "changed": changed},
        note=note,
    )
    cc.write_atomically(store, [*statements, audit_statement(record)])
    return record


def add_fact(
    store: GraphStore,
    subject: str,
    predicate: str,
    obj: str,
    *,
    quote: str,
    source: Source | str,
    properties: Mapping[str, str] | None = None,
    user: str | None = None,
    note: str | None = None,
) -> AuditRecord:
    """Add a fact by hand, with the quote that states it and its source (an existing source id, or a
    new Source); it is validated like any fact and starts ``accepted``."""
    check_text(quote, "the quote")
    for key, value in (properties or {}).items():
        check_text(value, key)
    subject_id, object_id = find_entity(store, subject), find_entity(store, obj)
    new_source = source if isinstance(source, Source) else None
    source_id = source.id if isinstance(source, Source) else source.strip()
    if new_source is None and source_id not in dossier.sources_by_id(store, [source_id]):
        raise InvalidInputError(f"no source has the id {source_id!r}; give a URL (and a title) for a new one")
    try:
        fact = Fact(
            subject=subject_id,
            predicate=predicate.strip().upper(),
            object=object_id,
            properties=FactProperties(**dict(properties or {})),
            evidence=[Evidence(source_id=source_id, quote=quote)],
            confidence=1.0,
            extractors=["manual"],
        )
    except ValidationError as exc:
        raise InvalidInputError(f"new fact: {validation_message(exc)}") from None
    batch = GraphBatch(
        sources=[new_source] if new_source else [],
        facts=[fact],
        mentions=[(source_id, subject_id), (source_id, object_id)],
    )
    statements, _ = upsert.plan(store, batch)
    record = AuditRecord.new(
        Action.ADD,
        [fact.fact_id],
        user=user,
        before={},
        after={
            "fact_id": fact.fact_id,
            "subject": fact.subject,
            "predicate": fact.predicate.value,
            "object": fact.object,
            **fact.properties.present(),
            "quote": quote,
            "source": source_id,
            "review": ReviewState.ACCEPTED.value,
        },
        note=note,
    )
    endpoints = {"subject": fact.subject, "object": fact.object, "fact_id": fact.fact_id}
    review = (cc.SET_REVIEW, cc.rows({**endpoints, "props": {"review": ReviewState.ACCEPTED.value}}))
    cc.write_atomically(store, [*statements, review, audit_statement(record)])
    return record


@dataclass(frozen=True)
class ReviewItem:
    """One fact in the review queue."""

    fact_id: str
    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    review: str
    confidence: float | None
    sources: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]  # (quote, source id)
    properties: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "subject": self.subject,
            "subject_name": self.subject_name,
            "predicate": self.predicate,
            "object": self.object,
            "object_name": self.object_name,
            "review": self.review,
            "confidence": self.confidence,
            "sources": list(self.sources),
            "evidence": [{"quote": q, "source_id": s} for q, s in self.quotes],
            "properties": self.properties,
        }


def review_items(
    store: GraphStore,
    *,
    states: set[ReviewState] | None = None,
    entity: str | None = None,
    min_confidence: float | None = None,
) -> list[ReviewItem]:
    """Facts to review, lowest confidence first, then fewest sources (single-source facts early)."""
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InvalidInputError(f"minimum confidence {min_confidence} is not between 0 and 1")
    entity_id = find_entity(store, entity) if entity else None
    items = []
    for subject, rel, obj in store.run(cc.ALL_FACTS, {"entity": entity_id}).rows:
        props = rel.properties
        state = state_of(props)
        confidence = props.get("confidence")
        if states is not None and state not in states:
            continue
        if min_confidence is not None and (confidence is None or confidence < min_confidence):
            continue
        quotes = list(zip(props.get("evidence") or [], props.get("evidence_sources") or [], strict=False))
        items.append(
            ReviewItem(
                fact_id=str(props.get("fact_id")),
                subject=subject.id,
                subject_name=str(subject.properties.get("name") or subject.id),
                predicate=rel.type,
                object=obj.id,
                object_name=str(obj.properties.get("name") or obj.id),
                review=state.value,
                confidence=float(confidence) if isinstance(confidence, int | float) else None,
                sources=tuple(str(s) for s in props.get("sources") or []),
                quotes=tuple((str(q), str(s)) for q, s in quotes),
                properties={k: str(props[k]) for k in PROPERTY_KEYS if props.get(k) is not None},
            )
        )
    items.sort(key=lambda i: (i.confidence if i.confidence is not None else 0.0, len(i.sources), i.fact_id))
    return items


def audit_records(store: GraphStore, since: str | None = None) -> list[AuditRecord]:
    """The audit trail, oldest first; ``since`` is a date (YYYY[-MM[-DD]]) or an ISO timestamp."""
    if since is not None:
        since = since.strip()
        try:
            check_partial_date(since[:10] if len(since) > 10 else since)
        except ValueError as exc:
            raise InvalidInputError(f"--since: {exc}") from None
    rows = store.run(cc.AUDIT_RECORDS, {"since": since}).rows
    return [AuditRecord.from_node(str(node_id), dict(node.properties)) for node_id, node in rows]
