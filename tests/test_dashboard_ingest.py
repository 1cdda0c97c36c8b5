"""Ingest from the explorer: pasted URLs (a local HTTP server) and uploaded files, on a real store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aikg.dashboard.ingest_run import Upload, pasted_urls, run_fact_rows, run_ingest, save_uploads
from aikg.graph.schema import GraphBatch
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import leike_batch
from tests.conftest import ROOT

ARTICLE = (
    b"<html><head><title>Corvane hires a research chief</title></head><body><article>"
    b"<h1>Corvane hires a research chief</h1>"
    b"<p>Jan Leike left OpenAI in May 2024, the company confirmed on Tuesday.</p>"
    b"<p>Corvane, a start-up based in Lyon, said its new research chief would start next month "
    b"and would build a team of twelve people working on evaluation methods.</p>"
    b"</article></body></html>"
)


class Article(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(ARTICLE)))
        self.end_headers()
        self.wfile.write(ARTICLE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def article_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/corvane.html"
    server.shutdown()


@pytest.fixture
def known_leike(embedded: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> FalkorDBStore:
    """A store that already knows Jan Leike left OpenAI (from another article)."""
    embedded.upsert(GraphBatch.model_validate(leike_batch().model_dump()))
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(embedded.data_dir))
    return embedded


def test_pasted_urls_keep_only_http_lines() -> None:
    assert pasted_urls("https://a.test/x\n\n  http://b.test/y  \nftp://c\nnot a url") == [
        "https://a.test/x", "http://b.test/y"
    ]  # fmt: skip


def test_uploads_get_safe_distinct_names(tmp_path: Path) -> None:
    paths = save_uploads([Upload("../../etc/notes.md", b"a"), Upload("notes.md", b"b")], tmp_path)
    assert [Path(p).parent for p in paths] == [tmp_path, tmp_path]
    assert len(set(paths)) == 2 and all(p.endswith("notes.md") for p in paths)


def test_an_uploaded_file_run_lists_its_facts(known_leike: FalkorDBStore, tmp_path: Path) -> None:
    text = b"Jan Leike left OpenAI in May 2024. Anthropic hired Jan Leike later that month.\n"
    paths = save_uploads([Upload("memo.txt", text)], tmp_path)
    summary = run_ingest(known_leike, paths, "rules")
    assert not summary.errors and summary.documents == 1
    rows = run_fact_rows(known_leike, summary)
    by_predicate = {r["predicate"]: r for r in rows}
    assert by_predicate["DEPARTED"]["status"] == "corroborated" and by_predicate["DEPARTED"]["sources"] == 2
    assert by_predicate["JOINED"]["status"] == "new"


def test_the_ingest_page_fetches_a_url_and_lists_facts(known_leike: FalkorDBStore, article_url: str) -> None:
    app = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "ingest.py"), default_timeout=60).run()
    app.button(key="ingest-run").click().run()
    assert "Nothing to ingest" in app.warning[0].value
    app.text_area(key="ingest-urls").input(article_url).run()
    app.button(key="ingest-run").click().run()
    assert not app.exception and not app.error
    assert "1 documents, 0 skipped" in app.success[0].value
    facts = app.dataframe[0].value
    departed = facts[facts["predicate"] == "DEPARTED"].iloc[0]
    assert (departed["subject"], departed["object"]) == ("Jan Leike", "OpenAI")
    assert departed["status"] == "corroborated"
