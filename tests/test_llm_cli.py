"""The LLM flags of the CLI without a model: missing settings and an unreachable endpoint are one
line and a non-zero exit, and nothing is stored."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.cli import aikg

NO_LLM_ENV = {"AIKG_LLM_BASE_URL": "", "AIKG_LLM_MODEL": "", "AIKG_LLM_API_KEY": ""}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "invented.txt"
    path.write_text("Oriane Kessel left Talvane Systems in May 2025 to join Brumefield.\n", encoding="utf-8")
    return path


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_missing_endpoint_is_one_line(command: str, article: Path, tmp_path: Path) -> None:
    result = aikg(command, str(article), "--extractor", "llm", data_dir=tmp_path / "data", env=NO_LLM_ENV)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "aikg: error: the llm extractor needs its base url: pass --llm-base-url or set AIKG_LLM_BASE_URL"
        " (option 'base_url' in the library; for a local Ollama, for example, http://127.0.0.1:11434/v1"
        " and one of its model names)"
    ]


def test_unreachable_endpoint_stops_extract_with_one_line(article: Path, tmp_path: Path) -> None:
    port = _closed_port()
    result = aikg("extract", str(article), str(article), "--extractor", "rules+llm", "--llm-base-url",
                  f"http://127.0.0.1:{port}/v1", "--llm-model", "m", data_dir=tmp_path / "data")  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"aikg: error: cannot reach the LLM endpoint http://127.0.0.1:{port}/v1")
    assert result.stdout == ""


def test_unreachable_endpoint_stops_ingest_and_stores_nothing(article: Path, tmp_path: Path) -> None:
    port = _closed_port()
    data = tmp_path / "data"
    second = tmp_path / "second.txt"
    second.write_text("Brumefield hired Oriane Kessel as head of research in June 2025.\n", encoding="utf-8")
    result = aikg("ingest", str(article), str(second), "--extractor", "llm", "--llm-base-url",
                  f"http://127.0.0.1:{port}/v1", "--llm-model", "m", data_dir=data)  # fmt: skip
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("aikg: error:")]
    assert len(errors) == 1 and "cannot reach the LLM endpoint" in errors[0]
    status = json.loads(aikg("status", "--json", data_dir=data, check=True).stdout)
    aikg("server", "stop", data_dir=data)
    assert status["nodes"].get("Source", 0) == 0 and status["relationships"] == {}


def test_unknown_extractor_lists_the_llm_ones(article: Path, tmp_path: Path) -> None:
    result = aikg("extract", str(article), "--extractor", "gpt", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "choose one of llm, rules, rules+llm" in result.stderr
