"""The one small protocol every graph store implements, and the plain values it returns.

No driver type (records, nodes, sessions) leaves a store: results come back as
:class:`QueryResult` holding plain Python values, :class:`NodeValue`,
:class:`RelationshipValue` and :class:`PathValue`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from aikg.graph.schema import GraphBatch


@dataclass(frozen=True)
class NodeValue:
    id: str
    labels: tuple[str, ...]
    properties: dict[str, Any]

    @property
    def label(self) -> str:
        """The entity type (or 'Source'): the first label other than the shared 'Entity'."""
        return next((lbl for lbl in self.labels if lbl != "Entity"), self.labels[0] if self.labels else "")


@dataclass(frozen=True)
class RelationshipValue:
    id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class PathValue:
    nodes: tuple[NodeValue, ...]
    relationships: tuple[RelationshipValue, ...]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None


@dataclass
class UpsertReport:
    sources_new: int = 0
    entities_new: int = 0
    facts_new: int = 0
    facts_corroborated: int = 0
    facts_unchanged: int = 0
    facts_rejected_again: int = 0  # known facts rejected by review, asserted again (they stay rejected)
    new_fact_ids: list[str] = field(default_factory=list)

    def __iadd__(self, other: UpsertReport) -> UpsertReport:
        self.sources_new += other.sources_new
        self.entities_new += other.entities_new
        self.facts_new += other.facts_new
        self.facts_corroborated += other.facts_corroborated
        self.facts_unchanged += other.facts_unchanged
        self.facts_rejected_again += other.facts_rejected_again
        self.new_fact_ids += other.new_fact_ids
        return self


@dataclass
class GraphStats:
    backend: str
    location: str
    nodes: dict[str, int]
    relationships: dict[str, int]
    server: str | None = None  # the database server's product and version, when it has one

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "backend": self.backend,
            "data_dir": self.location,
            "nodes": self.nodes,
            "relationships": self.relationships,
        }
        if self.server is not None:
            out["server"] = self.server
        return out


@runtime_checkable
class GraphStore(Protocol):
    """A graph database holding the aikg model."""

    name: str

    def ensure_schema(self) -> None:
        """Create indexes / constraints (idempotent)."""

    def upsert(self, batch: GraphBatch) -> UpsertReport:
        """Merge a batch atomically: everything lands or nothing does."""

    def upsert_many(self, batches: Iterable[GraphBatch], group_rows: int = ...) -> UpsertReport:
        """Merge batches in order, several per atomic write; each lands whole or not at all, and
        the graph and report are those of upserting them one by one."""

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> QueryResult:
        """Run Cypher; read-only unless ``write`` (enforced by the engine)."""

    def stats(self) -> GraphStats:
        """Node counts by label and relationship counts by type."""

    def close(self) -> None:
        """Release connections (the embedded server keeps running)."""
