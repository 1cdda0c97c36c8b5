"""Subjects inside a clause: "its" after a sentence that opens on an organization is that
organization, a verb whose own subject is a model or a person does not fall back to the company the
article is about, and nominalisations ("the acquisition of Y by X", "le rachat de Y par X")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_its_customers_belong_to_the_clause_subject() -> None:
    text = (
        "Google announced a new cloud region in Chile. Mistral AI ships an assistant for lawyers to law "
        "firms in Lyon; its largest customers include Capgemini and Orange."
    )
    pairs = {frozenset((s, o)) for s, p, o in _facts(text) if p == "PARTNERED_WITH"}
    assert frozenset(("Mistral AI", "Capgemini")) in pairs
    assert frozenset(("Mistral AI", "Orange")) in pairs
    assert frozenset(("Google", "Capgemini")) not in pairs


def test_model_as_subject_is_not_the_focus_company() -> None:
    text = (
        "Google opened a lab in Zurich with forty engineers. A spokesperson said that Gemini competes with "
        "the assistants of Anthropic and Mistral AI."
    )
    found = _facts(text)
    assert ("Google", "COMPETES_WITH", "Anthropic") not in found
    assert ("Google", "COMPETES_WITH", "Mistral AI") not in found


def test_acquisition_of_y_by_x() -> None:
    found = _facts("The acquisition of Hugging Face by Salesforce closed on a rainy Tuesday in March.")
    assert ("Salesforce", "ACQUIRED", "Hugging Face") in found
    assert ("Hugging Face", "ACQUIRED", "Salesforce") not in found


def test_proposed_or_failed_acquisition_gives_nothing() -> None:
    for text in (
        "The proposed acquisition of Hugging Face by Salesforce was blocked by a judge in March.",
        "The takeover of Hugging Face by Salesforce was called off after a week of talks.",
    ):
        assert not {t for t in _facts(text) if t[1] == "ACQUIRED"}, text


def test_rachat_de_y_par_x() -> None:
    found = _facts("Le rachat de Hugging Face par Salesforce a été finalisé un mardi de mars.", "fr")
    assert ("Salesforce", "ACQUIRED", "Hugging Face") in found
    hedged = _facts("Le projet de rachat de Hugging Face par Salesforce a été abandonné en mars.", "fr")
    assert not {t for t in hedged if t[1] == "ACQUIRED"}


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=120))
def test_any_text_around_an_acquisition_keeps_its_direction(tail: str) -> None:
    found = _facts(f"The acquisition of Hugging Face by Salesforce closed in March. {tail}")
    assert ("Hugging Face", "ACQUIRED", "Salesforce") not in found


def test_present_tense_cofounding_in_french() -> None:
    text = "En 2021, la chercheuse cofonde Hugging Face avec Clément Delangue, un ingénieur venu de Lyon."
    assert ("Clément Delangue", "FOUNDED", "Hugging Face") in _facts(text, "fr")
    denied = "La chercheuse dément qu'elle cofonde Hugging Face avec Clément Delangue."
    assert ("Clément Delangue", "FOUNDED", "Hugging Face") not in _facts(denied, "fr")
