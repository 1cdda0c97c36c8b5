"""The whole graph read from the store in pages (``selection.StoredGraph``) exports exactly what one
page, and an unpaged read, hold: on the embedded engine, and on Neo4j in the Neo4j lane."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest

from aikg.graph import selection
from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.review import ReviewFilter, filter_subgraph
from aikg.graph.schema import GraphBatch
from aikg.graph.stores.base import GraphStore, RelationshipValue
from aikg.graph.subgraph import GraphView, Subgraph, relationship_order
from tests.builders import entity, fact, source
from tests.graph_snapshot import snapshot

ONE_PAGE = 100_000


def exported(view: GraphView, fmt: str) -> dict[str, bytes]:
    """The export as file name -> bytes (a zip's files; one file for the other formats)."""
    stream = io.BytesIO()
    get_exporter(fmt).write(view, stream)
    if fmt != "csv":
        return {"": stream.getvalue()}
    with zipfile.ZipFile(io.BytesIO(stream.getvalue())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def crowded_batch() -> GraphBatch:
    """Several facts of one type and several mentions per source, so small pages split both."""
    articles = [source(f"Staff moves at the robotics startup, part {n}.") for n in range(3)]
    org = entity("Organization", "Quillworks Robotics")
    people = [entity("Person", f"Engineer Number{chr(65 + n)}") for n in range(7)]
    facts = [
        fact(p.id, "WORKS_AT", org.id, articles[n % 3], f"Engineer {n} now builds arms at Quillworks.")
        for n, p in enumerate(people)
    ]
    facts.append(fact(people[0].id, "JOINED", org.id, articles[0], "The first engineer signed on in spring."))
    mentions = [(a.id, p.id) for a in articles for p in people] + [(a.id, org.id) for a in articles]
    return GraphBatch(sources=articles, entities=[org, *people], facts=facts, mentions=mentions)


def unpaged(store: GraphStore) -> Subgraph:
    subgraph = Subgraph()
    subgraph.add(store.run("MATCH (n) RETURN n").rows)
    subgraph.add(store.run("MATCH ()-[r]->() RETURN r").rows)
    return subgraph


@pytest.mark.parametrize("fmt", exporter_names())
def test_tiny_pages_export_what_one_page_exports(any_export_store: GraphStore, fmt: str) -> None:
    whole = exported(selection.StoredGraph(any_export_store, page=ONE_PAGE), fmt)
    assert exported(selection.StoredGraph(any_export_store, page=1), fmt) == whole
    assert exported(selection.StoredGraph(any_export_store, page=3), fmt) == whole
    assert exported(selection.whole(any_export_store), fmt) == whole


def test_paged_read_holds_every_node_and_relationship_once(store: GraphStore) -> None:
    store.upsert(crowded_batch())
    expected = unpaged(store)
    assert len(expected.nodes) == 11 and len(expected.relationships) == 8 + 24
    for page in (1, 2, 5, ONE_PAGE):
        view = selection.StoredGraph(store, page=page)
        nodes = list(view.ordered_nodes())
        rels = list(view.ordered_relationships())
        assert [n.id for n in nodes] == sorted(expected.nodes)
        assert len(rels) == len(expected.relationships)
        assert snapshot(Subgraph.from_view(view)) == snapshot(expected)
        assert view.size() == (11, 32)
    rels = list(selection.StoredGraph(store, page=2).ordered_relationships())
    assert [r.type for r in rels] == ["JOINED"] + ["MENTIONS"] * 24 + ["WORKS_AT"] * 7
    mentions = [(r.start, r.end) for r in rels if r.type == "MENTIONS"]
    assert mentions == sorted(mentions)
    facts = [r.id for r in rels if r.type == "WORKS_AT"]
    assert facts == sorted(facts)


@pytest.mark.parametrize("review", list(ReviewFilter))
def test_paged_view_hides_what_the_review_filter_hides(
    any_export_store: GraphStore, review: ReviewFilter
) -> None:
    view = selection.StoredGraph(any_export_store, review, page=2)
    expected = filter_subgraph(selection.whole(any_export_store), review)
    assert snapshot(Subgraph.from_view(view)) == snapshot(expected)
    assert view.size() == (len(expected.nodes), len(expected.relationships))
    facts = sum(r.type != "MENTIONS" for r in expected.relationships.values())
    assert facts == (0 if review is ReviewFilter.ACCEPTED_ONLY else 4)


def test_nodes_without_an_id_and_their_relationships_are_exported(store: GraphStore) -> None:
    batch = crowded_batch()
    store.upsert(batch)
    person, article = batch.entities[1].id, batch.sources[0].id
    store.run("CREATE (:Note {text: 'a hand-written note'})", write=True)
    store.run(
        "MATCH (p:Entity {id: $person}), (s:Source {id: $article}) "
        "CREATE (p)-[:WORKS_AT {fact_id: 'fact:by-hand'}]->(:Organization {name: 'No Id Labs'}), "
        "(s)-[:MENTIONS]->(:Person {name: 'Nameless'}), (:Scribble)-[:MENTIONS]->(p)",
        {"person": person, "article": article},
        write=True,
    )
    expected = unpaged(store)
    assert len(expected.nodes) == 11 + 4 and len(expected.relationships) == 32 + 3
    for fmt in exporter_names():
        assert exported(selection.StoredGraph(store, page=2), fmt) == exported(expected, fmt)
    # a relationship of a type outside the schema (its id differs: the paged read names it by
    # its endpoints, a query result by the engine's internal id)
    annotate = "MATCH (p:Entity {id: $person}) CREATE (p)-[:ANNOTATED]->(:Note)"
    store.run(annotate, {"person": person}, write=True)
    expected = unpaged(store)
    for page in (1, 3, ONE_PAGE):
        view = selection.StoredGraph(store, page=page)
        assert snapshot(Subgraph.from_view(view)) == snapshot(expected)
        assert view.size() == (16, 36)
        rels = list(view.ordered_relationships())
        assert rels == sorted(rels, key=relationship_order)


class WrittenWhileRead(selection.StoredGraph):
    """A paged view of a store that gets a new label and a new type once the view has been read to
    the end (another process writing while an export runs)."""

    def ordered_relationships(self) -> Iterator[RelationshipValue]:
        yield from super().ordered_relationships()
        if not getattr(self, "written", False):
            self.written = True
            org = entity("Organization", "Latecomer Optics")
            model = entity("Model", "Latecomer Lens One")
            article = source("A late article about the lens maker and its first model.")
            quote = "Latecomer Optics unveiled the Lens One model today."
            late = fact(org.id, "DEVELOPED", model.id, article, quote)
            self.store.upsert(GraphBatch(sources=[article], entities=[org, model], facts=[late]))


def test_csv_reads_the_store_once_so_a_write_meanwhile_cannot_break_it(store: GraphStore) -> None:
    store.upsert(crowded_batch())
    files = exported(WrittenWhileRead(store, page=2), "csv")
    assert "nodes_Model.csv" not in files and "relationships_DEVELOPED.csv" not in files
    rows = sum(len(data.decode().splitlines()) - 1 for name, data in files.items() if name.endswith(".csv"))
    assert rows == 11 + 32  # the nodes and relationships read, each once
    again = exported(selection.StoredGraph(store, page=2), "csv")
    assert "nodes_Model.csv" in again and "relationships_DEVELOPED.csv" in again
