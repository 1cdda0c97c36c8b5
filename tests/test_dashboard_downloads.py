"""Downloads of the explorer: the ego network in every export format, query results as CSV and JSON."""

from __future__ import annotations

import io
import json
import zipfile

import networkx as nx
import pytest

from aikg.dashboard.downloads import export_formats, export_subgraph, result_csv, result_json, with_sources
from aikg.dashboard.egograph import ego_subgraph
from aikg.graph.stores.base import QueryResult
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.subgraph import Subgraph
from aikg.queries.runner import run_saved

LEIKE_NETWORK = {
    "person:jan-leike",
    "organization:openai",
    "organization:anthropic",
    "organization:google-deepmind",
}


def test_every_registered_format_is_offered() -> None:
    assert {"graphml", "gexf", "json", "csv", "cypher", "turtle", "jsonld", "nt"} <= set(export_formats())


def test_ego_network_exports_with_the_sources_its_facts_cite(sample_store: FalkorDBStore) -> None:
    subgraph = with_sources(sample_store, ego_subgraph(sample_store, "person:jan-leike", 1))
    item = export_subgraph(subgraph, "graphml", "person-jan-leike")
    assert (item.file_name, item.mime) == ("person-jan-leike.graphml", "application/graphml+xml")
    graph = nx.read_graphml(io.BytesIO(item.data))
    assert set(graph.nodes) >= LEIKE_NETWORK
    assert {"source:a", "source:b"} <= set(graph.nodes)
    assert {"DEPARTED", "JOINED", "CRITICIZED"} <= {t for _, _, t in graph.edges(data="predicate")}


@pytest.mark.parametrize("fmt", ["json", "csv", "turtle", "cypher"])
def test_ego_network_exports_in_other_formats(sample_store: FalkorDBStore, fmt: str) -> None:
    item = export_subgraph(ego_subgraph(sample_store, "person:jan-leike", 1), fmt, "ego")
    if fmt == "csv":
        assert zipfile.ZipFile(io.BytesIO(item.data)).namelist()
    elif fmt == "json":
        ids = {n["id"] for n in json.loads(item.data)["nodes"]}
        assert ids >= LEIKE_NETWORK
    else:
        assert b"jan-leike" in item.data


def test_query_result_downloads(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "board_votes", {"organization": "OpenAI"})
    csv_item = result_csv(result, "board_votes")
    assert csv_item.file_name == "board_votes.csv"
    lines = csv_item.data.decode().splitlines()
    assert lines[0].startswith("date,voter,removed")
    assert len(lines) == 3
    payload = json.loads(result_json(result, "board_votes").data)
    assert [row["voter"] for row in payload["rows"]] == ["Helen Toner", "Ilya Sutskever"]


def test_query_result_export_closes_dangling_relationships(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "ego_network", {"entity": "Helen Toner"})
    [rel] = [r for r in Subgraph.from_result(result).relationships.values() if r.type == "CRITICIZED"]
    only_rel = Subgraph.from_result(QueryResult(columns=["r"], rows=[[rel]]))
    assert only_rel.dangling() == {"person:helen-toner", "person:sam-altman"}
    full = with_sources(sample_store, only_rel)
    assert full.dangling() == set()
    assert "source:f" in full.nodes
