"""Clause structures of news copy: a possessive after a name ending in s ("Harkness' chief executive"),
an organization run by someone a coordinated verb names, an executive title told without its
organization ("A is chief executive"), grantees told first with the grantor left to the article's
subject ("A and B have been granted access"), a relative clause opened by "whose", a description
("the start-up") among two organizations, and a participle whose object is a pronoun ("accusing it of")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_possessive_of_a_name_ending_in_s() -> None:
    text = (
        'Tarkins Systems sells sensors. "We ship weekly," said Ilse Vandermeer, Tarkins Systems\' '
        "chief financial officer."
    )
    assert ("Ilse Vandermeer", "WORKS_AT", "Tarkins Systems") in _facts(text)


def test_run_by_in_a_coordinated_verb() -> None:
    text = (
        "Quillstone Labs was spun out of Harlow Systems in 2024 and is run by Oren Bakshi, "
        "a former finance director."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "WORKS_AT", "Quillstone Labs") in facts
    assert ("Oren Bakshi", "WORKS_AT", "Harlow Systems") not in facts


def test_executive_titles_without_an_organization() -> None:
    text = (
        "Quillstone Labs was set up last year by Oren Bakshi and Ilse Vandermeer. Bakshi is chief "
        "executive; Vandermeer serves as chief technology officer."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "WORKS_AT", "Quillstone Labs") in facts
    assert ("Ilse Vandermeer", "WORKS_AT", "Quillstone Labs") in facts


def test_an_executive_title_of_another_organization_stays_there() -> None:
    text = "Quillstone Labs was set up last year by Oren Bakshi. Bakshi is chief executive of Harlow Systems."
    assert ("Oren Bakshi", "WORKS_AT", "Quillstone Labs") not in _facts(text)


def test_grantees_first_and_the_grantor_is_the_article_subject() -> None:
    text = (
        "Quillstone Labs released a translation model on Tuesday. Harlow Systems and Brask Group have been "
        "granted early access to its larger version."
    )
    facts = _facts(text)
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Harlow Systems") in facts
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Brask Group") in facts


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["has not been granted", "has yet to be given", "hopes to be given"]))
def test_no_grant_when_access_is_denied_or_hoped_for(verb: str) -> None:
    text = f"Quillstone Labs released a translation model on Tuesday. Harlow Systems {verb} access to it."
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Harlow Systems") not in _facts(text)


def test_whose_clause_and_the_startup_among_two_organizations() -> None:
    text = (
        "Tallowmere Labs, a translation start-up, lost customers this week. Harlow Systems, whose models "
        "Tallowmere used for drafts, suspended API access for the start-up's engineers on Monday."
    )
    facts = _facts(text)
    assert ("Harlow Systems", "REVOKED_ACCESS", "Tallowmere Labs") in facts


def test_accusing_it_gives_the_pronoun_not_the_next_name() -> None:
    text = (
        "A regulator fined Tallowmere Labs on Monday, accusing it of training its Quillon model on "
        "recordings kept without consent."
    )
    facts = _facts(text)
    assert ("Tallowmere Labs", "CRITICIZED", "Quillon") not in facts


def test_teamed_up_and_months_of_work_with() -> None:
    text = (
        "Brightwick Labs sells triage software. Last year we teamed up with Harkness University on a study "
        "of false alarms. Its first model came out of two years of work with Dunmore Institute."
    )
    pairs = {frozenset((s, o)) for s, p, o in _facts(text) if p == "COLLABORATED_WITH"}
    assert frozenset(("Brightwick Labs", "Harkness University")) in pairs
    assert frozenset(("Brightwick Labs", "Dunmore Institute")) in pairs


def test_a_pronoun_after_a_semicolon_is_the_sentence_subject() -> None:
    text = (
        "Brightwick Labs sells sensors to farms; it raised $5 million from Tarnwell Capital and "
        "Orrin Ventures."
    )
    facts = _facts(text)
    assert ("Tarnwell Capital", "INVESTED_IN", "Brightwick Labs") in facts
    assert ("Orrin Ventures", "INVESTED_IN", "Brightwick Labs") in facts


def test_after_years_at_a_company_where_one_still_works_is_no_departure() -> None:
    text = "Ilse Vandermeer was promoted after eight years at Harlow Systems, where she still works."
    assert ("Ilse Vandermeer", "DEPARTED", "Harlow Systems") not in _facts(text)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["his co-founder,", "her co-founder", "their fellow co-founder,"]))
def test_a_person_and_a_cofounder_both_founded_the_company(words: str) -> None:
    text = (
        f"Brightwick Labs makes sensors. Chief executive Oren Bakshi and {words} Ilse Vandermeer, voted "
        "against the plan."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "FOUNDED", "Brightwick Labs") in facts
    assert ("Ilse Vandermeer", "FOUNDED", "Brightwick Labs") in facts


def test_french_cofounder_pair() -> None:
    text = (
        "Brightwick Robotique fabrique des capteurs. Le PDG Oren Bakshi et son cofondateur, Ilse Vandermeer, "
        "ont refusé."
    )
    facts = _facts(text, "fr")
    assert ("Oren Bakshi", "FOUNDED", "Brightwick Robotique") in facts
    assert ("Ilse Vandermeer", "FOUNDED", "Brightwick Robotique") in facts


def test_who_is_the_organizations_role_and_who_heads_work_at() -> None:
    text = (
        "Oren Bakshi, who is Brightwick Labs' chief operating officer, spoke. Ilse Vandermeer, "
        "who heads model testing at Harlow Systems, did not."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "WORKS_AT", "Brightwick Labs") in facts
    assert ("Ilse Vandermeer", "WORKS_AT", "Harlow Systems") in facts


def test_a_past_head_is_no_current_job() -> None:
    text = "Ilse Vandermeer, who headed model testing at Harlow Systems, left in May."
    assert ("Ilse Vandermeer", "WORKS_AT", "Harlow Systems") not in _facts(text)


def test_an_object_relative_clause_names_the_founders_and_their_former_employer() -> None:
    text = (
        "Brightwick Labs, an Oslo lab that two former Harlow Systems engineers, Oren Bakshi and Ilse "
        "Vandermeer, set up last year, is hiring."
    )
    facts = _facts(text)
    for person in ("Oren Bakshi", "Ilse Vandermeer"):
        assert (person, "FOUNDED", "Brightwick Labs") in facts
        assert (person, "DEPARTED", "Harlow Systems") in facts


def test_a_departure_told_without_its_organization() -> None:
    text = "Brightwick Labs makes drones. The ouster of chief executive Oren Bakshi ends a long quarrel."
    assert ("Oren Bakshi", "DEPARTED", "Brightwick Labs") in _facts(text)


def test_a_model_licensed_by_pronoun() -> None:
    text = (
        "Brightwick Labs built Quillon, a claims model. Harlow Group keeps Quillon running and has "
        "licensed it to Tarkins Systems for shared clients."
    )
    assert ("Harlow Group", "GRANTED_ACCESS", "Tarkins Systems") in _facts(text)


def test_a_principal_at_a_fund_works_there() -> None:
    text = "The vote was backed by Oren Bakshi, a principal at Tarnwell Capital, and two others."
    assert ("Oren Bakshi", "WORKS_AT", "Tarnwell Capital") in _facts(text)


def test_an_investor_in_an_object_relative_clause() -> None:
    text = "Brightwick Labs, which Tarnwell Capital backs, has chosen to sell through resellers."
    assert ("Tarnwell Capital", "INVESTED_IN", "Brightwick Labs") in _facts(text)


def test_left_to_found_the_company_and_joined_us() -> None:
    text = (
        "Brightwick Labs sells sensors to farms. Its chief executive, Oren Bakshi, left Harlow Systems to "
        "found the company in 2022. Ilse Vandermeer joined us in March from Tarkins Systems."
    )
    facts = _facts(text)
    assert ("Oren Bakshi", "FOUNDED", "Brightwick Labs") in facts
    assert ("Oren Bakshi", "FOUNDED", "Harlow Systems") not in facts
    assert ("Ilse Vandermeer", "JOINED", "Brightwick Labs") in facts
    assert ("Ilse Vandermeer", "JOINED", "Tarkins Systems") not in facts


def test_more_ways_to_tell_a_criticism() -> None:
    text = (
        "Brightmoor Labs drew sharp criticism from Tarnwell Capital over its pricing. Chief executive "
        "Oren Bakshi hit out at Harlow Systems on Monday."
    )
    facts = _facts(text)
    assert ("Tarnwell Capital", "CRITICIZED", "Brightmoor Labs") in facts
    assert ("Oren Bakshi", "CRITICIZED", "Harlow Systems") in facts


def test_praise_is_no_criticism() -> None:
    text = "Brightmoor Labs drew praise from Tarnwell Capital over its pricing."
    assert ("Tarnwell Capital", "CRITICIZED", "Brightmoor Labs") not in _facts(text)
