"""Bulk import into an EMPTY embedded store through FalkorDB's ``GRAPH.BULK`` command.

The batch is validated and planned exactly as :meth:`FalkorDBStore.upsert` would plan it for an
empty store (:func:`upsert.plan_fresh`: the same checks, the same merge of repeated facts, the
same rows), and the planned rows become nodes and relationships with the properties the upsert's
Cypher would give them: a source is ``{id, **props}``, an entity ``{id, **props, aliases}`` with its
type and ``Entity`` as labels, a fact ``{fact_id, **props}``, a mention a bare ``MENTIONS``. They
are sent in ``GRAPH.BULK`` commands in FalkorDB's binary format (no Cypher is parsed, no index is
updated row by row), then the store's indexes and constraints are created.

``GRAPH.BULK`` only creates a graph that does not exist yet, so the store must hold no node (an
empty graph left by ``ensure_schema`` is dropped first); a failure half-way drops the graph again,
so nothing is left half-written.

Binary format (what the ``falkordb-bulk-loader`` tool sends): ``GRAPH.BULK graph [BEGIN]
node_count relation_count label_count type_count blob...``; a blob is ``name\\0``, a uint32 count
of properties, their names ``\\0``-terminated, then one record per node (its property values) or
per relationship (uint64 source and destination node numbers, in the order the nodes were sent,
then its values); a value is a type byte and its payload (0 null: no property, 1 bool, 2 double,
3 ``\\0``-terminated UTF-8 string, 4 int64, 5 array: int64 length then values).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import redis

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import GraphBatch
from aikg.graph.stores import cypher_write as cw
from aikg.graph.stores import upsert
from aikg.graph.stores.base import UpsertReport
from aikg.graph.stores.batch_rows import GroupRows
from aikg.graph.stores.writer_lock import writer_lock

if TYPE_CHECKING:
    from aikg.graph.stores.falkordb_store import FalkorDBStore

# bytes of records per GRAPH.BULK command (the server's limit on one argument is 512 MB)
COMMAND_BYTES = 16 * 1024 * 1024
COUNT_NODES = "MATCH (n) RETURN count(n)"

_NULL, _BOOL, _DOUBLE, _STRING, _LONG, _ARRAY = 0, 1, 2, 3, 4, 5


_PACK_BOOL = struct.Struct("=B?").pack
_PACK_LONG = struct.Struct("=Bq").pack
_PACK_DOUBLE = struct.Struct("=Bd").pack


def value(item: Any) -> bytes:
    """One property value in the bulk format (``None``: the property is left out)."""
    kind = type(item)
    if kind is str:
        return b"\x03" + item.encode("utf-8") + b"\x00"
    if kind is list or kind is tuple:
        return _PACK_LONG(_ARRAY, len(item)) + b"".join([value(x) for x in item])
    if kind is float:
        return _PACK_DOUBLE(_DOUBLE, item)
    if kind is bool:
        return _PACK_BOOL(_BOOL, item)
    if kind is int:
        return _PACK_LONG(_LONG, item)
    if item is None:
        return b"\x00"
    if isinstance(item, str):  # a str subclass (an enum value)
        return value(str(item))
    if isinstance(item, int):  # an int subclass (an enum value)
        return _PACK_LONG(_LONG, int(item))
    if isinstance(item, float):
        return _PACK_DOUBLE(_DOUBLE, float(item))
    raise TypeError(f"cannot store a {kind.__name__} in a bulk import")


def _header(name: str, keys: list[str]) -> bytes:
    return b"".join(
        [name.encode() + b"\x00", struct.pack("=I", len(keys)), *(k.encode() + b"\x00" for k in keys)]
    )


class _Blobs:
    """Records of one label or type, cut into blobs of at most ``COMMAND_BYTES``."""

    def __init__(self, name: str, records: list[dict[str, Any]], ends: list[bytes] | None = None) -> None:
        self.keys = list(dict.fromkeys(k for record in records for k in record))
        self.head = _header(name, self.keys)
        self.records = records
        self.ends = ends

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        parts: list[bytes] = []
        size = 0
        for index, record in enumerate(self.records):
            body = b"".join([value(record.get(k)) for k in self.keys])
            if self.ends is not None:
                body = self.ends[index] + body
            if parts and size + len(body) > COMMAND_BYTES:
                yield len(parts), self.head + b"".join(parts)
                parts, size = [], 0
            parts.append(body)
            size += len(body)
        if parts:
            yield len(parts), self.head + b"".join(parts)


def bulk_load(store: FalkorDBStore, batch: GraphBatch) -> UpsertReport:
    """Load ``batch`` into the store, which must be empty; the graph is the one
    ``store.upsert(batch)`` would leave in an empty store, and so is the report."""
    with writer_lock(store.data_dir):
        held = store.run(COUNT_NODES).scalar() or 0
        if held:
            raise InvalidInputError(
                f"a bulk load needs an empty store, and {store.data_dir} (graph {store.graph_name!r}) "
                f"holds {held} nodes: load without bulk to merge into it"
            )
        try:
            rows, reports = upsert.plan_fresh([batch])
        except upsert.BatchRejected as exc:
            raise exc.cause from None
        connection = store._db.connection
        try:
            if connection.exists(store.graph_name):
                connection.execute_command("GRAPH.DELETE", store.graph_name)
            _send(connection, store.graph_name, rows)
        except (redis.RedisError, OSError) as exc:
            _drop(connection, store.graph_name)
            raise store_error(exc) from exc
        except BaseException:
            _drop(connection, store.graph_name)
            raise
        finally:
            store.forget_schema_cache()
        store.ensure_schema()
    return reports[0]


def store_error(exc: redis.RedisError | OSError) -> Exception:
    from aikg.graph.stores.falkordb_store import map_error

    return map_error(exc)


def _drop(connection: Any, graph: str) -> None:
    try:
        if connection.exists(graph):
            connection.execute_command("GRAPH.DELETE", graph)
    except (redis.RedisError, OSError):
        pass  # the server is gone: the error being raised says so


def _send(connection: Any, graph: str, rows: GroupRows) -> None:
    assert not rows.rounds, "a fresh store's plan creates every fact"
    numbers: dict[str, int] = {}
    node_blobs = []
    sources = [{"id": key, **props} for key, props in rows.sources.items()]
    if sources:
        node_blobs.append(_Blobs(cw.SOURCE_LABEL, sources))
    by_label: dict[str, list[dict[str, Any]]] = {}
    for key, (label, aliases, props) in rows.entities.items():
        by_label.setdefault(f"{label.value}:{cw.ENTITY_LABEL}", []).append(
            {"id": key, **props, "aliases": aliases}
        )
    node_blobs += [_Blobs(name, records) for name, records in by_label.items()]
    for blob in node_blobs:
        for record in blob.records:
            numbers[record["id"]] = len(numbers)

    def ends(pairs: Iterable[tuple[str, str]]) -> list[bytes]:
        return [struct.pack("=QQ", numbers[start], numbers[end]) for start, end in pairs]

    edge_blobs = []
    if rows.mentions:
        edge_blobs.append(_Blobs(cw.MENTIONS, [{} for _ in rows.mentions], ends(rows.mentions)))
    for predicate, created in rows.created.items():
        records = [{"fact_id": row["fact_id"], **row["props"]} for row in created]
        edge_blobs.append(
            _Blobs(predicate.value, records, ends((r["subject"], r["object"]) for r in created))
        )
    first = True
    for nodes, blob in [(True, b) for b in node_blobs] + [(False, b) for b in edge_blobs]:
        for count, data in blob:
            counts = [count, 0, 1, 0] if nodes else [0, count, 0, 1]
            connection.execute_command("GRAPH.BULK", graph, *(["BEGIN"] if first else []), *counts, data)
            first = False
