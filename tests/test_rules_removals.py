"""Board votes to remove someone: the directors who backed the motion voted to remove the person the
board removed; opponents, abstainers and hedged or failed votes give nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _votes(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return {t for t in triples(extract(text, language)) if t[1] == "VOTED_TO_REMOVE"}


def test_supporters_named_after_the_vote() -> None:
    text = (
        "Marcus Obrecht, the chief executive of Pellucid Robotics, was surprised. "
        "The board of Pellucid Robotics voted 4-1 on Monday to remove Marcus Obrecht as chief executive. "
        "Chair Imelda Norrbom and Tobias Lindqvist, an outside director, backed the motion. "
        "Laura Hollund voted against it."
    )
    assert _votes(text) == {
        ("Imelda Norrbom", "VOTED_TO_REMOVE", "Marcus Obrecht"),
        ("Tobias Lindqvist", "VOTED_TO_REMOVE", "Marcus Obrecht"),
    }


def test_passive_ouster_and_clauses_for_and_against() -> None:
    text = (
        "Marcus Obrecht, the chief executive of Pellucid Robotics, was surprised. "
        "Marcus Obrecht was ousted on Friday by the board of Pellucid Robotics after a long dispute. "
        "Chair Imelda Norrbom voted in favour, while the director Laura Hollund abstained."
    )
    assert _votes(text) == {("Imelda Norrbom", "VOTED_TO_REMOVE", "Marcus Obrecht")}


def test_french_revocation_and_pronoun() -> None:
    text = (
        "Marcus Obrecht, le directeur général de Pellucid Robotics, était surpris. "
        "Il a été démis de ses fonctions lundi par le conseil d'administration. "
        "Deux administrateurs, Imelda Norrbom et Tobias Lindqvist, se sont prononcés pour sa révocation. "
        "La directrice Laura Hollund a voté contre."
    )
    assert _votes(text, "fr") == {
        ("Imelda Norrbom", "VOTED_TO_REMOVE", "Marcus Obrecht"),
        ("Tobias Lindqvist", "VOTED_TO_REMOVE", "Marcus Obrecht"),
    }


def test_french_board_votes_the_revocation() -> None:
    text = (
        "Marcus Obrecht, le directeur général de Pellucid Robotics, était surpris. "
        "Le conseil d'administration de Pellucid Robotics a voté jeudi la révocation de son directeur "
        "général, Marcus Obrecht. Ont voté pour cette révocation sa présidente, Imelda Norrbom, "
        "et l'administrateur Tobias Lindqvist."
    )
    assert _votes(text, "fr") == {
        ("Imelda Norrbom", "VOTED_TO_REMOVE", "Marcus Obrecht"),
        ("Tobias Lindqvist", "VOTED_TO_REMOVE", "Marcus Obrecht"),
    }


def test_hedged_or_failed_removals_give_nothing() -> None:
    intro = "Marcus Obrecht, the chief executive of Pellucid Robotics, was surprised. "
    for text in (
        "The board of Pellucid Robotics may vote to remove Marcus Obrecht next week. "
        "Imelda Norrbom backed the idea.",
        "The board of Pellucid Robotics voted against a motion to remove Marcus Obrecht. "
        "Imelda Norrbom supported it.",
        "Directors of Pellucid Robotics failed to oust Marcus Obrecht on Friday. "
        "Imelda Norrbom had backed the motion.",
    ):
        assert _votes(intro + text) == set(), text


def test_supporters_too_far_from_the_vote_are_not_voters() -> None:
    text = (
        "Marcus Obrecht, the chief executive of Pellucid Robotics, was surprised. "
        "The board of Pellucid Robotics voted to remove Marcus Obrecht. The company makes farm robots. "
        "It sells them in Norway. Its engineers like the new plan. Imelda Norrbom backed a new hiring plan."
    )
    assert _votes(text) == set()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_after_a_removal_is_safe(tail: str) -> None:
    intro = "Marcus Obrecht, the chief executive of Pellucid Robotics, was surprised."
    text = f"{intro} The board of Pellucid Robotics voted to remove Marcus Obrecht. {tail}"
    for subject, _, obj in _votes(text):
        assert obj == "Marcus Obrecht"
        assert subject != obj
