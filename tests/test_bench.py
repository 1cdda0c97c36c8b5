"""The benchmark suite: its generator has the documented shape, and the suite runs on a tiny size.
Nothing here asserts on time."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from aikg.graph.schema import Predicate
from bench.__main__ import main
from bench.generator import FACTS_PER_SOURCE, HUB_NAME, QUOTE_LENGTH, batches, universe


def test_generator_shape() -> None:
    n = 2000
    produced = list(batches(n))
    facts = [f for b in produced for f in b.facts]
    assert len(facts) == n
    assert len(produced) == n // FACTS_PER_SOURCE
    assert all(len(b.sources) == 1 for b in produced)
    assert {f.predicate for f in facts} == set(Predicate)
    quotes = [e.quote for f in facts for e in f.evidence]
    assert all(QUOTE_LENGTH - 10 <= len(q) <= QUOTE_LENGTH + 1 for q in quotes)
    world = universe(n)
    assert len(world.people) == n // 4
    hub = world.hub
    assert hub.name == HUB_NAME
    degree = Counter(x for f in facts for x in (f.subject, f.object))
    assert degree.most_common(1)[0][0] == hub.id
    for batch in produced:
        named = {x for f in batch.facts for x in (f.subject, f.object)}
        assert {e.id for e in batch.entities} == named
        assert {e for _, e in batch.mentions} == named


def test_generator_is_deterministic() -> None:
    first = [f.fact_id for b in batches(500) for f in b.facts]
    again = [f.fact_id for b in batches(500) for f in b.facts]
    assert first == again


def test_suite_runs_on_a_tiny_size(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    argv = [
        "--sizes",
        "300",
        "--only",
        "load,queries,exports,cli",
        "--cli-runs",
        "1",
        "--formats",
        "json,nt",
        "--query-runs",
        "1",
        "--query-timeout",
        "3",
        "--naive-facts",
        "50",
        "--output",
        str(out),
    ]
    report = main(argv)
    assert json.loads(out.read_text()) == report
    size = report["sizes"]["300"]
    assert size["load"]["facts"] == 300
    assert size["load"]["naive_facts"] == 50
    assert size["load"]["peak_rss_mb"] > 0
    assert {"entity_facts", "recent_events", "shortest_path"} <= set(size["queries"])
    assert size["queries"]["entity_facts"]["rows"] > 0
    assert set(size["exports"]) == {"json", "nt"}
    assert all(e.get("bytes", 0) > 0 for e in size["exports"].values())
    assert size["cli"]["status_json"]["cpu_median_s"] > 0
    assert size["cli"]["server_start"]["median_s"] > 0 and size["cli"]["server_start"]["stop_s"] > 0


def test_suite_on_a_given_store_leaves_its_running_server_running(tmp_path: Path) -> None:
    from aikg.graph.stores.falkordb_server import EmbeddedServer
    from aikg.graph.stores.falkordb_store import FalkorDBStore
    from bench.generator import batches as generated

    data_dir = tmp_path / "data"
    store = FalkorDBStore(data_dir)
    try:
        store.ensure_schema()
        store.upsert_many(generated(200))
    finally:
        store.close()
    server = EmbeddedServer(data_dir)
    assert server.is_running()  # the user's server, started by the load above
    try:
        report = main(["--sizes", "200", "--store", str(data_dir), "--only", "queries", "--query-runs", "1"])
        assert report["sizes"]["200"]["queries"]["entity_facts"]["rows"] > 0
        assert server.is_running()
    finally:
        server.stop()
    assert not server.is_running()
