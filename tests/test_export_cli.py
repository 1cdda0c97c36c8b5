"""`aikg export` and `aikg import` end to end on embedded stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from aikg.cli import app
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.export_sample import QUOTE_B
from tests.graph_snapshot import store_snapshot

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_export_entity_to_graphml_file(export_store: FalkorDBStore, tmp_path: Path) -> None:
    out = tmp_path / "leike.graphml"
    code, _, err = run("export", "--entity", "Jan Leike", "--hops", "1", "--type", "Organization",
                       "-o", str(out), "--data-dir", str(export_store.data_dir))  # fmt: skip
    assert code == 0, err
    graph = nx.read_graphml(out)
    assert set(graph.nodes) == {"person:jan-leike", "organization:anthropic", "organization:openai",
                                "source:verge-leike", "source:tc-leike"}  # fmt: skip
    assert "exported 5 nodes" in err


def test_export_json_to_stdout_with_filters(export_store: FalkorDBStore) -> None:
    code, out, err = run("export", "--entity", "person:jan-leike", "--hops", "2", "--predicate", "JOINED",
                         "--min-sources", "2", "--since", "2024", "--no-sources", "-f", "json", "-o", "-",
                         "--data-dir", str(export_store.data_dir))  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert sorted(n["id"] for n in data["nodes"]) == ["organization:anthropic", "person:jan-leike"]
    assert [e["type"] for e in data["edges"]] == ["JOINED"]
    assert QUOTE_B in data["edges"][0]["evidence"]


def test_export_cypher_query_result_and_import_it(
    export_store: FalkorDBStore, make_store: Callable[[], FalkorDBStore], tmp_path: Path
) -> None:
    out = tmp_path / "developed.cypher"
    code, _, err = run("export", "--cypher", "MATCH ()-[r:DEVELOPED]->() RETURN r", "-o", str(out),
                       "--data-dir", str(export_store.data_dir))  # fmt: skip
    assert code == 0, err
    target = make_store()
    code, stdout, err = run("import", str(out), "--data-dir", str(target.data_dir))
    assert code == 0, err
    assert "3 nodes, 2 relationships" in stdout  # OpenAI, GPT-4, old-news; DEVELOPED and MENTIONS
    nodes, rels = store_snapshot(target)
    assert set(nodes) == {"organization:openai", "model:gpt-4", "source:old-news"}
    assert {kind for kind, *_ in rels.values()} == {"DEVELOPED", "MENTIONS"}


def test_export_all_as_csv_zip_and_turtle(export_store: FalkorDBStore, tmp_path: Path) -> None:
    for name in ("all.zip", "all.ttl"):
        code, _, err = run(
            "export", "--all", "-o", str(tmp_path / name), "--data-dir", str(export_store.data_dir)
        )
        assert code == 0, err
    assert (tmp_path / "all.zip").read_bytes()[:2] == b"PK"
    assert "aikg:Fact" in (tmp_path / "all.ttl").read_text()


def test_export_needs_exactly_one_selection(export_store: FalkorDBStore) -> None:
    result = runner.invoke(
        app, ["export", "--all", "--entity", "Anthropic", "--data-dir", str(export_store.data_dir)]
    )
    assert isinstance(result.exception, InvalidInputError) and "exactly one" in str(result.exception)


def test_unknown_entity_and_format_are_clean_errors(export_store: FalkorDBStore) -> None:
    result = runner.invoke(app, ["export", "--entity", "Nobody", "--data-dir", str(export_store.data_dir)])
    assert isinstance(result.exception, InvalidInputError) and "Nobody" in str(result.exception)
    result = runner.invoke(app, ["export", "--all", "-f", "dot", "--data-dir", str(export_store.data_dir)])
    assert isinstance(result.exception, InvalidInputError) and "graphml" in str(result.exception)


def test_a_misspelt_entity_gets_a_suggestion(export_store: FalkorDBStore, tmp_path: Path) -> None:
    out = tmp_path / "ego.json"
    args = ["export", "--entity", "Jann Leike", "-o", str(out), "--data-dir", str(export_store.data_dir)]
    result = runner.invoke(app, args)
    assert isinstance(result.exception, InvalidInputError)
    assert "did you mean 'Jan Leike'" in str(result.exception)
    assert not out.exists()


def test_export_saved_graph_query(export_store: FalkorDBStore) -> None:
    code, out, err = run("export", "--query", "ego_network", "-p", "entity=Jan Leike", "-p", "hops=1",
                         "--no-sources", "-o", "-", "--data-dir", str(export_store.data_dir))  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert sorted(n["id"] for n in data["nodes"]) == [
        "organization:anthropic", "organization:openai", "person:jan-leike"]  # fmt: skip
    assert sorted(e["type"] for e in data["edges"]) == ["DEPARTED", "JOINED"]


def test_export_of_a_table_query_is_refused(export_store: FalkorDBStore) -> None:
    result = runner.invoke(app, ["export", "--query", "entity_facts", "-p", "entity=Jan Leike",
                                 "--data-dir", str(export_store.data_dir)])  # fmt: skip
    assert isinstance(result.exception, InvalidInputError)
    assert "no nodes or relationships" in str(result.exception)


def test_csv_zip_streams_to_stdout(export_store: FalkorDBStore) -> None:
    import io
    import zipfile

    result = runner.invoke(
        app, ["export", "--all", "-f", "csv", "-o", "-", "--data-dir", str(export_store.data_dir)]
    )
    assert result.exit_code == 0, result.stderr
    archive = zipfile.ZipFile(io.BytesIO(result.stdout_bytes))
    assert "relationships_JOINED.csv" in archive.namelist()
    assert "Leike joined Anthropic" in archive.read("relationships_JOINED.csv").decode("utf-8")
