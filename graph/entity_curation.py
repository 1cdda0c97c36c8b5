"""Curation of entities: merge two duplicates, split an alias back out, rename, change the type.

Each action is one atomic write with its audit record.

- **merge KEEP OTHER**: every fact of OTHER moves to KEEP (its id changes with its endpoint; the old
  id stays in ``previous_fact_ids``, so it still finds the fact), a fact KEEP already has absorbs
  the moved one's evidence, symmetric facts are re-ordered canonically, mentions move, OTHER's
  name, aliases and former ids become KEEP's aliases and ``merged_ids`` (later articles naming
  OTHER resolve to KEEP), attributes KEEP lacks are taken from OTHER, and OTHER is deleted. A fact
  between KEEP and OTHER would link KEEP to itself: it is dropped, and the audit record keeps it.
  Merging an entity already merged is a no-op.
- **split ENTITY ALIAS**: the alias becomes an entity of its own (same type unless given), taking
  the facts named; it is no longer redirected to ENTITY.
- **rename**: a new display name; the id stays, the old name becomes an alias.
- **retype**: the type is part of the id, so the entity gets a new id (``person:x`` ->
  ``organization:x``) and the old one redirects to it; refused while a fact would break its
  predicate's endpoint types.
"""

from __future__ import annotations

from typing import Any

from aikg.graph.audit import Action, AuditRecord, check_text
from aikg.graph.curation import audit_statement, fact_writes
from aikg.graph.errors import InvalidInputError
from aikg.graph.ids import slugify
from aikg.graph.schema import EntityType
from aikg.graph.selection import find_entity
from aikg.graph.stored_facts import StoredFact, combine, facts_of, moved
from aikg.graph.stores import curation_cypher as cc
from aikg.graph.stores.base import GraphStore, NodeValue
from aikg.graph.stores.batch_rows import Statement
from aikg.graph.values import storable_map

TYPE_FIELDS = {
    EntityType.ORGANIZATION: {"kind", "country"},
    EntityType.MODEL: {"developer", "family", "released", "open_weights"},
    EntityType.PERSON: set(),
}
_OWN_KEYS = {"id", "name", "aliases", "merged_ids"}


def entity_node(store: GraphStore, entity_id: str) -> NodeValue:
    rows = store.run(cc.ENTITY_BY_ID, {"entity": entity_id}).rows
    if not rows:
        raise InvalidInputError(f"no entity has the id {entity_id!r}")
    node: NodeValue = rows[0][0]
    return node


def _names(node: NodeValue) -> list[str]:
    props = node.properties
    return [str(props.get("name") or node.id), *(str(a) for a in props.get("aliases") or [])]


def _move_facts(
    store: GraphStore, old: str, new: str, only: set[str] | None = None
) -> tuple[list[Statement], list[dict[str, Any]], list[str]]:
    """Statements moving the facts of ``old`` (or only those listed) to ``new``; with the facts
    dropped as self-links and the resulting fact ids."""
    mine = {f.fact_id: f for f in facts_of(store, new)}
    deleted: list[StoredFact] = []
    created: dict[str, StoredFact] = {}
    dropped: list[dict[str, Any]] = []
    for fact in facts_of(store, old):
        if only is not None and fact.fact_id not in only:
            continue
        deleted.append(fact)
        try:
            target = moved(fact, old, new)
        except ValueError as exc:
            raise InvalidInputError(
                f"cannot move {fact.fact_id} ({fact.predicate}) to {new}: {exc}"
            ) from None
        if target is None:
            dropped.append({**fact.summary(), "props": fact.props})
            continue
        previous = created.get(target.fact_id) or mine.get(target.fact_id)
        if previous is not None:
            if previous.fact_id in mine and previous is mine[previous.fact_id]:
                deleted.append(previous)
            target = StoredFact(target.subject, target.predicate, target.object, combine(previous, target))
        created[target.fact_id] = target
    return fact_writes(deleted, list(created.values())), dropped, sorted(created)


def _merged_props(keep: NodeValue, other: NodeValue) -> dict[str, Any]:
    kept = keep.properties
    name = str(kept.get("name") or keep.id)
    aliases = [a for a in dict.fromkeys([*(kept.get("aliases") or []), *_names(other)]) if a != name]
    merged_ids = list(
        dict.fromkeys(
            [*(kept.get("merged_ids") or []), other.id, *(other.properties.get("merged_ids") or [])]
        )
    )
    props: dict[str, Any] = {"aliases": aliases, "merged_ids": merged_ids}
    allowed = TYPE_FIELDS[EntityType.of_id(keep.id)]
    for key, value in other.properties.items():
        if key in _OWN_KEYS or kept.get(key) is not None:
            continue
        if key in set().union(*TYPE_FIELDS.values()) and key not in allowed:
            continue
        props[key] = value
    return props


