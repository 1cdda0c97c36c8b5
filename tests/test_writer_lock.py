"""One writer per data dir: concurrent ingests store every fact once, a second writer waits with a
message and gives up after its limit, readers are never blocked, and the engine itself refuses a
second relationship with a known fact id. Real `aikg` processes on the real embedded engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aikg.graph.errors import ConstraintViolationError
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.stores.writer_lock import writer_lock
from tests.cli import aikg
from tests.conftest import ROOT

ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.md"))[:12]
FACT_COUNTS = (
    "MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN count(r) AS facts, count(DISTINCT r.fact_id) AS ids"
)


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "AIKG_DATA_DIR": str(data_dir), "COLUMNS": "200"}
    env.pop("AIKG_STORE", None)
    return env


def _counts(data_dir: Path) -> tuple[dict[str, int], dict[str, int], list[int]]:
    store = FalkorDBStore(data_dir)
    try:
        stats = store.stats()
        facts, ids = store.run(FACT_COUNTS).rows[0]
        return stats.nodes, stats.relationships, [facts, ids]
    finally:
        store.close()


def _summary_row(stdout: str) -> list[int]:
    """documents, skipped, new entities, new facts, corroborated facts, errors of `aikg ingest`."""
    rows = [
        line for line in stdout.splitlines() if line.startswith("│") and line.split("│")[1].strip().isdigit()
    ]
    return [int(cell) for cell in rows[-1].strip("│ ").split("│")]


@pytest.mark.skipif(len(ARTICLES) < 12, reason="corpus/articles is not there")
def test_four_concurrent_ingests_store_every_fact_once(tmp_path: Path) -> None:
    single, shared = tmp_path / "single", tmp_path / "shared"
    try:
        aikg("ingest", *map(str, ARTICLES), data_dir=single, check=True)
        EmbeddedServer(shared).ensure_running()  # all four race on the same server from the start
        overlapping = [ARTICLES[0:8], ARTICLES[4:12], ARTICLES[8:12] + ARTICLES[0:4], ARTICLES[::-1]]
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "aikg", "ingest", *map(str, docs)],
                cwd=ROOT,
                env=_env(shared),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for docs in overlapping
        ]
        outputs = [p.communicate(timeout=600) for p in processes]
        assert [p.returncode for p in processes] == [0, 0, 0, 0], [err for _, err in outputs]
        summaries = [_summary_row(out) for out, _ in outputs]
        # each document was extracted and written by exactly one process; the others skipped it
        assert sum(row[0] - row[1] for row in summaries) == len(ARTICLES)
        nodes, relationships, (facts, ids) = _counts(shared)
        assert sum(row[3] for row in summaries) == facts  # no fact was reported new twice
        assert facts == ids > 0  # every fact id exactly once
        assert (nodes, relationships) == _counts(single)[:2]
    finally:
        EmbeddedServer(single).stop()
        EmbeddedServer(shared).stop()


def test_a_second_writer_waits_then_gives_up_with_one_clear_line(data_dir: Path) -> None:
    with writer_lock(data_dir):
        result = aikg("load-reference", data_dir=data_dir, env={"AIKG_WRITER_WAIT": "0.5"})
        reader = aikg("status", "--json", data_dir=data_dir)
    assert result.returncode == 1
    assert f"waiting for another aikg writer on {data_dir}" in result.stderr
    assert "aikg: error: another aikg process is still writing to" in result.stderr
    assert reader.returncode == 0, reader.stderr  # readers never wait for the writer lock
    after = aikg("load-reference", data_dir=data_dir, env={"AIKG_WRITER_WAIT": "0.5"})
    assert after.returncode == 0, after.stderr
    assert "waiting" not in after.stderr


def test_cypher_write_takes_the_lock_and_a_read_does_not(data_dir: Path) -> None:
    with writer_lock(data_dir):
        write = aikg(
            "cypher", "--write", "CREATE (:Scratch)", data_dir=data_dir, env={"AIKG_WRITER_WAIT": "0"}
        )
        read = aikg("cypher", "RETURN 1 AS one", data_dir=data_dir)
    assert write.returncode == 1 and "still writing" in write.stderr
    assert read.returncode == 0, read.stderr  # a reader never waits for the writer lock


def test_a_bad_wait_limit_is_one_clear_line(data_dir: Path) -> None:
    result = aikg("load-reference", data_dir=data_dir, env={"AIKG_WRITER_WAIT": "soon"})
    assert result.returncode == 1
    assert result.stderr.strip() == "aikg: error: AIKG_WRITER_WAIT='soon' is not a number of seconds"


def test_the_engine_refuses_a_second_relationship_with_a_known_fact_id(store: GraphStore) -> None:
    """On both engines (the Neo4j lane when NEO4J_URI is set): a uniqueness constraint per predicate."""
    store.run("CREATE (:Entity {id: 'organization:a'}), (:Entity {id: 'organization:b'})", write=True)
    pair = "MATCH (a:Entity {id: 'organization:a'}), (b:Entity {id: 'organization:b'}) "
    store.run(pair + "CREATE (a)-[:PARTNERED_WITH {fact_id: 'fact:x'}]->(b)", write=True)
    with pytest.raises(ConstraintViolationError):
        store.run(pair + "CREATE (a)-[:PARTNERED_WITH {fact_id: 'fact:x'}]->(b)", write=True)
    assert store.run(FACT_COUNTS).rows == [[1, 1]]


def test_schema_setup_is_idempotent_across_processes(data_dir: Path) -> None:
    first, second = FalkorDBStore(data_dir), FalkorDBStore(data_dir)
    try:
        first.ensure_schema()
        second.ensure_schema()  # another process already made every index and constraint
        constraints = first.run("CALL db.constraints() YIELD label RETURN count(label)").scalar()
        assert constraints == 16
    finally:
        first.close()
        second.close()


def test_the_store_itself_serialises_writes_from_any_process(data_dir: Path) -> None:
    script = (
        "from pathlib import Path; from aikg.graph.stores.falkordb_store import FalkorDBStore; "
        "from aikg.graph.errors import WriterBusyError\n"
        "store = FalkorDBStore(Path(__import__('sys').argv[1]))\n"
        "try:\n    store.run('CREATE (:Scratch)', write=True)\nexcept WriterBusyError as exc:\n    print(exc)"
    )
    env = {**_env(data_dir), "AIKG_WRITER_WAIT": "0.3"}
    FalkorDBStore(data_dir).ensure_schema()
    with writer_lock(data_dir):
        blocked = subprocess.run(
            [sys.executable, "-c", script, str(data_dir)], env=env, capture_output=True, text=True
        )
        reader = FalkorDBStore(data_dir)
        reader.run("CREATE (:Mine)", write=True)  # the holder's own writes go through (re-entrant)
    assert "still writing" in blocked.stdout, blocked.stderr
    assert reader.run("MATCH (n) RETURN count(n)").scalar() == 1  # only the holder's node
    reader.close()
