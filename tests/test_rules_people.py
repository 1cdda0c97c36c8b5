"""People around a company: board titles next to a name, joint titles ("its co-founder and chief
executive"), founder lists, former employers in appositions; with the cases that must give nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_board_titles_next_to_names() -> None:
    text = (
        "The board of Hugging Face met on Monday. The proposal came from the chair, Sam Altman, "
        "and was supported by Jan Leike, an independent director."
    )
    found = _facts(text)
    assert ("Sam Altman", "BOARD_MEMBER_OF", "Hugging Face") in found
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Hugging Face") in found


def test_director_of_a_department_is_no_board_seat() -> None:
    text = "Hugging Face hired staff in Lyon. Jan Leike, director of research, leads them."
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Hugging Face") not in _facts(text)


def test_former_chair_is_no_board_seat() -> None:
    text = "Hugging Face hired staff in Lyon. The former chair, Jan Leike, left in May."
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Hugging Face") not in _facts(text)


def test_french_board_titles_and_count() -> None:
    text = (
        "Le conseil d'administration de Mistral AI s'est réuni jeudi. La présidente du conseil, "
        "Ilona Szabo, a proposé le vote ; le cinquième administrateur, Jan Leike, s'est abstenu."
    )
    found = _facts(text, "fr")
    assert ("Ilona Szabo", "BOARD_MEMBER_OF", "Mistral AI") in found
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Mistral AI") in found


def test_joint_title_gives_founded_and_works_at_fr() -> None:
    text = (
        "Mistral AI vend des modèles aux banques. Son cofondateur et directeur général, Jan Leike, y croit."
    )
    found = _facts(text, "fr")
    assert ("Jan Leike", "FOUNDED", "Mistral AI") in found
    assert ("Jan Leike", "WORKS_AT", "Mistral AI") in found


def test_possessive_title_refers_to_the_last_subject() -> None:
    text = (
        "Google DeepMind published a paper on Monday. Hugging Face, a smaller lab, answered a day later. "
        "Its chief executive, Jan Leike, called the paper thin."
    )
    found = _facts(text)
    assert ("Jan Leike", "WORKS_AT", "Hugging Face") in found
    assert ("Jan Leike", "WORKS_AT", "Google DeepMind") not in found


def test_founder_list_after_its() -> None:
    text = "Hugging Face's staff, including its co-founders Jan Leike and Ilona Szabo, moved to Paris."
    found = _facts(text)
    assert ("Jan Leike", "FOUNDED", "Hugging Face") in found
    assert ("Ilona Szabo", "FOUNDED", "Hugging Face") in found


def test_two_former_engineers_departed() -> None:
    text = "Jan Leike and Ilona Szabo, two former Google DeepMind engineers, opened a bakery."
    found = _facts(text)
    assert ("Jan Leike", "DEPARTED", "Google DeepMind") in found
    assert ("Ilona Szabo", "DEPARTED", "Google DeepMind") in found


def test_current_engineers_did_not_depart() -> None:
    text = "Jan Leike and Ilona Szabo, two Google DeepMind engineers, opened a bakery."
    assert not any(p == "DEPARTED" for _, p, _ in _facts(text))


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abc ,.;'()PO-", max_size=60))
def test_board_titles_never_seat_an_organization(noise: str) -> None:
    text = f"The board of Hugging Face met.{noise} The chair, Jan Leike, and Google DeepMind, a director."
    for subject, predicate, _ in _facts(text):
        if predicate == "BOARD_MEMBER_OF":
            assert subject != "Google DeepMind"


def test_relative_clause_subject_after_by() -> None:
    text = "Hugging Face was set up in 2019 by Jan Leike, who previously ran a data team at Google DeepMind."
    assert ("Jan Leike", "DEPARTED", "Google DeepMind") in _facts(text)


def test_partner_at_a_fund_works_there() -> None:
    text = "The round closed on Friday. Jan Leike, a general partner at Tarn Capital, praised the team."
    assert ("Jan Leike", "WORKS_AT", "Tarn Capital") in _facts(text)


def test_board_after_a_round_is_the_raisers_board() -> None:
    text = (
        "Microsoft reported results on Tuesday. Hugging Face has raised $8 million. "
        "Tarn Capital led the round. Jan Leike, a partner at Tarn Capital, joins the board."
    )
    found = _facts(text)
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Hugging Face") in found
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Tarn Capital") not in found
    assert ("Jan Leike", "BOARD_MEMBER_OF", "Microsoft") not in found


def test_departure_of_its_director() -> None:
    text = "Hugging Face announced the departure of Jan Leike, its research director, on Monday."
    assert ("Jan Leike", "DEPARTED", "Hugging Face") in _facts(text)


def test_depart_de_son_directeur_fr() -> None:
    text = "Mistral AI annonce le départ de Jan Leike, son directeur de la recherche, parti en Suisse."
    found = _facts(text, "fr")
    assert ("Jan Leike", "DEPARTED", "Mistral AI") in found
    assert ("Jan Leike", "WORKS_AT", "Mistral AI") not in found


def test_fronted_participle_with_an_apposition_fr() -> None:
    text = (
        "Créée en 2020 par Jan Leike et Ilona Szabo, deux anciens de Google DeepMind, "
        "Hugging Face vend des outils aux chercheurs."
    )
    found = _facts(text, "fr")
    assert ("Jan Leike", "FOUNDED", "Hugging Face") in found
    assert ("Ilona Szabo", "FOUNDED", "Hugging Face") in found
    assert ("Jan Leike", "FOUNDED", "Google DeepMind") not in found
