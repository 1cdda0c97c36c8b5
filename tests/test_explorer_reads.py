"""graph.stores.explorer_reads on the real stores holding the sample graph: the engine's pages,
counts and neighbour weights agree with what reading every fact of the entity gives."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.dashboard.facts import fact_rows
from aikg.dashboard.network_shape import neighbour_strength
from aikg.dashboard.time_filter import overlaps
from aikg.graph.dossier import dossier, fact_page
from aikg.graph.review import ReviewFilter
from aikg.graph.schema import Entity, EntityType, Evidence, Fact, FactProperties, GraphBatch, Source
from aikg.graph.stores import explorer_reads
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.stores.reads import fact_counts
from aikg.graph.subgraph import Subgraph

ENTITIES = ["person:ilya-sutskever", "person:jan-leike", "organization:openai", "person:sam-altman"]


def every_row(store: GraphStore, entity_id: str) -> list:  # type: ignore[type-arg]
    found = dossier(store, entity_id)
    assert found is not None
    return fact_rows(entity_id, found.facts, found.sources)


@pytest.mark.parametrize("entity_id", ENTITIES)
@pytest.mark.parametrize(
    ("reference", "review", "since", "until"),
    [(True, ReviewFilter.ALL, None, None), (False, ReviewFilter.NOT_REJECTED, None, None),
     (True, ReviewFilter.ALL, "2024-01", "2024-06-30"), (True, ReviewFilter.ACCEPTED_ONLY, None, "2023")],
)  # fmt: skip
def test_pages_of_facts_are_the_filtered_facts_in_the_pages_order(
    any_sample_store: GraphStore,
    entity_id: str,
    reference: bool,
    review: ReviewFilter,
    since: str | None,
    until: str | None,
) -> None:
    wanted = [
        r
        for r in every_row(any_sample_store, entity_id)
        if (reference or not r.reference_only)
        and review.allows(r.review)
        and overlaps(r.date or None, since, until)
    ]
    got = []
    for skip in range(0, len(wanted) + 2, 2):
        page = fact_page(
            any_sample_store, entity_id, reference=reference, review_states=review.state_values(),
            since=since, until=until, skip=skip, limit=2,
        )  # fmt: skip
        assert len(page.facts) <= 2
        got += fact_rows(entity_id, page.facts, page.sources)
    assert [r.fact_id for r in got] == [r.fact_id for r in wanted]
    assert [r.evidence for r in got] == [r.evidence for r in wanted]  # the page's sources are read


@pytest.mark.parametrize("entity_id", ENTITIES)
def test_fact_groups_count_every_fact_by_date_relation_and_review(
    any_sample_store: GraphStore, entity_id: str
) -> None:
    rows = every_row(any_sample_store, entity_id)
    groups = explorer_reads.fact_groups(any_sample_store, entity_id)
    expected = Counter((r.date, r.predicate, r.outgoing, r.reference_only, r.review) for r in rows)
    got = Counter({(g.date, g.predicate, g.outgoing, g.reference_only, g.review): g.facts for g in groups})
    assert got == expected
    assert sum(g.sources for g in groups) == sum(r.sources for r in rows)
    assert all(set(g.names) <= {r.other_name for r in rows} for g in groups)


@pytest.mark.parametrize("entity_id", ENTITIES)
def test_neighbour_weights_are_the_strengths_of_the_whole_star(
    any_sample_store: GraphStore, entity_id: str
) -> None:
    found = dossier(any_sample_store, entity_id)
    assert found is not None
    star = Subgraph()
    star.add([found.entity, *(other for _, other in found.facts), *(rel for rel, _ in found.facts)])
    weights = explorer_reads.neighbour_weights(any_sample_store, entity_id)
    assert {w.id: w.every for w in weights} == dict(neighbour_strength(star, entity_id))
    only = explorer_reads.neighbour_weights(
        any_sample_store, entity_id, types=["Person"], removed=["person:x"]
    )
    assert {w.id for w in only} == {w.id for w in weights if w.id.startswith("person:")}


def test_most_connected_and_fact_counts_agree_with_counting_every_fact(any_sample_store: GraphStore) -> None:
    everyone = fact_counts(any_sample_store)
    top = explorer_reads.most_connected(any_sample_store, 5)
    assert [n for _, n in top] == sorted(everyone.values(), reverse=True)[:5]
    assert all(everyone[e.id] == n for e, n in top)
    ids = [e.id for e, _ in top] + ["person:nobody-at-all"]
    assert explorer_reads.fact_counts_of(any_sample_store, ids) == {e.id: n for e, n in top}


@pytest.mark.parametrize(
    ("typed", "found"),
    [("Antropic", "organization:anthropic"), ("helen tonr", "person:helen-toner"),
     ("Ilya", "person:ilya-sutskever"), ("model:sora", "model:sora"), ("sutskevr", "person:ilya-sutskever")],
)  # fmt: skip
def test_search_candidates_come_from_the_indexes(
    any_sample_store: GraphStore, typed: str, found: str
) -> None:
    candidates = explorer_reads.search_candidates(any_sample_store, typed)
    assert candidates is not None
    assert found in {e.id for e in candidates}
    assert len(candidates) < len(fact_counts(any_sample_store))  # not every entity


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_text_is_searched_without_error(sample_store: FalkorDBStore, typed: str) -> None:
    candidates = explorer_reads.search_candidates(sample_store, typed)
    assert candidates is None or all(
        e.id.split(":")[0] in {"person", "organization", "model"} for e in candidates
    )


def test_the_change_stamp_changes_when_the_store_does(scratch_store: FalkorDBStore) -> None:
    before = explorer_reads.change_stamp(scratch_store)
    assert explorer_reads.change_stamp(scratch_store) == before
    lab = Entity(type=EntityType.ORGANIZATION, name="Brambleworth Dynamics")
    note = Source(id="source:brambleworth", title="A note", url="https://news.test/bramble")
    fact = Fact(
        subject=lab.id, predicate="COMPETES_WITH", object="organization:openai",
        evidence=[Evidence(source_id=note.id, quote="the two labs chase the same customers")],
    )  # fmt: skip
    scratch_store.upsert(GraphBatch(sources=[note], entities=[lab], facts=[fact]))
    after = explorer_reads.change_stamp(scratch_store)
    assert after != before
    scratch_store.run("MATCH (n:Entity {id: $id}) SET n.description = 'a lab'", {"id": lab.id}, write=True)
    assert explorer_reads.change_stamp(scratch_store) != after  # no count changed, the write is seen


def test_a_page_skips_and_limits_in_the_engine(scratch_store: FalkorDBStore) -> None:
    hub = Entity(type=EntityType.ORGANIZATION, name="Pennywhistle Works")
    note = Source(id="source:pennywhistle", title="Roster", url="https://news.test/roster")
    people = [Entity(type=EntityType.PERSON, name=f"Clerk Number{i:02d}") for i in range(12)]
    facts = [
        Fact(subject=p.id, predicate="WORKS_AT", object=hub.id,
             properties=FactProperties(date=f"2021-{i % 12 + 1:02d}"),
             evidence=[Evidence(source_id=note.id, quote=f"clerk {i} keeps the ledgers")])
        for i, p in enumerate(people)
    ]  # fmt: skip
    scratch_store.upsert(GraphBatch(sources=[note], entities=[hub, *people], facts=facts))
    page = fact_page(scratch_store, hub.id, skip=3, limit=4)
    assert [rel.properties["date"] for rel, _ in page.facts] == ["2021-09", "2021-08", "2021-07", "2021-06"]
    assert set(page.sources) == {note.id}


def test_facts_among_read_as_values_are_the_facts_among(sample_store: FalkorDBStore) -> None:
    from aikg.graph import selection

    ids = ["organization:openai", "person:sam-altman", "person:ilya-sutskever", "organization:anthropic"]
    for facts in (
        None,
        selection.FactFilter(review=ReviewFilter.ALL),
        selection.FactFilter(predicates=("ACQUIRED",)),
    ):
        plain = selection.among_values(sample_store, ids, facts)
        converted = selection.among(sample_store, ids, facts)
        assert plain.relationships == converted.relationships
        assert plain.nodes == converted.nodes
        assert bool(plain.relationships) == (facts is None or facts.predicates is None)
