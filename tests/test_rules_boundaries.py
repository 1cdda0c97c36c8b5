"""Sentence and entity boundaries: heading lines and paragraph breaks end a sentence, and no entity
name runs across a sentence end, a line or a paragraph."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.sentences import split_sentences
from tests.helpers import extract


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_heading_line_without_a_period_is_its_own_sentence() -> None:
    text = "Pellimore Robotics Hires A New Chief\nTobias Renner joined Pellimore Robotics on Monday."
    assert _sentences(text) == [
        "Pellimore Robotics Hires A New Chief",
        "Tobias Renner joined Pellimore Robotics on Monday.",
    ]
    heading = "## Quiet growth\n\nThe workshop in Tromsø doubled its staff."
    assert _sentences(heading) == ["## Quiet growth", "The workshop in Tromsø doubled its staff."]


def test_a_paragraph_break_ends_a_sentence() -> None:
    text = "The team met in Oslo\n\nKestrel Robotics later moved."
    assert _sentences(text) == ["The team met in Oslo", "Kestrel Robotics later moved."]


def _mentions(text: str, language: str = "en") -> list[str]:
    return [m.text for m in extract(text, language).mentions]


def test_an_organization_never_starts_in_the_previous_paragraph() -> None:
    text = "Orvane Labs opened a workshop in Norway.\n\nKestrel Robotics hired Dana Whitcombe as its chief."
    mentions = _mentions(text)
    assert "Kestrel Robotics" in mentions
    assert not any("\n" in m or "Norway" in m for m in mentions)


def test_an_organization_never_starts_in_the_previous_sentence() -> None:
    text = "Orvane Labs opened a workshop in Norway. Kestrel Robotics hired Dana Whitcombe as its chief."
    mentions = _mentions(text)
    assert "Kestrel Robotics" in mentions and not any("Norway" in m for m in mentions)


def test_a_heading_does_not_lend_its_last_words_to_the_next_line() -> None:
    text = "Spring Hiring At Brenmoor Systems\nTobias Renner, a former engineer at Calder AI, joined in May."
    mentions = _mentions(text)
    assert "Tobias Renner" in mentions
    assert not any("\n" in m for m in mentions)


def test_french_paragraphs_too() -> None:
    text = "La start-up a ouvert un bureau à Rennes.\n\nVolubile Robotique recrute Anaïs Kerbrat."
    mentions = _mentions(text, "fr")
    assert "Volubile Robotique" in mentions and not any("Rennes" in m for m in mentions)


WORDS = ["Kestrel", "Robotics", "Labs", "Norway", "Dana", "Whitcombe", "joined", "the", "in", "AI", "Capital"]


@settings(deadline=None, max_examples=60)
@given(
    st.lists(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["\n", "\n\n", ".\n\n", ". "]),
)
def test_no_mention_crosses_a_break(lines: list[str], separator: str) -> None:
    text = separator.join(lines) + "."
    for mention in extract(text).mentions:
        assert "\n" not in mention.text
        assert ". " not in mention.text
