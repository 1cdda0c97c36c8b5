"""Several documents per write (``upsert_many``): the graph and the report must be exactly those of
upserting the batches one by one (writing every row, even those the store holds unchanged), and
a bad batch must leave the ones before it written and itself and the ones after it absent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.errors import MissingEntityError
from aikg.graph.schema import GraphBatch
from aikg.graph.stores import reads
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.graph.stores.batch_rows import GroupRows
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.batch_streams import PEOPLE, document_stream, named_batch
from tests.graph_snapshot import store_snapshot


@pytest.fixture
def two_graphs(data_dir: Path) -> Iterator[tuple[FalkorDBStore, FalkorDBStore]]:
    """Two empty graphs on one embedded server: one loaded in groups, one batch by batch."""
    grouped, single = FalkorDBStore(data_dir, graph="grouped"), FalkorDBStore(data_dir, graph="single")
    for store in (grouped, single):
        store.ensure_schema()
    yield grouped, single
    for store in (grouped, single):
        store.close()


def _one_by_one(store: GraphStore, batches: list[GraphBatch]) -> UpsertReport:
    total = UpsertReport()
    for batch in batches:
        total += store.upsert(batch)
    return total


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=document_stream(), group_rows=st.integers(1, 40), preload=st.integers(0, 3))
def test_grouped_writes_leave_the_graph_and_report_of_one_by_one_writes(
    two_graphs: tuple[FalkorDBStore, FalkorDBStore],
    batches: list[GraphBatch],
    group_rows: int,
    preload: int,
) -> None:
    grouped, single = two_graphs
    for store in (grouped, single):
        store.run("MATCH (n) DETACH DELETE n", write=True)
        _one_by_one(store, batches[:preload])  # some of the stream is already stored
    report = grouped.upsert_many(batches[preload:], group_rows=group_rows)
    # the reference writes every row, even those the store already holds unchanged
    with (
        patch.object(GroupRows, "_unchanged", lambda *args: False),
        patch.object(reads, "stored_mentions", lambda *args: set()),
    ):
        expected = _one_by_one(single, batches[preload:])
    assert asdict(report) == asdict(expected)
    assert store_snapshot(grouped) == store_snapshot(single)


def _people(store: GraphStore) -> list[Any]:
    return sorted(row[0] for row in store.run("MATCH (p:Person) RETURN p.name").rows)


def test_a_bad_batch_in_a_group_leaves_the_batches_before_it_and_nothing_of_its_own(
    store: GraphStore,
) -> None:
    good = [named_batch(PEOPLE[0]), named_batch(PEOPLE[1])]
    bad = named_batch(PEOPLE[2])
    bad = bad.model_copy(update={"entities": bad.entities[1:]})  # its person is nowhere
    after = named_batch(PEOPLE[3])
    with pytest.raises(MissingEntityError, match="person:ottoline-brasswick-crane"):
        store.upsert_many([*good, bad, after], group_rows=1000)
    assert _people(store) == sorted(PEOPLE[:2])


def test_groups_of_one_row_write_every_batch(store: GraphStore) -> None:
    report = store.upsert_many((named_batch(name) for name in PEOPLE), group_rows=1)
    assert (report.facts_new, report.entities_new, report.sources_new) == (4, 5, 1)
    assert _people(store) == sorted(PEOPLE)
