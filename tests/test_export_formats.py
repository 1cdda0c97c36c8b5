"""Each export format read back by a tool of its own kind, with evidence and sources intact."""

from __future__ import annotations

import io
import json
import zipfile

import networkx as nx
import pytest
import rdflib

from aikg.graph import selection
from aikg.graph.export.csv_admin import csv_files
from aikg.graph.export.rdf_vocab import to_rdf
from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.subgraph import Subgraph
from tests.export_sample import QUOTE_A, QUOTE_B
from tests.neo4j_admin_check import check_files

SPARQL_QUOTES = """
PREFIX aikg: <https://aikg.dev/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT ?quote ?headline ?start WHERE {
  ?fact a aikg:Fact ; rdf:predicate aikg:JOINED ; rdf:subject ?p ; aikg:evidence ?ev ;
        prov:wasGeneratedBy/prov:wasAssociatedWith/rdfs:label "rules" .
  ?p schema:name "Jan Leike" .
  ?ev aikg:quote ?quote ; prov:wasQuotedFrom ?src .
  ?src schema:headline ?headline .
  OPTIONAL { ?ev aikg:start ?start }
}
ORDER BY ?headline
"""


def exported(subgraph: Subgraph, fmt: str) -> bytes:
    stream = io.BytesIO()
    get_exporter(fmt).write(subgraph, stream)
    return stream.getvalue()


@pytest.fixture
def leike(export_store: FalkorDBStore) -> Subgraph:
    return selection.ego(export_store, "Leike", hops=1)


@pytest.fixture
def everything(export_store: FalkorDBStore) -> Subgraph:
    return selection.whole(export_store)


def test_ego_selection_includes_sources_and_mentions(leike: Subgraph) -> None:
    assert sorted(leike.nodes) == ["organization:anthropic", "organization:openai", "person:jan-leike",
                                   "source:tc-leike", "source:verge-leike"]  # fmt: skip
    assert sorted(r.type for r in leike.relationships.values()) == [
        "DEPARTED",
        "JOINED",
        "MENTIONS",
        "MENTIONS",
    ]


def test_ego_filters(export_store: FalkorDBStore) -> None:
    two_hops = selection.ego(export_store, "person:jan-leike", hops=2)
    assert "model:gpt-4" in two_hops.nodes and "person:ilya-sutskever" in two_hops.nodes
    dated = selection.ego(
        export_store, "Jan Leike", hops=2, facts=selection.FactFilter(since="2020", until="2024-05")
    )
    assert "person:ilya-sutskever" not in dated.nodes  # founded 2015-12
    assert "organization:anthropic" in dated.nodes  # joined 2024-05, within "until 2024-05"
    assert "model:gpt-4" in dated.nodes  # developed 2023
    typed = selection.ego(export_store, "Jan Leike", hops=2, types=["Organization"])
    assert {n for n in typed.nodes if not n.startswith("source:")} == {
        "person:jan-leike", "organization:anthropic", "organization:openai"}  # fmt: skip
    corroborated = selection.ego(export_store, "Jan Leike", hops=2, facts=selection.FactFilter(min_sources=2))
    assert {r.type for r in corroborated.relationships.values()} == {"JOINED", "MENTIONS"}
    confident = selection.ego(
        export_store, "Jan Leike", hops=2, facts=selection.FactFilter(min_confidence=0.85)
    )
    assert "organization:openai" not in confident.nodes
    only = selection.ego(
        export_store, "Jan Leike", hops=3, facts=selection.FactFilter(predicates=("DEPARTED",))
    )
    assert {r.type for r in only.relationships.values() if r.type != "MENTIONS"} == {"DEPARTED"}


def test_query_result_of_relationships_is_closed(export_store: FalkorDBStore) -> None:
    result = export_store.run("MATCH ()-[r:DEVELOPED]->() RETURN r")
    subgraph = selection.from_result(export_store, result)
    assert subgraph.dangling() == set()
    assert {"organization:openai", "model:gpt-4", "source:old-news"} <= set(subgraph.nodes)


