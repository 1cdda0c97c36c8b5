"""Entity shapes of news copy: a company described by its model ("X, a start-up whose model ...") is a
company, and a sentence adverb before a name ("Now X, a start-up ...") is not part of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract


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
