"""Grounding of quotes: exact, normalised, fuzzy; the offsets always point at the real text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.llm.grounding import (
    FUZZY_THRESHOLD,
    MIN_FUZZY_CHARS,
    ground,
    normalize_with_map,
)

TEXT = (
    "Quorra Vance, chief scientist at Belltide Systems, resigned on Monday.\n"
    "She said the “roadmap – as drafted” ignored safety.  Belltide did not comment."
)


def test_exact_quote_gives_its_offsets() -> None:
    quote = "Belltide did not comment."
    found = ground(quote, TEXT)
    assert found is not None and found.method == "exact"
    assert TEXT[found.start : found.end] == quote


def test_quote_is_trimmed_before_matching() -> None:
    found = ground("  Belltide did not comment.\n", TEXT)
    assert found is not None and TEXT[found.start : found.end] == "Belltide did not comment."


def test_plain_quotes_dashes_and_spaces_match_the_typographic_text() -> None:
    quote = 'She said the "roadmap - as drafted" ignored safety.'
    found = ground(quote, TEXT)
    assert found is not None and found.method == "normalized"
    assert TEXT[found.start : found.end] == "She said the “roadmap – as drafted” ignored safety."


def test_line_breaks_in_the_text_match_spaces_in_the_quote() -> None:
    text = "Orlin Labs hired\nDelphine  Marot as\u00a0its new CTO."
    found = ground("Orlin Labs hired Delphine Marot as its new CTO.", text)
    assert found is not None and found.method == "normalized"
    assert (found.start, found.end) == (0, len(text))


def test_one_changed_word_is_found_fuzzily_and_the_real_words_are_stored() -> None:
    quote = "Quorra Vance, chief scientist at Belltide Systems, resigned on Tuesday."
    found = ground(quote, TEXT)
    assert found is not None and found.method == "fuzzy"
    assert found.score >= FUZZY_THRESHOLD
    stored = TEXT[found.start : found.end]
    assert stored.startswith("Quorra Vance, chief scientist at Belltide Systems, resigned on")
    assert "Tuesday" not in stored


def test_a_paraphrase_is_not_grounded() -> None:
    assert ground("Vance quit Belltide because of safety worries about the plan.", TEXT) is None


def test_a_short_near_miss_is_not_grounded_fuzzily() -> None:
    quote = "Belltide did comment."
    assert len(quote) < MIN_FUZZY_CHARS
    assert ground(quote, TEXT) is None


def test_empty_quote_or_text_is_not_grounded() -> None:
    assert ground("   ", TEXT) is None
    assert ground("anything at all", "") is None


def test_a_match_inside_the_window_is_preferred() -> None:
    text = "Nilo Park joined Varrow. Later, Nilo Park joined Varrow."
    found = ground("Nilo Park joined Varrow.", text, window=(20, len(text)))
    assert found is not None and found.start == text.rindex("Nilo Park")


def test_quote_longer_than_the_text_is_not_grounded() -> None:
    assert ground("a much longer sentence than the whole document holds", "Short text.") is None


@given(st.text(min_size=1, max_size=300))
@settings(max_examples=200)
def test_normalized_map_points_at_original_characters(text: str) -> None:
    plain, where = normalize_with_map(text)
    assert len(plain) == len(where)
    assert where == sorted(where)
    for char, index in zip(plain, where, strict=True):
        assert 0 <= index < len(text)
        if char != " ":
            assert not text[index].isspace()


@given(st.text(min_size=1, max_size=200), st.data())
@settings(max_examples=200)
def test_any_substring_is_grounded_to_text_that_equals_it_or_its_normal_form(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    found = ground(quote, text)
    if not quote.strip():
        assert found is None
        return
    assert found is not None
    stored = text[found.start : found.end]
    assert normalize_with_map(stored)[0].strip() == normalize_with_map(quote.strip())[0].strip()


@given(st.text(max_size=200), st.text(max_size=120))
@settings(max_examples=200)
def test_grounding_never_fails_and_offsets_stay_in_the_text(text: str, quote: str) -> None:
    found = ground(quote, text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