def _merge_statements(
    store: GraphStore, keep: NodeValue, other: NodeValue
) -> tuple[list[Statement], dict[str, Any]]:
    moves, dropped, fact_ids = _move_facts(store, other.id, keep.id)
    props = _merged_props(keep, other)
    statements = [
        *moves,
        (cc.MOVE_MENTIONS, cc.rows({"source_entity": other.id, "target_entity": keep.id})),
        (cc.SET_ENTITY, cc.rows({"entity": keep.id, "props": storable_map(props)})),
        (cc.DELETE_ENTITY, cc.rows({"entity": other.id})),
    ]
    details = {
        "facts": fact_ids,
        "dropped_self_links": dropped,
        "aliases": props["aliases"],
        "merged_ids": props["merged_ids"],
    }
    return statements, details


def merge(
    store: GraphStore, keep: str, other: str, *, user: str | None = None, note: str | None = None
) -> AuditRecord | None:
    """Merge OTHER into KEEP (see the module docstring); None when OTHER is already KEEP."""
    keep_id = find_entity(store, keep)
    other_id = find_entity(store, other)
    if keep_id == other_id:
        return None
    keep_node, other_node = entity_node(store, keep_id), entity_node(store, other_id)
    if keep_node.label != other_node.label:
        raise InvalidInputError(
            f"cannot merge {other_id} ({other_node.label}) into {keep_id} ({keep_node.label}): "
            "change its type first (aikg entity retype)"
        )
    before = {
        "keep": {"id": keep_id, **storable_map(keep_node.properties)},
        "other": {"id": other_id, **storable_map(other_node.properties)},
        "other_facts": [f.summary() for f in facts_of(store, other_id)],
        "other_mentions": [str(r[0]) for r in store.run(cc.MENTIONING_SOURCES, {"entity": other_id}).rows],
    }
    statements, details = _merge_statements(store, keep_node, other_node)
    record = AuditRecord.new(
        Action.MERGE, [keep_id, other_id], user=user, before=before, after=details, note=note
    )
    cc.write_atomically(store, [*statements, audit_statement(record)])
    return record


def rename(
    store: GraphStore, entity: str, name: str, *, user: str | None = None, note: str | None = None
) -> AuditRecord | None:
    """Give an entity a new display name (its id stays; the old name becomes an alias)."""
    entity_id = find_entity(store, entity)
    node = entity_node(store, entity_id)
    new_name = " ".join(str(check_text(name, "the new name")).split())
    if not new_name:
        raise InvalidInputError("the new name is empty")
    old_name = str(node.properties.get("name") or entity_id)
    if new_name == old_name:
        return None
    aliases = [a for a in dict.fromkeys([*(node.properties.get("aliases") or []), old_name]) if a != new_name]
    props = {"name": new_name, "aliases": aliases}
    record = AuditRecord.new(
        Action.RENAME,
        [entity_id],
        user=user,
        before={"name": old_name, "aliases": list(node.properties.get("aliases") or [])},
        after=props,
        note=note,
    )
    cc.write_atomically(
        store, [(cc.SET_ENTITY, cc.rows({"entity": entity_id, "props": props})), audit_statement(record)]
    )
    return record


def _new_node_statements(entity_id: str, props: dict[str, Any]) -> list[Statement]:
    label = EntityType.of_id(entity_id).value
    return [(cc.create_entity(label), cc.rows({"entity": entity_id, "props": storable_map(props)}))]


def retype(
    store: GraphStore, entity: str, type_name: str, *, user: str | None = None, note: str | None = None
) -> AuditRecord | None:
    """Change an entity's type: a new id of the new type, every fact and mention moves to it."""
    entity_id = find_entity(store, entity)
    try:
        new_type = EntityType(type_name.strip().title())
    except ValueError:
        names = ", ".join(t.value for t in EntityType)
        raise InvalidInputError(f"type {type_name!r} is not one of {names}") from None
    node = entity_node(store, entity_id)
    if EntityType.of_id(entity_id) is new_type:
        return None
    new_id = f"{new_type.prefix}:{entity_id.split(':', 1)[1]}"
    if store.run(cc.ENTITY_BY_ID, {"entity": new_id}).rows:
        raise InvalidInputError(f"{new_id} already exists: merge into it instead (aikg entity merge)")
    keep_props = {k: v for k, v in node.properties.items() if k in {"name", "description", "wikidata"}}
    shell = NodeValue(id=new_id, labels=(new_type.value, "Entity"), properties=keep_props)
    statements, details = _merge_statements(store, shell, node)
    record = AuditRecord.new(
        Action.RETYPE,
        [entity_id, new_id],
        user=user,
        before={"id": entity_id, "type": node.label, **storable_map(node.properties)},
        after={"id": new_id, "type": new_type.value, **details},
        note=note,
    )
    cc.write_atomically(
        store, [*_new_node_statements(new_id, keep_props), *statements, audit_statement(record)]
    )
    return record


