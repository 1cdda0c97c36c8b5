"""Load node-link JSON written by ``aikg export --format json`` through ``store.upsert``.

Entities, Sources, Facts (decoded by ``fact_codec``, evidence and provenance included) and
mentions go into one GraphBatch, so the import is atomic and idempotent. What the upsert derives
itself (``first_reported``, ``last_reported``) is then merged from the file in a second,
idempotent statement that widens the reporting window.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from aikg.graph import fact_codec
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.base import MENTIONS, SOURCE_LABEL
from aikg.graph.export.nodelink import EDGES_KEY
from aikg.graph.imports.base import ImportReport, read_text
from aikg.graph.schema import Entity, EntityType, GraphBatch, Source
from aikg.graph.stores.base import GraphStore

MERGE_BOOKKEEPING = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object})
WHERE r.fact_id = row.fact_id
SET r.first_reported = CASE WHEN row.first_reported IS NOT NULL
                             AND (r.first_reported IS NULL OR row.first_reported < r.first_reported)
                            THEN row.first_reported ELSE r.first_reported END,
    r.last_reported = CASE WHEN row.last_reported IS NOT NULL
                            AND (r.last_reported IS NULL OR row.last_reported > r.last_reported)
                           THEN row.last_reported ELSE r.last_reported END
"""
_EDGE_KEYS = {"type", "key", "source", "target"}
_NODE_KEYS = {"id", "labels"}


def _fields(model: type[Any], props: dict[str, Any], skip: set[str], ignored: set[str]) -> dict[str, Any]:
    known = set(model.model_fields)
    ignored.update(k for k in props if k not in known and k not in skip)
    return {k: v for k, v in props.items() if k in known}


def _node(data: dict[str, Any], batch: GraphBatch, ignored: set[str]) -> None:
    labels = data.get("labels") or []
    node_id = data.get("id")
    if SOURCE_LABEL in labels:
        batch.sources.append(Source(**_fields(Source, data, _NODE_KEYS, ignored)))
        return
    label = next((lbl for lbl in labels if lbl != "Entity"), None) or data.get("type")
    if label is None and isinstance(node_id, str):
        label = EntityType.of_id(node_id).value
    fields = _fields(Entity, data, _NODE_KEYS, ignored)
    fields["type"] = label
    batch.entities.append(Entity(**fields))


def _edge(data: dict[str, Any], batch: GraphBatch, ignored: set[str]) -> dict[str, Any] | None:
    if data.get("type") == MENTIONS:
        batch.mentions.append((data["source"], data["target"]))
        return None
    where = f"fact {data.get('fact_id')}"
    fact = fact_codec.decode(data["source"], data.get("type"), data["target"], data, where)
    ignored.update(k for k in data if k not in fact_codec.FACT_KEYS and k not in _EDGE_KEYS)
    batch.facts.append(fact)
    return {
        "fact_id": fact.fact_id,
        "subject": fact.subject,
        "object": fact.object,
        "first_reported": data.get("first_reported"),
        "last_reported": data.get("last_reported"),
    }


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
    if isinstance(exc, KeyError):
        return f"no {exc}"
    return str(exc).splitlines()[0]


def read_nodelink(text: str, where: str) -> tuple[GraphBatch, list[dict[str, Any]], list[str]]:
    """The batch, the bookkeeping rows of its facts, and the property names left out."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"{where}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise InvalidInputError(f"{where}: not node-link JSON (no 'nodes' list)")
    edges = data.get(EDGES_KEY, data.get("links", []))
    batch = GraphBatch()
    rows: list[dict[str, Any]] = []
    ignored: set[str] = set()
    for kind, items in (("node", data["nodes"]), ("edge", edges)):
        for index, item in enumerate(items):
            try:
                if kind == "node":
                    _node(item, batch, ignored)
                else:
                    row = _edge(item, batch, ignored)
                    if row is not None:
                        rows.append(row)
            except (InvalidInputError, ValueError, KeyError, TypeError, AttributeError) as exc:
                label = item.get("id", "") if isinstance(item, dict) else ""
                raise InvalidInputError(f"{where}: {kind} {index} ({label}): {_describe(exc)}") from None
    return batch, rows, sorted(ignored)


class NodeLinkImporter:
    name = "json"
    extensions = ("json",)

    def load(self, store: GraphStore, path: Path) -> ImportReport:
        batch, rows, ignored = read_nodelink(read_text(path), str(path))
        store.upsert(batch)
        if rows:
            store.run(MERGE_BOOKKEEPING, {"rows": rows}, write=True)
        return ImportReport(
            nodes=len(batch.entities) + len(batch.sources),
            relationships=len(batch.facts) + len(batch.mentions),
            ignored_properties=ignored,
        )
