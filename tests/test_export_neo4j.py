"""The Cypher the export and import write is accepted by Neo4j 5 too (EXPLAIN only: nothing runs)."""

from __future__ import annotations

import io
import os

import pytest

from aikg.graph import lookup, selection
from aikg.graph.config import StoreConfig
from aikg.graph.export.cypher_script import CypherScriptExporter
from aikg.graph.imports.cypher_script import parse_script
from aikg.graph.imports.nodelink import MERGE_BOOKKEEPING
from aikg.graph.stores.falkordb_store import FalkorDBStore

NEO4J_REASON = "set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to check the export Cypher on Neo4j 5"
READS = {
    lookup.FIND_ENTITY: {"key": "Jan Leike"},
    selection.NEIGHBOURS: {
        **selection.FactFilter().params(),
        "frontier": ["person:jan-leike"],
        "types": None,
    },
    selection.FACTS_AMONG: {**selection.FactFilter(since="2020").params(), "ids": ["person:jan-leike"]},
    selection.NODES_BY_ID: {"ids": ["person:jan-leike"]},
    selection.SOURCES_BY_ID: {"ids": ["source:a"]},
    selection.MENTIONS_OF: {"ids": ["person:jan-leike"]},
    selection.ALL_NODES: {},
    selection.ALL_RELATIONSHIPS: {},
}

pytestmark = [pytest.mark.neo4j, pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason=NEO4J_REASON)]


def test_selection_reads_parse_on_neo4j() -> None:
    from aikg.graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    try:
        for cypher, params in READS.items():
            assert store.run(f"EXPLAIN {cypher}", params).rows == []
        assert store.run(f"EXPLAIN {MERGE_BOOKKEEPING}", {"rows": []}, write=True).rows == []
    finally:
        store.close()


def test_exported_script_parses_on_neo4j(export_store: FalkorDBStore) -> None:
    from aikg.graph.stores.neo4j_store import Neo4jStore

    stream = io.BytesIO()
    CypherScriptExporter().write(selection.whole(export_store), stream)
    nodes, rels = parse_script(stream.getvalue().decode("utf-8"), "script")
    store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    try:
        for statement in [*nodes, *rels]:
            assert store.run(f"EXPLAIN {statement.removesuffix(';')}", write=True).rows == []
    finally:
        store.close()
