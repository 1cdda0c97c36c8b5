"""Making a hub's network readable: the strongest neighbours first, reference data optional."""

from __future__ import annotations

from collections import Counter

from aikg.dashboard.egograph import reachable, without
from aikg.graph.fact_codec import stored_sources
from aikg.graph.stores.base import RelationshipValue
from aikg.graph.subgraph import Subgraph

REFERENCE = "source:reference-data"
# a centre with more direct neighbours than this is a hub; a network shows this many nodes at first
HUB_NEIGHBOURS = 30


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


def distances(subgraph: Subgraph, centre: str) -> dict[str, int]:
    """Hops from the centre to every node it reaches (relationships followed either way)."""
    links: dict[str, set[str]] = {}
    for rel in subgraph.relationships.values():
        links.setdefault(rel.start, set()).add(rel.end)
        links.setdefault(rel.end, set()).add(rel.start)
    hops, frontier = {centre: 0}, [centre]
    while frontier:
        nxt = []
        for node in frontier:
            for other in links.get(node, ()):
                if other not in hops:
                    hops[other] = hops[node] + 1
                    nxt.append(other)
        frontier = nxt
    return hops


def strongest_neighbours(subgraph: Subgraph, centre: str, limit: int) -> tuple[Subgraph, int]:
    """The network cut to ``limit`` nodes besides the centre: nearer nodes first, then those whose
    facts toward the centre have the most sources (ties by id); also how many there were in all."""
    hops = distances(subgraph, centre)
    strength: Counter[str] = Counter()
    for rel in subgraph.relationships.values():
        if rel.start in hops and rel.end in hops and hops[rel.start] != hops[rel.end]:
            outer = rel.start if hops[rel.start] > hops[rel.end] else rel.end
            strength[outer] += max(1, len(stored_sources(rel.properties)))
    ranked = sorted((n for n in hops if n != centre), key=lambda n: (hops[n], -strength[n], n))
    return reachable(without(subgraph, set(ranked[limit:])), centre), len(ranked)


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
