"""Board seats as news tells them: a seat held or taken, a chair of the board, an independent or
non-executive director, a list of directors. None of them is a job (WORKS_AT) or a hire (JOINED)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str) -> set[tuple[str, str, str]]:
    return triples(extract(text))


def test_a_seat_held_on_the_board() -> None:
    text = "Chief executive Oren Bakshi, who holds a board seat at Brightwick Labs, spoke on Monday."
    assert ("Oren Bakshi", "BOARD_MEMBER_OF", "Brightwick Labs") in _facts(text)


def test_the_chair_of_a_board() -> None:
    text = "Investor Ilse Vandermeer, who chairs Brightwick Labs' board, declined to comment on the sale."
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Brightwick Labs") in _facts(text)


def test_an_independent_director_is_a_board_member_not_an_employee() -> None:
    text = "Ilse Vandermeer, an independent director at Brightwick Labs, voted for the budget."
    facts = _facts(text)
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Brightwick Labs") in facts
    assert ("Ilse Vandermeer", "JOINED", "Brightwick Labs") not in facts


def test_a_list_of_directors() -> None:
    text = "Brightwick Labs' directors include Oren Bakshi and Ilse Vandermeer, both former bankers."
    facts = _facts(text)
    assert ("Oren Bakshi", "BOARD_MEMBER_OF", "Brightwick Labs") in facts
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Brightwick Labs") in facts


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["customers", "suppliers", "rivals"]))
def test_other_lists_are_no_board(word: str) -> None:
    text = f"Brightwick Labs' {word} include Oren Bakshi, a banker, and Ilse Vandermeer, a lawyer."
    assert not any(p == "BOARD_MEMBER_OF" for _, p, _ in _facts(text))
