"""People found by their first name when nothing else around them says so, and names shaped the way
news writes them (hyphenated first names, particles, initials, elided articles, letters beyond
Latin-1, "X-backed" compounds); with the capitalised words that must not become people, and
headlines that open on a person's name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.names import first_names, is_first_name
from aikg.ingest.extractors.rules.person_names import looks_like_person
from tests.helpers import doc, extract, extractor


def _names(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in extract(text, language).entities}


def test_first_names_are_known_and_common_words_are_not() -> None:
    assert len(first_names()) > 1000
    for name in ("Henrietta", "Oskar", "Radek", "Maëlle", "Anne-Laure", "Jean-Baptiste", "Paul-Henri"):
        assert is_first_name(name), name
    for word in ("June", "Will", "Grace", "General", "Paris", "Le", "Van", "Series", "Open", "Anne-Zorblat"):
        assert not is_first_name(word), word


def test_person_shape_alone() -> None:
    assert looks_like_person("Anne-Laure Quessaud")
    assert looks_like_person("Oskar van der Brandt")
    assert not looks_like_person("Oskar Robotics")
    assert not looks_like_person("Oskar Brandt Institute")
    assert not looks_like_person("Quessaud Brandt")
    assert not looks_like_person("Anne-Laure")


def test_a_first_name_is_enough_to_find_a_person() -> None:
    names = _names("Logistics chief Henrietta Vollmar and Oskar Brandlund will run Tarnwick Labs until May.")
    assert ("Henrietta Vollmar", "Person") in names and ("Oskar Brandlund", "Person") in names
    names = _names(
        "La semaine a été chargée. Deux mois après le départ de Corentin Abgrall, parti créer sa société.",
        "fr",
    )
    assert ("Corentin Abgrall", "Person") in names


def test_names_written_the_way_news_writes_them() -> None:
    names = _names(
        "Sous la direction d'Anne-Laure Quessaud, la société a doublé ; Tomáš Dvořáček la conseille.", "fr"
    )
    assert ("Anne-Laure Quessaud", "Person") in names and ("Tomáš Dvořáček", "Person") in names
    names = _names("Priscilla J. Ormerod, a longtime engineer, left Tarnwick Labs in March.")
    assert ("Priscilla J. Ormerod", "Person") in names
    names = _names("The round included Quenby Holdings and the Ignacio Saldaña-backed fund Borrowdale.")
    assert ("Ignacio Saldaña", "Person") in names
    names = _names("Ottilie O'Rourke and Yusuf McAllister signed the letter on Tuesday.")
    assert ("Ottilie O'Rourke", "Person") in names and ("Yusuf McAllister", "Person") in names


def test_capitalised_words_beside_a_first_name_stay_out() -> None:
    names = _names("In June Tarnwick Labs moved to Grace Street, near the Oskar Brandt Institute.")
    assert not {n for n, t in names if t == "Person"}
    names = _names("Investors included Ludivine Capital and Marguerite Ventures, two small funds.")
    assert ("Ludivine Capital", "Person") not in names and ("Marguerite Ventures", "Person") not in names
    names = _names("Its backers include Wiebke Halvorsen, a growth fund based in Oslo.")
    assert ("Wiebke Halvorsen", "Person") not in names


def test_a_headline_that_opens_on_a_person_types_no_organization() -> None:
    text = (
        "Pendant huit ans, Maëlle Kerbiriou a dirigé une équipe chez Quillon. "
        "Elle a cofondé Brumaire Santé, qui lève aujourd'hui cinq millions d'euros."
    )
    result = extractor().extract(
        doc(text, "fr").model_copy(update={"title": "Maëlle Kerbiriou, de Quillon à Brumaire Santé"})
    )
    typed = {(e.name, e.type.value) for e in result.entities}
    assert ("Maëlle Kerbiriou", "Person") in typed
    assert ("Maëlle Kerbiriou", "Organization") not in typed


SURNAMES = st.sampled_from(["Vollmar", "Brandlund", "Quessaud", "Abgrall", "Ormerod", "Kerbiriou"])
FIRSTS = st.sampled_from(["Henrietta", "Oskar", "Radek", "Zofia", "Corentin", "Anne-Laure", "Jean-Baptiste"])


@settings(max_examples=25, deadline=None)
@given(first=FIRSTS, surname=SURNAMES, filler=st.text(alphabet="abcdefgh ,", max_size=40))
def test_a_named_person_is_never_an_organization_or_a_model(first: str, surname: str, filler: str) -> None:
    name = f"{first} {surname}"
    text = f"Tarnwick Labs grew fast{filler.rstrip(' ,')}. {name} and Borrowdale Capital backed it."
    typed = _names(text)
    assert (name, "Organization") not in typed and (name, "Model") not in typed


@settings(max_examples=25, deadline=None)
@given(word=st.sampled_from(["June", "April", "Grace", "Will", "General", "Paris", "Victoria", "Summer"]))
def test_a_common_capitalised_word_gives_no_person(word: str) -> None:
    typed = _names(f"{word} Harrowgate opened a store. Tarnwick Labs said little.")
    assert (f"{word} Harrowgate", "Person") not in typed


def test_a_short_name_is_the_longer_organization_named_elsewhere() -> None:
    result = extract(
        "Brackenridge Robotics opened a plant in Turin. Rivals such as Quillon watched Brackenridge, "
        "a Turin company, closely."
    )
    orgs = {e.name for e in result.entities if e.type.value == "Organization"}
    assert "Brackenridge Robotics" in orgs and "Brackenridge" not in orgs


def test_a_person_described_like_a_model_or_a_company_is_still_a_person() -> None:
    names = _names("Henrietta Vollmar, the assistant director at Tarnwick Labs, resigned on Friday.")
    assert ("Henrietta Vollmar", "Person") in names and ("Henrietta Vollmar", "Model") not in names
    text = "Le jury a tranché. Anne-Laure Quessaud, une spécialiste des capteurs, a été retenue."
    names = _names(text, "fr")
    assert ("Anne-Laure Quessaud", "Person") in names
    assert ("Anne-Laure Quessaud", "Organization") not in names


def test_a_speech_verb_marks_a_person_without_a_known_first_name() -> None:
    names = _names("The rollout slipped again. Zorbeck Anthrel conceded that the sensors were late.")
    assert ("Zorbeck Anthrel", "Person") in names
    names = _names("Le calendrier a glissé. Ulvaën Trégaro dénonce une erreur de pilotage.", "fr")
    assert ("Ulvaën Trégaro", "Person") in names
