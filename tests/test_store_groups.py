"""Several documents per write (``upsert_many``): the graph and the report must be exactly those of
upserting the batches one by one, and a bad batch must leave the ones before it written and
itself and the ones after it absent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.errors import MissingEntityError
from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Predicate, Source
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.graph_snapshot import store_snapshot

PEOPLE = [f"Ottoline Brasswick {n}" for n in ("Ames", "Bell", "Crane", "Dale")]
ORGS = ["Quillfeather Robotics", "Marrowgate Compute", "Tinderbox Analytics"]
ALIASES = ["Quill", "QR", "Marrow", "MGC", "Tinder"]
SOURCES = [f"an invented memo number {n}" for n in range(3)]


@pytest.fixture
def two_graphs(data_dir: Path) -> Iterator[tuple[FalkorDBStore, FalkorDBStore]]:
    """Two empty graphs on one embedded server: one loaded in groups, one batch by batch."""
    grouped, single = FalkorDBStore(data_dir, graph="grouped"), FalkorDBStore(data_dir, graph="single")
    for store in (grouped, single):
        store.ensure_schema()
    yield grouped, single
    for store in (grouped, single):
        store.close()


def _source(index: int, title: str | None, published: str | None) -> Source:
    return Source(content_hash=Source.hash_content(SOURCES[index]), title=title, published=published)


@st.composite
def document_stream(draw: st.DrawFn) -> list[GraphBatch]:
    """Batches whose facts, entities and sources overlap: facts asserted again by later
    documents, entities and sources defined again with other properties, aliases and dates,
    facts citing entities and sources an earlier batch defined."""
    defined: dict[str, Entity] = {}
    cited: set[str] = set()
    batches = []
    for _ in range(draw(st.integers(1, 7))):
        source = _source(
            draw(st.integers(0, len(SOURCES) - 1)),
            draw(st.sampled_from([None, "Memo", "Second memo"])),
            draw(st.sampled_from([None, "2021-03", "2019-11-02", "2024"])),
        )
        citable = sorted(cited | {source.id})
        entities: dict[str, Entity] = {}
        facts = []
        for _ in range(draw(st.integers(0, 4))):
            person = Entity(type=EntityType.PERSON, name=draw(st.sampled_from(PEOPLE)))
            org = Entity(
                type=EntityType.ORGANIZATION,
                name=draw(st.sampled_from(ORGS)),
                aliases=draw(st.lists(st.sampled_from(ALIASES), max_size=2, unique=True)),
                country=draw(st.sampled_from([None, "FR", "CA"])),
            )
            for entity in (person, org):
                if entity.id not in defined or draw(st.booleans()):
                    entities[entity.id] = entity
            extractor = draw(st.sampled_from(["rules", "llm"]))
            facts.append(
                Fact(
                    subject=person.id,
                    predicate=draw(st.sampled_from([Predicate.WORKS_AT, Predicate.DEPARTED])),
                    object=org.id,
                    properties={"role": draw(st.sampled_from([None, "archivist", "pilot"]))},
                    evidence=[
                        Evidence(
                            source_id=draw(st.sampled_from(citable)),
                            quote=draw(st.sampled_from(["she joined", "he left", "they hired her"])),
                        )
                    ],
                    confidence=draw(st.sampled_from([0.4, 0.7, 0.9])),
                    extractors=[extractor],
                    rules=[f"rule.{draw(st.integers(0, 2))}"],
                    headline_only=draw(st.booleans()),
                    review=draw(st.sampled_from(["unreviewed", "unreviewed", "accepted", "rejected"])),
                )
            )
        defined.update(entities)
        cited.add(source.id)
        mentions = [(source.id, entity_id) for entity_id in entities]
        batches.append(
            GraphBatch(sources=[source], entities=list(entities.values()), facts=facts, mentions=mentions)
        )
    return batches


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
    expected = _one_by_one(single, batches[preload:])
    assert asdict(report) == asdict(expected)
    assert store_snapshot(grouped) == store_snapshot(single)


def _named(name: str) -> GraphBatch:
    person = Entity(type=EntityType.PERSON, name=name)
    org = Entity(type=EntityType.ORGANIZATION, name="Quillfeather Robotics")
    source = _source(0, name, "2022-06")
    fact = Fact(
        subject=person.id,
        predicate=Predicate.WORKS_AT,
        object=org.id,
        evidence=[Evidence(source_id=source.id, quote=f"{name} signed on")],
    )
    return GraphBatch(sources=[source], entities=[person, org], facts=[fact])


def _people(store: GraphStore) -> list[Any]:
    return sorted(row[0] for row in store.run("MATCH (p:Person) RETURN p.name").rows)


def test_a_bad_batch_in_a_group_leaves_the_batches_before_it_and_nothing_of_its_own(
    store: GraphStore,
) -> None:
    good = [_named(PEOPLE[0]), _named(PEOPLE[1])]
    bad = _named(PEOPLE[2])
    bad = bad.model_copy(update={"entities": bad.entities[1:]})  # its person is nowhere
    after = _named(PEOPLE[3])
    with pytest.raises(MissingEntityError, match="person:ottoline-brasswick-crane"):
        store.upsert_many([*good, bad, after], group_rows=1000)
    assert _people(store) == sorted(PEOPLE[:2])


def test_groups_of_one_row_write_every_batch(store: GraphStore) -> None:
    report = store.upsert_many((_named(name) for name in PEOPLE), group_rows=1)
    assert (report.facts_new, report.entities_new, report.sources_new) == (4, 5, 1)
    assert _people(store) == sorted(PEOPLE)
