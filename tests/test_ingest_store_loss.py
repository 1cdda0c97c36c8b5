"""When the store goes away in the middle of an ingest, one error line names the document and says
the rest were not ingested, instead of one identical line per remaining document; a document is
named by its URL and its file, so files sharing a front-matter URL can be told apart."""

from __future__ import annotations

from pathlib import Path

from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import ingest_documents

STORY = "Quillon Robotics hired Mara Vence as its head of research on Tuesday {n}."


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"story-{n:02d}.md"
        front = "---\ntitle: Quillon hires\nsource_url: https://news.test/quillon\nlanguage: en\n---\n"
        path.write_text(front + STORY.format(n=n) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_store_lost_mid_ingest_is_one_error_and_a_stop(tmp_path: Path, data_dir: Path) -> None:
    paths = _articles(tmp_path / "articles", 6)
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    seen: list[str] = []

    def stop_after_two(name: str) -> None:
        seen.append(name)
        if len(seen) == 2:
            EmbeddedServer(data_dir).stop()

    summary = ingest_documents(
        [str(p) for p in paths], store, get_extractor("rules"), on_document=stop_after_two
    )
    assert summary.documents == 2 and len(seen) == 2  # nothing read after the failure
    [error] = summary.errors
    assert error.startswith(f"https://news.test/quillon ({paths[1]}): FalkorDB")
    assert error.endswith("stopped: the documents after it were not ingested")
