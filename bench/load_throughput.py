"""Benchmark: facts per second loaded into the embedded store, and the cost of re-loading them.

    python bench/load_throughput.py [--facts 5000] [--batch 250]

Prints throughputs and the ratio of a re-load (all facts already present) to a first load.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Source
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore


def make_batches(n_facts: int, batch_size: int) -> list[GraphBatch]:
    people = [Entity(type=EntityType.PERSON, name=f"Person {i}") for i in range(n_facts // 4 + 1)]
    orgs = [Entity(type=EntityType.ORGANIZATION, name=f"Org {i}") for i in range(n_facts // 20 + 1)]
    batches = []
    for start in range(0, n_facts, batch_size):
        text = f"article {start}"
        src = Source(content_hash=Source.hash_content(text), title=text, published="2025-01-01")
        facts = [
            Fact(
                subject=people[i % len(people)].id,
                predicate="WORKS_AT" if i % 2 else "DEPARTED",
                object=orgs[i % len(orgs)].id,
                evidence=[Evidence(source_id=src.id, quote=f"sentence {i}", start=0, end=10)],
                extractors=["bench"],
            )
            for i in range(start, min(start + batch_size, n_facts))
        ]
        ids = {f.subject for f in facts} | {f.object for f in facts}
        entities = [e for e in people + orgs if e.id in ids]
        batches.append(GraphBatch(sources=[src], entities=entities, facts=facts))
    return batches


def load_all(store: FalkorDBStore, batches: list[GraphBatch]) -> float:
    start = time.perf_counter()
    for batch in batches:
        store.upsert(batch)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=250)
    args = parser.parse_args()
    batches = make_batches(args.facts, args.batch)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        store = FalkorDBStore(data_dir)
        store.ensure_schema()
        try:
            first = load_all(store, batches)
            again = load_all(store, batches)
            stats = store.stats()
        finally:
            store.close()
            EmbeddedServer(data_dir).stop()
    n = args.facts
    print(f"first load : {n / first:,.0f} facts/s ({n} facts in batches of {args.batch})")
    print(f"re-load    : {n / again:,.0f} facts/s (idempotent: nothing new)")
    print(f"re-load / first-load time ratio: {again / first:.2f}")
    print(f"graph: {sum(stats.nodes.values())} nodes, {sum(stats.relationships.values())} relationships")


if __name__ == "__main__":
    main()
