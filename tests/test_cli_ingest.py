"""`aikg extract` (public JSON contract), `aikg eval` and `aikg ingest` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from aikg.commands import ingest_cmds

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    ingest_cmds.register(app)

    @app.callback()
    def _root() -> None:
        """aikg (test app)."""

    return app


def test_extract_json_contract(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Leike leaves\npublished: 2024-05-17\nlanguage: en\nsource_url: https://e.com/leike\n---\n"
        "Jan Leike left OpenAI last week. Sam Altman, the CEO of OpenAI, thanked him.\n",
        encoding="utf-8",
    )
    result = runner.invoke(_app(), ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert set(record) == {"source", "title", "language", "published", "entities", "relations"}
    assert (record["source"], record["title"], record["language"], record["published"]) == (
        "https://e.com/leike",
        "Leike leaves",
        "en",
        "2024-05-17",
    )
    assert {"id", "name", "type", "aliases"} <= set(record["entities"][0])
    rel = next(r for r in record["relations"] if r["predicate"] == "DEPARTED")
    assert set(rel) == {
        "subject",
        "subject_id",
        "predicate",
        "object",
        "object_id",
        "properties",
        "evidence",
        "evidence_spans",
        "confidence",
        "rules",
        "headline_only",
        "extractors",
    }
    assert rel["rules"] and all(r.startswith("en.departed.") for r in rel["rules"])
    assert rel["headline_only"] is False
    assert rel["extractors"] == ["rules"]
    assert rel["evidence_spans"][0]["quote"] == rel["evidence"]
    assert (rel["subject"], rel["subject_id"], rel["object_id"]) == (
        "Jan Leike",
        "person:jan-leike",
        "organization:openai",
    )
    assert rel["evidence"] == "Jan Leike left OpenAI last week."
    assert rel["properties"]["date"] == "2024-05"


def test_extract_reports_bad_documents_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Jan Leike left OpenAI last week.", encoding="utf-8")
    result = runner.invoke(_app(), ["extract", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 1
    assert "missing.txt: no such file" in result.stderr


def test_extract_table_and_unknown_extractor(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Jan Leike left OpenAI last week.", encoding="utf-8")
    result = runner.invoke(_app(), ["extract", str(good), "--format", "table"])
    assert result.exit_code == 0 and "DEPARTED" in result.stdout
    result = runner.invoke(_app(), ["extract", str(good), "--extractor", "gpt"])
    assert result.exit_code != 0
    assert "unknown extractor 'gpt': choose one of llm, rules, rules+llm" in str(result.exception)


@pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="shared seeds and gold (../shared) are not checked out"
)
def test_eval_command_prints_the_figures() -> None:
    result = runner.invoke(
        _app(),
        [
            "eval",
            "--gold",
            str(SHARED / "eval" / "gold"),
            "--docs",
            str(SHARED / "seeds"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    micro = json.loads(result.stdout)["micro"]
    assert micro["entities"]["f1"] >= 0.95 and micro["relations"]["f1"] >= 0.90
    table = runner.invoke(
        _app(), ["eval", "--gold", str(SHARED / "eval" / "gold"), "--docs", str(SHARED / "seeds")]
    )
    assert "MICRO" in table.stdout and "relations per predicate" in table.stdout


@pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="shared seeds (../shared/seeds) are not checked out"
)
def test_ingest_seeds_twice_adds_nothing_the_second_time(data_dir: Path) -> None:
    from tests.cli import aikg

    first = aikg("ingest", str(SHARED / "seeds"), "--data-dir", str(data_dir), data_dir=data_dir, check=True)
    assert "ingest summary" in first.stdout
    row = _summary_row(first.stdout)
    assert row[0] == 4 and row[1] == 0 and row[2] > 0 and row[3] > 0
    second = aikg("ingest", str(SHARED / "seeds"), "--data-dir", str(data_dir), data_dir=data_dir, check=True)
    assert _summary_row(second.stdout) == [4, 4, 0, 0, 0, 0, 0]
    forced = aikg(
        "ingest", str(SHARED / "seeds"), "--force", "--data-dir", str(data_dir), data_dir=data_dir, check=True
    )
    row = _summary_row(forced.stdout)
    assert row[1] == 0 and row[2] == 0 and row[3] == 0


def test_ingest_reports_bad_documents(data_dir: Path, tmp_path: Path) -> None:
    from tests.cli import aikg

    good = tmp_path / "good.txt"
    good.write_text("Jan Leike left OpenAI last week to join Anthropic.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = aikg("ingest", str(empty), str(good), "--data-dir", str(data_dir), data_dir=data_dir)
    assert result.returncode == 1
    assert "empty.txt: empty document" in result.stderr
    assert _summary_row(result.stdout)[:2] == [1, 0]


def _summary_row(output: str) -> list[int]:
    """The numbers of the summary table: documents, skipped, entities, facts, corroborated, errors."""
    for line in output.splitlines():
        cells = [c.strip() for c in line.replace("┃", "│").split("│") if c.strip()]
        if cells and all(c.isdigit() for c in cells):
            return [int(c) for c in cells]
    raise AssertionError(f"no summary row in {output!r}")


def test_extract_one_object_per_document(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [
        {
            "url": "https://e.com/1",
            "title": "One",
            "text": "Jan Leike left OpenAI last week.",
            "language": "en",
        },
        {
            "url": "https://e.com/2",
            "title": "Deux",
            "text": "Microsoft a investi 10 milliards de dollars dans OpenAI.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = runner.invoke(_app(), ["extract", str(path)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["source"], r["language"]) for r in records] == [
        ("https://e.com/1", "en"),
        ("https://e.com/2", "fr"),
    ]
    assert records[1]["relations"][0]["predicate"] == "INVESTED_IN"


def test_eval_by_rule_prints_rule_ids_and_traps(tmp_path: Path) -> None:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (docs / "a.txt").write_text("Anthropic hired Jan Leike in May after he left OpenAI.", encoding="utf-8")
    (gold / "a.json").write_text(
        '{"entities": [{"name": "Jan Leike", "type": "Person"}, {"name": "OpenAI", "type": "Organization"},'
        ' {"name": "Anthropic", "type": "Organization"}],'
        ' "relations": [{"subject": "Jan Leike", "predicate": "DEPARTED", "object": "OpenAI"}],'
        ' "traps": [{"subject": "Jan Leike", "predicate": "JOINED", "object": "Anthropic", "why": "test"}]}',
        encoding="utf-8",
    )
    result = runner.invoke(_app(), ["eval", "--gold", str(gold), "--docs", str(docs), "--by-rule"])
    assert result.exit_code == 0, result.output
    assert "en.departed." in result.output
    assert "traps extracted (each also a false positive): 1 of 1" in result.output
