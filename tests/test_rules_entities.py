"""Entity recognition: elisions, case rules, discovery by shape and context, descriptive models."""

from __future__ import annotations

from tests.helpers import extract, extractor


def _names(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in extract(text, language).entities}


def test_french_elisions_with_both_apostrophes() -> None:
    names = _names("Le PDG d’OpenAI et l'ancien chercheur d'Anthropic ont parlé de l’OpenAI d'hier.", "fr")
    assert ("OpenAI", "Organization") in names and ("Anthropic", "Organization") in names


def test_case_rules() -> None:
    assert ("Le Monde", "Organization") not in _names("“Le monde nous regarde”, a-t-elle lancé.", "fr")
    assert ("OpenAI", "Organization") in _names("Il remercie Openai pour tout.", "fr")
    assert not any(t == "Organization" and n == "X Corp." for n, t in _names("He posted on X yesterday."))


def test_model_shapes_and_families() -> None:
    names = _names("OpenAI shipped o4-mini and GPT-4o; Meta released Llama 3.1 405B; xAI showed Grok 4.")
    for model in ("o4-mini", "GPT-4o", "Llama 3.1 405B", "Grok 4"):
        assert (model, "Model") in names
    assert ("Claude Sonnet 4", "Model") in _names("Claude Opus 4 comme Sonnet 4 savent coder.", "fr")


def test_people_need_context() -> None:
    assert ("Boaz Barak", "Person") in _names("Researcher Boaz Barak criticized the launch.")
    assert ("Nicholas Carlini", "Person") in _names("Nicholas Carlini d’Anthropic regarde l’avenir.", "fr")
    names = _names("Silicon Valley and New York were quiet. Big Data Expo opens today.")
    assert not any(t == "Person" for _, t in names)


def test_a_name_later_used_by_its_surname_is_a_person() -> None:
    names = _names("Ottilie Brandauer opened the meeting in Graz. Later, Brandauer thanked the volunteers.")
    assert ("Ottilie Brandauer", "Person") in names
    assert not any(n == "Graz" for n, _ in names)


def test_unknown_companies_from_suffix_apposition_and_expected_slot() -> None:
    names = _names(
        "Quarrel Systems, a Lisbon startup, was acquired by Tamsin last week, after Peltry Labs sued it."
    )
    for name in ("Quarrel Systems", "Tamsin", "Peltry Labs"):
        assert (name, "Organization") in names, name


def test_unknown_companies_by_domain_headline_object_and_rivalry() -> None:
    assert ("Pennyroyal.ai", "Organization") in _names("Staff at Pennyroyal.ai voted on Friday.")
    names = _names("Its product competes with Brisket and with Tarragon, the Oslo-made dictation business.")
    assert ("Brisket", "Organization") in names and ("Tarragon", "Organization") in names
    discoverer = extractor().discoverer
    assert discoverer.headline_object("Kobold Group takes Sorrel's engineers") == "Sorrel"
    assert discoverer.headline_object("Kobold Group shuts Pellam out of its API") == "Pellam"
    # after "hires", a bare name is a person's more often than a company's
    assert discoverer.headline_object("Kobold Group hires Marlowe") is None


def test_a_domain_name_and_its_stem_are_one_company() -> None:
    result = extract("Staff at Pennyroyal.ai voted on Friday. Pennyroyal sells software to clinics.")
    assert [e.name for e in result.entities if e.name.startswith("Pennyroyal")] == ["Pennyroyal.ai"]


def test_models_named_by_an_apposition_or_by_their_family() -> None:
    names = _names("Kobold Systems sells Larkspur, the dictation model it trains itself, to hospitals.")
    assert ("Larkspur", "Model") in names
    names = _names("Tarnel-4 will follow the Tarnel-3 model. Clients still use Tarnel-2 daily.")
    assert ("Tarnel-2", "Model") in names
    owned = _names("The first product of Kobold Systems, an agent for forms, shipped in May.")
    assert not any(t == "Model" for _, t in owned)
