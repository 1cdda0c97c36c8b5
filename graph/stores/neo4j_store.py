"""The production store: Neo4j 5 through the official driver.

Reads run in READ access mode (the server refuses writes there; through a ``neo4j://`` routing URI
they go to a reader of the cluster); a batch is written in one transaction, so it lands whole or
not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship

from aikg.graph.config import StoreConfig
from aikg.graph.errors import (
    ConstraintViolationError,
    QuerySyntaxError,
    QueryTimeoutError,
    ReadOnlyViolationError,
    StoreError,
    StoreUnavailableError,
)
from aikg.graph.schema import Entity, EntityType, GraphBatch, Predicate
from aikg.graph.stores import cypher_write, fulltext, neo4j_duplicates, reads, upsert
from aikg.graph.stores.base import (
    GraphStats,
    NodeValue,
    PathValue,
    QueryResult,
    RelationshipValue,
    UpsertReport,
)
from aikg.graph.stores.batch_rows import Statement
from aikg.graph.stores.neo4j_connect import open_driver
from aikg.graph.stores.upsert import GROUP_ROWS

NODE_IDS_BY_ELEMENT = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n), n.id"
SERVER_VERSION = (
    "CALL dbms.components() YIELD name, versions, edition "
    "RETURN 'Neo4j ' + versions[0] + ' ' + edition AS server"
)


log = logging.getLogger(__name__)

# The driver's own exceptions, and only those, become StoreErrors; anything else (a TypeError from
# a bad parameter, a bug) surfaces as itself.
DRIVER_ERRORS = (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError)
# Neo4j status codes (https://neo4j.com/docs/status-codes/) -> the project's exception
ERROR_CODES: dict[str, type[StoreError]] = {
    "Neo.ClientError.Statement.SyntaxError": QuerySyntaxError,
    "Neo.ClientError.Statement.AccessMode": ReadOnlyViolationError,
    "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase": ReadOnlyViolationError,
    "Neo.ClientError.Transaction.TransactionTimedOut": QueryTimeoutError,
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration": QueryTimeoutError,
    "Neo.ClientError.Transaction.Terminated": QueryTimeoutError,
    "Neo.TransientError.Transaction.Terminated": QueryTimeoutError,
    # a transaction the timeout terminates while it waits for or takes a lock (a write)
    "Neo.ClientError.Transaction.LockClientStopped": QueryTimeoutError,
    "Neo.TransientError.Transaction.LockClientStopped": QueryTimeoutError,
    "Neo.ClientError.Schema.ConstraintValidationFailed": ConstraintViolationError,
}


def map_error(exc: neo4j_errors.Neo4jError | neo4j_errors.DriverError | OSError) -> StoreError:
    """The project's exception for a Neo4j driver failure: by exception class for connection
    problems, by the server's status code for query errors."""
    message = " ".join(str(getattr(exc, "message", None) or exc).split())
    if isinstance(exc, neo4j_errors.ServiceUnavailable | neo4j_errors.AuthError | OSError):
        return StoreUnavailableError(f"Neo4j: {message}")
    if isinstance(exc, neo4j_errors.Neo4jError):
        kind = ERROR_CODES.get(exc.code or "")
        if kind is ReadOnlyViolationError:
            return ReadOnlyViolationError(f"Neo4j refused a write in a read-only query: {message}")
        if kind is QueryTimeoutError:
            return QueryTimeoutError(f"Neo4j: query timed out: {message}")
        if kind is not None:
            return kind(f"Neo4j: {message}")
    if isinstance(exc, neo4j_errors.SessionExpired):
        return StoreUnavailableError(f"Neo4j: {message}")
    return StoreError(f"Neo4j: {message}")


