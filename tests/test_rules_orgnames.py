"""Organization names the finders used to split, miss or mistype: firms named after partners, names
defined with an acronym, quoted publications, places and sentence-opening participles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.orgnames import acronyms, firms, is_place
from tests.helpers import extract, triples


def _names(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in extract(text, language).entities}


def _orgs(text: str, language: str = "en") -> set[str]:
    return {name for name, kind in _names(text, language) if kind == "Organization"}


def test_a_firm_named_after_its_partners_is_one_organization() -> None:
    orgs = _orgs("Tarnwell retained Ashcombe, Rill & Penhallow to review the merger terms.")
    assert "Ashcombe, Rill & Penhallow" in orgs
    assert not {"Ashcombe", "Rill", "Penhallow"} & orgs
    orgs = _orgs("Le dossier a été confié à Vautrin, Lessard & Associés, qui a rendu son avis.", "fr")
    assert "Vautrin, Lessard & Associés" in orgs and "Vautrin" not in orgs


def test_a_firm_keeps_its_company_word_and_loses_the_names_listed_before_it() -> None:
    orgs = _orgs("The backers were Gorse Hill Ventures, Quant & Pell Capital and two angels.")
    assert {"Gorse Hill Ventures", "Quant & Pell Capital"} <= orgs
    assert "Ventures, Quant & Pell" not in orgs
    assert "Brandlow & Kerr LLP" in _orgs("The buyer was advised by Brandlow & Kerr LLP.")


def test_two_known_companies_joined_by_an_ampersand_stay_two() -> None:
    orgs = _orgs("Google & Microsoft both declined to comment on the filing.")
    assert "Google & Microsoft" not in orgs


def test_a_name_defined_with_its_acronym_is_one_organization_with_an_alias() -> None:
    result = extract(
        "The grant came from the Office for Coastal Robotics Research (OCRR) last spring. "
        "OCRR will review the results in June.",
    )
    found = [e for e in result.entities if e.name == "Office for Coastal Robotics Research"]
    assert len(found) == 1 and found[0].aliases == ["OCRR"]
    assert sum(m.text == "OCRR" for m in result.mentions) == 2
    orgs = _orgs("Le projet est financé par l'Agence de la mobilité fluviale (AMF2) depuis mars.", "fr")
    assert "Agence de la mobilité fluviale" in orgs


def test_an_acronym_that_does_not_fit_the_name_defines_nothing() -> None:
    assert not list(acronyms("Trelane (QX) said so.", 0, 21))
    text = "Jo Pike said the Board of Grain Trade (BGT) would meet."
    assert [a.name for a in acronyms(text, 0, len(text))] == ["Board of Grain Trade"]


def test_a_publication_quoted_as_a_source_is_an_organization() -> None:
    assert "Le Quotidien Numérique" in _orgs(
        "Selon Le Quotidien Numérique, Harbel prépare une levée de fonds.", "fr"
    )
    assert "Tessaly" in _orgs("Harbel is preparing a new round, according to Tessaly.")


def test_a_place_is_no_organization() -> None:
    orgs = _orgs("In Lyon, Harbel opened a second office next to Grendal, a Zurich startup.")
    assert "Lyon" not in orgs
    orgs = _orgs("Harbel, une société basée à Quimperlé, a annoncé la start-up Grendal.", "fr")
    assert "Quimperlé" not in orgs
    assert is_place("Berlin") and is_place("Vannes", "a Vannes-based lab", 2)
    assert not is_place("Harbel", "Harbel hired two people", 0)


def test_a_participle_opening_a_sentence_is_no_organization() -> None:
    orgs = _orgs("La levée est bouclée. Sollicitée, la société Harbel n'a pas répondu.", "fr")
    assert "Harbel" in orgs and "Sollicitée" not in orgs
    orgs = _orgs("Contactée, Mistral AI n'a pas commenté l'arrivée de Bastien Crolle.", "fr")
    assert "Contactée" not in orgs


def test_a_bare_comma_lists_nothing_unless_the_list_goes_on() -> None:
    orgs = _orgs("Harbel, Grendal and Pevensey Capital all backed the round.")
    assert {"Harbel", "Grendal", "Pevensey Capital"} <= orgs


def test_fund_names_are_organizations_and_invest() -> None:
    text = "The startup Orlin raised $9 million from Carrow Fund and Lessay Partenaires."
    result = extract(text)
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("Carrow Fund") == "Organization" and kinds.get("Lessay Partenaires") == "Organization"
    assert ("Carrow Fund", "INVESTED_IN", "Orlin") in triples(result)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="AbcdeFGH &,()l'éOR. \n", max_size=120))
def test_shapes_stay_inside_the_text_and_end_where_they_say(text: str) -> None:
    for a in acronyms(text, 0, len(text)):
        assert text[a.start : a.end] == a.name
        assert text.startswith(f" ({a.acronym})", a.end) or text[a.end :].lstrip().startswith(
            f"({a.acronym})"
        )
    for m in firms(text, 0, len(text)):
        assert "&" in m.group() and 0 <= m.start() < m.end() <= len(text)
    extract(text or "x")  # never raises on arbitrary text


@settings(max_examples=25, deadline=None)
@given(
    partners=st.lists(
        st.sampled_from(["Ormsby", "Quill", "Tarrant", "Vosper", "Wexley"]),
        min_size=2,
        max_size=4,
        unique=True,
    )
)
def test_any_firm_of_partners_is_found_whole(partners: list[str]) -> None:
    name = ", ".join(partners[:-1]) + " & " + partners[-1]
    assert name in _orgs(f"The startup hired {name} to handle the sale.")


def test_what_only_a_company_has_or_does_makes_an_organization() -> None:
    orgs = _orgs(
        "Quillan's chief executive spoke first. Shares of Brennock fell. Dorrit raised $8 million in May. "
        "Customers include Fallowby and Kessock. Sanderling said on Monday it would hire."
    )
    assert {"Quillan", "Brennock", "Dorrit", "Fallowby", "Kessock", "Sanderling"} <= orgs
    orgs = _orgs("Les salariés de Morvelle ont été prévenus. Grisolle a annoncé mardi un plan social.", "fr")
    assert {"Morvelle", "Grisolle"} <= orgs


def test_a_cue_after_the_last_word_of_a_longer_name_finds_no_short_name() -> None:
    orgs = _orgs("Ferrand Works raised $3 million from two angels.")
    assert "Works" not in orgs
    assert "It" not in _orgs("Lommel, a Ghent startup, grew fast. It raised $4 million last year.")


def test_companies_by_where_they_are_based_or_who_backs_them() -> None:
    orgs = _orgs("Ghent-based Lommel signed a deal with Tessaly-backed Pardoe, which makes sensors.")
    assert {"Lommel", "Pardoe"} <= orgs
    orgs = _orgs("La pépite nantaise Corvelle a recruté. Le groupe coopératif Ternac l'utilise.", "fr")
    assert {"Corvelle", "Ternac"} <= orgs


def test_an_acronym_where_a_company_is_expected() -> None:
    orgs = _orgs("The seed round was led by QXV, and the company works with two labs.")
    assert "QXV" in orgs
    assert "CEO" not in _orgs("The round was backed by CEO pledges.")


def test_a_domain_name_ending_a_sentence_keeps_its_suffix() -> None:
    orgs = _orgs("She used to run research at Harbin.ai. She left in May.")
    assert "Harbin.ai" in orgs


def _models(text: str, language: str = "en") -> set[str]:
    return {name for name, kind in _names(text, language) if kind == "Model"}


def test_a_name_and_a_version_number_in_a_sentence_about_models_is_a_model() -> None:
    assert "Skerry 4" in _models("The Skerry 4 model beat older systems on reasoning tests.")
    assert "Tollan Vox 2" in _models("Its speech model Tollan Vox 2 ships next week.")
    models = _models("Le modèle Skerry 4 sort en mai, selon l'équipe.", "fr")
    assert "Skerry 4" in models


def test_a_number_that_counts_something_is_no_version() -> None:
    models = _models("The model team at Harbel grew to 40 people in Series 2 of its program.")
    assert not models
    assert not _models("Quellan 12 million users tried the model.")


def test_a_model_introduced_as_called_or_named() -> None:
    assert "Gannet Mini" in _models("Its newest model, called Gannet Mini, answers in French.")
    assert "Fulmar" in _models("La start-up a présenté un modèle baptisé Fulmar, plus léger.", "fr")


def _people(text: str, language: str = "en") -> set[str]:
    return {name for name, kind in _names(text, language) if kind == "Person"}


def test_the_speaker_after_a_quotation_and_a_verb_is_a_person() -> None:
    assert "Oyinkan Balogun" in _people(
        "« Rien ne presse », tempère Oyinkan Balogun, sans plus de détails.", "fr"
    )
    assert "Oyinkan Balogun" in _people("« Le calendrier tient », a réagi Oyinkan Balogun.", "fr")
    assert "Oyinkan Balogun" in _people("Oyinkan Balogun posted the memo on Friday.")


def test_a_preposition_opening_a_sentence_is_no_organization() -> None:
    found = _names("Under chief executive Oyinkan Balogun, the lab tripled its staff.")
    assert ("Oyinkan Balogun", "Person") in found
    assert not {name for name, kind in found if kind == "Organization"}


def test_an_organization_described_by_its_founding_or_by_what_it_is() -> None:
    orgs = _orgs("Tevrin, founded in 2019 by two physicists, sells sensors. Hollin is a Leeds startup.")
    assert {"Tevrin", "Hollin"} <= orgs
    orgs = _orgs(
        "Morlaix, fondée en 2021 par deux chercheurs, recrute. Le rachat de Quimbel a été validé.", "fr"
    )
    assert {"Morlaix", "Quimbel"} <= orgs


def test_one_name_that_declines_to_comment_is_an_organization_unless_a_known_surname() -> None:
    found = _names("Tarvel declined to comment. Odile Ferraud joined in May. Ferraud declined to comment.")
    assert ("Tarvel", "Organization") in found
    assert ("Ferraud", "Organization") not in found


def test_a_headline_that_introduces_a_startup_by_its_noun() -> None:
    from aikg.graph.schema import Source
    from aikg.ingest.document import Document
    from tests.helpers import extractor

    body = "Tolvane hired two engineers from a rival in May."
    for title, language in (
        ("Robotics startup Tolvane hires two engineers", "en"),
        ("Robotique : la start-up Tolvane recrute deux ingénieurs", "fr"),
    ):
        document = Document(
            text=body, title=title, language=language, path="t.md", content_hash=Source.hash_content(title)
        )
        names = {(e.name, e.type.value) for e in extractor().extract(document).entities}
        assert ("Tolvane", "Organization") in names
    assert "Norreys" in _orgs("The two founders of Norreys left in March.")


def test_more_of_what_only_a_company_has() -> None:
    orgs = _orgs(
        "Tevrin, valued at $2 billion, hired. Harbel's head of research left. Pallor's Series B closed."
    )
    assert {"Tevrin", "Harbel", "Pallor"} <= orgs
    orgs = _orgs(
        "Le fondateur de Quimbel, Odile Ferraud, a parlé. Morlaix, soutenue par deux fonds, recrute.", "fr"
    )
    assert {"Quimbel", "Morlaix"} <= orgs


def test_a_longer_name_where_only_an_organization_fits() -> None:
    orgs = _orgs(
        "Pallor signed a partnership with Westmere Freight last week. It was acquired by Harrow Mills."
    )
    assert {"Westmere Freight", "Harrow Mills"} <= orgs
    found = _names("The seed round was backed by Oyelaran Adebayo, an angel investor.")
    assert ("Oyelaran Adebayo", "Organization") not in found


def test_a_company_by_its_nationality_or_its_city_in_french() -> None:
    orgs = _orgs(
        "Le partenaire est le canadien Cohavel. L'israélienne Tamrin a levé. La lyonnaise Quelvin recrute.",
        "fr",
    )
    assert {"Cohavel", "Tamrin", "Quelvin"} <= orgs
    found = _names("Le français Aurèle Vantrou a présenté la fintech Qardel.", "fr")
    assert ("Aurèle Vantrou", "Organization") not in found and ("Qardel", "Organization") in found


def test_a_company_by_a_participle_apposition_or_as_someone_s_own_company() -> None:
    orgs = _orgs("Il est parti fonder sa propre société, Varnel, il y a un an.", "fr")
    assert "Varnel" in orgs
    orgs = _orgs(
        "Tamrin, filiale d'un groupe belge, recrute. Morlaix, spécialisée dans la logistique, grandit.", "fr"
    )
    assert {"Tamrin", "Morlaix"} <= orgs
    found = _names("Odile Ferraud a parlé. Ferraud, basée à Lyon, a conclu.", "fr")
    assert ("Ferraud", "Organization") not in found


def test_a_speaker_after_a_comma_and_a_verb_of_speech_or_with_an_age() -> None:
    people = _people(
        "Le marché reste ouvert, rappelle Ngozi Amadi. Bakhyt Sarsen, 52 ans, dirige le fonds.", "fr"
    )
    assert {"Ngozi Amadi", "Bakhyt Sarsen"} <= people
    assert "Tanvir Rahim" in _people("Tanvir Rahim, 38, leads the research team.")
    assert not _people("L'accord a été signé, a annoncé Mistral AI.", "fr")