def split(
    store: GraphStore,
    entity: str,
    alias: str,
    *,
    type_name: str | None = None,
    facts: list[str] | None = None,
    user: str | None = None,
    note: str | None = None,
) -> AuditRecord:
    """Make an alias of ENTITY an entity of its own, taking the facts named (ids of ENTITY's facts)."""
    entity_id = find_entity(store, entity)
    node = entity_node(store, entity_id)
    aliases = [str(a) for a in node.properties.get("aliases") or []]
    wanted = alias.strip()
    match = next((a for a in aliases if a.casefold() == wanted.casefold()), None)
    if match is None:
        shown = ", ".join(aliases) or "none"
        raise InvalidInputError(f"{wanted!r} is not an alias of {entity_id} (aliases: {shown})")
    new_type = EntityType(type_name.strip().title()) if type_name else EntityType.of_id(entity_id)
    new_id = f"{new_type.prefix}:{slugify(match)}"
    if store.run(cc.ENTITY_BY_ID, {"entity": new_id}).rows:
        raise InvalidInputError(f"{new_id} already exists: nothing to split out")
    own = {f.fact_id: f for f in facts_of(store, entity_id)}
    chosen = set()
    for fact_id in facts or []:
        found = next(
            (f for f in own.values() if fact_id in (f.fact_id, *(f.props.get("previous_fact_ids") or []))),
            None,
        )
        if found is None:
            raise InvalidInputError(f"{fact_id} is not a fact of {entity_id}")
        chosen.add(found.fact_id)
    merged_ids = [i for i in node.properties.get("merged_ids") or [] if i != new_id]
    remaining = [a for a in aliases if a != match]
    moves, _, fact_ids = _move_facts(store, entity_id, new_id, only=chosen) if chosen else ([], [], [])
    cited = sorted({s for f in own.values() if f.fact_id in chosen for s in f.props.get("sources") or []})
    statements = [
        *_new_node_statements(new_id, {"name": match}),
        *moves,
        (
            cc.SET_ENTITY,
            cc.rows({"entity": entity_id, "props": {"aliases": remaining, "merged_ids": merged_ids}}),
        ),
    ]
    if cited:
        statements.append((cc.ADD_MENTIONS, {"rows": [{"source": s, "entity": new_id} for s in cited]}))
    record = AuditRecord.new(
        Action.SPLIT,
        [entity_id, new_id, *sorted(chosen)],
        user=user,
        before={
            "id": entity_id,
            "aliases": aliases,
            "merged_ids": list(node.properties.get("merged_ids") or []),
        },
        after={
            "id": new_id,
            "name": match,
            "type": new_type.value,
            "facts": fact_ids,
            "aliases_left": remaining,
        },
        note=note,
    )
    cc.write_atomically(store, [*statements, audit_statement(record)])
    return record


def merge_preview(store: GraphStore, keep: str, other: str) -> dict[str, Any]:
    """What :func:`merge` would do, without changing anything: the facts that move (with their new
    ids and whether they join a fact KEEP already has), the self-links dropped, the mentions and
    aliases KEEP gains."""
    keep_id, other_id = find_entity(store, keep), find_entity(store, other)
    keep_node = entity_node(store, keep_id)
    if keep_id == other_id:
        return {"keep": keep_id, "other": other_id, "no_op": True, "facts": [], "dropped_self_links": []}
    other_node = entity_node(store, other_id)
    mine = {f.fact_id for f in facts_of(store, keep_id)}
    facts, dropped = [], []
    for fact in facts_of(store, other_id):
        try:
            target = moved(fact, other_id, keep_id)
        except ValueError as exc:
            raise InvalidInputError(f"cannot move {fact.fact_id} to {keep_id}: {exc}") from None
        if target is None:
            dropped.append(fact.summary())
            continue
        facts.append(
            {
                **fact.summary(),
                "new_fact_id": target.fact_id,
                "new_subject": target.subject,
                "new_object": target.object,
                "joins_existing": target.fact_id in mine,
            }
        )
    mentions = [str(r[0]) for r in store.run(cc.MENTIONING_SOURCES, {"entity": other_id}).rows]
    return {
        "keep": keep_id,
        "keep_name": keep_node.properties.get("name"),
        "other": other_id,
        "other_name": other_node.properties.get("name"),
        "types_match": keep_node.label == other_node.label,
        "no_op": False,
        "facts": facts,
        "dropped_self_links": dropped,
        "mentions": mentions,
        "aliases_after": _merged_props(keep_node, other_node)["aliases"],
    }
