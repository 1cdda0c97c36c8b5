"""The embedded default store: FalkorDB driven with the `falkordb` client over a unix socket."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath

from aikg.graph.config import StoreConfig
from aikg.graph.errors import (
    ConstraintViolationError,
    QuerySyntaxError,
    QueryTimeoutError,
    ReadOnlyViolationError,
    StoreError,
    StoreUnavailableError,
    WriterBusyError,
)
from aikg.graph.stores import (
    cypher_write,
    falkordb_compact,
    falkordb_params,
    read_indexes,
    reads,
    return_columns,
)
from aikg.graph.stores.base import (
    GraphStats,
    NodeValue,
    PathValue,
    QueryResult,
    RelationshipValue,
    UpsertReport,
)
from aikg.graph.stores.falkordb_server import EmbeddedServer, default_data_dir
from aikg.graph.stores.writer_lock import writer_lock
from aikg.graph.vocabulary import Predicate

if TYPE_CHECKING:  # the schema's models and the upsert planner load when a command writes
    from aikg.graph.schema import GraphBatch
    from aikg.graph.stores.batch_rows import Statement

GRAPH_NAME = "aikg"
# rows (facts, entities, sources) per atomic write of upsert_many: FalkorDB plans each statement
# of a write before running it (tens of ms for the sixteen fact types), so larger writes cost less
# per fact (measured: 5,000-row writes used ~1.7x the CPU per fact of 20,000-row ones at 20k facts)
GROUP_ROWS = 20000
NODE_IDS_BY_INTERNAL = "MATCH (n) WHERE id(n) IN $ids RETURN id(n), n.id"
INDEXES = "CALL db.indexes() YIELD label, properties, entitytype, types"
CONSTRAINTS = "CALL db.constraints() YIELD type, label, properties, entitytype"
META_STATS = "CALL db.meta.stats() YIELD labels, relTypes RETURN labels, relTypes"
# The engine's ceiling for any query, in ms. Setting it makes FalkorDB apply a query's TIMEOUT to
# writes too (with TIMEOUT_MAX at 0, writes ignore it); a query without TIMEOUT gets this ceiling.
TIMEOUT_MAX_MS = 24 * 3600 * 1000
# A row cap runs inside the engine: the query becomes a subquery under a LIMIT. `WITH *` first
# lets a query that starts with WITH stay a subquery (a leading WITH would import variables).
LIMITED = "CALL {{\nWITH *\n{query}\n}}\nRETURN * LIMIT {limit}"
_NOTHING_RETURNED = "no variables in scope"  # the query returns no rows: nothing to cap
_SYNTAX_MARKERS = ("errMsg: Invalid input", "Unknown function", "not defined", "Invalid input")


# The driver's own exceptions, and only those, become StoreErrors; anything else (a TypeError from
# a bad parameter, a bug) surfaces as itself. OSError: the server's socket is gone.
DRIVER_ERRORS = (redis.RedisError, OSError)


def map_error(exc: redis.RedisError | OSError) -> StoreError:
    """The project's exception for a FalkorDB / redis failure. FalkorDB answers query errors with a
    plain ``ResponseError`` and no error code, so those alone are told apart by their message."""
    message = " ".join(str(exc).split())
    if isinstance(exc, redis.ConnectionError | redis.TimeoutError | OSError):
        return StoreUnavailableError(f"FalkorDB: {message}")
    if isinstance(exc, redis.ResponseError):
        lowered = message.lower()
        if "constraint violation" in lowered:
            return ConstraintViolationError(f"FalkorDB: {message}")
        if "read-only" in lowered or "ro_query" in lowered:
            return ReadOnlyViolationError(f"FalkorDB refused a write in a read-only query: {message}")
        if "timed out" in lowered or "timeout" in lowered:
            return QueryTimeoutError(f"FalkorDB: query timed out: {message}")
        if any(marker.lower() in lowered for marker in _SYNTAX_MARKERS):
            return QuerySyntaxError(f"FalkorDB: {message}")
    return StoreError(f"FalkorDB: {message}")


class FalkorDBStore:
    name = "embedded"
    indexes_list_members = True  # `x IN n.list` is answered from an index on the list property

    def __init__(self, data_dir: Path | None = None, graph: str = GRAPH_NAME) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.server = EmbeddedServer(self.data_dir)
        socket = self.server.ensure_running()
        self.graph_name = graph
        try:
            self._db = FalkorDB(unix_socket_path=str(socket))
            self._graph = self._db.select_graph(graph)
            if self._db.connection.execute_command("GRAPH.CONFIG", "GET", "TIMEOUT_MAX")[1] == 0:
                self._db.connection.execute_command("GRAPH.CONFIG", "SET", "TIMEOUT_MAX", TIMEOUT_MAX_MS)
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc

    @classmethod
    def from_config(cls, config: StoreConfig) -> FalkorDBStore:
        return cls(data_dir=config.data_dir)

    @staticmethod
    def lock_dir(data_dir: Path | None = None) -> Path:
        """Where the writer lock of this store lives: its data dir."""
        return Path(data_dir) if data_dir else default_data_dir()

    def ensure_schema(self) -> None:
        """Node indexes, and each predicate's fact_id indexed and unique (a second relationship
        with a known fact_id is refused by the engine, whatever wrote it); the readers' indexes
        (``read_indexes``: the full-text index of names, aliases, merged ids, fact sources)."""
        if not self._schema_missing():
            return
        with ExitStack() as stack:
            try:
                stack.enter_context(writer_lock(self.data_dir, wait=0))
            except WriterBusyError:
                return  # a writer holds the data dir, and it sets the schema up before it writes
            self._create_schema()

    def _wanted(self) -> list[tuple[str, str, str]]:
        # falkordb_schema() lists relationship types too: each is kept with its kind, or the
        # schema would read as missing (and be re-created) on every open
        kinds = {p.value: "RELATIONSHIP" for p in Predicate}
        wanted = [(kinds.get(label, "NODE"), label, prop) for label, prop in cypher_write.falkordb_schema()]
        wanted += [("RELATIONSHIP", p.value, "fact_id") for p in Predicate]
        return list(dict.fromkeys(wanted + read_indexes.falkordb_range_indexes()))

    def _schema_missing(self) -> bool:
        facts = {(p.value, "fact_id") for p in Predicate}
        return bool(
            set(self._wanted()) - self._indexed()
            or facts - self._constrained()
            or _FULLTEXT not in self._indexed("FULLTEXT")
        )

    def _create_schema(self) -> None:
        existing = self._indexed()
        for kind, label, prop in self._wanted():
            if (kind, label, prop) not in existing:
                self._ignore_existing(self._query, _index(kind, label, prop), {}, write=True)
        if _FULLTEXT not in self._indexed("FULLTEXT"):
            self._ignore_existing(self._query, read_indexes.FALKORDB_FULLTEXT, {}, write=True)
        constrained = self._constrained()
        for kind, label, prop in self._wanted():
            if kind == "RELATIONSHIP" and prop == "fact_id" and (label, prop) not in constrained:
                command = ("CREATE", self.graph_name, "UNIQUE", kind, label, "PROPERTIES", 1, prop)
                self._ignore_existing(self._db.connection.execute_command, "GRAPH.CONSTRAINT", *command)

    @staticmethod
    def _ignore_existing(call: Any, *args: Any, **kwargs: Any) -> None:
        """Run a schema change; another process having made it first is fine."""
        try:
            call(*args, **kwargs)
        except StoreError as exc:
            if "already" not in str(exc).lower():
                raise
        except redis.ResponseError as exc:
            if "already" not in str(exc).lower():
                raise map_error(exc) from exc

    def _indexed(self, index_type: str = "RANGE") -> set[tuple[str, str, str]]:
        """(kind, label or type, property) of the indexes of this type (RANGE, FULLTEXT)."""
        try:
            rows = self._graph.ro_query(INDEXES).result_set
        except redis.ResponseError:
            return set()  # an empty graph does not exist yet
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc
        return {(row[2], row[0], p) for row in rows for p in row[1] if index_type in row[3].get(p, [])}

    def _constrained(self) -> set[tuple[str, str]]:
        try:
            rows = self._graph.ro_query(CONSTRAINTS).result_set
        except redis.ResponseError:
            return set()  # an empty graph does not exist yet
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc
        return {(row[1], prop) for row in rows if row[0] == "UNIQUE" for prop in row[2]}

    def upsert(self, batch: GraphBatch) -> UpsertReport:
        from aikg.graph.stores import upsert

        with writer_lock(self.data_dir):  # the checks of the plan and the write, with no writer between
            statements, report = upsert.plan(self, batch)
            if statements:
                cypher, params = compose(statements, compact=True)
                self._query(cypher, params, write=True)
        return report

    def upsert_many(self, batches: Iterable[GraphBatch], group_rows: int = GROUP_ROWS) -> UpsertReport:
        """Upsert batches (one per document) in order, several per write (see
        :func:`aikg.graph.stores.upsert.write_groups`): each lands whole or not at all."""
        from aikg.graph.stores import upsert

        with writer_lock(self.data_dir):
            return upsert.write_groups(self, batches, self._write_group, group_rows)

    def bulk_load(self, batch: GraphBatch) -> UpsertReport:
        """Load a batch into this EMPTY store with FalkorDB's bulk import (see
        :mod:`aikg.graph.stores.falkordb_bulk`): the graph and report of ``upsert(batch)``."""
        from aikg.graph.stores.falkordb_bulk import bulk_load

        return bulk_load(self, batch)

    def forget_schema_cache(self) -> None:
        """Drop what the client cached of the graph's labels and property names (it reads
        results through them): needed after the graph was deleted and made anew."""
        self._graph = self._db.select_graph(self.graph_name)

    def _write_group(self, statements: list[Statement]) -> None:
        cypher, params = compose(statements, compact=True)
        self._query(cypher, params, write=True)

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> QueryResult:
        if write:
            with writer_lock(self.data_dir):
                return self._run(cypher, dict(params or {}), write=True, timeout=timeout, max_rows=max_rows)
        return self._run(cypher, dict(params or {}), write=False, timeout=timeout, max_rows=max_rows)

    def _run(
        self, cypher: str, values: dict[str, Any], *, write: bool, timeout: float | None, max_rows: int | None
    ) -> QueryResult:
        if max_rows is not None:
            capped = self._capped(cypher, values, write=write, timeout=timeout, max_rows=max_rows)
            if capped is not None:
                return capped
        result = self._query(cypher, values, write=write, timeout=timeout)
        return self._result(result, max_rows)

    def _capped(
        self, cypher: str, values: dict[str, Any], *, write: bool, timeout: float | None, max_rows: int
    ) -> QueryResult | None:
        """Run the query under a LIMIT the engine applies (memory bounded by the cap), or None
        when the engine refuses the wrapped form before running anything."""
        limited = LIMITED.format(query=cypher.strip().removesuffix(";"), limit=max_rows + 1)
        try:
            result = self._query(limited, values, write=write, timeout=timeout)
        except StoreError as exc:
            if _NOTHING_RETURNED in str(exc) or isinstance(exc, QuerySyntaxError):
                return None  # a query that returns nothing, or an error clearer on the text as written
            raise
        capped = self._result(result, max_rows)
        capped.columns, capped.rows = return_columns.reorder(capped.columns, capped.rows, cypher)
        return capped

    def read_values(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        """The rows of a read-only query that returns only scalars, lists and maps, as the driver
        parses them: no node or relationship conversion (``pages`` reads large exports this way).
        The compact reply is converted by ``falkordb_compact`` with the garbage collector paused
        (the same values, several times faster); a reply holding another kind of value is read
        again through the driver."""
        text = falkordb_params.header(dict(params or {})) + cypher
        with falkordb_compact.gc_paused():
            try:
                command = ("GRAPH.RO_QUERY", self.graph_name, text, "--compact")
                reply = self._db.connection.execute_command(*command)
                return falkordb_compact.rows(reply)
            except falkordb_compact.NotPlain:
                return list(self._query(cypher, dict(params or {}), write=False).result_set or [])
            except DRIVER_ERRORS as exc:
                if isinstance(exc, redis.ResponseError) and "empty key" in str(exc).lower():
                    return []
                raise map_error(exc) from exc

    def _result(self, result: Any, max_rows: int | None) -> QueryResult:
        rows = result.result_set or []
        truncated = max_rows is not None and len(rows) > max_rows
        if truncated:
            rows = rows[:max_rows]
        columns = [str(h[1]) if isinstance(h, list | tuple) else str(h) for h in (result.header or [])]
        return QueryResult(columns=columns, rows=self._convert_rows(rows), truncated=truncated)

    def stats(self) -> GraphStats:
        """Counts by label and type from the engine's own statistics: one ``db.meta.stats()`` call,
        answered from the label and relation matrices without reading a node (under a
        millisecond at 1M facts, against one query per label and per type before)."""
        rows = self.read_values(META_STATS)
        labels, types = rows[0] if rows else ({}, {})
        nodes, rels = reads.shown_counts(labels or {}, types or {})
        return GraphStats(backend=self.name, location=str(self.data_dir), nodes=nodes, relationships=rels)

    def close(self) -> None:
        """Close the connection; the server stays up for the next command. After a session that
        grew the append-only file's tail a lot (a large load, ingest or migration), the server is
        asked to fold it into a new snapshot in the background (``EmbeddedServer.compact``)."""
        self.server.compact()
        try:
            self._db.connection.close()
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc

    def _query(
        self, cypher: str, params: dict[str, Any], *, write: bool, timeout: float | None = None
    ) -> Any:
        timeout_ms = None if timeout is None else min(TIMEOUT_MAX_MS, max(1, int(timeout * 1000)))
        try:
            text = falkordb_params.header(params) + cypher
            if write:
                return self._graph.query(text, None, timeout=timeout_ms)
            return self._graph.ro_query(text, None, timeout=timeout_ms)
        except DRIVER_ERRORS as exc:
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


_FULLTEXT = ("NODE", read_indexes.ENTITY_LABEL, read_indexes.FULLTEXT_PROPERTY)


def _index(kind: str, label: str, prop: str) -> str:
    if kind == "RELATIONSHIP":
        return f"CREATE INDEX FOR ()-[r:{Predicate(label).value}]-() ON (r.{prop})"
    return cypher_write.falkordb_index(label, prop)


class _EmptyResult:
    """What a read of a graph that does not exist yet returns."""

    def __init__(self) -> None:
        self.header: list[Any] = []
        self.result_set: list[list[Any]] = []


def compose(statements: list[Statement], *, compact: bool = False) -> tuple[str, dict[str, Any]]:
    """One query out of many: a single FalkorDB query is atomic (all of it applies, or none).

    With ``compact``, each ``UNWIND $rows AS row`` statement sends its rows as lists
    (:func:`falkordb_params.compact`): only for statements whose rows each write a different
    node or relationship, as the upsert's."""
    if compact:
        flat: list[Statement] = []
        for cypher, stmt_params in statements:
            compacted = _compacted(cypher, stmt_params)
            if compacted is None:
                flat.append((cypher, stmt_params))
            else:
                flat += [(text, {"rows": rows}) for text, rows in compacted]
        statements = flat
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


def _compacted(cypher: str, params: dict[str, Any]) -> list[tuple[str, list[list[Any]]]] | None:
    if set(params) != {"rows"}:
        return None
    return falkordb_params.compact(cypher, params["rows"])


def _node_id(node: Node) -> str:
    value = (node.properties or {}).get("id")
    return str(value) if value is not None else f"#{node.id}"


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})  # most values of a reply


def _collect_ids(value: Any, known: dict[int, str], edge_ends: set[int]) -> None:
    if type(value) in _SCALAR_TYPES:
        return
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
    if type(value) in _SCALAR_TYPES:
        return value
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
