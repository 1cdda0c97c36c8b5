"""Parity of the two stores: the reference data and the sample corpus, ingested into the embedded
store and into Neo4j, give the same counts, the same rows for every saved query, and an `--all`
JSON export of each imports into the other with nothing lost.

The Neo4j lane only (it empties the Neo4j database of NEO4J_URI).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from aikg.graph.imports.registry import importer_for
from aikg.graph.stores.base import GraphStore, NodeValue, PathValue, RelationshipValue
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import ingest_documents
from aikg.ingest.reference import load_reference
from aikg.queries.catalog import load_catalog
from aikg.queries.params import bind
from tests.cli import aikg
from tests.conftest import ROOT, _neo4j_store
from tests.graph_snapshot import store_snapshot

pytestmark = pytest.mark.neo4j

CORPUS = ROOT / "corpus" / "articles"
CATALOG = load_catalog()
# The required parameters of the saved queries, naming actors the corpus and reference data hold.
REQUIRED = {  # saved queries compare entity ids (the runner resolves names once, before they run)
    "organization": "organization:openai",
    "entity": "person:sam-altman",
    "from_entity": "person:jan-leike",
    "to_entity": "organization:anthropic",
    "date": "2024-06",
}
EMPTY_ON_THE_CORPUS = {"delayed_models"}  # the corpus reports no delayed model
BUSIEST_SOURCE = """
MATCH (s:Source)-[:MENTIONS]->() WHERE s.id <> 'source:reference-data'
RETURN s.id, count(*) AS n ORDER BY n DESC, s.id LIMIT 1
"""


@dataclass
class Pair:
    embedded: FalkorDBStore
    neo4j: GraphStore
    data_dir: Path
    exports: dict[str, Path]


def _load(store: GraphStore) -> None:
    store.upsert(load_reference().to_batch())
    summary = ingest_documents([str(CORPUS)], store, get_extractor("rules"))
    assert summary.errors == [] and summary.documents > 30


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """Both stores loaded the way `aikg demo` loads them, and an `--all` JSON export of each."""
    data_dir = tmp_path_factory.mktemp("parity") / "data"
    embedded = FalkorDBStore(data_dir)
    embedded.ensure_schema()
    neo4j = _neo4j_store()
    try:
        _load(embedded)
        _load(neo4j)
        out = tmp_path_factory.mktemp("parity-exports")
        exports = {"embedded": out / "embedded.json", "neo4j": out / "neo4j.json"}
        for name, path in exports.items():
            args = ("export", "--all", "-f", "json", "-o", str(path), "--store", name)
            aikg(*args, data_dir=data_dir, check=True)
        yield Pair(embedded, neo4j, data_dir, exports)
    finally:
        embedded.close()
        neo4j.close()
        EmbeddedServer(data_dir).stop()


def _comparable(value: Any) -> Any:
    """A value both stores render the same way: graph values by id, labels sorted, maps by key."""
    if isinstance(value, NodeValue):
        return {"node": value.id, "labels": sorted(value.labels), "props": _comparable(value.properties)}
    if isinstance(value, RelationshipValue):
        ends = [value.start, value.type, value.end, value.id]
        return {"rel": ends, "props": _comparable(value.properties)}
    if isinstance(value, PathValue):
        return {"path": [_comparable(item) for item in (*value.nodes, *value.relationships)]}
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _comparable(v) for k, v in sorted(value.items())}
    return value


def _sorted_rows(pair: Pair, store: GraphStore, name: str) -> tuple[list[str], list[str]]:
    query = CATALOG[name]
    params = bind(query, {p.name: _required(pair, p.name) for p in query.params if p.required})
    result = store.run(query.cypher, params, timeout=60)
    return result.columns, sorted(json.dumps(_comparable(row), sort_keys=True) for row in result.rows)


def _required(pair: Pair, name: str) -> str:
    if name == "source":  # the article naming the most entities
        return str(pair.embedded.run(BUSIEST_SOURCE).scalar())
    return REQUIRED[name]


def _status(pair: Pair, store: str) -> dict[str, Any]:
    done = aikg("status", "--json", "--store", store, data_dir=pair.data_dir, check=True)
    return json.loads(done.stdout)


def test_status_counts_are_identical(pair: Pair) -> None:
    embedded, neo4j = _status(pair, "embedded"), _status(pair, "neo4j")
    assert embedded["nodes"]["Person"] > 20 and embedded["relationships"]["MENTIONS"] > 100
    assert (neo4j["nodes"], neo4j["relationships"]) == (embedded["nodes"], embedded["relationships"])
    assert neo4j["server"].startswith("Neo4j 5.")


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_saved_query_gives_the_same_rows(pair: Pair, name: str) -> None:
    columns, rows = _sorted_rows(pair, pair.embedded, name)
    assert bool(rows) != (name in EMPTY_ON_THE_CORPUS), f"{name}: {len(rows)} rows on the corpus"
    assert _sorted_rows(pair, pair.neo4j, name) == (columns, rows)


def test_whole_graphs_are_equal(pair: Pair) -> None:
    assert store_snapshot(pair.neo4j) == store_snapshot(pair.embedded)


def test_all_json_export_of_each_imports_into_the_other(
    pair: Pair, make_store: Any, neo4j_store: GraphStore
) -> None:
    """Last in this module: it empties the Neo4j database the tests above read."""
    expected = store_snapshot(pair.embedded)
    from_neo4j = make_store()
    importer_for(pair.exports["neo4j"]).load(from_neo4j, pair.exports["neo4j"])
    assert store_snapshot(from_neo4j) == expected
    importer_for(pair.exports["embedded"]).load(neo4j_store, pair.exports["embedded"])
    assert store_snapshot(neo4j_store) == expected
