"""Near-duplicate detection of syndicated copies: pairs that must and must not match, the index in the
data dir's state file, and how the explorer shows a source's copies. The texts are invented."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.dashboard.facts import evidence_items
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.ingest.state import State
from aikg.ingest.syndication import JACCARD_THRESHOLD, MIN_WORDS, SyndicationIndex, similarity

STORY = (
    "Northwind Labs said on Monday that its new speech model, Lark 2, will be released to researchers "
    "in the spring after a long series of safety reviews. The company told reporters that the model "
    "understands eleven languages and runs on a single graphics card, which should make it cheaper "
    "to deploy in hospitals and call centres. Northwind Labs was founded four years ago in Oslo by "
    "two former university lecturers and now employs around ninety people. Its chief executive said "
    "the team had delayed the launch twice because early versions made too many mistakes with "
    "numbers and dates. A small group of hospitals in Norway has been testing the model since the "
    "autumn, and the company says their doctors saved close to an hour a day on their notes."
)
FOOTER_A = "This article first appeared on the North Sea Tech Wire and is republished with permission."
FOOTER_B = "Copyright 2025 Fjord Business Review. Sign up for our newsletter to get stories like this."
BYLINE_A = "By Ingrid Sol, wire reporter."
BYLINE_B = "Staff and agencies, updated at 14:05."
RELATED = "Related: Oslo start-ups raise more money than ever. Read also: five tools for busy doctors."
OTHER_STORY_SAME_EVENT = (
    "Hospitals in Norway will soon be able to buy a speech model made in Oslo. Lark 2, the second "
    "version of the system built by Northwind Labs, goes to researchers this spring, the firm "
    "confirmed in a press release on Monday. Doctors who tried the early version told us it was "
    "good at catching drug names but still stumbled over long numbers. Rival companies in Sweden "
    "and Finland are working on similar tools, and several of them hope to sell to public health "
    "services across the region. Northwind declined to give a price, saying only that a hospital "
    "would not need new hardware to run it."
)


def test_same_story_with_another_footer_byline_or_related_box_matches() -> None:
    for copy in (
        f"{STORY} {FOOTER_B}",
        f"{BYLINE_B} {STORY} {FOOTER_B}",
        f"{BYLINE_B} {STORY} {RELATED} {FOOTER_B}",
    ):
        assert similarity(f"{BYLINE_A} {STORY} {FOOTER_A}", copy) >= JACCARD_THRESHOLD


def test_a_different_article_about_the_same_event_does_not_match() -> None:
    assert similarity(STORY, OTHER_STORY_SAME_EVENT) < 0.1
    assert similarity(f"{STORY} {FOOTER_A}", f"{OTHER_STORY_SAME_EVENT} {FOOTER_A}") < JACCARD_THRESHOLD


def test_a_truncated_teaser_of_the_story_does_not_match() -> None:
    teaser = " ".join(STORY.split()[:45])
    assert similarity(STORY, teaser) < JACCARD_THRESHOLD


def test_index_finds_the_first_stored_copy_and_survives_a_restart(tmp_path: Path) -> None:
    with State(tmp_path) as state:
        index = SyndicationIndex(state)
        assert index.matches(STORY) == []
        index.add("source:first", "https://wire.example/a", f"{STORY} {FOOTER_A}")
        index.add("source:other", "https://review.example/b", OTHER_STORY_SAME_EVENT)
    with State(tmp_path) as state:
        index = SyndicationIndex(state)
        assert index.matches(f"{BYLINE_B} {STORY} {FOOTER_B}") == ["source:first"]
        assert index.matches(f"{STORY} {FOOTER_A}", exclude="source:first") == []
        index.forget(["source:first"])
        assert index.matches(f"{STORY} {FOOTER_B}") == []


def test_short_texts_are_never_matched(tmp_path: Path) -> None:
    short = "Northwind Labs will release Lark 2 in the spring, the company said."
    with State(tmp_path) as state:
        index = SyndicationIndex(state)
        index.add("source:short", None, short)
        assert index.matches(short) == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=3, max_size=9), max_size=80))
def test_similarity_is_symmetric_bounded_and_total_on_identical_text(words: list[str]) -> None:
    text = " ".join(words)
    other = " ".join(reversed(words))
    assert 0.0 <= similarity(text, other) <= 1.0
    assert similarity(text, other) == similarity(other, text)
    assert similarity(text, text) == 1.0


def test_the_explorer_shows_a_sources_syndicated_copies() -> None:
    source = NodeValue(
        "source:first",
        ("Source",),
        {
            "title": "Lark 2 in the spring",
            "url": "https://wire.example/a",
            "syndications": ["https://review.example/b", "https://x.example/<img src=x onerror=alert(1)>"],
        },
    )
    rel = RelationshipValue(
        "r1",
        "DEVELOPED",
        "organization:northwind-labs",
        "model:lark-2",
        {"evidence": ["Northwind Labs built Lark 2."], "evidence_sources": ["source:first"]},
    )
    [item] = evidence_items(rel, {"source:first": source})
    assert item.syndications == ("https://review.example/b", "https://x.example/<img src=x onerror=alert(1)>")
    text = item.markdown()
    assert "also published at (syndicated copies)" in text and "(<https://review.example/b>)" in text
    # the URL is percent-encoded in the link target and markdown-escaped in the link text
    assert "<https://x.example/%3Cimg%20src=x%20onerror=alert(1)%3E>" in text
    assert "<img" not in text.replace("\\<img", "")


def test_min_words_documented() -> None:
    assert MIN_WORDS == 40 and JACCARD_THRESHOLD == 0.5
