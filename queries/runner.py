"""Running saved and ad-hoc Cypher against a store, with a time limit and a row cap.

Read-only unless asked to write, and that is enforced by the engine (FalkorDB ``GRAPH.RO_QUERY``,
Neo4j READ access mode), never by looking at the text. Values travel only as query parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aikg.graph.errors import InvalidInputError
from aikg.graph.lookup import find_entity
from aikg.graph.stores.base import GraphStore, QueryResult
from aikg.queries.catalog import get_query
from aikg.queries.limits import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S
from aikg.queries.model import ParamType, SavedQuery
from aikg.queries.params import bind


def check_limits(timeout: float | None, max_rows: int | None) -> None:
    if timeout is not None and not timeout > 0:
        raise InvalidInputError(f"timeout must be a positive number of seconds, got {timeout}")
    if max_rows is not None and max_rows < 1:
        raise InvalidInputError(f"max rows must be at least 1, got {max_rows}")


@dataclass(frozen=True)
class PreparedQuery:
    query: SavedQuery
    params: dict[str, Any]


def prepare_saved(name: str, raw_params: Mapping[str, Any] | None = None) -> PreparedQuery:
    """A saved query with its parameters typed and defaulted: every input error shows up here,
    before any store is opened. ``raw_params`` may be text (from the CLI) or typed values."""
    query = get_query(name)
    return PreparedQuery(query, bind(query, raw_params or {}))


def resolve_entities(store: GraphStore, prepared: PreparedQuery) -> dict[str, Any]:
    """The parameters with every ``entity`` value (an id, name or alias) replaced by the entity's
    id, looked up once, before the query runs: saved queries compare ``n.id = $param`` only."""
    params = dict(prepared.params)
    for spec in prepared.query.params:
        value = params.get(spec.name)
        if spec.type is ParamType.ENTITY and value is not None:
            try:
                params[spec.name] = find_entity(store, str(value))
            except InvalidInputError as exc:
                where = f"query {prepared.query.name!r}, parameter {spec.name!r}"
                raise InvalidInputError(f"{where}: {exc}") from None
    return params


def run_prepared(
    store: GraphStore,
    prepared: PreparedQuery,
    *,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> QueryResult:
    check_limits(timeout, max_rows)
    params = resolve_entities(store, prepared)
    return store.run(prepared.query.cypher, params, write=False, timeout=timeout, max_rows=max_rows)


def run_saved(
    store: GraphStore,
    name: str,
    raw_params: Mapping[str, Any] | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> QueryResult:
    """Run a saved query by name, read-only."""
    return run_prepared(store, prepare_saved(name, raw_params), timeout=timeout, max_rows=max_rows)


def run_adhoc(
    store: GraphStore,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    write: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> QueryResult:
    """Run user Cypher: read-only unless ``write``."""
    if not cypher.strip():
        raise InvalidInputError("the Cypher query is empty")
    check_limits(timeout, max_rows)
    return store.run(cypher, dict(params or {}), write=write, timeout=timeout, max_rows=max_rows)
