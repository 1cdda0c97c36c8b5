"""Build a large benchmark store quickly, for measuring queries (not a loading benchmark).

    python -m bench.big_store DATA_DIR FACTS [--sources-per-write 40]

The same generated facts as the suite (``bench.generator.batches``), written with the same
statements as the normal store path (``batch_rows.statements``, composed as ``FalkorDBStore.upsert``
composes them: same properties, indexes and constraints), many sources per write, and without the
plan's reads: every source is new, and the facts this run already wrote are the only known ones
(their stored properties are read back through the fact_id index, as the plan does). Only for a
fresh store filled by this script. Prints the facts per second and the relationship count.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from aikg.graph.schema import Entity, GraphBatch
from aikg.graph.stores import reads
from aikg.graph.stores.batch_rows import statements
from aikg.graph.stores.falkordb_store import FalkorDBStore, compose
from bench.generator import batches


def grouped(n_facts: int, per_write: int) -> Iterator[GraphBatch]:
    """The generator's batches, ``per_write`` sources at a time, as one batch each."""
    group: list[GraphBatch] = []
    for batch in batches(n_facts):
        group.append(batch)
        if len(group) == per_write:
            yield merged(group)
            group = []
    if group:
        yield merged(group)


def merged(group: list[GraphBatch]) -> GraphBatch:
    entities: dict[str, Entity] = {}
    for batch in group:
        for entity in batch.entities:
            entities.setdefault(entity.id, entity)
    return GraphBatch(
        sources=[s for b in group for s in b.sources],
        entities=list(entities.values()),
        facts=[f for b in group for f in b.facts],
        mentions=[m for b in group for m in b.mentions],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("facts", type=int)
    parser.add_argument("--sources-per-write", type=int, default=40)
    args = parser.parse_args()
    store = FalkorDBStore(args.data_dir)
    store.ensure_schema()
    started = time.perf_counter()
    done = 0
    written: set[str] = set()
    for batch in grouped(args.facts, args.sources_per_write):
        again = [f for f in batch.facts if f.fact_id in written]
        known = reads.existing_facts(store, again) if again else {}
        cypher, params = compose(statements(batch, {}, known))
        store.run(cypher, params, write=True)
        written.update(f.fact_id for f in batch.facts)
        done += len(batch.facts)
        elapsed = time.perf_counter() - started
        print(f"{done} facts, {done / elapsed:.0f} facts/s", file=sys.stderr, flush=True)
    total = store.run("MATCH ()-[r]->() RETURN count(r)").scalar()
    store.close()
    print(f"{done} facts in {time.perf_counter() - started:.1f} s; {total} relationships")


if __name__ == "__main__":
    main()
