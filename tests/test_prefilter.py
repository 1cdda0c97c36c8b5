"""The regex prefilter: the anchors of a pattern never exclude a text the pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.prefilter import Prefilter, anchors, required, required_words
from aikg.ingest.extractors.rules.ruledata import rules_for, structural

PATTERNS = [
    r"(?<!\w)(?:(?:was |has been )?(?:hired|recruited) by|joins)(?!\w)",
    r"(?:left|quit)\s+⟦O\d+⟧\s+for",
    r"(?:a |avait )?quitté|démission (?:de|d')",
]


def test_anchors_of_literal_alternatives() -> None:
    found = anchors(PATTERNS[0])
    assert found is not None
    assert found.search("she was hired by them") and found.search("he joins")
    assert not found.search("nothing to see here")


def test_a_pattern_starting_with_a_class_has_no_anchor() -> None:
    assert anchors(r"[A-Z]\w+ acquired") is None
    series = anchors(r"Series [A-H] round")
    assert series is not None and series.search("a series b round")


COMPILED = [
    (re.compile(p, re.IGNORECASE), anchors(p))
    for p in PATTERNS + [r.pattern.pattern for r in rules_for("en") if r.pattern is not None]
]
WORDS = ["left", "quit", "hired by", "joins", "series a", "round", "acquired", "backed", "⟦O1⟧", "⟦P0⟧"]


@settings(deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(WORDS) | st.text(alphabet="abcdeéilnoqrstuy '", max_size=8), max_size=8))
def test_anchors_never_exclude_a_match(parts: list[str]) -> None:
    text = " ".join(parts)
    for compiled, found in COMPILED:
        if found is not None and compiled.search(text):
            assert found.search(text.lower()), (compiled.pattern, text)


def test_required_words_anywhere_in_the_match() -> None:
    found = required(r"⟦P\d+⟧,? (?:a |the )?(?:rival|competitor) of")
    assert found is not None
    assert found.search("⟦p0⟧, a rival of ⟦o1⟧") and found.search("its competitor of old")
    assert not found.search("⟦p0⟧ met ⟦o1⟧")
    assert required(r"⟦P\d+⟧\s+\w+") is None  # nothing literal of three characters


REQUIRED = [
    (re.compile(p, re.IGNORECASE), required(p))
    for p in [*PATTERNS, *(r.pattern.pattern for r in [*rules_for("en"), *rules_for("fr")] if r.pattern)]
] + [(r.pattern, required(r.pattern.pattern, r.pattern.flags)) for r in structural()]
MORE_WORDS = [*WORDS, "rival", "competitor", "co-founder", "board", "⟦M2⟧", ",", "'s", "de", "chez"]
SOME_TEXT = st.text(alphabet="abcdeéilnoqrstuy '", max_size=8)


@settings(deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(MORE_WORDS) | SOME_TEXT, max_size=10))
def test_required_words_never_exclude_a_match(parts: list[str]) -> None:
    text = " ".join(parts)
    for compiled, found in REQUIRED:
        if found is not None and compiled.search(text):
            assert found.search(text.lower()), (compiled.pattern, text)


def test_one_scan_tells_which_rules_may_match() -> None:
    words = [frozenset({"quit", "resigned"}), frozenset({"quitté"}), None, frozenset({"board member"})]
    scan = Prefilter(words)
    # "quitté" also contains "quit": both rules pass; the rule without words always does
    assert scan.passing("elle a quitté ⟦o1⟧") == {0, 1, 2}
    # overlapping words at different positions are both found
    assert scan.passing("the board member resigned") == {0, 2, 3}
    assert scan.passing("nothing here") == {2}


@settings(deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(MORE_WORDS) | SOME_TEXT, max_size=10))
def test_the_scan_agrees_with_searching_each_rule(parts: list[str]) -> None:
    text = " ".join(parts).lower()
    expected = {i for i, w in enumerate(WORDS_OF) if w is None or any(x in text for x in w)}
    assert SCAN.passing(text) == expected


WORDS_OF = [required_words(p.pattern, p.flags) for p, _ in REQUIRED]
SCAN = Prefilter(WORDS_OF)
