"""`aikg review`, `aikg entity` and `aikg audit` as a user runs them: every action appears once in the
audit trail, and an `--all` JSON export imported into a fresh store keeps review states and the trail."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import aikg
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "facts.jsonl"


ALL_STATES = (
    "--status",
    "unreviewed",
    "--status",
    "accepted",
    "--status",
    "rejected",
    "--status",
    "corrected",
)


def facts(data_dir: Path, *args: str) -> list[dict[str, object]]:
    result = aikg("review", "list", "--format", "json", *(args or ALL_STATES), data_dir=data_dir, check=True)
    return json.loads(result.stdout)


def edge_keys(path: Path) -> set[str]:
    return {str(e["key"]) for e in json.loads(path.read_text(encoding="utf-8"))["edges"]}


def test_every_action_is_audited_once_and_survives_export_import(tmp_path: Path) -> None:
    data, fresh = tmp_path / "data", tmp_path / "fresh"
    try:
        aikg("load", str(SAMPLE), data_dir=data, check=True)
        queue = facts(data)
        assert {f["review"] for f in queue} == {"unreviewed"}
        first, second, third = (str(f["fact_id"]) for f in queue[:3])
        steps = [
            ("reject", ["review", "reject", first, "--note", "misread headline", "--user", "ana"]),
            ("accept", ["review", "accept", second]),
            ("correct", ["review", "correct", third, "--set", "date=2024-07"]),
            ("add", ["review", "add", "--subject", "Jan Leike", "--predicate", "WORKS_AT", "--object",
                     "OpenAI", "--quote", "Leike used to work at OpenAI.", "--url", "https://example.org/n",
                     "--title", "A note"]),
            ("rename", ["entity", "rename", "Jan Leike", "Jan Leike (alignment)"]),
        ]  # fmt: skip
        for _, args in steps:
            aikg(*args, data_dir=data, check=True)
        again = aikg("review", "reject", first, data_dir=data)
        assert again.returncode == 0 and "nothing changed" in again.stdout
        bad = aikg("review", "accept", "fact:0000000000000000", data_dir=data)
        assert bad.returncode == 1 and bad.stderr.startswith("aikg: error: no fact has the id")
        bad = aikg("review", "correct", third, "--set", "colour=red", data_dir=data)
        assert bad.returncode == 1 and "colour=red" in bad.stderr

        trail = json.loads(aikg("audit", "--format", "json", data_dir=data, check=True).stdout)
        assert [r["action"] for r in trail] == [name for name, _ in steps]
        assert trail[0]["user"] == "ana" and trail[0]["note"] == "misread headline"
        assert trail[0]["targets"] == [first] and trail[0]["after"] == {"review": "rejected"}
        assert len({r["id"] for r in trail}) == len(trail)
        assert (
            aikg("audit", "--since", "2999", "--format", "json", data_dir=data, check=True).stdout.strip()
            == "[]"
        )

        assert first not in {f["fact_id"] for f in facts(data, "--status", "unreviewed")}
        assert [f["fact_id"] for f in facts(data, "--status", "rejected")] == [first]
        default = json.loads(aikg("review", "list", "--format", "json", data_dir=data, check=True).stdout)
        assert default and {f["review"] for f in default} == {"unreviewed"}
        states = {
            f["fact_id"]: f["review"] for f in facts(data, "--status", "accepted", "--status", "corrected")
        }
        assert states[second] == "accepted" and states[third] == "corrected"

        dump = tmp_path / "all.json"
        aikg("export", "--all", "-o", str(dump), data_dir=data, check=True)
        visible = tmp_path / "visible.json"
        aikg("export", "--all", "--review", "not-rejected", "-o", str(visible), data_dir=data, check=True)
        assert first in edge_keys(dump) and first not in edge_keys(visible)
        aikg("import", str(dump), data_dir=fresh, check=True)
        moved = json.loads(aikg("audit", "--format", "json", data_dir=fresh, check=True).stdout)
        assert moved == trail
        assert [f["fact_id"] for f in facts(fresh, "--status", "rejected")] == [first]
        restored = {f["fact_id"]: f["review"] for f in facts(fresh)}
        assert restored == {f["fact_id"]: f["review"] for f in facts(data)}
    finally:
        for path in (data, fresh):
            aikg("server", "stop", data_dir=path)


def test_entity_merge_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    try:
        aikg("load", str(SAMPLE), data_dir=data, check=True)
        preview = json.loads(
            aikg("entity", "merge", "OpenAI", "Anthropic", "--dry-run", data_dir=data, check=True).stdout
        )
        assert preview["other"] == "organization:anthropic" and preview["facts"]
        assert json.loads(aikg("audit", "--format", "json", data_dir=data, check=True).stdout) == []
        done = aikg("entity", "merge", "OpenAI", "Anthropic", "--note", "test", data_dir=data, check=True)
        assert "merged organization:anthropic into organization:openai" in done.stdout
        again = aikg("entity", "merge", "OpenAI", "organization:anthropic", data_dir=data, check=True)
        assert "nothing changed" in again.stdout
        bad = aikg("entity", "merge", "OpenAI", "Jan Leike", data_dir=data)
        assert bad.returncode == 1 and "retype" in bad.stderr
        trail = json.loads(aikg("audit", "--format", "json", data_dir=data, check=True).stdout)
        assert [r["action"] for r in trail] == ["merge"]
    finally:
        aikg("server", "stop", data_dir=data)


def test_curation_help_loads_no_heavy_library() -> None:
    from tests.test_lazy_imports import HEAVY, loaded_after

    code = (
        "from typer.testing import CliRunner\nfrom aikg.cli import app\n"
        "for args in (['review', 'list', '--help'], ['entity', 'merge', '--help'], ['audit', '--help']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args"
    )
    loaded = loaded_after(code)
    assert "aikg" in loaded and loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
