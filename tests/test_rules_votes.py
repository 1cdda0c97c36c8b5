"""Board votes told as lists: "Voting for his removal were A, a partner at X; B; and C" and "Ont voté
pour : A ; B ; et C" name the supporters (the semicolons separate them, not clauses); who voted, for
or against, sits on the board that voted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


EN = (
    "The board of Quillstone Robotics voted on Monday to remove its founder Oren Bakshi as chief executive. "
    "Voting for his removal were the chair, Ilse Vandermeer, a partner at Tarnwell Capital; Pablo Esquivel, "
    "an independent director; and Mirela Kostic, the finance chief. Bakshi and Tomas Reyes voted against."
)


def test_a_listed_vote_names_every_supporter() -> None:
    facts = _facts(EN)
    for voter in ("Ilse Vandermeer", "Pablo Esquivel", "Mirela Kostic"):
        assert (voter, "VOTED_TO_REMOVE", "Oren Bakshi") in facts
        assert (voter, "BOARD_MEMBER_OF", "Quillstone Robotics") in facts
    assert ("Tomas Reyes", "VOTED_TO_REMOVE", "Oren Bakshi") not in facts


def test_who_voted_against_sits_on_the_board_too() -> None:
    facts = _facts(EN)
    assert ("Tomas Reyes", "BOARD_MEMBER_OF", "Quillstone Robotics") in facts
    assert ("Oren Bakshi", "BOARD_MEMBER_OF", "Quillstone Robotics") in facts


def test_french_listed_vote() -> None:
    text = (
        "Le conseil d'administration de Quillstone Robotique a voté lundi pour révoquer son fondateur et "
        "directeur général, Oren Bakshi. Ont voté pour : la présidente, Ilse Vandermeer ; Pablo Esquivel, "
        "administrateur indépendant ; et Mirela Kostic. Tomas Reyes a voté contre."
    )
    facts = _facts(text, "fr")
    for voter in ("Ilse Vandermeer", "Pablo Esquivel", "Mirela Kostic"):
        assert (voter, "VOTED_TO_REMOVE", "Oren Bakshi") in facts
    assert ("Tomas Reyes", "VOTED_TO_REMOVE", "Oren Bakshi") not in facts
    assert ("Tomas Reyes", "BOARD_MEMBER_OF", "Quillstone Robotique") in facts


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["may vote", "is said to have voted", "failed to vote"]))
def test_a_hedged_or_failed_vote_gives_no_voter(verb: str) -> None:
    text = (
        f"The board of Quillstone Robotics {verb} on Monday to remove its founder Oren Bakshi. "
        "Voting for his removal were Ilse Vandermeer; Pablo Esquivel; and Mirela Kostic."
    )
    facts = _facts(text)
    assert not any(p == "VOTED_TO_REMOVE" for _, p, _ in facts)
