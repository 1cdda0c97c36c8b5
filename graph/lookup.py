"""Finding an entity's id from what a person types: its id, its name or an alias, any case."""

from __future__ import annotations

from aikg.graph.entity_search import suggestion
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.entity_keys import indexed_matches
from aikg.graph.stores.reads import entity_index

# every entity read: only when the indexes found nothing (a store without them, or a key whose
# words the full-text index splits otherwise), so a miss is never an index's blind spot
FIND_ENTITY = """
MATCH (n:Entity)
WHERE n.id = $key OR toLower(n.name) = toLower($key)
   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($key))
   OR $key IN coalesce(n.merged_ids, [])
RETURN n.id AS id, n.id = $key OR $key IN coalesce(n.merged_ids, []) AS exact
"""


def find_entity(store: GraphStore, key: str) -> str:
    """The id of the entity with this id, name or alias (case-insensitive); none (with the close
    names as a hint), or several entities sharing the name, is an error that says so. The id of an
    entity merged into another finds the one it was merged into. Found through indexes
    (``stores.entity_keys``): on FalkorDB an alias matches the key as typed or in lower, upper or
    title case; any other case of an alias is found by reading every entity, when nothing else
    matched."""
    rows = indexed_matches(store, key) or [
        (str(row[0]), bool(row[1])) for row in store.run(FIND_ENTITY, {"key": key}).rows
    ]
    if not rows:
        hint = suggestion(key, entity_index(store))
        raise InvalidInputError(f"no entity has the id, name or alias {key!r}{hint}")
    exact = sorted(entity_id for entity_id, is_exact in rows if is_exact)
    if exact:
        return exact[0]
    ids = sorted({entity_id for entity_id, _ in rows})
    if len(ids) > 1:
        raise InvalidInputError(f"{key!r} names several entities: {', '.join(ids)}; give an id instead")
    return ids[0]


__all__ = ["find_entity"]
