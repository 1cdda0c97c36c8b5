"""Arbitrary text (unicode, French punctuation, stray quotes) never crashes readers or the extractor."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.ingest.document import Document
from aikg.ingest.readers import DocumentError, read_documents
from tests.helpers import doc, extractor

PIECES = st.sampled_from(
    [
        "OpenAI",
        "Anthropic",
        "Sam Altman",
        "d’OpenAI",
        "l'entreprise",
        "« ",
        " »",
        "“",
        "”",
        "'s",
        " a quitté ",
        " left ",
        " PDG ",
        ", ",
        ". ",
        "\n\n",
        "GPT-4o",
        "o4-mini",
        "Claude Opus 4",
        " et ",
        " son modèle open source ",
        "é",
        "’",
        "…",
        "\u00a0",
        "Researcher ",
        " voted to remove ",
        " n'a pas ",
        "(",
        ")",
        "#tag",
        "Tags : ",
        "¿",
        "🤖",
    ]
)
TEXT = st.one_of(st.text(min_size=1, max_size=400), st.lists(PIECES, min_size=1, max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["en", "fr"]))
def test_extractor_never_crashes_and_offsets_hold(text: str, language: str) -> None:
    if not text.strip():
        return
    result = extractor().extract(doc(text, language))
    for fact in result.facts:
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote
    result.to_batch()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.sampled_from([".txt", ".md", ".html", ".jsonl", ".rss"]))
def test_readers_never_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    items = list(read_documents([str(path)]))
    assert items, "every file gives a document or an error"
    for item in items:
        if isinstance(item, DocumentError):
            assert item.document.startswith(str(path)) and item.reason and "\n" not in str(item)
        else:
            assert isinstance(item, Document) and item.text.strip()


def calls_made(work: Callable[[], object]) -> int:
    """How many Python function calls ``work`` makes: a deterministic measure of work done."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_extraction_work_grows_linearly_with_document_length() -> None:
    """Twice the paragraphs (or twice as long a sentence) costs about twice the work, not four times."""
    paragraph = "Jan Leike left OpenAI last week. Sam Altman, the CEO of OpenAI, thanked him. " * 5

    def paragraphs(n: int) -> object:
        return extractor().extract(doc("\n\n".join([paragraph] * n)))

    def long_sentence(n: int) -> object:
        return extractor().extract(doc("OpenAI and Anthropic compete with Google, " * n))

    extractor().extract(doc(paragraph))  # warm caches and lazy imports before counting
    for work, n in ((paragraphs, 20), (long_sentence, 400)):
        single, double = calls_made(lambda: work(n)), calls_made(lambda: work(2 * n))  # noqa: B023
        assert 1.5 < double / single < 2.5, (work.__name__, single, double)
    result = paragraphs(40)
    departed = [f for f in result.facts if f.predicate.value == "DEPARTED"]  # type: ignore[attr-defined]
    assert departed and len(departed[0].evidence) >= 40
