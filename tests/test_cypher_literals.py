"""Any property value survives the Cypher script: escaped by the exporter, stored by the engine
when the script runs, read back unchanged by the importer's parser (Hypothesis)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.export.cypher_literals import literal, tokenize, unquote_string
from aikg.graph.export.cypher_script import CypherScriptExporter
from aikg.graph.imports.cypher_script import parse_script
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.subgraph import Subgraph

# FalkorDB strings are C strings (no NUL byte), and it prints doubles with 15 significant digits
# (no subnormals, nothing near the largest double): the values below stay inside those limits.
TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=40)
SCALAR = st.one_of(TEXT, st.integers(-(2**53), 2**53), st.booleans(),
                   st.floats(-1e300, 1e300, allow_subnormal=False))  # fmt: skip
VALUE = st.one_of(SCALAR, st.lists(TEXT, max_size=4), st.lists(st.integers(-1000, 1000), max_size=4))
KEYS = st.sampled_from(["name", "title", "note", "weird key", "évidence", "a-b:c"])
PROPS = st.dictionaries(KEYS, VALUE, max_size=5)


@pytest.fixture(scope="module")
def literal_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorDBStore]:
    store = FalkorDBStore(tmp_path_factory.mktemp("literals"))
    yield store
    store.close()
    EmbeddedServer(store.data_dir).stop()


@given(TEXT)
def test_string_literal_is_one_token_that_unquotes_to_the_text(text: str) -> None:
    tokens = tokenize(literal(text))
    assert len(tokens) == 1 and tokens[0][0] == "string"
    assert unquote_string(tokens[0][1]) == text
    assert "\n" not in literal(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(node_props=PROPS, rel_props=PROPS)
def test_script_round_trips_any_values(
    literal_store: FalkorDBStore, node_props: dict[str, Any], rel_props: dict[str, Any]
) -> None:
    literal_store.run("MATCH (n) DETACH DELETE n", write=True)
    subgraph = Subgraph()
    subgraph.add(NodeValue("person:a", ("Person", "Entity"), {"id": "person:a", **node_props}))
    subgraph.add(NodeValue("organization:b", ("Organization", "Entity"), {"id": "organization:b"}))
    subgraph.add(RelationshipValue("fact:1", "WORKS_AT", "person:a", "organization:b",
                                   {"fact_id": "fact:1", **rel_props}))  # fmt: skip
    stream = io.BytesIO()
    CypherScriptExporter().write(subgraph, stream)
    script = stream.getvalue().decode("utf-8")
    for statement in script.split("\n")[1:]:  # the exporter's contract: it runs on the engine
        if statement:
            literal_store.run(statement.removesuffix(";"), write=True)
    stored_node = literal_store.run("MATCH (n:Person {id: 'person:a'}) RETURN n").scalar()
    stored_rel = literal_store.run("MATCH ()-[r:WORKS_AT]->() RETURN r").scalar()
    assert stored_node.properties == approx({"id": "person:a", **node_props})
    assert stored_rel.properties == approx({"fact_id": "fact:1", **rel_props})
    records = [record for _, _, record in parse_script(script, "script")]
    assert {"id": "person:a", "labels": ["Person", "Entity"], **node_props} in records
    edge = {"source": "person:a", "target": "organization:b", "type": "WORKS_AT", "fact_id": "fact:1"}
    assert {**edge, **rel_props} in records


def approx(props: dict[str, Any]) -> dict[str, Any]:
    """FalkorDB returns doubles printed with 15 significant digits."""
    return {k: pytest.approx(v, rel=1e-14) if isinstance(v, float) else v for k, v in props.items()}


def test_a_name_with_a_back_quote_is_refused() -> None:
    from aikg.graph.errors import InvalidInputError
    from aikg.graph.export.cypher_literals import map_literal

    with pytest.raises(InvalidInputError, match="cannot be written"):
        map_literal({"x`y": 1})
