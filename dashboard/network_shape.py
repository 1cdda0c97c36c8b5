"""Making a hub's network readable: the strongest neighbours first, reference data optional."""

from __future__ import annotations

from collections import Counter

from aikg.dashboard.egograph import reachable, without
from aikg.graph.fact_codec import stored_sources
from aikg.graph.stores.base import RelationshipValue
from aikg.graph.subgraph import Subgraph

REFERENCE = "source:reference-data"
HUB_NEIGHBOURS = 30  # a centre with more direct neighbours than this is drawn as a hub


def reference_only(rel: RelationshipValue) -> bool:
    sources = stored_sources(rel.properties)
    return bool(sources) and all(s == REFERENCE for s in sources)


def without_reference(subgraph: Subgraph, centre: str) -> Subgraph:
    """The reported facts only (and what still connects to the centre)."""
    out = Subgraph()
    out.add(list(subgraph.nodes.values()))
    out.add([r for r in subgraph.relationships.values() if not reference_only(r)])
    return reachable(out, centre)


def neighbour_strength(subgraph: Subgraph, centre: str) -> Counter[str]:
    """Each direct neighbour's weight: its facts with the centre, each counted by its sources."""
    strength: Counter[str] = Counter()
    for rel in subgraph.relationships.values():
        if centre in (rel.start, rel.end) and rel.start != rel.end:
            other = rel.end if rel.start == centre else rel.start
            strength[other] += max(1, len(stored_sources(rel.properties)))
    return strength


def strongest_neighbours(subgraph: Subgraph, centre: str, limit: int) -> tuple[Subgraph, int]:
    """The network cut to the centre's ``limit`` strongest neighbours (ties by id) and what hangs
    off them; also how many direct neighbours there were in all."""
    strength = neighbour_strength(subgraph, centre)
    ranked = sorted(strength, key=lambda node: (-strength[node], node))
    dropped = set(ranked[limit:])
    return reachable(without(subgraph, dropped), centre), len(ranked)


def degrees(subgraph: Subgraph) -> Counter[str]:
    """How many facts each node takes part in, in this subgraph."""
    count: Counter[str] = Counter()
    for rel in subgraph.relationships.values():
        count[rel.start] += 1
        count[rel.end] += 1
    return count


def source_counts(subgraph: Subgraph) -> Counter[str]:
    """How many sources back each node's facts, in this subgraph."""
    count: Counter[str] = Counter()
    for rel in subgraph.relationships.values():
        n = len(stored_sources(rel.properties))
        count[rel.start] += n
        count[rel.end] += n
    return count
