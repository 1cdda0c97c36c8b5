"""merge_facts and the store's write merge apply the same rules; the codec round-trips a fact."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.graph import fact_codec, selection
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.registry import get_exporter
from aikg.graph.imports.registry import importer_for
from aikg.graph.merge import merge_facts
from aikg.graph.schema import Evidence, Fact, GraphBatch
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import entity, leike_batch, source

SUBJECT, OBJECT = "person:jan-leike", "organization:openai"
FACT = "MATCH (:Person {id: 'person:jan-leike'})-[r:DEPARTED]->(:Organization) RETURN r"


def departed(quote: str, source_id: str = "source:a", **fields: object) -> Fact:
    evidence = [Evidence(source_id=source_id, quote=quote, start=0, end=len(quote))]
    return Fact(subject=SUBJECT, predicate="DEPARTED", object=OBJECT, evidence=evidence, **fields)  # type: ignore[arg-type]


def test_legacy_extractor_field_is_read_as_extractors() -> None:
    fact = Fact.model_validate(
        {"subject": SUBJECT, "predicate": "DEPARTED", "object": OBJECT, "extractor": "manual-x"}
    )
    assert fact.extractors == ["manual-x"] and fact.extractor == "manual-x"
    assert fact.review == "unreviewed" and fact.headline_only is False and fact.rules == []


def test_merge_unions_evidence_rules_and_extractors_and_keeps_first_properties() -> None:
    rules = ["rules"]
    a = departed("Quote one.", extractors=rules, rules=["r1"], confidence=0.8, properties={"role": "X"})
    b = departed("Quote one.", extractors=rules, rules=["r2"], confidence=0.6, properties={"date": "2020"})
    c = departed("Quote two.", "source:b", extractors=["llm"], confidence=0.7, llm_model="m1",
                 prompt_version="p3")  # fmt: skip
    (merged,) = merge_facts([a, b, c])
    assert [e.quote for e in merged.evidence] == ["Quote one.", "Quote two."]
    assert merged.rules == ["r1", "r2"] and merged.extractors == ["rules", "llm"]
    assert merged.extractor_confidences == {"rules": 0.8, "llm": 0.7}
    assert merged.confidence == pytest.approx(1 - 0.2 * 0.3)
    assert (merged.properties.role, merged.properties.date) == ("X", "2020")
    assert (merged.llm_model, merged.prompt_version) == ("m1", "p3")
    assert len(a.evidence) == 1 and a.rules == ["r1"] and a.confidence == 0.8  # inputs untouched


def test_one_extractor_keeps_its_best_confidence() -> None:
    (merged,) = merge_facts([departed("Q1.", confidence=0.5), departed("Q2.", confidence=0.75)])
    assert merged.confidence == 0.75 and len(merged.evidence) == 2


def test_headline_only_and_review_rules() -> None:
    head = departed("Headline.", headline_only=True)
    body = departed("Body sentence.", headline_only=False)
    assert merge_facts([head, head])[0].headline_only is True
    assert merge_facts([head, body])[0].headline_only is False
    rejected = departed("Q.", review="rejected")
    assert merge_facts([departed("Q."), rejected, departed("Q.", review="accepted")])[0].review == "rejected"


def test_facts_with_different_ids_stay_apart_in_first_appearance_order() -> None:
    other = Fact(subject=SUBJECT, predicate="JOINED", object=OBJECT)
    merged = merge_facts([departed("Q."), other, departed("Q2.")])
    assert [f.predicate.value for f in merged] == ["DEPARTED", "JOINED"]


confidences = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
assertions = st.lists(
    st.tuples(st.sampled_from(["rules", "llm", "manual"]), confidences, st.sampled_from(["Q1.", "Q2."])),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(assertions)
def test_merge_is_idempotent_and_bounded(items: list[tuple[str, float, str]]) -> None:
    facts = [departed(q, extractors=[x], confidence=c) for x, c, q in items]
    (merged,) = merge_facts(facts)
    assert merge_facts([merged, merged])[0] == merged
    assert merge_facts([merged, *facts])[0].confidence == pytest.approx(merged.confidence)
    assert max(c for _, c, _ in items) <= merged.confidence + 1e-12 <= 1.0 + 1e-12
    assert {e.quote for e in merged.evidence} == {q for _, _, q in items}


def test_codec_round_trips_every_field() -> None:
    fact = departed("Quote.", extractors=["rules", "llm"], extractor_confidences={"rules": 0.6, "llm": 0.5},
                    rules=["departure.left"], llm_model="m", prompt_version="v2", headline_only=True,
                    review="corrected", properties={"date": "2024-05"})  # fmt: skip
    fact.evidence.append(Evidence(source_id="source:b", quote="No offsets."))
    props = {k: v for k, v in fact_codec.encode(fact, "2024-05-01").items() if v is not None}
    assert props["evidence_starts"] == [0, -1]
    assert fact_codec.decode(SUBJECT, "DEPARTED", OBJECT, props) == fact


def test_codec_rejects_uneven_evidence_lists_and_reads_leniently() -> None:
    props = {"evidence": ["a", "b"], "evidence_sources": ["source:x"]}
    with pytest.raises(InvalidInputError, match="fact: evidence lists have different lengths"):
        fact_codec.decode(SUBJECT, "DEPARTED", OBJECT, props)
    items = fact_codec.stored_evidence({**props, "evidence_starts": [3, True], "evidence_ends": [9]})
    assert [(i.source_id, i.start, i.end) for i in items] == [("source:x", 3, 9), ("", None, None)]


def test_store_merges_like_merge_facts(store: GraphStore) -> None:
    src = source("An invented sentence about a departure.")
    first = departed("Leike left.", src.id, extractors=["rules"], confidence=0.8, rules=["r1"],
                     headline_only=True)  # fmt: skip
    second = departed("Leike left, says a second.", src.id, extractors=["llm"], confidence=0.7,
                      llm_model="m1", review="accepted", headline_only=False)  # fmt: skip
    third = departed("Leike left.", src.id, extractors=["rules"], confidence=0.9, rules=["r2"])
    entities = [entity("Person", "Jan Leike"), entity("Organization", "OpenAI")]
    for fact in (first, second, third):
        store.upsert(GraphBatch(sources=[src], entities=entities, facts=[fact]))
    stored = store.run(FACT).scalar()
    decoded = fact_codec.decode(stored.start, stored.type, stored.end, stored.properties)
    (expected,) = merge_facts([first, second, third])
    assert decoded == expected
    assert stored.properties["confidence"] == pytest.approx(1 - 0.1 * 0.3)
    assert stored.properties["review"] == "accepted" and stored.properties["headline_only"] is False


def test_reingest_never_resets_a_review(store: GraphStore) -> None:
    store.upsert(leike_batch())
    store.run("MATCH ()-[r:DEPARTED]->() SET r.review = 'rejected'", write=True)
    store.upsert(leike_batch())
    assert store.run(FACT).scalar().properties["review"] == "rejected"


def test_provenance_survives_json_export_and_import(
    make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    src = source("An invented sentence about a second departure.")
    fact = departed("Leike left.", src.id, extractors=["llm"], confidence=0.7, rules=["x.y"],
                    llm_model="m1", prompt_version="v9", headline_only=True, review="corrected")  # fmt: skip
    entities = [entity("Person", "Jan Leike"), entity("Organization", "OpenAI")]
    first, second = make_store(), make_store()
    first.upsert(GraphBatch(sources=[src], entities=entities, facts=[fact]))
    path = tmp_path / "all.json"
    with path.open("wb") as stream:
        get_exporter("json").write(selection.whole(first), stream)
    importer_for(path).load(second, path)
    rel = second.run(FACT).scalar()
    assert fact_codec.decode(rel.start, rel.type, rel.end, rel.properties) == fact
    graphml = io.BytesIO()
    get_exporter("graphml").write(selection.whole(first), graphml)
    edge = next(iter(nx.read_graphml(io.BytesIO(graphml.getvalue())).edges(data=True)))[2]
    assert (edge["rules"], edge["review"], edge["headline_only"]) == ("x.y", "corrected", True)
