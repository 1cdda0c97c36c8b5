"""Sentence chunks with overlap: bounds, coverage, overlap, and the text at the offsets."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.llm.chunking import chunk_text, sentence_spans

ARTICLE = (
    "Pell Avery left Coldharbor AI in March. "
    "He joined Miravel as chief of staff. "
    "Miravel builds speech models! "
    "Its newest, Tessel-2, shipped in May?\n\n"
    "Coldharbor declined to comment."
)


def test_sentences_are_found_with_their_offsets() -> None:
    spans = sentence_spans(ARTICLE)
    texts = [ARTICLE[s:e] for s, e in spans]
    assert texts == [
        "Pell Avery left Coldharbor AI in March.",
        "He joined Miravel as chief of staff.",
        "Miravel builds speech models!",
        "Its newest, Tessel-2, shipped in May?",
        "Coldharbor declined to comment.",
    ]


def test_short_text_is_one_chunk() -> None:
    chunks = chunk_text(ARTICLE, max_chars=len(ARTICLE))
    assert len(chunks) == 1 and chunks[0].text == ARTICLE


def test_long_text_is_cut_at_sentence_ends_with_one_sentence_of_overlap() -> None:
    chunks = chunk_text(ARTICLE, max_chars=80, overlap=1)
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text == ARTICLE[chunk.start : chunk.end]
        assert len(chunk.text) <= 80
        assert chunk.text[-1] in ".!?"
    for before, after in pairwise(chunks):
        assert after.start < before.end  # the last sentence of one chunk starts the next


def test_without_overlap_chunks_do_not_share_text() -> None:
    chunks = chunk_text(ARTICLE, max_chars=80, overlap=0)
    for before, after in pairwise(chunks):
        assert after.start >= before.end


def test_a_sentence_longer_than_a_chunk_is_cut_at_spaces() -> None:
    text = "word " * 60 + "end."
    chunks = chunk_text(text, max_chars=50)
    assert all(len(c.text) <= 50 for c in chunks)
    assert all(not c.text.startswith(" ") and not c.text.endswith(" ") for c in chunks)


def test_blank_text_has_no_chunks_and_bad_sizes_are_refused() -> None:
    assert chunk_text("  \n ") == []
    with pytest.raises(ValueError):
        chunk_text("text", max_chars=0)
    with pytest.raises(ValueError):
        chunk_text("text", overlap=-1)


@given(
    st.lists(st.text(alphabet="abcdefgh XYZ.!?\n", min_size=1, max_size=60), min_size=1, max_size=30),
    st.integers(10, 200),
    st.integers(0, 3),
)
@settings(max_examples=200)
def test_chunks_stay_in_bounds_cover_every_character_and_advance(
    parts: list[str], max_chars: int, overlap: int
) -> None:
    text = " ".join(parts)
    chunks = chunk_text(text, max_chars=max_chars, overlap=overlap)
    if not text.strip():
        assert chunks == []
        return
    covered = set()
    for index, chunk in enumerate(chunks):
        assert chunk.index == index
        assert chunk.text == text[chunk.start : chunk.end]
        assert len(chunk.text) <= max_chars
        covered.update(range(chunk.start, chunk.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    assert len({c.start for c in chunks}) == len(chunks)
