"""Load node-link JSON written by ``aikg export --format json`` through ``store.upsert``.

Entities, Sources, Facts (decoded by ``fact_codec``, evidence and provenance included) and
mentions go into one GraphBatch, so the import is atomic and idempotent. What the upsert derives
itself (``first_reported``, ``last_reported``) is then merged from the file in a second,
idempotent statement that widens the reporting window.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from aikg.graph import fact_codec
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.base import MENTIONS, SOURCE_LABEL
from aikg.graph.export.nodelink import EDGES_KEY
from aikg.graph.imports.base import ImportReport, read_text
from aikg.graph.imports.curation_data import ENTITY_KEYS, is_audit_node, read_curation, write_curation
from aikg.graph.imports.curation_data import FACT_KEYS as CURATION_FACT_KEYS
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
_EDGE_KEYS = {"type", "key", "source", "target", *CURATION_FACT_KEYS}
_NODE_KEYS = {"id", "labels", *ENTITY_KEYS}


def _fields(model: type[Any], props: dict[str, Any], skip: set[str], ignored: set[str]) -> dict[str, Any]:
    known = set(model.model_fields)
    ignored.update(k for k in props if k not in known and k not in skip)
    return {k: v for k, v in props.items() if k in known}


def _node(data: dict[str, Any], batch: GraphBatch, ignored: set[str]) -> None:
    labels = data.get("labels") or []
    node_id = data.get("id")
    if is_audit_node(data):
        return  # restored by read_curation
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
    fact = fact_codec.decode(data["source"], str(data.get("type")), data["target"], data, where)
    ignored.update(k for k in data if k not in fact_codec.FACT_KEYS and k not in _EDGE_KEYS)
    given = data.get("fact_id")
    if given is not None and given != fact.fact_id:
        raise ValueError(f"fact_id {given!r} is not the id of this fact ({fact.fact_id})")
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


Item = tuple[str, str, dict[str, Any]]  # kind ("node" or "edge"), where (for errors), the record


def build_batch(items: Iterable[Item]) -> tuple[GraphBatch, list[dict[str, Any]], list[str]]:
    """Validate node and edge records (node-link shape) into one batch: the batch, the bookkeeping
    rows of its facts, and the property names left out. Labels, types and ids are checked by the
    schema; the first bad record raises, naming where it is."""
    batch = GraphBatch()
    rows: list[dict[str, Any]] = []
    ignored: set[str] = set()
    for kind, where, item in items:
        try:
            if not isinstance(item, dict):
                raise TypeError(f"a {kind} must be an object")
            nul = _nul_field(item)
            if nul is not None:
                raise ValueError(f"{nul}: NUL character")
            if kind == "node":
                _node(item, batch, ignored)
            else:
                row = _edge(item, batch, ignored)
                if row is not None:
                    rows.append(row)
        except (InvalidInputError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidInputError(f"{where}: {_describe(exc)}") from None
    return batch, rows, sorted(ignored)


def _nul_field(value: Any, key: str = "") -> str | None:
    """The key of the first string holding a NUL (no engine stores it), else None."""
    if isinstance(value, str):
        return key or "value" if "\x00" in value else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for name, item in items:
        found = _nul_field(item, key if isinstance(name, int) else str(name))
        if found is not None:
            return found
    return None


def read_nodelink(text: str, where: str) -> tuple[GraphBatch, list[dict[str, Any]], list[str]]:
    """The batch, the bookkeeping rows of its facts, and the property names left out."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"{where}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise InvalidInputError(f"{where}: not node-link JSON (no 'nodes' list)")
    edges = data.get(EDGES_KEY, data.get("links")) or []

    def items() -> Iterator[Item]:
        for kind, group in (("node", data["nodes"]), ("edge", edges)):
            for index, item in enumerate(group):
                label = item.get("id", "") if isinstance(item, dict) else ""
                yield kind, f"{where}: {kind} {index} ({label})", item

    return build_batch(items())


def load_batch(
    store: GraphStore, batch: GraphBatch, rows: list[dict[str, Any]], ignored: list[str], statements: int = 0
) -> ImportReport:
    """Write a validated import: the one atomic upsert, then the idempotent bookkeeping merge."""
    store.upsert(batch)
    if rows:
        store.run(MERGE_BOOKKEEPING, {"rows": rows}, write=True)
    return ImportReport(
        nodes=len(batch.entities) + len(batch.sources),
        relationships=len(batch.facts) + len(batch.mentions),
        statements=statements,
        ignored_properties=ignored,
    )


class NodeLinkImporter:
    name = "json"
    extensions = ("json",)

    def load(self, store: GraphStore, path: Path) -> ImportReport:
        text = read_text(path)
        batch, rows, ignored = read_nodelink(text, str(path))
        data = json.loads(text)
        curation = read_curation(data, data.get(EDGES_KEY, data.get("links")) or [], str(path))
        report = load_batch(store, batch, rows, ignored)
        write_curation(store, curation)
        return dataclasses.replace(report, nodes=report.nodes + len(curation.audits))
