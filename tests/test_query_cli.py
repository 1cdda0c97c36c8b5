"""`aikg query ...` and `aikg cypher ...` end to end on the embedded engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aikg.cli import app
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.queries.catalog import load_catalog

ROOT = Path(__file__).resolve().parent.parent
COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
INTRUDER = "CREATE (:Person:Entity {id: 'person:intruder', name: 'Intruder'})"
FIND_INTRUDER = "MATCH (n {id: 'person:intruder'}) RETURN count(n)"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "250"})


def aikg(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a user runs it (errors go through `main`)."""
    env = {**os.environ, "AIKG_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("AIKG_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "aikg", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def data_dir_of(store: FalkorDBStore) -> str:
    return str(store.data_dir)


def test_query_list_json_shape(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [q["name"] for q in listed] == sorted(load_catalog())
    assert len(listed) >= 16
    for query in listed:
        assert set(query) == {"name", "title", "description", "params", "result"}
        assert query["result"] in ("table", "graph")
        for param in query["params"]:
            assert set(param) == {
                "name",
                "type",
                "description",
                "default",
                "required",
                "min",
                "max",
                "choices",
            }
    ego = next(q for q in listed if q["name"] == "ego_network")
    hops = next(p for p in ego["params"] if p["name"] == "hops")
    assert hops == {
        "name": "hops",
        "type": "int",
        "description": "How many facts away from the centre to go (1 to 3).",
        "default": 1,
        "required": False,
        "min": 1,
        "max": 3,
        "choices": None,
    }


def test_query_list_table_names_every_query(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "list"])
    assert result.exit_code == 0
    for name in load_catalog():
        assert name in result.stdout


def test_query_show_prints_the_parameters_and_the_cypher(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "show", "shortest_path"])
    assert result.exit_code == 0
    assert result.stdout.startswith("shortest_path: Shortest path between two actors  [graph]")
    assert "from_entity (entity, required)" in result.stdout
    assert "max_hops (int, default 4)" in result.stdout
    assert load_catalog()["shortest_path"].cypher in result.stdout


