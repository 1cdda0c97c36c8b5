"""Load generated facts into an embedded store, timing each batch (run as a subprocess so the
parent can read this process's peak RSS).

    python -m bench.load_worker DATA_DIR FACTS [--naive N] [--reload-every K]

Prints one JSON object: per-batch seconds, the naive baseline and the re-load timings.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from aikg.graph.schema import GraphBatch
from aikg.graph.stores.falkordb_store import FalkorDBStore
from bench.generator import batches

NAIVE = (Path(__file__).parent / "naive.cypher").read_text(encoding="utf-8")


def naive_load(store: FalkorDBStore, facts: int) -> tuple[int, float]:
    """One query per fact, the baseline loading is compared with (in a graph of its own)."""
    names = {}
    done = 0
    elapsed = 0.0
    for batch in batches(facts, seed=99):
        names.update({e.id: e.name for e in batch.entities})
        for fact in batch.facts:
            params = {
                "subject": fact.subject,
                "subject_name": names[fact.subject],
                "object": fact.object,
                "object_name": names[fact.object],
                "source": fact.evidence[0].source_id,
                "fact_id": fact.fact_id,
                "quote": fact.evidence[0].quote,
                "confidence": fact.confidence,
            }
            cypher = NAIVE.replace("{predicate}", fact.predicate.value)
            started = time.perf_counter()
            store.run(cypher, params, write=True)
            elapsed += time.perf_counter() - started
            done += 1
    return done, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("facts", type=int)
    parser.add_argument("--naive", type=int, default=0, help="facts for the naive baseline")
    parser.add_argument("--reload-every", type=int, default=10, help="re-load every K-th batch")
    args = parser.parse_args()
    out: dict[str, object] = {}
    store = FalkorDBStore(args.data_dir)
    store.ensure_schema()
    per_batch: list[list[float]] = []
    kept: list[GraphBatch] = []
    for index, batch in enumerate(batches(args.facts)):
        started = time.perf_counter()
        store.upsert(batch)
        per_batch.append([len(batch.facts), time.perf_counter() - started])
        if args.reload_every and index % args.reload_every == 0:
            kept.append(batch)
    out["batches"] = per_batch
    reload_facts, reload_s = 0, 0.0
    for batch in kept:
        started = time.perf_counter()
        report = store.upsert(batch)
        reload_s += time.perf_counter() - started
        reload_facts += len(batch.facts)
        assert report.facts_new == 0, "a re-load must find every fact known"
    out["reload"] = {"facts": reload_facts, "seconds": reload_s}
    store.close()
    if args.naive:
        naive = FalkorDBStore(args.data_dir, graph="naive_baseline")
        facts, seconds = naive_load(naive, args.naive)
        naive.close()
        out["naive"] = {"facts": facts, "seconds": seconds}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
