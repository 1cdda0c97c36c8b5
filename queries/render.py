"""One plain representation of query results: table cells, JSON-able values, CSV, and a subgraph."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from aikg.graph.stores.base import NodeValue, PathValue, QueryResult, RelationshipValue
from aikg.graph.subgraph import Subgraph

KEY_PROPERTIES = ("date", "role", "reason", "model", "organization")


def node_text(node: NodeValue) -> str:
    name = node.properties.get("name") or node.properties.get("title")
    return f"{name} ({node.id})" if name and name != node.id else node.id


def relationship_text(rel: RelationshipValue) -> str:
    props = [f"{key}={rel.properties[key]}" for key in KEY_PROPERTIES if rel.properties.get(key) is not None]
    return f"{rel.type} {{{', '.join(props)}}}" if props else rel.type


def path_text(path: PathValue) -> str:
    if not path.nodes:
        return ""
    names = {n.id: str(n.properties.get("name") or n.id) for n in path.nodes}
    parts = [names[path.nodes[0].id]]
    for rel, node in zip(path.relationships, path.nodes[1:], strict=False):
        forward = rel.end == node.id
        arrow = f"-[{rel.type}]->" if forward else f"<-[{rel.type}]-"
        parts.append(f" {arrow} {names[node.id]}")
    return "".join(parts)


def cell_text(value: Any) -> str:
    """A value as one line of text for a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, NodeValue):
        return node_text(value)
    if isinstance(value, RelationshipValue):
        return relationship_text(value)
    if isinstance(value, PathValue):
        return path_text(value)
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True)
    if isinstance(value, float) and value.is_integer():
        return str(value)
    return str(value)


def jsonable(value: Any) -> Any:
    """A value JSON can encode: nodes, relationships and paths become maps."""
    if isinstance(value, NodeValue):
        return {
            "id": value.id,
            "labels": list(value.labels),
            "name": value.properties.get("name"),
            "properties": jsonable(value.properties),
        }
    if isinstance(value, RelationshipValue):
        return {
            "id": value.id,
            "type": value.type,
            "start": value.start,
            "end": value.end,
            "properties": jsonable(value.properties),
        }
    if isinstance(value, PathValue):
        return {
            "nodes": [jsonable(n) for n in value.nodes],
            "relationships": [jsonable(r) for r in value.relationships],
        }
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def table_rows(result: QueryResult) -> list[list[str]]:
    return [[cell_text(v) for v in row] for row in result.rows]


def to_subgraph(result: QueryResult) -> Subgraph:
    return Subgraph.from_result(result)


def has_graph_values(result: QueryResult) -> bool:
    """Whether any cell holds a node, relationship or path."""
    sub = to_subgraph(result)
    return bool(sub.nodes or sub.relationships)


def to_json(result: QueryResult, *, graph: bool = False) -> dict[str, Any]:
    """``{"columns", "rows" (one map per row), "truncated"}``, plus ``"graph"`` (nodes, edges) if asked."""
    out: dict[str, Any] = {
        "columns": list(result.columns),
        "rows": [jsonable(record) for record in result.records()],
        "truncated": result.truncated,
    }
    if graph:
        sub = to_subgraph(result)
        out["graph"] = {
            "nodes": [jsonable(n) for n in sub.nodes.values()],
            "edges": [jsonable(r) for r in sub.relationships.values()],
        }
    return out


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(table_rows(result))
    return buffer.getvalue()
