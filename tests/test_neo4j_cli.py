"""The `aikg` command on Neo4j, as a user runs it: ingest, read-only Cypher, limits, status, and one
clear line for each way the connection can fail. The Neo4j lane only."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from aikg.graph.stores.base import GraphStore
from tests.cli import aikg
from tests.conftest import ROOT

pytestmark = pytest.mark.neo4j

SLOW = "MATCH (a), (b), (c), (d), (e), (f), (g) WHERE a.id <> g.id RETURN count(*)"
INTRUDER = "CREATE (:Person:Entity {id: 'person:intruder', name: 'Intruder'})"
COUNT_INTRUDERS = "MATCH (n {id: 'person:intruder'}) RETURN count(n)"


def neo4j(*args: str, tmp_path: Path, env: dict[str, str] | None = None):
    """`aikg --store neo4j ARGS` against the lane's server (or the one ``env`` points to)."""
    return aikg("--store", "neo4j", *args, data_dir=tmp_path / "unused", env=env)


def one_line_error(result, *words: str) -> None:
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("aikg: error: ") and result.stderr.count("\n") == 1, result.stderr
    for word in words:
        assert word in result.stderr


def counts(status: str) -> tuple[dict, dict]:
    data = json.loads(status)
    return data["nodes"], data["relationships"]


def test_ingest_twice_gives_the_embedded_counts(neo4j_store: GraphStore, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "corpus" / "articles").glob("en-*.md"))[:4]:
        shutil.copy(path, articles / path.name)
    first = neo4j("ingest", str(articles), tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    second = neo4j("ingest", str(articles), tmp_path=tmp_path)
    assert second.returncode == 0 and _summary(second.stdout) == [4, 4, 0, 0, 0, 0, 0]
    on_neo4j = neo4j("status", "--json", tmp_path=tmp_path)
    aikg("ingest", str(articles), data_dir=tmp_path / "embedded", check=True)
    on_embedded = aikg("status", "--json", data_dir=tmp_path / "embedded", check=True)
    assert counts(on_neo4j.stdout) == counts(on_embedded.stdout)
    assert counts(on_neo4j.stdout)[1]["MENTIONS"] > 4
    aikg("server", "stop", data_dir=tmp_path / "embedded")


def _summary(output: str) -> list[int]:
    """The ingest summary's numbers: documents, skipped, entities, facts, corroborated, errors."""
    for line in output.splitlines():
        cells = [c.strip() for c in line.replace("┃", "│").split("│") if c.strip()]
        if cells and all(c.isdigit() for c in cells):
            return [int(c) for c in cells]
    raise AssertionError(f"no summary row in {output!r}")


def test_cypher_write_needs_write_and_is_refused_by_the_server(
    neo4j_store: GraphStore, tmp_path: Path
) -> None:
    refused = neo4j("cypher", INTRUDER, tmp_path=tmp_path)
    one_line_error(refused, "Neo4j refused a write in a read-only query")
    assert neo4j_store.run(COUNT_INTRUDERS).scalar() == 0
    done = neo4j("cypher", INTRUDER, "--write", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert neo4j_store.run(COUNT_INTRUDERS).scalar() == 1


def test_timeout_and_row_cap(neo4j_store: GraphStore, tmp_path: Path) -> None:
    neo4j_store.run("UNWIND range(1, 60) AS i CREATE (:Person:Entity {id: 'person:p' + i})", write=True)
    slow = neo4j("cypher", SLOW, "--timeout", "0.05", tmp_path=tmp_path)
    one_line_error(slow, "Neo4j: query timed out")
    capped = neo4j(
        "cypher", "MATCH (n:Person) RETURN n.id", "--max-rows", "2", "--format", "json", tmp_path=tmp_path
    )
    assert capped.returncode == 0, capped.stderr
    result = json.loads(capped.stdout)
    assert result["truncated"] is True and len(result["rows"]) == 2


def test_syntax_error_is_one_line(neo4j_store: GraphStore, tmp_path: Path) -> None:
    one_line_error(neo4j("cypher", "MATCH (n RETURN n", tmp_path=tmp_path), "Neo4j: Invalid input")


def test_bad_credentials_are_one_line(tmp_path: Path) -> None:
    # Another user than the lane's: Neo4j locks a user out for a few seconds after failed logins.
    env = {"NEO4J_USER": "aikg-nobody", "NEO4J_PASSWORD": "not-the-password"}
    one_line_error(
        neo4j("status", tmp_path=tmp_path, env=env),
        f"Neo4j at {os.environ['NEO4J_URI']} refused the credentials of user 'aikg-nobody'",
        "NEO4J_PASSWORD",
    )


def test_server_down_is_one_line(tmp_path: Path) -> None:
    down = neo4j("status", tmp_path=tmp_path, env={"NEO4J_URI": "bolt://127.0.0.1:1"})
    one_line_error(down, "Neo4j at bolt://127.0.0.1:1 cannot be reached", "Connection refused")


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", "bolt://"])
def test_a_uri_that_is_not_neo4j_is_one_line(tmp_path: Path, uri: str) -> None:
    one_line_error(neo4j("status", tmp_path=tmp_path, env={"NEO4J_URI": uri}), "is not a Neo4j address")


def test_status_names_the_server_and_routing_uris_work(neo4j_store: GraphStore, tmp_path: Path) -> None:
    """A neo4j:// URI goes through the routing table (a single server is its own cluster)."""
    routed = "neo4j://" + os.environ["NEO4J_URI"].split("://", 1)[1]
    status = neo4j("status", "--json", tmp_path=tmp_path, env={"NEO4J_URI": routed})
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["backend"] == "neo4j" and data["data_dir"] == routed
    assert data["server"].startswith("Neo4j 5.26.")
    table = neo4j("status", tmp_path=tmp_path)
    assert "server Neo4j 5.26." in " ".join(table.stdout.split())
