"""Funding rounds: the organization that raised a round is the object of the investment rules that
leave it out ("Y led the round", "with participation from Z"), even when the article is mostly about
another company; investor lists with groups and appositions between the names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_round_belongs_to_the_raiser_not_the_main_company() -> None:
    text = (
        "Microsoft is testing a new spreadsheet agent. Separately, Pollen Works, a start-up that sells "
        "soil sensors to farmers, has raised $12 million. Tarn Capital led the round, with participation "
        "from Orrin Ventures and an existing backer, Maple Row Partners."
    )
    found = _facts(text)
    for investor in ("Tarn Capital", "Orrin Ventures", "Maple Row Partners"):
        assert (investor, "INVESTED_IN", "Pollen Works") in found
        assert (investor, "INVESTED_IN", "Microsoft") not in found


def test_possessive_round_names_its_company() -> None:
    text = (
        "Google DeepMind opened an office in Oslo. Its investment arm joined Hugging Face's $9 million "
        "Series A, alongside the lead investor, Tarn Capital, and two smaller funds, Orrin Ventures and "
        "Maple Row Partners."
    )
    found = _facts(text)
    for investor in ("Tarn Capital", "Orrin Ventures", "Maple Row Partners"):
        assert (investor, "INVESTED_IN", "Hugging Face") in found
    assert ("Tarn Capital", "INVESTED_IN", "Orrin Ventures") not in found


def test_also_investing_after_the_lead() -> None:
    text = (
        "Pollen Works, a start-up in Bergen, raised $5 million in a round led by Tarn Capital, "
        "with Orrin Ventures and Maple Row Partners also investing."
    )
    found = _facts(text)
    assert {
        ("Orrin Ventures", "INVESTED_IN", "Pollen Works"),
        ("Maple Row Partners", "INVESTED_IN", "Pollen Works"),
    } <= found


def test_owner_of_a_title_is_no_investor() -> None:
    text = (
        "Pollen Works, a start-up in Bergen, raised $5 million. Orrin Ventures also put money in, "
        "among them Clément Delangue, Hugging Face's chief executive."
    )
    found = _facts(text)
    assert ("Hugging Face", "INVESTED_IN", "Pollen Works") not in found
    assert ("Orrin Ventures", "INVESTED_IN", "Hugging Face") not in found
    assert ("Clément Delangue", "INVESTED_IN", "Pollen Works") in found


def test_leve_aupres_with_apposition_fr() -> None:
    text = (
        "La start-up Pollen Works avait levé 4 millions d'euros auprès de Tarn Capital et d'Orrin Ventures, "
        "le fonds régional, ainsi que de Maple Row Partners."
    )
    found = _facts(text, "fr")
    for investor in ("Tarn Capital", "Orrin Ventures", "Maple Row Partners"):
        assert (investor, "INVESTED_IN", "Pollen Works") in found


def test_hedged_raise_gives_nothing_fr() -> None:
    text = "Pollen Works chercherait à lever 4 millions d'euros auprès de Tarn Capital."
    assert ("Tarn Capital", "INVESTED_IN", "Pollen Works") not in _facts(text, "fr")


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abc ,.$'OPraisedlvéupnt", max_size=80))
def test_a_round_is_never_credited_to_its_investor(noise: str) -> None:
    text = f"Pollen Works, a start-up in Bergen, raised $5 million. {noise} Tarn Capital led the round."
    found = _facts(text)
    assert ("Pollen Works", "INVESTED_IN", "Tarn Capital") not in found
    assert all(o != "Tarn Capital" for _, p, o in found if p == "INVESTED_IN")


def test_name_without_its_domain_suffix_is_the_same_organization() -> None:
    text = (
        "Lintelwise.ai, a start-up in Oslo, hired staff. "
        "In March, Lintelwise raised $3 million from Tarn Capital."
    )
    assert ("Tarn Capital", "INVESTED_IN", "Lintelwise.ai") in _facts(text)
