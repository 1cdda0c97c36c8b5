"""A fact the store does not hold is written in one step; what lands must be exactly what the full
merge writes for it, and a later corroboration must merge into it as usual."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.fact_codec import adds_nothing, encode
from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Source
from aikg.graph.stores import batch_rows
from aikg.graph.stores.falkordb_store import FalkorDBStore, compose

READ = "MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN r.fact_id, properties(r) ORDER BY r.fact_id"

PAUL = Entity(type=EntityType.PERSON, name="Paulette Quarrington")
DYNAMO = Entity(type=EntityType.ORGANIZATION, name="Dynamo Fieldworks")
SRC = Source(content_hash=Source.hash_content("an invented note about a hire"), published="2023-04")


def _batch(fact: Fact) -> GraphBatch:
    return GraphBatch(sources=[SRC], entities=[PAUL, DYNAMO], facts=[fact], mentions=[(SRC.id, PAUL.id)])


def _stored(
    store: FalkorDBStore, batch: GraphBatch, known: dict[str, dict[str, object]] | None
) -> dict[str, object]:
    store.run("MATCH (n) DETACH DELETE n", write=True)
    store.run(*compose(batch_rows.statements(batch, known_facts=known)), write=True)
    rows = store.run(READ).rows
    assert len(rows) == 1
    return dict(rows[0][1])


quotes = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40
).filter(str.strip)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quotes=st.lists(quotes, min_size=1, max_size=3),
    offsets=st.booleans(),
    extractors=st.lists(st.sampled_from(["rules", "llm", "manual"]), min_size=1, max_size=3, unique=True),
    confidence=st.floats(0.05, 1.0),
    headline=st.booleans(),
    review=st.sampled_from(["unreviewed", "accepted", "rejected"]),
    role=st.none() | st.just("chief scientist"),
)
def test_creating_a_new_fact_writes_what_merging_writes(
    embedded: FalkorDBStore,
    quotes: list[str],
    offsets: bool,
    extractors: list[str],
    confidence: float,
    headline: bool,
    review: str,
    role: str | None,
) -> None:
    fact = Fact(
        subject=PAUL.id,
        predicate="JOINED",
        object=DYNAMO.id,
        properties={"role": role, "date": "2023-03"},
        evidence=[
            Evidence(
                source_id=SRC.id,
                quote=q,
                start=i * 50 if offsets else None,
                end=i * 50 + 9 if offsets else None,
            )
            for i, q in enumerate(quotes)
        ],
        confidence=confidence,
        extractors=extractors,
        rules=["hire.joined"],
        headline_only=headline,
        review=review,
    )
    batch = _batch(fact)
    merged = _stored(embedded, batch, None)
    created = _stored(embedded, batch, {})
    assert created == merged


def test_a_created_fact_is_corroborated_by_the_full_merge(embedded: FalkorDBStore) -> None:
    first = Fact(
        subject=PAUL.id,
        predicate="JOINED",
        object=DYNAMO.id,
        evidence=[Evidence(source_id=SRC.id, quote="Quarrington signed with Dynamo.")],
        extractors=["rules"],
        confidence=0.6,
    )
    report = embedded.upsert(_batch(first))
    assert report.facts_new == 1
    other = Source(content_hash=Source.hash_content("a second invented note"), published="2023-05-02")
    again = first.model_copy(
        update={
            "evidence": [Evidence(source_id=other.id, quote="Dynamo hired Quarrington.")],
            "confidence": 0.7,
        }
    )
    report = embedded.upsert(GraphBatch(sources=[other], entities=[PAUL, DYNAMO], facts=[again]))
    assert report.facts_corroborated == 1
    props = dict(embedded.run(READ).rows[0][1])
    assert props["sources"] == [SRC.id, other.id]
    assert props["evidence"] == ["Quarrington signed with Dynamo.", "Dynamo hired Quarrington."]
    assert props["confidence"] == 0.7
    assert props["first_reported"] == "2023-04"
    assert props["last_reported"] == "2023-05-02"


facts = st.builds(
    lambda quotes, extractor, confidence, headline, review, role: Fact(
        subject=PAUL.id,
        predicate="JOINED",
        object=DYNAMO.id,
        properties={"role": role},
        evidence=[Evidence(source_id=SRC.id, quote=q) for q in quotes],
        confidence=confidence,
        extractors=[extractor],
        headline_only=headline,
        review=review,
    ),
    st.lists(st.sampled_from(["Quarrington joined.", "Dynamo hired her."]), min_size=1, max_size=2),
    st.sampled_from(["rules", "llm"]),
    st.sampled_from([0.5, 0.8]),
    st.booleans(),
    st.sampled_from(["unreviewed", "accepted"]),
    st.none() | st.just("chief scientist"),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=facts, second=facts)
def test_a_skipped_fact_is_one_the_merge_would_not_change(
    embedded: FalkorDBStore, first: Fact, second: Fact
) -> None:
    before = _stored(embedded, _batch(first), None)
    row = encode(second, SRC.published)
    embedded.run(*compose(batch_rows.statements(_batch(second), known_facts=None)), write=True)
    after = dict(embedded.run(READ).rows[0][1])
    if adds_nothing(before, row):
        assert after == before
    assert adds_nothing(before, encode(first, SRC.published))


def test_new_facts_of_one_type_with_different_properties_are_created_in_one_statement(
    embedded: FalkorDBStore,
) -> None:
    """New facts of one predicate share one statement (their properties padded with nulls); a
    property a fact lacks is not stored, and each fact holds what writing it alone through the
    full merge holds."""
    quincy = Entity(type=EntityType.PERSON, name="Quincy Marlowe-Abbot")
    with_role = Fact(
        subject=PAUL.id,
        predicate="JOINED",
        object=DYNAMO.id,
        properties={"role": "chief tinkerer", "date": "2023-03"},
        evidence=[Evidence(source_id=SRC.id, quote="Quarrington became chief tinkerer.", start=3, end=9)],
    )
    bare = Fact(
        subject=quincy.id,
        predicate="JOINED",
        object=DYNAMO.id,
        evidence=[Evidence(source_id=SRC.id, quote="Marlowe-Abbot turned up at Dynamo.")],
        extractors=["llm"],
        llm_model="an-invented-model",
    )
    both = GraphBatch(sources=[SRC], entities=[PAUL, DYNAMO, quincy], facts=[with_role, bare])
    statements = batch_rows.statements(both, known_facts={})
    cypher, _ = compose(statements, compact=True)
    assert cypher.count("MERGE (s)-[r:JOINED") == 1
    embedded.run("MATCH (n) DETACH DELETE n", write=True)
    embedded.run(*compose(statements, compact=True), write=True)
    created = {row[0]: dict(row[1]) for row in embedded.run(READ).rows}
    assert "role" not in created[bare.fact_id] and "date" not in created[bare.fact_id]
    assert "llm_model" not in created[with_role.fact_id]
    for fact in (with_role, bare):
        alone = GraphBatch(sources=[SRC], entities=[PAUL, DYNAMO, quincy], facts=[fact])
        assert created[fact.fact_id] == _stored(embedded, alone, None)
