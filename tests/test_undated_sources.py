"""A fact from a source with no publication date is undated: never dated by the day it was ingested."""

from __future__ import annotations

import datetime
from pathlib import Path

from aikg.graph.stores.base import GraphStore
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import ingest_documents
from aikg.queries.runner import run_saved

UNDATED = (
    "Marguerite Olliver left Anthropic to start a research collective. "
    "Anthropic released Claude Opus 4 to its enterprise customers."
)


def test_undated_text_file_gives_facts_with_no_date(store: GraphStore, tmp_path: Path) -> None:
    article = tmp_path / "undated-note.txt"
    article.write_text(UNDATED, encoding="utf-8")
    summary = ingest_documents([str(article)], store, get_extractor("rules"))
    assert not summary.errors
    rows = store.run("MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN r.date, r.first_reported").rows
    assert rows, "the note states facts"
    today = datetime.date.today().isoformat()
    assert all(row[0] is None and row[1] is None for row in rows), rows
    recent = run_saved(store, "recent_events", {"limit": 50})
    assert recent.rows and all(today not in map(str, row) for row in recent.rows)