def test_graphml_reads_back(everything: Subgraph) -> None:
    graph = nx.read_graphml(io.BytesIO(exported(everything, "graphml")))
    assert graph.number_of_nodes() == 8 and graph.number_of_edges() == 7
    leike = graph.nodes["person:jan-leike"]
    assert leike["label"] == "Jan Leike" and leike["type"] == "Person" and leike["aliases"] == "Leike"
    joined = next(d for _, _, d in graph.edges(data=True) if d["predicate"] == "JOINED")
    assert joined["evidence"] == f"{QUOTE_A} | {QUOTE_B}"
    assert joined["sources"] == "source:verge-leike | source:tc-leike"
    # llm and rules both found it at 0.9: their agreement raises it to 1 - 0.1 * 0.1
    assert joined["confidence"] == pytest.approx(0.99)
    assert graph.nodes["model:gpt-4"]["open_weights"] is False
    assert graph.nodes["source:tc-leike"]["title"] == "Superalignment lead moves"


def test_gexf_reads_back(everything: Subgraph) -> None:
    data = exported(everything, "gexf")
    graph = nx.read_gexf(io.BytesIO(data))
    assert graph.number_of_nodes() == 8 and graph.number_of_edges() == 7
    assert graph.nodes["organization:anthropic"]["label"] == "Anthropic"
    joined = next(d for _, _, d in graph.edges(data=True) if d.get("label") == "JOINED")
    assert joined["id"].startswith("fact:")
    assert QUOTE_B in joined["evidence"]
    assert joined["extractors"] == "llm | rules"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_no_list_or_none_values_reach_graph_tools(everything: Subgraph, fmt: str) -> None:
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = reader(io.BytesIO(exported(everything, fmt)))
    values = [v for _, d in graph.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in graph.edges(data=True) for v in d.values()]
    assert len(values) > 50
    for value in values:
        assert isinstance(value, str | int | float | bool)
        assert value != "None" and not str(value).startswith(("['", "[1", "{'"))


def test_node_link_json_keeps_lists(leike: Subgraph) -> None:
    data = json.loads(exported(leike, "json"))
    joined = next(e for e in data["edges"] if e["type"] == "JOINED")
    assert joined["evidence"] == [QUOTE_A, QUOTE_B]
    assert joined["evidence_starts"] == [10, -1]
    node = next(n for n in data["nodes"] if n["id"] == "person:jan-leike")
    assert (node["aliases"] == ["Leike"] and node["labels"] == ["Entity", "Person"]) or node["labels"] == [
        "Person", "Entity"]  # fmt: skip


def test_csv_files_pass_the_neo4j_admin_header_rules(everything: Subgraph) -> None:
    archive = zipfile.ZipFile(io.BytesIO(exported(everything, "csv")))
    files = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert set(files) == {
        "nodes_Person.csv", "nodes_Organization.csv", "nodes_Model.csv", "nodes_Source.csv",
        "relationships_JOINED.csv", "relationships_DEPARTED.csv", "relationships_DEVELOPED.csv",
        "relationships_FOUNDED.csv", "relationships_MENTIONS.csv", "import.txt",
    }  # fmt: skip
    assert "--array-delimiter='\\037'" in files["import.txt"]  # QUOTE_A holds a ';'
    assert check_files(files, "\x1f") == []
    person = files["nodes_Person.csv"].splitlines()[0].split(",")
    assert person[:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in person
    joined = files["relationships_JOINED.csv"]
    header = joined.splitlines()[0].split(",")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert (
        "confidence:float" in header and "evidence_starts:long[]" in header and "evidence:string[]" in header
    )
    assert "it's official" in joined and "to continue the superalignment mission" in joined


def test_csv_uses_semicolon_arrays_when_no_item_holds_one(export_store: FalkorDBStore) -> None:
    files = csv_files(selection.ego(export_store, "GPT-4", hops=1))
    assert "--array-delimiter=';'" in files["import.txt"]
    assert check_files(files, ";") == []
    assert "source:old-news;" not in files["relationships_DEVELOPED.csv"]  # one source: no delimiter


def test_csv_check_catches_a_missing_end_node(everything: Subgraph) -> None:
    files = csv_files(everything)
    del files["nodes_Model.csv"]
    assert any("model:gpt-4" in e for e in check_files(files, "\x1f"))


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")]
)
def test_rdf_parses_back_with_quotes_and_sources(everything: Subgraph, fmt: str, rdflib_format: str) -> None:
    expected = to_rdf(everything)
    graph = rdflib.Graph().parse(data=exported(everything, fmt), format=rdflib_format)
    assert len(graph) == len(expected) > 100
    rows = [(str(q), str(h), s) for q, h, s in graph.query(SPARQL_QUOTES)]
    assert rows == [
        (QUOTE_A, "Leike joins Anthropic", rdflib.Literal(10, datatype=rdflib.XSD.integer)),
        (QUOTE_B, "Superalignment lead moves", None),
    ]


