"""Entity shapes of news copy: a company described by its model ("X, a start-up whose model ...") is a
company, and a sentence adverb before a name ("Now X, a start-up ...") is not part of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in extract(text).entities}


def test_a_company_described_by_its_model_is_a_company() -> None:
    text = "Brask Systems bought Tallowmere Labs, a start-up whose model drafts insurance claims."
    assert _entities(text).get("Tallowmere Labs") == "Organization"


def test_a_model_described_as_a_model_stays_a_model() -> None:
    text = "Tallowmere Labs released Quillon, its claims-drafting model, in March."
    assert _entities(text).get("Quillon") == "Model"


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Now", "Today", "Meanwhile", "Instead"]))
def test_a_sentence_adverb_is_not_part_of_the_name(adverb: str) -> None:
    text = (
        f"Few firms sold such tools last year. {adverb} Hollowmere, a Leeds start-up backed by "
        "Tarnwell Capital, leads."
    )
    names = _entities(text)
    assert names.get("Hollowmere") == "Organization"
    assert not any(name.startswith(adverb + " ") for name in names)


def test_institutes_and_universities_are_organizations() -> None:
    names = _entities("Tallowmere Labs worked with the Harkness Institute and with Dunmore University on it.")
    assert names.get("Harkness Institute") == "Organization"
    assert names.get("Dunmore University") == "Organization"


def test_what_a_person_cofounded_is_an_organization() -> None:
    text = "Ilse Vandermeer co-founded Brightwick in 2022 after six years at Harlow Systems."
    facts = triples(extract(text))
    assert _entities(text).get("Brightwick") == "Organization"
    assert ("Ilse Vandermeer", "FOUNDED", "Brightwick") in facts
    assert ("Ilse Vandermeer", "DEPARTED", "Harlow Systems") in facts


def test_an_adverb_before_a_repeated_name_makes_no_person() -> None:
    text = (
        "Few firms sold such tools. Now Hollowmere, a Leeds start-up, leads the field. "
        "Hollowmere has been described as a target."
    )
    names = _entities(text)
    assert "Now Hollowmere" not in names
    assert names.get("Hollowmere") == "Organization"


def test_a_model_set_off_by_commas_after_its_word() -> None:
    text = "Harlow Group has pushed back its billing agent, Tally Close, to next spring."
    assert _entities(text).get("Tally Close") == "Model"
    assert ("Harlow Group", "DELAYED", "Tally Close") in triples(extract(text))


def test_a_versioned_model_with_a_tier_word() -> None:
    text = "Quillstone Labs released Marrow-4 on Monday; Marrow-4 Max stays in testing with two clients."
    assert _entities(text).get("Marrow-4 Max") == "Model"
