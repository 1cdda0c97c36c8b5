"""Structures of people-moves columns and funding news: a section heading ("**Cohere.**") names what
its paragraph is about, a board seat is never a hire, a hire's previous employer after "joins from" is
a job left, an appointment told of the organization ("X has named A as COO") is a hire, a fund named as
a title before a person ("Tarn partner A") is not the company whose board A joins."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_section_heading_is_the_paragraph_focus() -> None:
    text = (
        "**Brightmoor Labs.** The Oslo company has hired Ilse Vandermeer as head of sales.\n\n"
        "**Quillstone AI.** Oren Bakshi has left the Lisbon lab after three years running its data team."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "DEPARTED", "Quillstone AI") in facts
    assert ("Oren Bakshi", "DEPARTED", "Brightmoor Labs") not in facts


def test_joining_a_board_is_a_seat_not_a_hire() -> None:
    text = (
        "Brightmoor Labs has raised $30 million led by Tarnwell Capital. As part of the financing, Ilse "
        "Vandermeer, a partner at Tarnwell Capital, will join the company's board."
    )
    facts = _facts(text)
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Brightmoor Labs") in facts
    assert ("Ilse Vandermeer", "JOINED", "Brightmoor Labs") not in facts
    assert ("Ilse Vandermeer", "WORKS_AT", "Tarnwell Capital") in facts
    assert ("Ilse Vandermeer", "DEPARTED", "Tarnwell Capital") not in facts


def test_a_fund_named_as_a_title_is_not_the_board() -> None:
    text = (
        "Brightmoor Labs has raised $30 million in a Series A round. Tarnwell Capital led the round. "
        "As part of the deal, Tarnwell partner Ilse Vandermeer joins the board."
    )
    facts = _facts(text)
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Brightmoor Labs") in facts
    assert ("Ilse Vandermeer", "BOARD_MEMBER_OF", "Tarnwell Capital") not in facts


def test_joins_from_is_the_job_left() -> None:
    text = (
        "Brightmoor Labs has hired Ilse Vandermeer as head of policy. She joins from Quillstone AI, "
        "where she spent four years on its legal team. Oren Bakshi joined us in May from Harlow Systems."
    )
    facts = _facts(text)
    assert ("Ilse Vandermeer", "DEPARTED", "Quillstone AI") in facts
    assert ("Ilse Vandermeer", "JOINED", "Quillstone AI") not in facts
    assert ("Oren Bakshi", "DEPARTED", "Harlow Systems") in facts
    assert ("Oren Bakshi", "JOINED", "Harlow Systems") not in facts


def test_named_as_role_is_a_hire_and_a_description_names_the_company() -> None:
    text = (
        "Brightmoor Labs rents out graphics chips to research labs. The GPU cloud start-up has named Oren "
        "Bakshi, a former director at Harlow Systems, as chief operating officer."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "JOINED", "Brightmoor Labs") in facts
    assert ("Oren Bakshi", "DEPARTED", "Harlow Systems") in facts


def test_an_expected_appointment_is_no_hire() -> None:
    text = "Brightmoor Labs is expected to name Oren Bakshi as chief operating officer next week."
    assert ("Oren Bakshi", "JOINED", "Brightmoor Labs") not in _facts(text)


def test_stepping_down_to_go_elsewhere_does_not_leave_the_destination() -> None:
    text = (
        "Brightmoor Labs makes robots for warehouses. Its co-founder Oren Bakshi steps down as chief "
        "technology officer this week to rejoin Stanford University, where he once taught."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "DEPARTED", "Stanford University") not in facts
    assert ("Oren Bakshi", "JOINED", "Stanford University") in facts
    assert ("Oren Bakshi", "DEPARTED", "Brightmoor Labs") in facts


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["joins", "joined", "will join", "has joined"]), st.sampled_from(["", " us", " in May"])
)
def test_no_hire_at_the_organization_a_person_comes_from(verb: str, middle: str) -> None:
    text = f"Brightmoor Labs grew fast this year. Ilse Vandermeer {verb}{middle} from Quillstone AI."
    assert ("Ilse Vandermeer", "JOINED", "Quillstone AI") not in _facts(text)


PIECES = [
    "**Brightmoor Labs.**",
    "The GPU cloud start-up",
    "Oren Bakshi left Harlow Systems to found the company",
    "Tarnwell partner Ilse Vandermeer joins the board",
    "Voting for his removal were",
    "it raised $4 million from Quillstone AI and Brask Capital;",
    "the start-up's API access",
    "Brightmoor Labs' chief executive",
    "accusing it of",
    "and later backed by",
    "Now",
    ",",
    ".",
    "\n\n",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from(["en", "fr"]))
def test_any_mix_of_the_new_structures_extracts_without_error(pieces: list[str], language: str) -> None:
    result = extract(" ".join(pieces), language)
    names = {e.id for e in result.entities}
    assert all(f.subject in names and f.object in names for f in result.facts)
