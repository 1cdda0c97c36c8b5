"""Investors as real news lists them: every name after "raised ... from", a list with a person's
apposition taking part "in that round", a second lead with its verb left out ("A led Y's Series A and B
its Series B"), "took its stake", and a fund named without its company words ("Tarnwell" after
"Tarnwell Venture Capital")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_every_investor_after_raised_from() -> None:
    text = (
        "Quillstone Labs opened in 2023. It has since raised $40 million from Harlow Ventures and "
        "Brask Capital."
    )
    facts = _facts(text)
    assert ("Harlow Ventures", "INVESTED_IN", "Quillstone Labs") in facts
    assert ("Brask Capital", "INVESTED_IN", "Quillstone Labs") in facts


def test_a_list_with_an_apposition_took_part_in_that_round() -> None:
    text = (
        "Quillstone Labs raised $12 million in a round led by Harlow Ventures. Brask Capital and Ilse "
        "Vandermeer, a co-founder of Tarkins Systems, also took part in that round."
    )
    facts = _facts(text)
    assert ("Brask Capital", "INVESTED_IN", "Quillstone Labs") in facts
    assert ("Ilse Vandermeer", "INVESTED_IN", "Quillstone Labs") in facts
    assert ("Tarkins Systems", "INVESTED_IN", "Quillstone Labs") not in facts


def test_a_second_lead_with_its_verb_left_out_and_a_stake() -> None:
    text = (
        "Tarnwell Venture Capital led Quillstone Labs' Series A in 2023 and Brask Capital its Series B "
        "this spring. Harlow Group took its stake in May. Tarnwell has a board seat."
    )
    facts = _facts(text)
    assert ("Tarnwell Venture Capital", "INVESTED_IN", "Quillstone Labs") in facts
    assert ("Brask Capital", "INVESTED_IN", "Quillstone Labs") in facts
    assert ("Harlow Group", "INVESTED_IN", "Quillstone Labs") in facts


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["its hiring drive", "its office move", "its annual party"]))
def test_a_gapped_clause_about_something_else_is_no_round(thing: str) -> None:
    text = f"Tarnwell Capital led Quillstone Labs' Series A in 2023 and Brask Capital {thing} this spring."
    assert ("Brask Capital", "INVESTED_IN", "Quillstone Labs") not in _facts(text)


def test_a_second_passive_verb_keeps_the_first_verbs_object() -> None:
    text = (
        "Brightwick Labs makes sensors. Brightwick was seeded in 2023 by Harlow Ventures and later "
        "backed by Brask Capital."
    )
    facts = _facts(text)
    assert ("Harlow Ventures", "INVESTED_IN", "Brightwick Labs") in facts
    assert ("Brask Capital", "INVESTED_IN", "Brightwick Labs") in facts
    assert ("Brask Capital", "INVESTED_IN", "Harlow Ventures") not in facts


def test_an_active_verb_rule_never_reads_a_passive_participle() -> None:
    text = "Brightwick Labs makes sensors. Last spring it was bought by Harlow Group for $80 million."
    facts = _facts(text)
    assert ("Brightwick Labs", "ACQUIRED", "Harlow Group") not in facts
