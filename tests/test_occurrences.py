"""Literal name occurrences: the cached, prefiltered search finds exactly what the plain regex finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.occurrences import occurrences


def test_word_boundaries_are_kept() -> None:
    text = "Velloran hired staff; Velloran-backed Pintrel and Vellorans did not."
    assert [m.start() for m in occurrences("Velloran", text)] == [0]


def test_an_absent_name_gives_nothing() -> None:
    assert list(occurrences("Quorvex", "A sentence about someone else entirely.")) == []


def test_custom_boundaries() -> None:
    text = "Tamsin Ore joined. Ore Labs grew. Ore left."
    found = occurrences("Ore", text, after=r"(?![\w-])(?! [A-Z][a-z])")
    assert [m.start() for m in found] == [7, 34]


@settings(max_examples=200)
@given(
    name=st.text(alphabet="ab -.(", min_size=1, max_size=4),
    text=st.text(alphabet="ab -.(xé", max_size=40),
)
def test_same_matches_as_the_plain_regex(name: str, text: str) -> None:
    plain = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert [m.span() for m in occurrences(name, text)] == plain
