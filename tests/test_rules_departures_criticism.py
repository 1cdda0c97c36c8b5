"""Departures, criticism, collaboration and access wording (issue 9): "no longer chief executive",
"after leaving Y, X", a return to a former employer, founders who met while working somewhere,
criticism of a decision whose maker the article told, joint work and reciprocal access."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_no_longer_chief_executive_is_a_departure() -> None:
    found = _facts("Dana Whitcombe is no longer chief executive of Anthropic, the board said on Friday.")
    assert ("Dana Whitcombe", "DEPARTED", "Anthropic") in found


def test_n_est_plus_directeur_is_a_departure() -> None:
    found = _facts("Bastien Morvan n'est plus directeur général de Mistral AI depuis lundi soir.", "fr")
    assert ("Bastien Morvan", "DEPARTED", "Mistral AI") in found


def test_still_in_post_is_no_departure() -> None:
    found = _facts("Dana Whitcombe is still chief executive of Anthropic, the board said on Friday.")
    assert not any(p == "DEPARTED" for _, p, _ in found)


def test_after_leaving_fronted_clause() -> None:
    found = _facts("Three years after leaving Google, Dana Whitcombe opened a robotics studio in Leeds.")
    assert ("Dana Whitcombe", "DEPARTED", "Google") in found
    found = _facts("Deux ans après avoir quitté Mistral AI, Bastien Morvan ouvre un atelier à Brest.", "fr")
    assert ("Bastien Morvan", "DEPARTED", "Mistral AI") in found


def test_return_to_a_former_employer() -> None:
    found = _facts("Dana Whitcombe is going back to Google, her former employer, to run a small team.")
    assert ("Dana Whitcombe", "DEPARTED", "Google") in found


def test_founders_who_met_while_working_somewhere_left_it() -> None:
    text = (
        "The studio was set up by Dana Whitcombe and Oren Blackwood, who met while training speech "
        "models at Google."
    )
    found = _facts(text)
    assert ("Dana Whitcombe", "DEPARTED", "Google") in found
    assert ("Oren Blackwood", "DEPARTED", "Google") in found


def test_criticism_of_a_decision_goes_to_its_maker() -> None:
    text = (
        "Anthropic cut off Quillmark from its models on Tuesday. Quillmark's founder, Dana Whitcombe, "
        'called the decision "petty" and said she would move to other providers.'
    )
    found = _facts(text)
    assert ("Dana Whitcombe", "CRITICIZED", "Anthropic") in found
    assert ("Quillmark", "CRITICIZED", "Anthropic") not in found


def test_french_named_apposition_is_the_critic() -> None:
    text = (
        "Mistral AI a suspendu jeudi l'accès de la jeune pousse Quillmark à ses modèles. La patronne de "
        "Quillmark, Lucie Garnier, dénonce une décision « injuste »."
    )
    found = _facts(text, "fr")
    assert ("Lucie Garnier", "CRITICIZED", "Mistral AI") in found
    assert ("Quillmark", "CRITICIZED", "Mistral AI") not in found


def test_praise_of_a_decision_is_no_criticism() -> None:
    text = (
        "Anthropic cut off Quillmark from its models on Tuesday. Quillmark's founder, Dana Whitcombe, "
        'welcomed the decision as "fair".'
    )
    assert not any(p == "CRITICIZED" for _, p, _ in _facts(text))


def test_research_collaboration_and_reciprocal_access() -> None:
    found = _facts("Google announced a research collaboration with Mistral AI on weather forecasting.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "COLLABORATED_WITH"}
    assert frozenset(("Google", "Mistral AI")) in pairs
    text = "Google et Mistral AI ont signé un accord croisé : chacune ouvre ses modèles à l'autre."
    found = _facts(text, "fr")
    assert ("Google", "GRANTED_ACCESS", "Mistral AI") in found
    assert ("Mistral AI", "GRANTED_ACCESS", "Google") in found


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["is in talks about", "denied", "never discussed", "would consider"]))
def test_hedged_collaboration_gives_nothing(hedge: str) -> None:
    found = _facts(f"Google {hedge} a research collaboration with Mistral AI.")
    assert not any(p == "COLLABORATED_WITH" for _, p, _ in found)


def test_participle_with_a_clitic_object_takes_no_name_after_it() -> None:
    text = (
        "Mistral AI a retiré mardi à la jeune pousse Quillmark l'accès à ses modèles, l'accusant d'avoir "
        "copié les réponses de Google."
    )
    found = _facts(text, "fr")
    assert ("Quillmark", "CRITICIZED", "Google") not in found


def test_a_new_reported_clause_ends_the_object_list() -> None:
    text = "Dana Whitcombe criticised the cuts in two interviews, and says Anthropic will hire again soon."
    assert ("Dana Whitcombe", "CRITICIZED", "Anthropic") not in _facts(text)


def test_a_resignation_leaves_the_organization_set_off_after_the_name() -> None:
    text = "Google opened an office in Lisbon. Dana Whitcombe, who ran Anthropic's policy unit, resigned."
    found = _facts(text)
    assert ("Dana Whitcombe", "DEPARTED", "Anthropic") in found
    assert ("Dana Whitcombe", "DEPARTED", "Google") not in found


def test_an_object_pronoun_keeps_the_apposed_organization_out() -> None:
    text = "Mistral AI réunit son conseil. Bastien Morvan, cofondateur de Google, l'a quitté en mai."
    assert ("Bastien Morvan", "DEPARTED", "Google") not in _facts(text, "fr")


def test_a_board_voting_out_its_chief_is_a_departure() -> None:
    found = _facts("The board of Anthropic voted on Tuesday to remove chief executive Dana Whitcombe.")
    assert ("Dana Whitcombe", "DEPARTED", "Anthropic") in found
    found = _facts("The board of Anthropic voted on Tuesday to keep chief executive Dana Whitcombe.")
    assert ("Dana Whitcombe", "DEPARTED", "Anthropic") not in found


def test_a_deal_giving_access_is_access_granted_by_the_other_party() -> None:
    text = "Mistral AI signed an agreement with Google giving its customers access to the Gemini models."
    assert ("Google", "GRANTED_ACCESS", "Mistral AI") in _facts(text)
    text = "Mistral AI signed an agreement with Google giving its customers a discount on cloud credits."
    assert ("Google", "GRANTED_ACCESS", "Mistral AI") not in _facts(text)


def test_past_years_at_an_organization_told_of_a_pronoun() -> None:
    text = "Quillmark sells software. Dana Whitcombe runs it. She had spent six years as buyer at Google."
    assert ("Dana Whitcombe", "DEPARTED", "Google") in _facts(text)
    text = "Quillmark sells planning software. Dana Whitcombe runs it. She has spent six years at Google."
    assert ("Dana Whitcombe", "DEPARTED", "Google") not in _facts(text)


def test_cet_ancien_names_the_person_before() -> None:
    text = "Quillmark nomme Bastien Morvan directeur technique. Cet ancien de Mistral AI arrive en mars."
    assert ("Bastien Morvan", "DEPARTED", "Mistral AI") in _facts(text, "fr")


def test_a_described_founder_after_by_left_the_company_named() -> None:
    text = "La société a été fondée par Lucie Garnier, ingénieure passée par Google, qui la dirige."
    assert ("Lucie Garnier", "DEPARTED", "Google") in _facts(text, "fr")


def test_a_pronoun_after_a_colon_is_the_person_of_the_main_clause() -> None:
    text = "Bastien Morvan prend la direction technique de Quillmark : il a quitté Mistral AI en avril."
    assert ("Bastien Morvan", "DEPARTED", "Mistral AI") in _facts(text, "fr")


def test_a_verb_after_a_relative_clause_is_not_an_apposition() -> None:
    text = (
        "Anthropic named a new board. Lucie Garnier and Oren Blackwood, who had backed Dana Whitcombe, "
        "are leaving the board."
    )
    found = _facts(text)
    assert ("Dana Whitcombe", "DEPARTED", "Anthropic") not in found