class Neo4jStore:
    name = "neo4j"

    def __init__(
        self, uri: str, user: str = "neo4j", password: str | None = None, database: str | None = None
    ):
        self.uri = uri
        self.database = database
        try:
            self._driver = open_driver(uri, user, password)
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc

    @classmethod
    def from_config(cls, config: StoreConfig) -> Neo4jStore:
        if not config.neo4j_uri:
            raise StoreUnavailableError("the neo4j store needs NEO4J_URI (or --neo4j-uri)")
        return cls(
            config.neo4j_uri,
            user=config.neo4j_user,
            password=config.neo4j_password,
            database=config.neo4j_database,
        )

    def ensure_schema(self) -> None:
        """Uniqueness constraints on entity, source and fact ids, lookup indexes, and the full-text
        index of entity names and aliases (waited for, so a search right after sees every entity).
        Facts stored twice (a store written before the fact-id constraints existed) are merged
        first, see :mod:`~aikg.graph.stores.neo4j_duplicates`."""
        fact_constraints = {cypher_write.neo4j_fact_constraint(p): p for p in Predicate}
        for statement in [*cypher_write.neo4j_schema(), fulltext.CREATE_INDEX]:
            predicate = fact_constraints.get(statement)
            if predicate is None:
                self._write([(statement, {})])
            else:
                self._create_fact_constraint(statement, predicate)
        self.run(fulltext.AWAIT_INDEX)

    def _create_fact_constraint(self, statement: str, predicate: Predicate) -> None:
        try:
            with self._session(write=True) as session:
                try:
                    session.execute_write(lambda tx: tx.run(statement).consume())
                except neo4j_errors.Neo4jError as exc:
                    if exc.code != neo4j_duplicates.CONSTRAINT_CREATION_FAILED:
                        raise
                    merged = session.execute_write(neo4j_duplicates.merge_duplicate_facts, predicate)
                    note = "Neo4j: merged %d duplicate %s relationship(s) into their facts"
                    log.warning(note, merged, predicate.value)
                    session.execute_write(lambda tx: tx.run(statement).consume())
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc

    def search_entities(self, text: str, limit: int = 50) -> list[Entity]:
        """Entities whose name or an alias contains the words of ``text`` (prefixes and small typos
        allowed, through the full-text index), or whose id is ``text``; best matches first."""
        rows = self.run(fulltext.BY_ID, {"id": text.strip()}).rows
        query = fulltext.lucene_query(text)
        if query is not None:
            rows += self.run(fulltext.SEARCH, {"query": query, "limit": limit}).rows
        found = {str(row[0]): row for row in rows}
        return [
            Entity(id=entity_id, type=EntityType.of_id(entity_id), name=name, aliases=aliases or [])
            for entity_id, name, aliases in list(found.values())[:limit]
        ]

    def upsert(self, batch: GraphBatch) -> UpsertReport:
        statements, report = upsert.plan(self, batch)
        if statements:
            self._write(statements)
        return report

    def upsert_many(self, batches: Iterable[GraphBatch], group_rows: int = GROUP_ROWS) -> UpsertReport:
        """Upsert batches (one per document) in order, several per transaction (see
        :func:`aikg.graph.stores.upsert.write_groups`): each lands whole or not at all."""
        return upsert.write_groups(self, batches, self._write, group_rows)

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> QueryResult:
        fetch = (max_rows + 1) if max_rows is not None else None

        # a managed transaction takes its time limit from unit_of_work (tx.run refuses a Query)
        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(cypher, dict(params or {}))
            rows = [list(r.values()) for r in (result.fetch(fetch) if fetch else result)]
            return list(result.keys()), rows

        try:
            with self._session(write) as session:
                columns, rows = (session.execute_write if write else session.execute_read)(work)
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc
        truncated = max_rows is not None and len(rows) > max_rows
        rows = rows[:max_rows] if truncated else rows
        return QueryResult(columns=columns, rows=self._convert_rows(rows), truncated=truncated)

    def stats(self) -> GraphStats:
        nodes, rels = reads.counts(self)
        server = self.run(SERVER_VERSION).scalar()
        return GraphStats(
            backend=self.name, location=self.uri, nodes=nodes, relationships=rels, server=server
        )

    def close(self) -> None:
        self._driver.close()

    def _session(self, write: bool) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _write(self, statements: list[Statement]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for cypher, params in statements:
                tx.run(cypher, params).consume()

        try:
            with self._session(write=True) as session:
                session.execute_write(work)
        except DRIVER_ERRORS as exc:
            raise map_error(exc) from exc

    def _convert_rows(self, rows: list[list[Any]]) -> list[list[Any]]:
        known: dict[str, str] = {}
        ends: set[str] = set()
        _collect(rows, known, ends)
        missing = sorted(ends - set(known))
        if missing:
            found = self.run(NODE_IDS_BY_ELEMENT, {"ids": missing}).rows
            known.update({row[0]: row[1] or f"#{row[0]}" for row in found})
        return [[_plain(v, known) for v in row] for row in rows]


def _node_id(node: Node) -> str:
    value = node.get("id")
    return str(value) if value is not None else f"#{node.element_id}"


def _collect(value: Any, known: dict[str, str], ends: set[str]) -> None:
    if isinstance(value, Node):
        known[value.element_id] = _node_id(value)
    elif isinstance(value, Relationship):
        for end in (value.start_node, value.end_node):
            if end is not None:
                ends.add(end.element_id)
    elif isinstance(value, Path):
        for item in [*value.nodes, *value.relationships]:
            _collect(item, known, ends)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, known, ends)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect(item, known, ends)


def _plain(value: Any, known: dict[str, str]) -> Any:
    if isinstance(value, Node):
        return NodeValue(id=_node_id(value), labels=tuple(sorted(value.labels)), properties=dict(value))
    if isinstance(value, Relationship):
        start, end = (
            known.get(n.element_id, f"#{n.element_id}") if n is not None else ""
            for n in (value.start_node, value.end_node)
        )
        props = dict(value)
        return RelationshipValue(
            id=str(props.get("fact_id", f"#{value.element_id}")),
            type=value.type,
            start=start,
            end=end,
            properties=props,
        )
    if isinstance(value, Path):
        return PathValue(
            nodes=tuple(_plain(n, known) for n in value.nodes),
            relationships=tuple(_plain(r, known) for r in value.relationships),
        )
    if isinstance(value, list | tuple):
        return [_plain(v, known) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v, known) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
