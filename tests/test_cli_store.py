"""`aikg status`, `load`, `load-reference` and `server` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from aikg.graph.jsonl import read_batch, write_batch
from tests.builders import leike_batch
from tests.cli import aikg
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "facts.jsonl"


def status_json(data_dir: Path) -> dict:
    return json.loads(aikg("status", "--json", data_dir=data_dir, check=True).stdout)


def test_status_json_shape_on_fresh_store(data_dir: Path) -> None:
    status = status_json(data_dir)
    assert status == {"backend": "embedded", "data_dir": str(data_dir), "nodes": {}, "relationships": {}}


def test_load_sample_twice_is_idempotent(data_dir: Path) -> None:
    first = aikg("load", str(SAMPLE), data_dir=data_dir, check=True)
    assert "5 new facts" in first.stdout
    after_first = status_json(data_dir)
    assert after_first["nodes"] == {"Organization": 3, "Person": 2, "Source": 1}
    assert after_first["relationships"]["DEPARTED"] == 2
    second = aikg("load", str(SAMPLE), data_dir=data_dir, check=True)
    assert "0 new facts" in second.stdout
    assert status_json(data_dir) == after_first


def test_bad_line_is_reported_and_nothing_is_loaded(data_dir: Path, tmp_path: Path) -> None:
    aikg("load", str(SAMPLE), data_dir=data_dir, check=True)
    before = status_json(data_dir)
    good = tmp_path / "good.jsonl"
    write_batch(leike_batch(), good)
    lines = good.read_text().splitlines()
    lines.insert(
        3,
        '{"record": "fact", "subject": "person:jan-leike", "predicate": "DEPARTED",'
        ' "object": "model:gpt-4o"}',
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n")
    result = aikg("load", str(bad), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert f"{bad}:4" in result.stderr and "object of DEPARTED must be Organization" in result.stderr
    assert status_json(data_dir) == before


def test_invalid_json_and_missing_file_are_one_line_errors(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"record": "entity", "type": "Person", "name": "A"}\n{nope\n')
    result = aikg("load", str(broken), data_dir=data_dir)
    assert result.returncode == 1 and f"{broken}:2: not valid JSON" in result.stderr
    missing = aikg("load", str(tmp_path / "absent.jsonl"), data_dir=data_dir)
    assert missing.returncode != 0 and "absent.jsonl" in missing.stderr


def test_jsonl_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    batch = leike_batch()
    write_batch(batch, path)
    assert read_batch(path) == batch


def test_load_reference_marks_its_source(data_dir: Path) -> None:
    aikg("load-reference", data_dir=data_dir, check=True)
    status = status_json(data_dir)
    assert status["nodes"]["Source"] == 1
    assert status["nodes"]["Organization"] >= 2


def test_server_start_status_stop(data_dir: Path) -> None:
    assert "running" in aikg("server", "start", data_dir=data_dir, check=True).stdout
    assert aikg("server", "status", data_dir=data_dir).returncode == 0
    assert "stopped" in aikg("server", "stop", data_dir=data_dir, check=True).stdout
    assert aikg("server", "status", data_dir=data_dir).returncode == 3


def test_unknown_store_lists_valid_ones(data_dir: Path) -> None:
    result = aikg("status", "--store", "sqlite", data_dir=data_dir)
    assert result.returncode == 1
    assert "unknown store 'sqlite': choose one of embedded, neo4j" in result.stderr


def test_neo4j_without_uri_is_a_clear_error(data_dir: Path) -> None:
    result = aikg("status", "--store", "neo4j", data_dir=data_dir, env={"NEO4J_URI": ""})
    assert result.returncode == 1 and "NEO4J_URI" in result.stderr


def test_demo_loads_reference_and_corpus_and_is_repeatable(data_dir: Path) -> None:
    first = aikg("demo", "--no-open", data_dir=data_dir, check=True)
    assert "sample corpus: 36 documents, 0 skipped" in first.stdout
    status = status_json(data_dir)
    assert status["nodes"]["Source"] == 37  # the reference data and 36 articles
    assert status["nodes"]["Person"] >= 250 and status["nodes"]["Organization"] >= 150
    assert status["relationships"]["DEPARTED"] > 0
    again = aikg("demo", "--no-open", data_dir=data_dir, check=True)
    assert "36 skipped" in again.stdout and "0 new facts" in again.stdout
    assert status_json(data_dir) == status
