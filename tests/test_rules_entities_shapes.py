"""Unknown names found by their shape and context: people described by an apposition, founders named
after "with", particles, sentence openers, organizations by their company word or a preceding noun,
models introduced as such."""

from __future__ import annotations

from tests.helpers import extract


def _names(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in extract(text, language).entities}


def test_a_person_described_by_an_apposition() -> None:
    names = _names("Observers agreed. Wendell Opoku, a general partner at Tarnbrook, called it overdue.")
    assert ("Wendell Opoku", "Person") in names
    names = _names("Ysolde Marchetti, Pinewright's head of research, posted the findings.")
    assert ("Ysolde Marchetti", "Person") in names
    names = _names("Le comité a tranché. Gaspard Lemerle, associé chez Vantelle, s'en est félicité.", "fr")
    assert ("Gaspard Lemerle", "Person") in names


def test_an_apposition_about_a_person_does_not_make_an_organization() -> None:
    names = _names("Odile Ferraud, a partner at the law firm Brisk & Tolley, disagreed.")
    assert ("Odile Ferraud", "Person") in names
    assert ("Odile Ferraud", "Organization") not in names
    assert ("Brisk & Tolley", "Organization") in names


def test_a_cofounder_named_after_with() -> None:
    names = _names("Hester Vane started the studio in 2022 with Joaquin Ardley.")
    assert ("Joaquin Ardley", "Person") in names
    names = _names("Elle cofonde Brumaire Labs avec Tanguy Morvan, un ancien de Quillon.", "fr")
    assert ("Tanguy Morvan", "Person") in names and ("Quillon", "Organization") in names


def test_capitalised_particles_and_openers() -> None:
    names = _names("Fondée en 2020 par Gwenaël Le Goff et Iris Tanaka, la société compte dix salariés.", "fr")
    assert ("Gwenaël Le Goff", "Person") in names and ("Iris Tanaka", "Person") in names
    names = _names("When Oriane Castellet told her team, she had already signed.")
    assert ("Oriane Castellet", "Person") in names
    assert not any(n.startswith("When") for n, _ in names)


def test_organizations_by_company_word_and_noun() -> None:
    names = _names("The round was led by Pellam Venture Group, the lead investor.")
    assert ("Pellam Venture Group", "Organization") in names
    names = _names("A note in the newsletter Signal Ledger said the deal had slipped.")
    assert ("Signal Ledger", "Organization") in names and ("Signal Ledger", "Person") not in names
    names = _names("Brasko, the Chilean salt producer, signed a contract last week.")
    assert ("Brasko", "Organization") in names


def test_french_organizations_after_a_role_or_in_a_list() -> None:
    names = _names("Nadia Ferhat, ancienne directrice juridique de Quincy, rejoint le conseil.", "fr")
    assert ("Quincy", "Organization") in names
    names = _names("Elle a levé 12 millions auprès de Roselane, d'Orvalis et de la Caisse des Marins.", "fr")
    assert {("Roselane", "Organization"), ("Orvalis", "Organization")} <= names
    assert ("Caisse des Marins", "Organization") in names
    names = _names("Il a passé dix ans à l'Institut Carvelle avant de partir.", "fr")
    assert ("Institut Carvelle", "Organization") in names


def test_models_introduced_by_an_apposition() -> None:
    names = _names("Pellucid sells access to Brindle, the model it trained on legal filings.")
    assert ("Brindle", "Model") in names
    names = _names("It runs its own model, Tamsworth, on rented chips.")
    assert ("Tamsworth", "Model") in names
    # a model maker is no model
    names = _names("Corvane, the model maker from Leeds, hired ten engineers.")
    assert ("Corvane", "Model") not in names


def test_a_french_company_named_with_its_nationality() -> None:
    names = _names("Elle affronte l'américain Quorbit et la suédoise Vallnet sur ce marché.", "fr")
    assert {("Quorbit", "Organization"), ("Vallnet", "Organization")} <= names
    # two capitalised words after a nationality: a person, not a company
    names = _names("La société a recruté la française Odile Marchal en mai.", "fr")
    assert ("Odile Marchal", "Organization") not in names
