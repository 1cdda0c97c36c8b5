"""Precision guards: a name that is only a source of what someone used ("the technology of X",
"trained on X's outputs"), a past employer in a person's apposition, and the owner of hired staff
("hired its founders") are never the doer or the object of the fact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str) -> set[tuple[str, str, str]]:
    return triples(extract(text))


def test_training_on_another_models_outputs_does_not_develop_it() -> None:
    text = "Google says Cohere quietly tuned two models on Claude's outputs last spring."
    assert ("Cohere", "DEVELOPED", "Claude") not in _facts(text)


def test_answers_from_a_rivals_model_are_a_source_not_a_subject() -> None:
    text = "Anthropic accused Cohere of collecting answers from Google's Gemini model to train Command R."
    facts = _facts(text)
    assert ("Google", "DEVELOPED", "Command R") not in facts
    assert ("Cohere", "DEVELOPED", "Command R") in facts


def test_answers_of_a_model_in_french_are_a_source() -> None:
    text = (
        "Les conditions de Wrenfield interdisent à Kestrel Dynamics d'entraîner un modèle "
        "avec les réponses de Pallas-3."
    )
    assert not any(p == "DEVELOPED" and o == "Pallas-3" for _, p, o in _facts(text))


def test_the_owner_of_a_borrowed_technology_is_not_the_developer() -> None:
    text = "Samsung used the technology of Mistral AI to develop its own assistant, called Osier-1."
    facts = _facts(text)
    assert ("Mistral AI", "DEVELOPED", "Osier-1") not in facts


def test_a_developed_model_still_counts() -> None:
    text = "Kestrel Dynamics trained Pallas-3 on licensed textbooks and released it in May."
    assert ("Kestrel Dynamics", "DEVELOPED", "Pallas-3") in _facts(text)


def test_a_past_employer_in_an_apposition_is_no_rival() -> None:
    text = (
        "Ferrolux, créée en 2023 par Aurèle Dubrac, un ancien ingénieur de Talvane, rivalise avec Quimbrel."
    )
    assert ("Talvane", "COMPETES_WITH", "Quimbrel") not in _facts(text)


def test_a_past_employer_in_an_english_apposition_is_no_rival() -> None:
    text = (
        "Ferrolux Labs, started by Aurèle Dubrac, a former engineer at Talvane, competes with Quimbrel Labs."
    )
    facts = _facts(text)
    assert ("Talvane", "COMPETES_WITH", "Quimbrel Labs") not in facts
    assert ("Ferrolux Labs", "COMPETES_WITH", "Quimbrel Labs") in facts


def test_hired_its_founders_join_the_hirer_not_their_company() -> None:
    text = (
        "Brunmark Group signed a licensing deal with Talvane Labs and hired its two founders, "
        "Ilse Varga and Tomas Reuter."
    )
    facts = _facts(text)
    assert ("Ilse Varga", "JOINED", "Talvane Labs") not in facts
    assert ("Ilse Varga", "JOINED", "Brunmark Group") in facts


def test_hired_its_founder_with_no_other_company_gives_no_hire() -> None:
    text = "Talvane Labs hired its founder Tomas Reuter back as an adviser."
    assert ("Tomas Reuter", "JOINED", "Talvane Labs") not in _facts(text)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["outputs", "answers", "responses"]), st.sampled_from(["Pallas-3", "Orvo-2", "Gleam"]))
def test_any_outputs_phrase_blocks_the_source_model(noun: str, model: str) -> None:
    text = f"Kestrel Dynamics was accused of training a model on {model}'s {noun} without a licence."
    assert not any(p == "DEVELOPED" and o == model for _, p, o in _facts(text))


def test_a_second_verb_after_an_apposed_object_keeps_the_first_subject() -> None:
    text = (
        "Elon Musk has often criticized Anthropic and its chief executive, Dario Amodei, "
        "and sued the company last year."
    )
    facts = _facts(text)
    assert ("Dario Amodei", "CRITICIZED", "Anthropic") not in facts
    assert ("Elon Musk", "CRITICIZED", "Anthropic") in facts


def test_a_deal_only_reports_told_is_no_acquisition() -> None:
    text = "Reports in March said Salesforce had agreed to acquire Cohere for about $4 billion."
    assert ("Salesforce", "ACQUIRED", "Cohere") not in _facts(text)


def test_an_announced_deal_is_still_an_acquisition() -> None:
    text = "Salesforce agreed on Tuesday to acquire Cohere for about $4 billion in cash."
    assert ("Salesforce", "ACQUIRED", "Cohere") in _facts(text)


def test_the_parent_in_an_apposition_is_not_the_buyer() -> None:
    text = "Hugging Face, the cloud arm of the Iliad group, announced on Thursday the purchase of Photoroom."
    facts = _facts(text)
    assert ("Iliad", "ACQUIRED", "Photoroom") not in facts
    assert ("Hugging Face", "ACQUIRED", "Photoroom") in facts


def test_a_relative_clause_after_a_description_belongs_to_its_person() -> None:
    text = (
        "Iris Fabre started the lab with Tomas Reuter, an engineer who once ran chip design at Nvidia, "
        "in a rented garage."
    )
    facts = _facts(text)
    assert ("Iris Fabre", "DEPARTED", "Nvidia") not in facts
    assert ("Tomas Reuter", "DEPARTED", "Nvidia") in facts


def test_a_past_employer_is_not_the_company_founded_after_it() -> None:
    text = (
        "Talvane Labs sells code review tools. Its chief executive Iris Fabre worked at Nvidia "
        "before founding the company."
    )
    facts = _facts(text)
    assert ("Iris Fabre", "FOUNDED", "Nvidia") not in facts
    assert ("Iris Fabre", "FOUNDED", "Talvane Labs") in facts


def test_the_start_up_never_names_an_organization_named_like_a_fund() -> None:
    text = (
        "Atherton Hill Capital put money into several companies last year. The start-up will carry on "
        "under Iris Fabre, until now its head of sales, who becomes chief executive."
    )
    assert ("Iris Fabre", "WORKS_AT", "Atherton Hill Capital") not in _facts(text)


def test_a_title_whose_job_ends_in_the_sentence_is_no_current_job() -> None:
    text = (
        "Le conseil de Talvane Labs a voté jeudi la révocation de son cofondateur et directeur général, "
        "Iris Fabre, par cinq voix contre une."
    )
    assert ("Iris Fabre", "WORKS_AT", "Talvane Labs") not in _facts(text)


def test_an_apposed_title_followed_by_who_quit_is_no_current_job() -> None:
    text = "Talvane Labs makes farm drones. Iris Fabre, the president who quit in March, is coming back."
    assert ("Iris Fabre", "WORKS_AT", "Talvane Labs") not in _facts(text)


def test_a_title_still_held_is_a_job() -> None:
    text = "Talvane Labs makes farm drones. Iris Fabre, the president, said sales doubled in March."
    assert ("Iris Fabre", "WORKS_AT", "Talvane Labs") in _facts(text)


def test_its_model_in_another_organizations_relative_clause_is_that_organizations() -> None:
    text = "Google a sanctionné Photoroom, une start-up qui retouche des images avec son modèle Osier-2."
    assert ("Google", "DEVELOPED", "Osier-2") not in _facts(text)


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["Yes", "No", "Absolutely", "Exactly", "Indeed", "Sure"]))
def test_an_interview_answer_opening_on_an_interjection_names_no_organization(word: str) -> None:
    text = (
        "Talvane Labs makes farm drones.\n\n**You have a new technology chief.**\n"
        f"{word}. Iris Fabre joined us in May from Nvidia, where she ran a chip team."
    )
    facts = _facts(text)
    assert ("Iris Fabre", "JOINED", word) not in facts
    assert ("Iris Fabre", "JOINED", "Talvane Labs") in facts


def test_a_participle_clause_takes_the_main_clauses_subject() -> None:
    text = "Meta hires Google researchers after delaying Llama 4 Behemoth."
    facts = _facts(text)
    assert ("Google", "DELAYED", "Llama 4 Behemoth") not in facts
    assert ("Meta", "DELAYED", "Llama 4 Behemoth") in facts
