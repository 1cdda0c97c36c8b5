"""The Cypher the export and import write is accepted by Neo4j 5 too (EXPLAIN only: nothing runs)."""

from __future__ import annotations

import io

import pytest

from aikg.graph import lookup, selection
from aikg.graph.config import StoreConfig
from aikg.graph.export.cypher_script import CypherScriptExporter
from aikg.graph.imports.cypher_script import parse_script
from aikg.graph.imports.nodelink import MERGE_BOOKKEEPING
from aikg.graph.stores.falkordb_store import FalkorDBStore

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
}

pytestmark = pytest.mark.neo4j


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
    script = stream.getvalue().decode("utf-8")
    assert parse_script(script, "script"), "the importer reads every statement back"
    statements = [line for line in script.split("\n") if line.strip() and not line.startswith("//")]
    store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    try:
        for statement in statements:
            assert store.run(f"EXPLAIN {statement.removesuffix(';')}", write=True).rows == []
    finally:
        store.close()
