"""Deals in news structure (issue 9): co-founders separated by appositions, investor lists naming a
parent's fund, stated holdings, a round owned by a possessive, "the company" as the object of its own
clause's subject, and the negatives (hedges, affiliations, a parent named through its child)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_cofounders_with_appositions_en() -> None:
    text = (
        "Brackwater Labs, which she co-founded with Odile Fenwick, a former Cohere engineer, and "
        "Marek Szabo, who once ran data at Spotify, opened an office in Leeds."
    )
    found = _facts(text)
    assert ("Odile Fenwick", "FOUNDED", "Brackwater Labs") in found
    assert ("Marek Szabo", "FOUNDED", "Brackwater Labs") in found
    assert ("Odile Fenwick", "FOUNDED", "Cohere") not in found


def test_cofounders_with_appositions_fr() -> None:
    text = (
        "Après six ans à Lyon, il cofonde Quillon Data avec Sarah Benali, une ancienne de Criteo, "
        "et Paul Verdier, ingénieur venu de Dassault Systèmes."
    )
    found = _facts(text, "fr")
    assert ("Sarah Benali", "FOUNDED", "Quillon Data") in found
    assert ("Paul Verdier", "FOUNDED", "Quillon Data") in found


def test_founded_by_list_with_apposition_fr() -> None:
    text = "Quillon Data a été fondée en 2022 par Sarah Benali, une ancienne de Criteo, et Paul Verdier."
    found = _facts(text, "fr")
    assert ("Sarah Benali", "FOUNDED", "Quillon Data") in found
    assert ("Paul Verdier", "FOUNDED", "Quillon Data") in found


def test_investor_list_names_a_parents_fund() -> None:
    text = (
        "Ostrava Robotics has raised $30 million. Kestrel Partners led the round, with participation from "
        "Balsam Capital, Siemens, through its venture arm Next47, and an existing backer, Hoxton Ventures."
    )
    found = _facts(text)
    for investor in ("Kestrel Partners", "Balsam Capital", "Next47", "Hoxton Ventures"):
        assert (investor, "INVESTED_IN", "Ostrava Robotics") in found


def test_investing_through_a_fund_does_not_make_the_fund_an_investee() -> None:
    text = "Siemens invested $5 million in Ostrava Robotics through its fund Next47."
    found = _facts(text)
    assert ("Siemens", "INVESTED_IN", "Next47") not in found


def test_round_owned_by_a_possessive() -> None:
    text = "Kestrel Partners led Ostrava Robotics's $30 million Series B in 2024, its largest so far."
    assert ("Kestrel Partners", "INVESTED_IN", "Ostrava Robotics") in _facts(text)


def test_stated_holding_en_and_fr() -> None:
    assert ("Kestrel Partners", "INVESTED_IN", "Ostrava Robotics") in _facts(
        "Kestrel Partners is the largest shareholder in Ostrava Robotics."
    )
    assert ("Rameau Capital", "INVESTED_IN", "Quillon Data") in _facts(
        "Rameau Capital est le principal actionnaire de Quillon Data.", "fr"
    )


def test_hedged_holding_gives_nothing() -> None:
    found = _facts("Rameau Capital serait le principal actionnaire de Quillon Data.", "fr")
    assert not any(p == "INVESTED_IN" for _, p, _ in found)


def test_the_company_after_its_own_subject_is_another_organization() -> None:
    text = (
        "Quillon Data a levé 8 millions d'euros en 2023. Rameau Capital reste le plus gros actionnaire "
        "de la jeune pousse, dont il a financé l'amorçage. Ardoise Ventures et Kerlann Ventures sont "
        "entrés au capital l'an dernier."
    )
    found = _facts(text, "fr")
    assert ("Rameau Capital", "INVESTED_IN", "Quillon Data") in found
    assert ("Ardoise Ventures", "INVESTED_IN", "Quillon Data") in found
    assert ("Ardoise Ventures", "INVESTED_IN", "Rameau Capital") not in found


def test_backing_a_motion_is_no_investment() -> None:
    text = (
        "The proposal was backed by Ingrid Holt, a partner at Balsam Capital, and by Tomas Reyes, "
        "an independent director."
    )
    found = _facts(text)
    assert not any(p == "INVESTED_IN" for _, p, _ in found)


def test_parent_named_through_its_child_is_not_the_investor() -> None:
    text = "La maison mère de Google a investi 3 millions d'euros dans Quillon Data."
    found = _facts(text, "fr")
    assert ("Google", "INVESTED_IN", "Quillon Data") not in found


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abcdefghij ,.'", min_size=0, max_size=60))
def test_apposed_lists_never_crash_on_odd_text(filler: str) -> None:
    text = f"Brackwater Labs, which he co-founded with Odile Fenwick, {filler}, and Marek Szabo, grew."
    found = _facts(text)
    assert all(p != "FOUNDED" or o == "Brackwater Labs" for _, p, o in found)


def test_the_company_after_a_round_is_who_raised_it() -> None:
    text = (
        "Brackwater Labs, a Leeds startup that builds grading software, has raised $12 million. The round "
        "was led by Index Ventures, with participation from Balsam Capital and existing investors Hoxton "
        "Ventures and Kestrel Partners. The company, founded in 2021 by Odile Fenwick and Marek Szabo, "
        "will hire in Berlin."
    )
    found = _facts(text)
    assert ("Odile Fenwick", "FOUNDED", "Brackwater Labs") in found
    assert ("Marek Szabo", "FOUNDED", "Brackwater Labs") in found
    assert not any(p == "FOUNDED" and o != "Brackwater Labs" for _, p, o in found)


def test_fronted_founders_with_apposition_then_pronoun_partners_fr() -> None:
    text = (
        "La start-up lyonnaise Quillon Data a levé 6 millions d'euros. Le tour est mené par Eurazeo, aux "
        "côtés de Bpifrance. Fondée en 2022 par Sarah Benali, ancienne de Criteo, et Paul Verdier, la jeune "
        "pousse conçoit des agents comptables. Elle noue un partenariat avec la Société Générale et "
        "s'associe à Capgemini pour les déploiements."
    )
    found = _facts(text, "fr")
    assert ("Sarah Benali", "FOUNDED", "Quillon Data") in found
    assert ("Paul Verdier", "FOUNDED", "Quillon Data") in found
    partners = {frozenset((s, o)) for s, p, o in found if p == "PARTNERED_WITH"}
    assert frozenset(("Quillon Data", "Société Générale")) in partners
    assert frozenset(("Quillon Data", "Capgemini")) in partners
    assert frozenset(("Capgemini", "Société Générale")) not in partners


def test_joint_research_with_an_elided_article_fr() -> None:
    found = _facts("Quillon Data et l'Inria lancent un projet de recherche commun sur les agents.", "fr")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "COLLABORATED_WITH"}
    assert frozenset(("Quillon Data", "Inria")) in pairs


def test_rumoured_joint_research_gives_nothing_fr() -> None:
    text = "Quillon Data et l'Inria lanceraient un projet de recherche commun, selon la presse."
    found = _facts(text, "fr")
    assert not any(p == "COLLABORATED_WITH" for _, p, _ in found)


def test_returning_backers_of_the_company_and_a_new_investor() -> None:
    text = (
        "Brackwater Labs said on Monday it had raised $20 million. Balsam Capital and Hoxton Ventures, which "
        "backed the company in its seed round, came back, and Kestrel Partners joined as a new investor."
    )
    found = _facts(text)
    for investor in ("Balsam Capital", "Hoxton Ventures", "Kestrel Partners"):
        assert (investor, "INVESTED_IN", "Brackwater Labs") in found
    assert ("Balsam Capital", "INVESTED_IN", "Kestrel Partners") not in found


def test_two_companies_signing_with_a_third_are_not_partners_of_each_other() -> None:
    found = _facts("Cohere and Brackwater Labs signed a partnership with Siemens on Monday.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "PARTNERED_WITH"}
    assert frozenset(("Cohere", "Siemens")) in pairs
    assert frozenset(("Brackwater Labs", "Siemens")) in pairs
    assert frozenset(("Cohere", "Brackwater Labs")) not in pairs


def test_the_startup_is_never_a_known_big_company() -> None:
    text = (
        "Amazon has hired the co-founders of a small robotics lab and licensed the startup's models. "
        "The startup had raised $90 million from investors including Balsam Capital and Kestrel Partners."
    )
    found = _facts(text)
    assert not any(p == "INVESTED_IN" and o == "Amazon" for _, p, o in found)
    assert not any(p == "GRANTED_ACCESS" and s == "Amazon" and o == "Amazon" for s, p, o in found)


def test_a_rival_named_in_another_clause_is_no_competitor() -> None:
    text = "Brackwater Labs sells grading tools. Rival Quillfen struck a similar deal with Siemens in March."
    found = _facts(text)
    assert ("Brackwater Labs", "COMPETES_WITH", "Siemens") not in found
    assert ("Siemens", "COMPETES_WITH", "Brackwater Labs") not in found


def test_challenging_a_ruling_is_no_rivalry() -> None:
    found = _facts("xAI challenges the Federal Trade Commission's ruling in court.")
    assert not any(p == "COMPETES_WITH" for _, p, _ in found)
    rivalry = _facts("Brackwater Labs challenges Nvidia in Europe.")
    assert ("Brackwater Labs", "COMPETES_WITH", "Nvidia") in rivalry


def test_participle_after_another_noun_phrase_is_not_about_the_subject_fr() -> None:
    text = "Par ailleurs, Capgemini absorbe la jeune pousse nantaise Orvelle, fondée en 2020 par Marc Petit."
    found = _facts(text, "fr")
    assert ("Marc Petit", "FOUNDED", "Capgemini") not in found


def test_a_rival_far_from_the_trigger_is_no_competitor_fr() -> None:
    text = "Capgemini, concurrent de la société Orvelle, a noué un partenariat avec Siemens."
    found = _facts(text, "fr")
    assert not any(p == "COMPETES_WITH" and "Siemens" in (s, o) for s, p, o in found)
    partners = {frozenset((s, o)) for s, p, o in found if p == "PARTNERED_WITH"}
    assert frozenset(("Capgemini", "Siemens")) in partners


def test_held_talks_to_buy_is_no_acquisition() -> None:
    found = _facts("ServiceNow had also held talks to buy Brackwater Labs, two people briefed on them said.")
    assert not any(p == "ACQUIRED" for _, p, _ in found)


def test_a_by_list_ends_where_a_with_list_begins() -> None:
    text = "Brackwater Labs competes with Quillfen, which is backed by Balsam Capital, and with Siemens."
    found = _facts(text)
    assert ("Balsam Capital", "INVESTED_IN", "Quillfen") in found
    assert ("Siemens", "INVESTED_IN", "Quillfen") not in found
    assert ("Brackwater Labs", "COMPETES_WITH", "Siemens") in found


def test_an_announced_deal_counts_and_a_hedged_one_does_not() -> None:
    assert ("Siemens", "ACQUIRED", "Brackwater Labs") in _facts(
        "Siemens said on Monday it would acquire Brackwater Labs for $300 million."
    )
    found = _facts("Siemens said it would consider buying Brackwater Labs.")
    assert not any(p == "ACQUIRED" for _, p, _ in found)
    found = _facts("Siemens could acquire Brackwater Labs next year.")
    assert not any(p == "ACQUIRED" for _, p, _ in found)


def test_collaboration_with_an_adverb_and_a_joint_paper() -> None:
    found = _facts("Brackwater Labs collabore aussi avec l'Inria sur la robustesse des modèles.", "fr")
    assert frozenset(("Brackwater Labs", "Inria")) in {frozenset((s, o)) for s, p, o in found}
    text = "Researchers from Brackwater Labs and the University of Oxford co-authored a paper on evaluation."
    pairs = {frozenset((s, o)) for s, p, o in _facts(text) if p == "COLLABORATED_WITH"}
    assert frozenset(("Brackwater Labs", "University of Oxford")) in pairs
