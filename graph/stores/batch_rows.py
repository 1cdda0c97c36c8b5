"""Turn a GraphBatch into the ordered list of (statement, parameters) a store writes at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from aikg.graph.fact_codec import adds_nothing, encode, encode_new
from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity, Fact, GraphBatch, Source
from aikg.graph.stores import cypher_write as cw
from aikg.graph.values import storable_map

Statement = tuple[str, dict[str, Any]]

_ENTITY_FIELDS = {"id", "aliases"}


def source_row(source: Source) -> dict[str, Any]:
    # an empty syndication list is left out, so a forced re-ingest never wipes the recorded copies
    props = source.model_dump(exclude={"id"} if source.syndications else {"id", "syndications"})
    return {"id": source.id, "props": storable_map(props)}


def entity_row(entity: Entity) -> dict[str, Any]:
    props = entity.model_dump(exclude=_ENTITY_FIELDS, mode="json")
    return {"id": entity.id, "aliases": list(entity.aliases), "props": storable_map(props)}


def fact_row(fact: Fact, reported: str | None) -> dict[str, Any]:
    return encode(fact, reported)


def reported_date(fact: Fact, published: dict[str, str | None]) -> str | None:
    """When a fact was first reported: the earliest publication date of its sources, or None when
    no source states one (never the day of ingestion)."""
    dates = [d for d in (published.get(s) for s in fact.source_ids) if d]
    return min(dates) if dates else None


def statements(
    batch: GraphBatch,
    known_published: dict[str, str | None] | None = None,
    known_facts: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Statement]:
    """The writes for a batch: sources, entities by label, mentions, facts by predicate.

    With ``known_facts`` (the stored properties of the facts the store held when the batch was
    planned, by fact id), a fact the store does not hold is written in one step with all its
    properties, a fact the batch adds nothing to is not written, and only the others go through the
    full merge of evidence and provenance; without it, every fact is merged."""
    rows = GroupRows(known_published, known_facts)
    rows.add(batch)
    return rows.statements()


class GroupRows:
    """The writes of several batches applied one after the other, as one list of statements.

    Each source and entity is written once (its rows folded in batch order as the sequential
    writes would leave it: later properties win, aliases appended), mentions once, and each fact
    id once per statement: the k-th batch of the group naming a fact id merges it in the k-th
    round, after the earlier ones, so the merge rules of ``cypher_write`` see the same sequence
    of assertions as batch-by-batch writes would. Every statement names each key once (no two
    rows of one UNWIND merge the same node or relationship), so its rows may be written in any
    order."""

    def __init__(
        self,
        known_published: Mapping[str, str | None] | None = None,
        known_facts: Mapping[str, Mapping[str, Any]] | None = None,
        known_nodes: Mapping[str, Mapping[str, Any]] | None = None,
        known_mentions: set[tuple[str, str]] | None = None,
    ) -> None:
        self.stored_published = dict(known_published or {})  # as the store would hold it
        self.known_facts = known_facts
        self.known_nodes = known_nodes or {}  # stored properties of sources and entities, by id
        self.known_mentions = known_mentions or set()
        self.sources: dict[str, dict[str, Any]] = {}
        self.entities: dict[str, tuple[Any, list[str], dict[str, Any]]] = {}
        self.last_entity: dict[str, Entity] = {}  # the last definition folded in, by id
        self.mentions: dict[tuple[str, str], None] = {}
        self.created: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        self.rounds: list[dict[Any, list[dict[str, Any]]]] = []
        self.occurrences: dict[str, int] = {}

    def add(self, batch: GraphBatch, merged: list[Fact] | None = None) -> None:
        """Add a batch's writes (``merged``: its facts already through ``merge_facts``)."""
        published = dict(self.stored_published)
        published.update({s.id: s.published for s in batch.sources})
        for source in batch.sources:
            row = source_row(source)
            self.sources.setdefault(source.id, {}).update(row["props"])
            if source.published is not None:
                self.stored_published[source.id] = source.published
        for entity in _dedupe_entities(batch.entities):
            if self.last_entity.get(entity.id) == entity:
                continue  # the same entity again: folding its row in changes nothing
            self.last_entity[entity.id] = entity
            row = entity_row(entity)
            if entity.id in self.entities:
                _, known, props = self.entities[entity.id]
                props.update(row["props"])
                known += [a for a in list(row["aliases"]) if a not in known]
            else:
                self.entities[entity.id] = (entity.type, list(row["aliases"]), dict(row["props"]))
        self.mentions.update(dict.fromkeys(batch.mentions))
        for fact in merge_facts(batch.facts) if merged is None else merged:
            self._add_fact(fact, reported_date(fact, published))

    def _add_fact(self, fact: Fact, reported: str | None) -> None:
        seen = self.occurrences.get(fact.fact_id, 0)
        self.occurrences[fact.fact_id] = seen + 1
        known = self.known_facts
        if seen == 0 and known is not None and fact.fact_id not in known:
            self.created[fact.predicate].append(encode_new(fact, reported))
            return
        row = fact_row(fact, reported)
        if seen == 0 and known is not None and adds_nothing(known[fact.fact_id], row):
            return
        while len(self.rounds) <= seen:
            self.rounds.append(defaultdict(list))
        self.rounds[seen][fact.predicate].append(row)

    def _unchanged(self, key: str, props: Mapping[str, Any], aliases: list[str] | None = None) -> bool:
        """True when the store holds node ``key`` with these property values (and, for an entity,
        these aliases): merging its row would change nothing, so it is not written."""
        stored = self.known_nodes.get(key)
        if stored is None or any(stored.get(k) != v for k, v in props.items()):
            return False
        if aliases is None:
            return True
        known = stored.get("aliases")
        return isinstance(known, list) and all(a in known for a in aliases)

    def statements(self) -> list[Statement]:
        out: list[Statement] = []
        rows = [
            {"id": key, "props": props}
            for key, props in self.sources.items()
            if not self._unchanged(key, props)
        ]
        if rows:
            out.append((cw.MERGE_SOURCES, {"rows": rows}))
        by_label: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for key, (label, aliases, props) in self.entities.items():
            if not self._unchanged(key, props, aliases):
                by_label[label].append({"id": key, "aliases": aliases, "props": props})
        out += [(cw.merge_entities(label), {"rows": rows}) for label, rows in by_label.items()]
        rows = [{"source": s, "entity": e} for s, e in self.mentions if (s, e) not in self.known_mentions]
        if rows:
            out.append((cw.MERGE_MENTIONS, {"rows": rows}))
        out += [(cw.create_facts(p), {"rows": _one_shape(rows)}) for p, rows in self.created.items()]
        for merges in self.rounds:
            out += [(cw.merge_facts(p), {"rows": rows}) for p, rows in merges.items()]
        return out


