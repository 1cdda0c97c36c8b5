"""Finding an entity's id from what a person types: its id, its name or an alias, any case."""

from __future__ import annotations

from aikg.graph.entity_search import suggestion
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.reads import entity_index

FIND_ENTITY = """
MATCH (n:Entity)
WHERE n.id = $key OR toLower(n.name) = toLower($key)
   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($key))
   OR $key IN coalesce(n.merged_ids, [])
RETURN n.id AS id, n.name AS name, n.id = $key OR $key IN coalesce(n.merged_ids, []) AS exact
ORDER BY exact DESC, id
"""


def find_entity(store: GraphStore, key: str) -> str:
    """The id of the entity with this id, name or alias (case-insensitive); none (with the close
    names as a hint), or several entities sharing the name, is an error that says so. The id of an
    entity merged into another finds the one it was merged into."""
    rows = store.run(FIND_ENTITY, {"key": key}).rows
    if not rows:
        hint = suggestion(key, entity_index(store))
        raise InvalidInputError(f"no entity has the id, name or alias {key!r}{hint}")
    if rows[0][2]:
        return str(rows[0][0])
    ids = sorted({str(row[0]) for row in rows})
    if len(ids) > 1:
        raise InvalidInputError(f"{key!r} names several entities: {', '.join(ids)}; give an id instead")
    return ids[0]


__all__ = ["find_entity"]
