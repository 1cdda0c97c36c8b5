"""The embedded default store: FalkorDB driven with the `falkordb` client over a unix socket."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath

from aikg.graph.config import StoreConfig
from aikg.graph.errors import (
    QuerySyntaxError,
    QueryTimeoutError,
    ReadOnlyViolationError,
    StoreError,
    StoreUnavailableError,
)
from aikg.graph.schema import GraphBatch
from aikg.graph.stores import cypher_write, reads, upsert
from aikg.graph.stores.base import (
    GraphStats,
    NodeValue,
    PathValue,
    QueryResult,
    RelationshipValue,
    UpsertReport,
)
from aikg.graph.stores.batch_rows import Statement
from aikg.graph.stores.falkordb_server import EmbeddedServer, default_data_dir

GRAPH_NAME = "aikg"
NODE_IDS_BY_INTERNAL = "MATCH (n) WHERE id(n) IN $ids RETURN id(n), n.id"
_SYNTAX_MARKERS = ("errMsg: Invalid input", "Unknown function", "not defined", "Invalid input")


def map_error(exc: Exception) -> StoreError:
    """The project's exception for a FalkorDB / redis failure."""
    message = " ".join(str(exc).split())
    if isinstance(exc, redis.ConnectionError | redis.TimeoutError | FileNotFoundError):
        return StoreUnavailableError(f"FalkorDB: {message}")
    lowered = message.lower()
    if "read-only" in lowered or "ro_query" in lowered:
        return ReadOnlyViolationError(f"FalkorDB refused a write in a read-only query: {message}")
    if "timed out" in lowered or "timeout" in lowered:
        return QueryTimeoutError(f"FalkorDB: query timed out: {message}")
    if any(marker.lower() in lowered for marker in _SYNTAX_MARKERS):
        return QuerySyntaxError(f"FalkorDB: {message}")
    return StoreError(f"FalkorDB: {message}")


class FalkorDBStore:
    name = "embedded"

    def __init__(self, data_dir: Path | None = None, graph: str = GRAPH_NAME) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.server = EmbeddedServer(self.data_dir)
        socket = self.server.ensure_running()
        try:
            self._db = FalkorDB(unix_socket_path=str(socket))
            self._graph = self._db.select_graph(graph)
        except Exception as exc:
            raise map_error(exc) from exc

    @classmethod
    def from_config(cls, config: StoreConfig) -> FalkorDBStore:
        return cls(data_dir=config.data_dir)

    def ensure_schema(self) -> None:
        existing = self._indexed()
        for label, prop in cypher_write.falkordb_schema():
            if (label, prop) not in existing:
                self._query(cypher_write.falkordb_index(label, prop), {}, write=True)

    def _indexed(self) -> set[tuple[str, str]]:
        try:
            rows = self._graph.ro_query("CALL db.indexes() YIELD label, properties").result_set
        except redis.ResponseError:
            return set()  # an empty graph does not exist yet
        except Exception as exc:
            raise map_error(exc) from exc
        return {(row[0], prop) for row in rows for prop in row[1]}

    def upsert(self, batch: GraphBatch) -> UpsertReport:
        statements, report = upsert.plan(self, batch)
        if statements:
            cypher, params = compose(statements)
            self._query(cypher, params, write=True)
        return report

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> QueryResult:
        result = self._query(cypher, dict(params or {}), write=write, timeout=timeout)
        rows = result.result_set or []
        truncated = max_rows is not None and len(rows) > max_rows
        if truncated:
            rows = rows[:max_rows]
        columns = [str(h[1]) if isinstance(h, list | tuple) else str(h) for h in (result.header or [])]
        return QueryResult(columns=columns, rows=self._convert_rows(rows), truncated=truncated)

    def stats(self) -> GraphStats:
        nodes, rels = reads.counts(self)
        return GraphStats(backend=self.name, location=str(self.data_dir), nodes=nodes, relationships=rels)

    def close(self) -> None:
        try:
            self._db.connection.close()
        except Exception as exc:
            raise map_error(exc) from exc

    def _query(
        self, cypher: str, params: dict[str, Any], *, write: bool, timeout: float | None = None
    ) -> Any:
        timeout_ms = None if timeout is None else max(1, int(timeout * 1000))
        try:
            if write:
                return self._graph.query(cypher, params, timeout=timeout_ms)
            return self._graph.ro_query(cypher, params, timeout=timeout_ms)
        except Exception as exc:
            if isinstance(exc, redis.ResponseError) and "empty key" in str(exc).lower():
                return _EmptyResult()
            raise map_error(exc) from exc

    def _convert_rows(self, rows: list[list[Any]]) -> list[list[Any]]:
        known: dict[int, str] = {}
        edge_ends: set[int] = set()
        _collect_ids(rows, known, edge_ends)
        missing = sorted(edge_ends - set(known))
        if missing:
            lookup = self._query(NODE_IDS_BY_INTERNAL, {"ids": missing}, write=False).result_set
            known.update({row[0]: row[1] or f"#{row[0]}" for row in lookup})
        return [[_plain(value, known) for value in row] for row in rows]


class _EmptyResult:
    """What a read of a graph that does not exist yet returns."""

    def __init__(self) -> None:
        self.header: list[Any] = []
        self.result_set: list[list[Any]] = []


def compose(statements: list[Statement]) -> tuple[str, dict[str, Any]]:
    """One query out of many: a single FalkorDB query is atomic (all of it applies, or none)."""
    parts = []
    params: dict[str, Any] = {}
    for index, (cypher, stmt_params) in enumerate(statements):
        body = cypher
        for key, value in stmt_params.items():
            name = f"{key}_{index}"
            body = body.replace(f"${key}", f"${name}")
            params[name] = value
        parts.append(f"CALL {{\n{body.strip()}\n}}")
    return "\n".join(parts) + "\nRETURN 1 AS done", params


def _node_id(node: Node) -> str:
    value = (node.properties or {}).get("id")
    return str(value) if value is not None else f"#{node.id}"


def _collect_ids(value: Any, known: dict[int, str], edge_ends: set[int]) -> None:
    if isinstance(value, Node):
        known[value.id] = _node_id(value)
    elif isinstance(value, Edge):
        edge_ends.update(_end_id(end) for end in (value.src_node, value.dest_node))
    elif isinstance(value, FalkorPath):
        for item in [*value.nodes(), *value.edges()]:
            _collect_ids(item, known, edge_ends)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_ids(item, known, edge_ends)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect_ids(item, known, edge_ends)


def _end_id(end: Any) -> int:
    return end.id if isinstance(end, Node) else int(end)


def _plain(value: Any, known: dict[int, str]) -> Any:
    if isinstance(value, Node):
        labels = tuple(value.labels or ())
        return NodeValue(id=_node_id(value), labels=labels, properties=dict(value.properties or {}))
    if isinstance(value, Edge):
        props = dict(value.properties or {})
        start, end = (known.get(_end_id(e), f"#{_end_id(e)}") for e in (value.src_node, value.dest_node))
        return RelationshipValue(
            id=str(props.get("fact_id", f"#{value.id}")),
            type=str(value.relation),
            start=start,
            end=end,
            properties=props,
        )
    if isinstance(value, FalkorPath):
        return PathValue(
            nodes=tuple(_plain(n, known) for n in value.nodes()),
            relationships=tuple(_plain(e, known) for e in value.edges()),
        )
    if isinstance(value, list | tuple):
        return [_plain(v, known) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v, known) for k, v in value.items()}
    return value
