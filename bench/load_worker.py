"""Load generated facts into an embedded store, timing each write (run as a subprocess so the
parent can read this process's peak RSS).

    python -m bench.load_worker DATA_DIR FACTS [--naive N] [--reload-every K] [--bulk]

The documents (one batch per source) go through ``upsert_many`` in chunks of about
``falkordb_store.GROUP_ROWS`` rows, one atomic write each, as a loader of many documents
writes them; the time of each chunk's write is recorded (not the generation of its documents).
With ``--bulk`` the whole generated stream is instead one batch loaded by ``bulk_load`` into an
empty graph.

Prints one JSON object: per-chunk facts, seconds and CPU seconds, the naive baseline and the
re-load timings (or the bulk load's). CPU seconds are this process's plus the embedded server's
(user + system) over the timed sections: on a machine shared with other jobs they show the work
done, which the wall-clock time does not.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aikg.graph.schema import GraphBatch
from aikg.graph.stores.falkordb_store import GROUP_ROWS, FalkorDBStore
from aikg.graph.stores.upsert import groups as chunks
from bench.generator import batches

NAIVE = (Path(__file__).parent / "naive.cypher").read_text(encoding="utf-8")


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds a process has used so far (0 when it cannot be read)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Meter:
    """Wall-clock and CPU seconds (this process and the server) over the sections it times."""

    def __init__(self, server_pid: int | None) -> None:
        self.server_pid = server_pid
        self.seconds = 0.0
        self.cpu = 0.0

    @contextmanager
    def timed(self) -> Iterator[None]:
        wall, own, server = time.perf_counter(), time.process_time(), cpu_seconds(self.server_pid)
        yield
        self.seconds += time.perf_counter() - wall
        self.cpu += time.process_time() - own + cpu_seconds(self.server_pid) - server


def naive_load(store: FalkorDBStore, facts: int, meter: Meter) -> int:
    """One query per fact, the baseline loading is compared with (in a graph of its own)."""
    names = {}
    done = 0
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
            with meter.timed():
                store.run(cypher, params, write=True)
            done += 1
    return done


def one_batch(stream: Iterable[GraphBatch]) -> GraphBatch:
    """Every document of the stream in one batch."""
    whole = GraphBatch()
    for batch in stream:
        whole.sources += batch.sources
        whole.entities += batch.entities
        whole.facts += batch.facts
        whole.mentions += batch.mentions
    return whole


def bulk(data_dir: Path, facts: int) -> dict[str, object]:
    whole = one_batch(batches(facts))
    store = FalkorDBStore(data_dir, graph="bulk")
    meter = Meter(store.server.pid())
    with meter.timed():
        report = store.bulk_load(whole)
    store.close()
    return {
        "bulk": {
            "facts": len(whole.facts),
            "facts_new": report.facts_new,
            "seconds": meter.seconds,
            "cpu_seconds": meter.cpu,
        }
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("facts", type=int)
    parser.add_argument("--naive", type=int, default=0, help="facts for the naive baseline")
    parser.add_argument("--reload-every", type=int, default=10, help="re-load every K-th batch")
    parser.add_argument("--bulk", action="store_true", help="time a bulk load of the whole stream")
    args = parser.parse_args()
    if args.bulk:
        print(json.dumps(bulk(args.data_dir, args.facts)))
        return
    out: dict[str, object] = {}
    store = FalkorDBStore(args.data_dir)
    store.ensure_schema()
    per_chunk: list[list[float]] = []
    kept: list[GraphBatch] = []
    index = 0
    server = store.server.pid()
    for chunk in chunks(batches(args.facts), GROUP_ROWS):
        meter = Meter(server)
        with meter.timed():
            store.upsert_many(chunk)
        per_chunk.append([sum(len(b.facts) for b in chunk), meter.seconds, meter.cpu])
        for batch in chunk:
            if args.reload_every and index % args.reload_every == 0:
                kept.append(batch)
            index += 1
    out["batches"] = per_chunk
    reload_facts = 0
    meter = Meter(server)
    for chunk in chunks(kept, GROUP_ROWS):
        with meter.timed():
            report = store.upsert_many(chunk)
        reload_facts += sum(len(b.facts) for b in chunk)
        assert report.facts_new == 0, "a re-load must find every fact known"
    out["reload"] = {"facts": reload_facts, "seconds": meter.seconds, "cpu_seconds": meter.cpu}
    store.close()
    store.server.compact(wait=600.0)  # the rewrite the close may have started: not during the baseline
    if args.naive:
        naive = FalkorDBStore(args.data_dir, graph="naive_baseline")
        meter = Meter(server)
        facts = naive_load(naive, args.naive, meter)
        naive.close()
        out["naive"] = {"facts": facts, "seconds": meter.seconds, "cpu_seconds": meter.cpu}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
