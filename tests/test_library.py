"""The library entry point: the README's example runs, and the config is built without os.environ."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

import aikg
from aikg.graph.config import StoreConfig
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.ingest.extractors import get_extractor
from aikg.ingest.extractors.config import ExtractorConfig
from aikg.kg import KnowledgeGraph
from aikg.selections import Everything

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ["en-2018-02-musk-leaves-openai-board.md", "en-2019-07-microsoft-invests-in-openai.md"]


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Use as a library", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the README's library section has a python example"
    return match.group(1)


def test_readme_library_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    (tmp_path / "corpus" / "articles").mkdir(parents=True)
    for name in ARTICLES:
        shutil.copy(ROOT / "corpus" / "articles" / name, tmp_path / "corpus" / "articles" / name)
    monkeypatch.chdir(tmp_path)
    before = dict(os.environ)
    try:
        exec(compile(readme_example(), "README.md", "exec"), {})
    finally:
        EmbeddedServer(tmp_path / "kg-data").stop()
    assert dict(os.environ) == before
    out = capsys.readouterr().out
    assert "'Person'" in out and out.splitlines()[-1].startswith("2 ")
    graphml = (tmp_path / "openai.graphml").read_text(encoding="utf-8")
    assert "organization:openai" in graphml and not (tmp_path / "openai.graphml.partial").exists()


def test_library_query_rows_and_graph(tmp_path: Path) -> None:
    with aikg.open(data_dir=tmp_path / "kg", env={}) as kg:
        try:
            kg.load_reference()
            answer = kg.query("entity_facts", entity="OpenAI")
            assert answer.rows and answer.columns
            records = answer.records()
            assert set(records[0]) == set(answer.columns)
            everything = kg.select(Everything())
            assert len(everything.nodes) > 10
            with pytest.raises(InvalidInputError, match="no saved query named"):
                kg.query("no_such_query")
        finally:
            EmbeddedServer(tmp_path / "kg").stop()


def test_store_config_from_env_and_flags() -> None:
    env = {"AIKG_STORE": "neo4j", "NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "pw"}
    config = StoreConfig.from_env(env, neo4j_uri="bolt://other:7687")
    assert (config.store, config.neo4j_uri, config.neo4j_password) == ("neo4j", "bolt://other:7687", "pw")
    assert "pw" not in repr(config)
    assert StoreConfig.from_env({}, data_dir="/x").data_dir == Path("/x")
    assert StoreConfig.from_env(config.to_env()) == config
    with pytest.raises(InvalidInputError, match="unknown store setting"):
        StoreConfig.from_env({}, colour="red")


def test_extractor_config_options_reach_the_extractor() -> None:
    config = ExtractorConfig.from_env({"AIKG_EXTRACTOR": "rules", "AIKG_EXTRACTOR_SPEED": "fast"})
    assert (config.name, dict(config.options)) == ("rules", {"speed": "fast"})
    with pytest.raises(InvalidInputError, match="extractor 'rules' does not take these options"):
        get_extractor(config)
    assert get_extractor(ExtractorConfig()).name == "rules"


def test_unknown_store_is_one_clear_error() -> None:
    with pytest.raises(InvalidInputError, match="unknown store 'nosuch'"):
        KnowledgeGraph(StoreConfig(store="nosuch"))


def test_cli_neo4j_flags_reach_the_store_without_touching_the_environment() -> None:
    from typer.testing import CliRunner

    from aikg.cli import app

    before = dict(os.environ)
    result = CliRunner().invoke(app, ["--neo4j-uri", "bolt://127.0.0.1:9", "status", "--store", "neo4j"])
    assert result.exit_code != 0 and "127.0.0.1:9" in str(result.exception)
    assert dict(os.environ) == before
