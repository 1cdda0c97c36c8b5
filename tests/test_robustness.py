"""Arbitrary text (unicode, French punctuation, stray quotes) never crashes readers or the extractor."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.ingest.readers import read_documents
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
    for item in read_documents([str(path)]):
        assert item is not None


def test_long_documents_take_linear_time() -> None:
    import time

    paragraph = "Jan Leike left OpenAI last week. Sam Altman, the CEO of OpenAI, thanked him. " * 10
    text = "\n\n".join([paragraph] * 400)  # about 300 KB, 8000 sentences
    started = time.perf_counter()
    result = extractor().extract(doc(text))
    assert time.perf_counter() - started < 30
    departed = next(f for f in result.facts if f.predicate.value == "DEPARTED")
    assert len(departed.evidence) >= 400
    one_line = "OpenAI and Anthropic compete with Google, " * 5000  # 200 KB without a full stop
    extractor().extract(doc(one_line))
