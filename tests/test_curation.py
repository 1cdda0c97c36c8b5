"""Curation on the real engines (embedded always, Neo4j when NEO4J_URI is set): review decisions
stick through re-ingest, merges conserve facts and mentions and are remembered, corrections keep
their evidence, every action leaves one audit record."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph import curation, entity_curation, selection
from aikg.graph.errors import InvalidInputError
from aikg.graph.review import ReviewFilter, ReviewState, parse_filter
from aikg.graph.schema import GraphBatch
from aikg.graph.stored_facts import facts_of, get_fact
from aikg.graph.stores.base import GraphStore
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import ingest_documents
from tests.builders import entity, fact, source

ACQUISITION = "Quillstone AI acquired Brightmoor Labs in March 2024."
ACQUISITION_AGAIN = "Quillstone AI acquired Brightmoor Labs, its robotics partner, in March 2024."
ACQUIRED_ID_KEYS = ("organization:quillstone-ai", "ACQUIRED", "organization:brightmoor-labs")


def write_doc(path: Path, text: str, title: str) -> str:
    path.write_text(
        f"---\ntitle: {title}\npublished: 2024-03-20\nlanguage: en\n---\n\n{text}\n", encoding="utf-8"
    )
    return str(path)


def acquired(store: GraphStore):
    found = [f for f in facts_of(store, "organization:brightmoor-labs") if f.predicate == "ACQUIRED"]
    assert len(found) == 1
    return found[0]


def test_a_rejected_fact_stays_rejected_when_asserted_again(store: GraphStore, tmp_path: Path) -> None:
    rules = get_extractor("rules")
    first = write_doc(tmp_path / "first.md", ACQUISITION, "Quillstone buys Brightmoor")
    assert ingest_documents([first], store, rules).loaded.facts_new >= 1
    fact_id = acquired(store).fact_id
    record = curation.reject(store, fact_id, user="tester", note="the headline was misread")
    assert record is not None and record.after == {"review": "rejected"}

    again = ingest_documents([first], store, rules, force=True)
    assert again.loaded.facts_rejected_again == 1 and again.as_dict()["rejected_again"] == 1
    assert acquired(store).review is ReviewState.REJECTED
    assert len(acquired(store).props["evidence"]) == 1

    second = write_doc(tmp_path / "second.md", ACQUISITION_AGAIN, "Brightmoor sold")
    other = ingest_documents([second], store, rules)
    assert other.loaded.facts_rejected_again == 1 and other.loaded.facts_new == 0
    stored = acquired(store)
    assert stored.fact_id == fact_id and stored.review is ReviewState.REJECTED
    assert len(stored.props["evidence"]) == 2 and len(stored.props["sources"]) == 2
    # hidden by default, shown on request
    hidden = selection.ego(store, "Brightmoor Labs", 1)
    assert not any(r.type == "ACQUIRED" for r in hidden.relationships.values())
    shown = selection.ego(store, "Brightmoor Labs", 1, facts=selection.FactFilter(review=ReviewFilter.ALL))
    assert any(r.type == "ACQUIRED" for r in shown.relationships.values())
    assert [r.action.value for r in curation.audit_records(store)] == ["reject"]


def merge_batch() -> GraphBatch:
    """Two spellings of one company, each with facts and mentions; one fact collides after the merge
    and one symmetric fact changes its canonical order."""
    a, b = source("Acme Robotics hired Orla Finch."), source("The Acme Robotics Company partners Brightmoor.")
    keep = entity("Organization", "The Acme Robotics Company")
    other = entity("Organization", "Acme Robotics", aliases=["Acme"])
    finch = entity("Person", "Orla Finch")
    bright = entity("Organization", "Brightmoor Labs")
    return GraphBatch(
        sources=[a, b],
        entities=[keep, other, finch, bright],
        facts=[
            fact(finch.id, "WORKS_AT", other.id, a, "Acme Robotics hired Orla Finch."),
            fact(finch.id, "WORKS_AT", keep.id, b, "Orla Finch works at the Acme Robotics Company."),
            fact(other.id, "PARTNERED_WITH", bright.id, a, "Acme Robotics partners with Brightmoor Labs."),
            fact(keep.id, "INVESTED_IN", bright.id, b, "The Acme Robotics Company invested in Brightmoor."),
        ],
        mentions=[(a.id, other.id), (a.id, finch.id), (b.id, keep.id), (b.id, finch.id), (a.id, bright.id)],
    )


def totals(store: GraphStore) -> tuple[int, int]:
    facts = store.run("MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN count(r), sum(size(r.evidence))")
    return int(facts.rows[0][0]), int(facts.rows[0][1])


def mentioned(store: GraphStore, entity_id: str) -> set[str]:
    rows = store.run("MATCH (s:Source)-[:MENTIONS]->(e:Entity {id: $id}) RETURN s.id", {"id": entity_id}).rows
    return {r[0] for r in rows}


def test_merge_conserves_facts_and_mentions_and_is_remembered(store: GraphStore) -> None:
    store.upsert(merge_batch())
    keep, other = "organization:the-acme-robotics-company", "organization:acme-robotics"
    facts_before, evidence_before = totals(store)
    sources_before = mentioned(store, keep) | mentioned(store, other)
    old_ids = {f.fact_id for f in facts_of(store, other)}
    preview = entity_curation.merge_preview(store, keep, "Acme Robotics")
    assert sum(1 for f in preview["facts"] if f["joins_existing"]) == 1

    record = entity_curation.merge(store, keep, "Acme Robotics", user="tester")
    assert record is not None and record.targets == [keep, other]
    facts_after, evidence_after = totals(store)
    assert (facts_after, evidence_after) == (facts_before - 1, evidence_before)  # the two WORKS_AT became one
    assert mentioned(store, keep) == sources_before
    assert not store.run("MATCH (n:Entity {id: $id}) RETURN n", {"id": other}).rows
    works = [f for f in facts_of(store, keep) if f.predicate == "WORKS_AT"]
    assert len(works) == 1 and len(works[0].props["evidence"]) == 2
    partner = next(f for f in facts_of(store, keep) if f.predicate == "PARTNERED_WITH")
    assert (partner.subject, partner.object) == ("organization:brightmoor-labs", keep)  # canonical order
    for old in old_ids:  # old fact ids still find the moved facts
        assert get_fact(store, old).subject == keep or get_fact(store, old).object == keep
    assert selection.find_entity(store, other) == keep
    assert selection.find_entity(store, "Acme") == keep

    assert entity_curation.merge(store, keep, other) is None  # a second merge is a no-op
    assert totals(store) == (facts_after, evidence_after)
    assert [r.action.value for r in curation.audit_records(store)] == ["merge"]

    # a later batch naming the merged-away entity lands on the kept one
    later = source("Acme Robotics acquired Brightmoor Labs.")
    news = fact(
        other, "ACQUIRED", "organization:brightmoor-labs", later, "Acme Robotics acquired Brightmoor Labs."
    )
    report = store.upsert(
        GraphBatch(sources=[later], entities=[entity("Organization", "Acme Robotics")], facts=[news],
                   mentions=[(later.id, other)])
    )  # fmt: skip
    assert report.entities_new == 0 and report.facts_new == 1
    assert not store.run("MATCH (n:Entity {id: $id}) RETURN n", {"id": other}).rows
    assert later.id in mentioned(store, keep)
    assert any(f.predicate == "ACQUIRED" for f in facts_of(store, keep))


def test_correct_properties_and_triple(store: GraphStore) -> None:
    store.upsert(merge_batch())
    invest = next(f for f in facts_of(store, "organization:brightmoor-labs") if f.predicate == "INVESTED_IN")
    same = curation.correct(store, invest.fact_id, {"date": "2024-02"}, user="tester")
    assert same.after["fact_id"] == invest.fact_id and same.after["changed"] == {"date": "2024-02"}
    assert get_fact(store, invest.fact_id).props["date"] == "2024-02"
    assert get_fact(store, invest.fact_id).review is ReviewState.CORRECTED

    moved = curation.correct(store, invest.fact_id, {"predicate": "ACQUIRED"}, note="it was a buyout")
    new_id = moved.after["fact_id"]
    assert new_id != invest.fact_id
    new, old = get_fact(store, new_id), get_fact(store, invest.fact_id)
    assert new.predicate == "ACQUIRED" and new.review is ReviewState.CORRECTED
    assert new.props["evidence"] == invest.props["evidence"] and new.props["corrected_from"] == [
        invest.fact_id
    ]
    assert new.props["date"] == "2024-02"
    assert old.predicate == "INVESTED_IN" and old.review is ReviewState.REJECTED
    assert old.props["superseded_by"] == new_id
    with pytest.raises(InvalidInputError, match="must be"):
        curation.correct(store, new_id, {"object": "Orla Finch"})
    with pytest.raises(InvalidInputError, match="partial ISO date"):
        curation.correct(store, new_id, {"date": "March"})
    assert [r.action.value for r in curation.audit_records(store)] == ["correct", "correct"]


def test_add_rename_split_retype(store: GraphStore) -> None:
    store.upsert(merge_batch())
    src = next(iter(mentioned(store, "person:orla-finch")))
    added = curation.add_fact(
        store,
        "Orla Finch",
        "founded",
        "Brightmoor Labs",
        quote="Orla Finch founded Brightmoor Labs.",
        source=src,
    )
    assert get_fact(store, added.after["fact_id"]).review is ReviewState.ACCEPTED
    with pytest.raises(InvalidInputError, match="no source"):
        curation.add_fact(store, "Orla Finch", "FOUNDED", "Brightmoor Labs", quote="q", source="source:nope")

    assert entity_curation.rename(store, "Orla Finch", "Orla M. Finch") is not None
    assert selection.find_entity(store, "Orla Finch") == "person:orla-finch"  # the old name is an alias

    acme = "organization:acme-robotics"
    split = entity_curation.split(store, acme, "Acme", facts=[])
    assert (
        split.after["id"] == "organization:acme"
        and selection.find_entity(store, "Acme") == "organization:acme"
    )

    with pytest.raises(InvalidInputError, match="must be"):
        entity_curation.retype(store, "Orla M. Finch", "Organization")  # WORKS_AT needs a Person
    retyped = entity_curation.retype(store, "Acme", "Model")
    assert retyped is not None and selection.find_entity(store, "organization:acme") == "model:acme"
    actions = [r.action.value for r in curation.audit_records(store)]
    assert actions == ["add", "rename", "split", "retype"]


def test_accept_twice_is_one_action(store: GraphStore) -> None:
    store.upsert(merge_batch())
    fact_id = facts_of(store, "person:orla-finch")[0].fact_id
    assert curation.accept(store, fact_id) is not None
    assert curation.accept(store, fact_id) is None
    assert len(curation.audit_records(store)) == 1
    items = curation.review_items(store, states={ReviewState.UNREVIEWED})
    assert fact_id not in {i.fact_id for i in items}
    confidences = [i.confidence or 0 for i in items]
    assert confidences == sorted(confidences)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_review_filter_names_parse_or_fail_cleanly(text: str) -> None:
    try:
        parsed = parse_filter(text)
    except InvalidInputError as exc:
        assert "review filter" in str(exc)
    else:
        assert parsed.value == text.strip().lower()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=20), max_size=4))
def test_correction_assignments_parse_or_fail_cleanly(items: list[str]) -> None:
    try:
        changes = curation.parse_changes(items)
    except InvalidInputError as exc:
        assert "\n" not in str(exc)
    else:
        assert set(changes) <= set(curation.CORRECTABLE) and changes


def test_saved_queries_take_the_review_filter(scratch_store: GraphStore) -> None:
    from aikg.queries.catalog import load_catalog
    from aikg.queries.runner import run_saved

    fact_queries = [q for q in load_catalog().values() if "-[" in q.cypher and q.name != "co_mentions"]
    assert all(q.param("review") is not None for q in fact_queries)
    criticized = next(f for f in facts_of(scratch_store, "person:helen-toner") if f.predicate == "CRITICIZED")
    curation.reject(scratch_store, criticized.fact_id)

    def predicates(review: str) -> list[str]:
        result = run_saved(scratch_store, "entity_facts", {"entity": "Helen Toner", "review": review})
        return sorted(str(r["predicate"]) for r in result.records())

    assert predicates("all") == ["CRITICIZED", "VOTED_TO_REMOVE"]
    assert predicates("not-rejected") == ["VOTED_TO_REMOVE"]
    assert predicates("accepted-only") == []
    curation.accept(scratch_store, criticized.fact_id)
    assert predicates("accepted-only") == ["CRITICIZED"]
    with pytest.raises(InvalidInputError, match="review"):
        run_saved(scratch_store, "entity_facts", {"entity": "Helen Toner", "review": "maybe"})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(max_size=60), name=st.text(max_size=40))
def test_notes_and_names_of_any_text_round_trip_through_the_audit_trail(
    make_store: Callable[[], GraphStore], note: str, name: str
) -> None:
    store = shared_store(make_store)
    fact_id = facts_of(store, "person:orla-finch")[0].fact_id
    before = len(curation.audit_records(store))
    state = get_fact(store, fact_id).review
    action = curation.reject if state is not ReviewState.REJECTED else curation.accept
    if has_control(note):
        with pytest.raises(InvalidInputError, match="control character"):
            action(store, fact_id, note=note, user="hypothesis")
        assert len(curation.audit_records(store)) == before and get_fact(store, fact_id).review is state
        return
    record = action(store, fact_id, note=note, user="hypothesis")
    assert record is not None
    stored = curation.audit_records(store)[-1]
    assert stored == record and stored.note == (note.strip() or None)
    assert len(curation.audit_records(store)) == before + 1
    current = str(entity_curation.entity_node(store, "organization:brightmoor-labs").properties["name"])
    wanted = " ".join(name.split())
    if has_control(name):
        with pytest.raises(InvalidInputError, match="control character"):
            entity_curation.rename(store, "organization:brightmoor-labs", name)
        return
    if not wanted:
        with pytest.raises(InvalidInputError, match="empty"):
            entity_curation.rename(store, "organization:brightmoor-labs", name)
        return
    renamed = entity_curation.rename(store, "organization:brightmoor-labs", name)
    node = entity_curation.entity_node(store, "organization:brightmoor-labs")
    assert node.properties["name"] == wanted
    assert (renamed is None) == (wanted == current)
    if renamed is not None:
        assert current in node.properties["aliases"] and wanted not in node.properties["aliases"]


def has_control(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text)


_SHARED: dict[str, GraphStore] = {}


def shared_store(make: Callable[[], GraphStore]) -> GraphStore:
    """One store for every example of a Hypothesis test (a fresh one per test run)."""
    key = str(id(make))
    if key not in _SHARED:
        _SHARED.clear()
        _SHARED[key] = make()
        _SHARED[key].upsert(merge_batch())
    return _SHARED[key]