def _one_shape(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of new facts whose ``props`` all have the same keys, in the same order (a key a fact
    lacks is null, which ``SET r += row.props`` does not store on a new relationship): one
    statement per predicate once the rows are sent as lists, not one per set of properties."""
    keys = list(dict.fromkeys(k for row in rows for k in row["props"]))
    out = []
    for row in rows:
        props = row["props"]
        if len(props) != len(keys) or list(props) != keys:
            row = {**row, "props": {k: props.get(k) for k in keys}}
        out.append(row)
    return out


def _dedupe_entities(entities: list[Entity]) -> list[Entity]:
    """One row per id (a MERGE per duplicate row would race): the first definition, its aliases
    (sorted, when the id is repeated) unioned with the later ones' aliases but the first name."""
    first: dict[str, Entity] = {}
    extra: dict[str, set[str]] = {}
    for entity in entities:
        kept = first.get(entity.id)
        if kept is None:
            first[entity.id] = entity
            continue
        aliases = extra.get(entity.id)
        if aliases is None:
            aliases = extra[entity.id] = set(kept.aliases)
        aliases.update(a for a in entity.aliases if a != kept.name)
    for key, aliases in extra.items():
        first[key] = first[key].model_copy(update={"aliases": sorted(aliases)})
    return list(first.values())


def referenced_entity_ids(batch: GraphBatch) -> set[str]:
    ids = {f.subject for f in batch.facts} | {f.object for f in batch.facts}
    return ids | {e for _, e in batch.mentions}


def referenced_source_ids(batch: GraphBatch) -> set[str]:
    ids = {s for f in batch.facts for s in f.source_ids}
    return ids | {s for s, _ in batch.mentions}
