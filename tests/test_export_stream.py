"""The streamed exports hold exactly what the in-memory pictures hold (RDF triples, node-link data),
whatever the text."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.graph.export.flat import flat_graph
from aikg.graph.export.graphml import write_graphml
from aikg.graph.export.nodelink import nodelink_data, write_nodelink
from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.export.rdf_vocab import to_rdf
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph

FORMATS = [("turtle", "turtle"), ("nt", "nt"), ("json-ld", "json-ld")]
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
text = st.text(chars | st.sampled_from("\n\t\"'\\"), min_size=1)


def _subgraph(quote: str, name: str, fact_hash: str) -> Subgraph:
    subgraph = Subgraph()
    subgraph.add(
        NodeValue("person:a", ("Person", "Entity"), {"id": "person:a", "name": name, "aliases": [name]})
    )
    subgraph.add(
        NodeValue("organization:b", ("Organization", "Entity"), {"id": "organization:b", "name": "B"})
    )
    subgraph.add(
        NodeValue("source:9f0c", ("Source",), {"id": "source:9f0c", "title": quote, "published": "2024"})
    )
    props = {
        "fact_id": f"fact:{fact_hash}",
        "date": "2024-05",
        "confidence": 0.75,
        "sources": ["source:9f0c"],
        "extractors": ["rules", "llm"],
        "evidence": [quote, quote + "!"],
        "evidence_sources": ["source:9f0c", "source:9f0c"],
        "evidence_starts": [3, -1],
        "evidence_ends": [9, -1],
        "headline_only": False,
    }
    subgraph.add(RelationshipValue(f"fact:{fact_hash}", "WORKS_AT", "person:a", "organization:b", props))
    subgraph.add(RelationshipValue("#7", "MENTIONS", "source:9f0c", "person:a", {}))
    return subgraph


def _parsed(subgraph: Subgraph, fmt: str, rdflib_format: str) -> rdflib.Graph:
    buffer = io.BytesIO()
    write_rdf(subgraph, buffer, fmt)
    return rdflib.Graph().parse(data=buffer.getvalue(), format=rdflib_format)


@pytest.mark.parametrize(("fmt", "rdflib_format"), FORMATS)
@settings(max_examples=25, deadline=None)
@given(quote=text, name=text, fact_hash=st.from_regex(r"[0-9a-f]{16}", fullmatch=True))
def test_streamed_rdf_is_the_rdf_picture(
    fmt: str, rdflib_format: str, quote: str, name: str, fact_hash: str
) -> None:
    subgraph = _subgraph(quote, name, fact_hash)
    assert set(_parsed(subgraph, fmt, rdflib_format)) == set(to_rdf(subgraph))


def test_turtle_uses_only_the_vocabulary_prefixes() -> None:
    subgraph = Subgraph()
    for index in range(300):
        subgraph.add(NodeValue(f"source:{index:04d}ab", ("Source",), {"id": f"source:{index:04d}ab"}))
    buffer = io.BytesIO()
    write_rdf(subgraph, buffer, "turtle")
    prefixes = [line for line in buffer.getvalue().decode().splitlines() if line.startswith("@prefix")]
    assert len(prefixes) == 7
    assert not any(line.startswith("@prefix ns") for line in prefixes)


@settings(max_examples=25, deadline=None)
@given(quote=text, name=text, fact_hash=st.from_regex(r"[0-9a-f]{16}", fullmatch=True))
def test_streamed_node_link_json_is_the_node_link_data(quote: str, name: str, fact_hash: str) -> None:
    subgraph = _subgraph(quote, name, fact_hash)
    subgraph.add(
        RelationshipValue("fact:x", "WORKS_AT", "person:outside", "organization:b", {"fact_id": "fact:x"})
    )
    buffer = io.BytesIO()
    write_nodelink(subgraph, buffer)
    streamed = json.loads(buffer.getvalue())
    expected = nodelink_data(subgraph)

    def key(edge: dict[str, object]) -> str:
        return str(edge["key"])

    assert {k: v for k, v in streamed.items() if k != "edges"} == {
        k: v for k, v in expected.items() if k != "edges"
    }
    assert sorted(streamed["edges"], key=key) == sorted(expected["edges"], key=key)


xml_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t<>&\"'"), min_size=1
)


@settings(max_examples=25, deadline=None)
@given(quote=xml_text, name=xml_text, fact_hash=st.from_regex(r"[0-9a-f]{16}", fullmatch=True))
def test_streamed_graphml_reads_back_as_the_networkx_graphml(quote: str, name: str, fact_hash: str) -> None:
    subgraph = _subgraph(quote, name, fact_hash)
    subgraph.add(
        RelationshipValue("fact:x", "WORKS_AT", "person:outside", "organization:b", {"fact_id": "fact:x"})
    )
    graph = flat_graph(subgraph)
    for _, _, data in graph.edges(data=True):
        data.pop("id", None)
    expected_buffer, buffer = io.BytesIO(), io.BytesIO()
    nx.write_graphml(graph, expected_buffer, encoding="utf-8")
    write_graphml(subgraph, buffer)
    expected = nx.read_graphml(io.BytesIO(expected_buffer.getvalue()))
    streamed = nx.read_graphml(io.BytesIO(buffer.getvalue()))
    assert dict(streamed.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(map(str, streamed.edges(data=True))) == sorted(map(str, expected.edges(data=True)))
    assert streamed.number_of_edges() == expected.number_of_edges() == 3