def test_rdf_types_and_partial_dates(everything: Subgraph) -> None:
    graph = to_rdf(everything)
    aikg = rdflib.Namespace("https://aikg.dev/ns#")
    sdo = rdflib.Namespace("https://schema.org/")
    leike = rdflib.URIRef("https://aikg.dev/id/person/jan-leike")
    anthropic = rdflib.URIRef("https://aikg.dev/id/organization/anthropic")
    gpt4 = rdflib.URIRef("https://aikg.dev/id/model/gpt-4")
    assert (leike, rdflib.RDF.type, sdo.Person) in graph
    assert (gpt4, rdflib.RDF.type, sdo.SoftwareApplication) in graph
    assert (leike, aikg.JOINED, anthropic) in graph
    dates = {str(o): o.datatype for o in graph.objects(None, aikg.date)}
    assert dates == {"2024-05": rdflib.XSD.gYearMonth, "2024-05-17": rdflib.XSD.date,
                     "2023": rdflib.XSD.gYear, "2015-12": rdflib.XSD.gYearMonth}  # fmt: skip


def test_every_format_carries_the_quote_text(everything: Subgraph) -> None:
    for fmt in exporter_names():
        data = exported(everything, fmt)
        if fmt == "csv":
            archive = zipfile.ZipFile(io.BytesIO(data))
            data = b"".join(archive.read(n) for n in archive.namelist())
        text = data.decode("utf-8")
        assert "Sutskever co-founded OpenAI." in text, fmt
        assert "source:tc-leike" in text or "source/tc-leike" in text, fmt


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_node_and_edge_attributes_may_share_a_name(fmt: str) -> None:
    from aikg.graph.stores.base import NodeValue, RelationshipValue

    subgraph = Subgraph()
    subgraph.add(NodeValue("person:a", ("Person", "Entity"), {"id": "person:a", "name": "A", "date": "2020"}))
    subgraph.add(
        NodeValue("organization:b", ("Organization", "Entity"), {"id": "organization:b", "name": "B"})
    )
    subgraph.add(RelationshipValue("fact:1", "WORKS_AT", "person:a", "organization:b",
                                   {"fact_id": "fact:1", "date": "2024-01", "role": None}))  # fmt: skip
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = reader(io.BytesIO(exported(subgraph, fmt)))
    assert graph.nodes["person:a"]["date"] == "2020"
    [(_, _, edge)] = graph.edges(data=True)
    assert edge["date"] == "2024-01" and "role" not in edge


def test_rdf_properties_outside_the_vocabulary_get_safe_names() -> None:
    from aikg.graph.stores.base import NodeValue

    subgraph = Subgraph()
    subgraph.add(NodeValue("person:a", ("Person", "Entity"), {"id": "person:a", "odd key/x": "v"}))
    graph = rdflib.Graph().parse(data=exported(subgraph, "turtle"), format="turtle")
    assert (rdflib.URIRef("https://aikg.dev/id/person/a"), rdflib.URIRef("https://aikg.dev/ns#odd_key_x"),
            rdflib.Literal("v")) in graph  # fmt: skip
