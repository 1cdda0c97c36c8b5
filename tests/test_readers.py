"""Readers: every format, page furniture, and bad input (one error line per document, batch goes on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aikg.ingest.readers import DocumentError, read_documents

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
ARTICLE = "OpenAI released GPT-4o on Monday. The model is faster and cheaper than its predecessor."


def _read(*inputs: str, max_bytes: int = 5_000_000) -> list:
    return list(read_documents(list(inputs), max_bytes))


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Publié le 19 juillet 2025 à 09h15\n\n" + ARTICLE, encoding="utf-8")
    [doc] = _read(str(path))
    assert doc.language == "en" and doc.published == "2025-07-19" and doc.path == str(path)
    assert doc.to_source().content_hash == doc.content_hash


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: GPT-4o\npublished: 2024-05-13\nlanguage: en\nsource_url: https://example.com/a\n---\n"
        "# Heading\n\n" + ARTICLE + " See [the post](https://openai.com).\n",
        encoding="utf-8",
    )
    [doc] = _read(str(path))
    assert (doc.title, doc.published, doc.language, doc.url) == (
        "GPT-4o",
        "2024-05-13",
        "en",
        "https://example.com/a",
    )
    assert doc.to_source().url == "https://example.com/a"
    assert "the post" in doc.text and "](" not in doc.text


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    body = " ".join([ARTICLE] * 4)
    path.write_text(
        "<html><head><title>GPT-4o launch</title><meta name='date' content='2024-05-13'></head><body>"
        "<nav>Home | News</nav><article><h1>GPT-4o launch</h1><p>"
        + body
        + "</p><p>"
        + body
        + "</p></article>"
        "<footer>Cookies policy</footer></body></html>",
        encoding="utf-8",
    )
    [doc] = _read(str(path))
    assert "GPT-4o" in doc.text and "Cookies policy" not in doc.text
    assert doc.title == "GPT-4o launch"


def test_json_lines_each_line_a_document(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {
            "url": "https://e.com/1",
            "title": "One",
            "text": ARTICLE,
            "published": "2024-05-13",
            "language": "en",
        },
        {
            "url": "https://e.com/2",
            "title": "Two",
            "text": "OpenAI a dévoilé GPT-4o lundi, un modèle rapide.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    items = _read(str(path))
    docs = [i for i in items if not isinstance(i, DocumentError)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [d.url for d in docs] == ["https://e.com/1", "https://e.com/2"]
    assert docs[1].language == "fr"
    assert len(errors) == 1 and ":3" in str(errors[0])


def test_rss_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>AI</title><language>en</language>"
        "<item><title>GPT-4o</title><link>https://e.com/1</link>"
        "<pubDate>Mon, 13 May 2024 10:00:00 GMT</pubDate>"
        f"<description>{ARTICLE}</description></item>"
        "<item><title>Claude</title><link>https://e.com/2</link>"
        "<description>Anthropic released Claude Opus 4 in May, its most capable model so far."
        "</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    docs = _read(str(path))
    assert [d.url for d in docs] == ["https://e.com/1", "https://e.com/2"]
    assert docs[0].published == "2024-05-13"


def test_directory_is_recursive_and_skips_readme(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("OpenAI a dévoilé GPT-4o lundi, un modèle rapide.", encoding="utf-8")
    (tmp_path / "README.md").write_text("About these files.", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    docs = _read(str(tmp_path))
    assert sorted(Path(d.path).name for d in docs) == ["a.txt", "b.md"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n", "empty document"),
        ("binary.txt", b"\x00\x01\x02binary\x00", "binary"),
        ("latin1.txt", "Société générale".encode("latin-1"), "not valid UTF-8"),
        ("unknown.pdf", b"%PDF-1.4", "unknown format"),
    ],
)
def test_bad_documents_fail_alone(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    items = _read(str(bad), str(good))
    assert isinstance(items[0], DocumentError) and reason in str(items[0]) and name in str(items[0])
    assert not isinstance(items[1], DocumentError)


def test_huge_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    [item] = _read(str(path), max_bytes=1000)
    assert isinstance(item, DocumentError) and "--max-bytes" in str(item)


def test_missing_and_unreachable() -> None:
    items = _read("/definitely/not/here.txt", "http://127.0.0.1:9/article")
    assert all(isinstance(i, DocumentError) for i in items)
    assert "no such file" in str(items[0]) and "unreachable" in str(items[1])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds (../shared/seeds) are not checked out")
def test_seed_furniture_is_stripped() -> None:
    docs = {Path(d.path).stem: d for d in _read(str(SEEDS))}
    english = docs["en-2025-07-19-actuia-speed-vs-safety"].text
    assert "Apple" not in english and "Louvre" not in english.lower() and "Microsoft Edge" not in english
    assert "Frequently asked questions" in english
    leike = docs["fr-2024-05-21-leike-resignation"].text
    assert "#démission" not in leike and "Akismet" not in leike and "You may also like" not in leike
    delays = docs["fr-2025-07-openai-delays-open-model"].text
    assert "BlogNT" not in delays and "Tags" not in delays
    assert docs["fr-2024-05-21-leike-resignation"].published == "2024-05-21"


@pytest.fixture
def local_site(tmp_path: Path):
    """A real HTTP server on localhost serving an article page and a feed (no outside network)."""
    import functools
    import http.server
    import threading

    body = " ".join([ARTICLE] * 4)
    (tmp_path / "article.html").write_text(
        f"<html><head><title>GPT-4o launch</title></head><body><article><h1>GPT-4o launch</h1><p>{body}</p>"
        f"<p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>AI</title>"
        f"<item><title>One</title><link>https://e.com/1</link><description>{ARTICLE}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_html_feed_and_404(local_site: str) -> None:
    page, feed, missing = _read(
        f"{local_site}/article.html", f"{local_site}/feed.xml", f"{local_site}/nope.html"
    )
    assert (
        page.url == f"{local_site}/article.html" and "GPT-4o" in page.text and page.title == "GPT-4o launch"
    )
    assert feed.url == "https://e.com/1"
    assert isinstance(missing, DocumentError) and "HTTP 404" in str(missing)


@pytest.mark.parametrize(
    "tail",
    [
        "À lire aussi : Nvidia publie des résultats record",
        "Related: Microsoft and OpenAI team up again, sources say",
        "Tags : ChatGPT, OpenAI",
        "The author Jane Doe\n\nJ'ai fondé le blog en 2010.",
        "You may also like\n\nLeave a Comment",
    ],
)
def test_furniture_markers_cut_the_tail(tail: str) -> None:
    from aikg.ingest.furniture import strip_furniture

    body = "\n\n".join([ARTICLE] * 3)
    assert strip_furniture(f"{body}\n\n{tail}") == body
