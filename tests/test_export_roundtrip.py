"""Export a subgraph, import it into a fresh embedded export_store, and find the same graph there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from aikg.graph import selection
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.registry import get_exporter
from aikg.graph.imports.registry import importer_for
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.subgraph import Subgraph
from tests.export_sample import QUOTE_A, QUOTE_B
from tests.graph_snapshot import snapshot, store_snapshot


def export_to(subgraph: Subgraph, fmt: str, path: Path) -> Path:
    with path.open("wb") as stream:
        get_exporter(fmt).write(subgraph, stream)
    return path


@pytest.mark.parametrize("fmt", ["json", "cypher"])
def test_ego_network_round_trips(
    fmt: str, export_store: FalkorDBStore, make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    subgraph = selection.ego(export_store, "Jan Leike", hops=1)
    path = export_to(subgraph, fmt, tmp_path / f"leike.{fmt}")
    assert QUOTE_B.splitlines()[0] in path.read_text(encoding="utf-8")

    target = make_store()
    report = importer_for(path).load(target, path)
    assert report.nodes == 5 and report.relationships == 4

    assert store_snapshot(target) == snapshot(subgraph)
    nodes, rels = store_snapshot(target)
    joined = next(props for kind, _, _, props in rels.values() if kind == "JOINED")
    assert joined["evidence"] == [QUOTE_A, QUOTE_B]
    assert joined["extractors"] == ["llm", "rules"]
    assert "source:tc-leike" in nodes


@pytest.mark.parametrize("fmt", ["json", "cypher"])
def test_whole_graph_round_trips_and_reimport_changes_nothing(
    fmt: str, export_store: FalkorDBStore, make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    path = export_to(selection.whole(export_store), fmt, tmp_path / f"all.{fmt}")
    target = make_store()
    importer_for(path).load(target, path)
    importer_for(path).load(target, path)
    assert store_snapshot(target) == store_snapshot(export_store)
    assert target.stats().relationships == {"DEPARTED": 1, "DEVELOPED": 1, "FOUNDED": 1, "JOINED": 1,
                                           "MENTIONS": 3}  # fmt: skip


def test_cypher_import_rejects_other_statements(
    make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    path = tmp_path / "evil.cypher"
    path.write_text(
        "// header\n"
        "MERGE (n:Person:Entity {id: 'person:x'}) SET n += {name: 'X'};\n"
        "MATCH (n) DETACH DELETE n;\n"
    )
    target = make_store()
    with pytest.raises(InvalidInputError, match=r"evil\.cypher:3: not a statement"):
        importer_for(path).load(target, path)
    assert target.stats().nodes == {}


def test_cypher_import_rejects_code_after_a_closed_string(
    make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    path = tmp_path / "sneaky.cypher"
    path.write_text("MERGE (n:Person:Entity {id: 'person:x'}) SET n += {name: 'X'}) DETACH DELETE n //'};\n")
    with pytest.raises(InvalidInputError, match=":1: not a statement"):
        importer_for(path).load(make_store(), path)


def test_cypher_import_keeps_an_escaped_quote_inside_the_string(
    make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    path = tmp_path / "quoted.cypher"
    head = "MERGE (n:Person:Entity {id: 'person:x'}) SET n += "
    path.write_text(head + "{name: 'X\\'}) DETACH DELETE n //'};\n")
    target = make_store()
    importer_for(path).load(target, path)
    assert target.run("MATCH (n:Person) RETURN n.name").scalar() == "X'}) DETACH DELETE n //"


def test_unknown_format_lists_valid_ones() -> None:
    with pytest.raises(InvalidInputError, match=r"graphml.*turtle"):
        get_exporter("dot")


@pytest.mark.parametrize("fmt", ["json", "cypher"])
def test_syndicated_copies_survive_export_and_import(
    fmt: str, make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    from aikg.graph.stores.syndication import add_syndication, syndications
    from tests.builders import leike_batch

    origin = make_store()
    batch = leike_batch()
    origin.upsert(batch)
    [source] = batch.sources
    assert add_syndication(origin, source.id, "https://copy.example/wire-story")
    path = export_to(selection.whole(origin), fmt, tmp_path / f"syndicated.{fmt}")
    target = make_store()
    importer_for(path).load(target, path)
    assert syndications(target, [source.id]) == {source.id: ["https://copy.example/wire-story"]}
