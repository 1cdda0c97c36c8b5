"""`aikg migrate`: the whole graph copied between stores in batches, idempotently, resumably.

The module is checked between two embedded stores everywhere; the command between the embedded
store and Neo4j in the Neo4j lane.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from aikg.graph.migrate import STEPS, migrate, totals
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.cli import aikg
from tests.export_sample import sample_batch as export_batch
from tests.graph_snapshot import store_snapshot
from tests.sample_graph import sample_batch


class Interrupted(Exception):
    """Stands for Ctrl-C or a lost connection in the middle of a migration."""


def _loaded(make_store: Callable[[], FalkorDBStore]) -> FalkorDBStore:
    store = make_store()
    store.upsert(sample_batch())
    store.upsert(export_batch())
    return store


def test_copies_everything_and_a_second_run_adds_nothing(make_store: Callable[[], FalkorDBStore]) -> None:
    source, target = _loaded(make_store), make_store()
    steps: dict[str, int] = {}
    report = migrate(
        source, target, batch_size=3, on_progress=lambda s, n: steps.update({s: steps.get(s, 0) + n})
    )
    assert report.equal and report.written.facts_new == report.read["facts"] > 10
    assert {step: steps.get(step, 0) for step in STEPS} == report.read == totals(source.stats())
    assert store_snapshot(target) == store_snapshot(source)
    again = migrate(source, target, batch_size=3)
    written = again.written
    assert (written.entities_new, written.sources_new, written.facts_new, written.facts_corroborated) == (
        0,
        0,
        0,
        0,
    )
    assert store_snapshot(target) == store_snapshot(source)


def test_an_interrupted_run_completes_when_run_again(make_store: Callable[[], FalkorDBStore]) -> None:
    source, target = _loaded(make_store), make_store()

    def stop_in_the_facts(step: str, _: int) -> None:
        if step == "facts":
            raise Interrupted

    with pytest.raises(Interrupted):
        migrate(source, target, batch_size=4, on_progress=stop_in_the_facts)
    partial = target.stats().relationships
    assert 0 < sum(partial.values()) < sum(source.stats().relationships.values())
    report = migrate(source, target, batch_size=4)
    assert report.equal and store_snapshot(target) == store_snapshot(source)


def test_batch_size_must_be_positive(make_store: Callable[[], FalkorDBStore]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        migrate(make_store(), make_store(), batch_size=0)


def test_same_or_unknown_store_is_a_one_line_error(tmp_path: Path) -> None:
    same = aikg("migrate", "--to", "embedded", "--from", "embedded", data_dir=tmp_path)
    assert same.returncode == 1 and same.stderr.count("\n") == 1
    assert "both 'embedded'" in same.stderr
    unknown = aikg("migrate", "--to", "postgres", data_dir=tmp_path)
    assert unknown.returncode == 1 and "unknown store 'postgres'" in unknown.stderr


def _status(store: str, data_dir: Path) -> dict:
    return json.loads(aikg("status", "--json", "--store", store, data_dir=data_dir, check=True).stdout)


@pytest.mark.neo4j
def test_migrate_a_demo_store_to_neo4j_and_back(
    data_dir: Path, neo4j_store: GraphStore, make_store: Callable[[], FalkorDBStore]
) -> None:
    aikg("demo", "--no-open", data_dir=data_dir, check=True)
    first = aikg("migrate", "--to", "neo4j", "--batch-size", "200", data_dir=data_dir, check=True)
    assert "neo4j now holds the same counts as embedded" in first.stdout
    assert "copying facts" in first.stderr  # the progress bar
    embedded = _status("embedded", data_dir)
    assert embedded["nodes"]["Person"] > 100
    stats = neo4j_store.stats()
    assert (stats.nodes, stats.relationships) == (embedded["nodes"], embedded["relationships"])
    copied = store_snapshot(neo4j_store)

    second = aikg("migrate", "--to", "neo4j", data_dir=data_dir, check=True)
    assert "new in neo4j: 0 entities, 0 sources, 0 facts (0 facts gained evidence)" in " ".join(
        second.stdout.split()
    )
    assert store_snapshot(neo4j_store) == copied

    back = make_store()
    aikg("migrate", "--from", "neo4j", "--to", "embedded", data_dir=back.data_dir, check=True)
    assert store_snapshot(back) == copied
    original = FalkorDBStore(data_dir)
    try:
        assert store_snapshot(original) == copied
    finally:
        original.close()


def test_review_decisions_merges_and_the_audit_trail_travel_too(
    make_store: Callable[[], FalkorDBStore],
) -> None:
    from aikg.graph import curation, entity_curation
    from aikg.graph.lookup import find_entity
    from aikg.graph.stored_facts import facts_of

    source = _loaded(make_store)
    facts = sorted(facts_of(source, find_entity(source, "Jan Leike")), key=lambda f: f.fact_id)
    assert len(facts) >= 2
    curation.reject(source, facts[0].fact_id, user="tester", note="misread headline")
    curation.accept(source, facts[1].fact_id, user="tester")
    keep, other = find_entity(source, "Google DeepMind"), find_entity(source, "Windsurf")
    assert entity_curation.merge(source, keep, other, user="tester") is not None
    target = make_store()
    report = migrate(source, target, batch_size=2)
    assert report.read["audit records"] == 3 == totals(source.stats())["audit records"]
    assert report.equal and store_snapshot(target) == store_snapshot(source)
    assert [r.action.value for r in curation.audit_records(target)] == ["reject", "accept", "merge"]
    assert find_entity(target, other) == keep  # the merged-away id still redirects
    again = migrate(source, target, batch_size=2)
    assert again.written.facts_new == 0 and len(curation.audit_records(target)) == 3
