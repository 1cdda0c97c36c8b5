"""What to export or draw: an entity's ego network, a saved or ad-hoc query's result, or everything.

Plain values, so a notebook, the CLI and the explorer describe a selection the same way; the
:class:`~aikg.kg.KnowledgeGraph` turns one into a :class:`~aikg.graph.subgraph.Subgraph`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aikg.graph.selection import FactFilter


@dataclass(frozen=True)
class Ego:
    """Entities within ``hops`` facts of ``entity`` (an id, name or alias) and the facts among them."""

    entity: str
    hops: int = 2
    types: tuple[str, ...] | None = None
    facts: FactFilter | None = None  # None: follow every fact
    with_sources: bool = True


@dataclass(frozen=True)
class SavedQueryResult:
    """The nodes, relationships and paths a saved query returns."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)
    timeout: float | None = None
    with_sources: bool = True


@dataclass(frozen=True)
class CypherResult:
    """The nodes, relationships and paths a read-only Cypher query returns."""

    cypher: str
    params: Mapping[str, Any] = field(default_factory=dict)
    timeout: float | None = None
    with_sources: bool = True


@dataclass(frozen=True)
class Everything:
    """Every entity, source, fact and mention."""


Selection = Ego | SavedQueryResult | CypherResult | Everything

__all__ = ["CypherResult", "Ego", "Everything", "SavedQueryResult", "Selection"]