def test_query_run_json(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    args = ["query", "run", "talent_flow", "-p", "to_organization=Anthropic", "--format", "json"]
    result = runner.invoke(app, [*args, "--data-dir", data_dir_of(sample_store)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["person"] for r in data["rows"]] == ["Jan Leike", "John Schulman"]
    assert data["truncated"] is False


def test_query_run_graph_json_carries_the_subgraph(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    args = [
        "query",
        "run",
        "shortest_path",
        "-p",
        "from_entity=Ilya",
        "-p",
        "to_entity=Windsurf",
        "-f",
        "json",
    ]
    result = runner.invoke(app, [*args, "--data-dir", data_dir_of(sample_store)])
    assert result.exit_code == 0, result.output
    graph = json.loads(result.stdout)["graph"]
    assert len(graph["nodes"]) == 4 and len(graph["edges"]) == 3
    assert {"person:ilya-sutskever", "organization:windsurf"} <= {n["id"] for n in graph["nodes"]}


def test_query_run_csv(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    args = ["query", "run", "board_votes", "--format", "csv", "--data-dir", data_dir_of(sample_store)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "date,voter,removed,organization,sources",
        "2023-11-17,Helen Toner,Sam Altman,OpenAI,1",
        "2023-11-17,Ilya Sutskever,Sam Altman,OpenAI,1",
    ]


def test_query_run_table(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    args = ["query", "run", "delayed_models", "--data-dir", data_dir_of(sample_store)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "more safety testing" in result.stdout
    assert "1 row" in result.stdout


def test_row_cap_is_reported(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    args = [
        "query",
        "run",
        "recent_events",
        "--max-rows",
        "2",
        "-f",
        "json",
        "--data-dir",
        data_dir_of(sample_store),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["rows"]) == 2 and data["truncated"] is True
    assert "truncated: showing the first 2 rows; raise --max-rows" in result.stderr


def test_adhoc_cypher_with_parameters(runner: CliRunner, sample_store: FalkorDBStore) -> None:
    cypher = "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id, $n + 1 AS next"
    args = ["cypher", cypher, "-p", "name=Jan Leike", "-p", "n=41", "-f", "json"]
    result = runner.invoke(app, [*args, "--data-dir", data_dir_of(sample_store)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == [{"id": "person:jan-leike", "next": 42}]


def test_a_write_without_write_flag_is_refused_and_changes_nothing(scratch_store: FalkorDBStore) -> None:
    before = scratch_store.run(COUNT_NODES).scalar()
    done = aikg(scratch_store.data_dir, "cypher", INTRUDER)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("aikg: error: FalkorDB refused a write in a read-only query")
    assert scratch_store.run(COUNT_NODES).scalar() == before
    assert scratch_store.run(FIND_INTRUDER).scalar() == 0

    done = aikg(scratch_store.data_dir, "cypher", INTRUDER, "--write")
    assert done.returncode == 0, done.stderr
    assert scratch_store.run(COUNT_NODES).scalar() == before + 1
    assert scratch_store.run(FIND_INTRUDER).scalar() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cypher", "MATCH (n RETURN n"], "aikg: error: FalkorDB: errMsg: Invalid input"),
        (["cypher", "RETURN nosuchfunction(1)"], "aikg: error: FalkorDB: Unknown function 'nosuchfunction'"),
        (
            ["cypher", "MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*)", "--timeout", "0.05"],
            "aikg: error: FalkorDB: query timed out",
        ),
        (
            ["query", "run", "ego_network", "-p", "entity=Jan Leike", "-p", "hops=two"],
            "aikg: error: parameter 'hops' (int): expected an integer, got 'two'",
        ),
        (
            ["query", "run", "ego_network", "-p", "hops=2"],
            "aikg: error: query 'ego_network' needs parameter 'entity'",
        ),
        (
            ["query", "run", "competitors", "-p", "organization"],
            "aikg: error: parameter 'organization' must look",
        ),
        (
            ["query", "run", "competitors", "-p", "org=OpenAI"],
            "aikg: error: query 'competitors' has no parameter 'org'",
        ),
        (
            ["query", "run", "competitor"],
            "aikg: error: no saved query named 'competitor': did you mean competitors",
        ),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(
    sample_store: FalkorDBStore, args: list[str], message: str
) -> None:
    done = aikg(sample_store.data_dir, *args)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(message), lines[0]
    assert done.stdout == ""


@pytest.mark.parametrize(
    "command", [["query"], ["query", "list"], ["query", "show"], ["query", "run"], ["cypher"]]
)
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_bad_parameters_fail_before_any_server_starts(runner: CliRunner, tmp_path: Path) -> None:
    args = [
        "query",
        "run",
        "ego_network",
        "-p",
        "entity=Jan Leike",
        "-p",
        "hops=9",
        "--data-dir",
        str(tmp_path),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert isinstance(result.exception, InvalidInputError)
    assert "parameter 'hops' must be at most 3, got 9" in str(result.exception)
    assert list(tmp_path.iterdir()) == []


def test_query_list_refuses_csv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "list", "--format", "csv"])
    assert result.exit_code == 2


def test_adhoc_json_carries_the_subgraph_when_nodes_are_returned(
    runner: CliRunner, sample_store: FalkorDBStore
) -> None:
    cypher = "MATCH (p:Person {id: 'person:jan-leike'})-[r:JOINED]->(o) RETURN p, r, o"
    result = runner.invoke(app, ["cypher", cypher, "-f", "json", "--data-dir", data_dir_of(sample_store)])
    assert result.exit_code == 0, result.output
    graph = json.loads(result.stdout)["graph"]
    assert {n["id"] for n in graph["nodes"]} == {
        "person:jan-leike",
        "organization:anthropic",
        "organization:google-deepmind",
    }
    assert [e["type"] for e in graph["edges"]] == ["JOINED", "JOINED"]
    result = runner.invoke(
        app, ["cypher", "RETURN 1 AS one", "-f", "json", "--data-dir", data_dir_of(sample_store)]
    )
    assert "graph" not in json.loads(result.stdout)
