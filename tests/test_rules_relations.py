"""Every predicate in both languages, with negatives: short sentences written for the tests."""

from __future__ import annotations

import pytest

from aikg.ingest.extractors.rules import RulesExtractor
from tests.helpers import doc, extract, extractor, triples

POSITIVE = [
    # WORKS_AT
    ("en", "Sam Altman, the CEO of OpenAI, spoke on Monday.", ("Sam Altman", "WORKS_AT", "OpenAI")),
    ("en", "OpenAI CEO Sam Altman spoke on Monday.", ("Sam Altman", "WORKS_AT", "OpenAI")),
    ("fr", "Sam Altman, PDG d'OpenAI, a pris la parole lundi.", ("Sam Altman", "WORKS_AT", "OpenAI")),
    ("fr", "Le PDG d’OpenAI, Sam Altman, a décliné toute interview.", ("Sam Altman", "WORKS_AT", "OpenAI")),
    # DEPARTED
    ("en", "Jan Leike left OpenAI last week.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("en", "Jan Leike resigned from OpenAI in May 2024.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("fr", "Jan Leike a quitté OpenAI en mai dernier.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("fr", "Jan Leike, ancien chercheur d'OpenAI, a parlé.", ("Jan Leike", "DEPARTED", "OpenAI")),
    # JOINED
    (
        "en",
        "Jan Leike joined Anthropic after leaving his previous job.",
        ("Jan Leike", "JOINED", "Anthropic"),
    ),
    ("fr", "Jan Leike a rejoint Anthropic.", ("Jan Leike", "JOINED", "Anthropic")),
    # FOUNDED
    ("en", "Dario Amodei co-founded Anthropic in 2021.", ("Dario Amodei", "FOUNDED", "Anthropic")),
    ("fr", "Anthropic, fondée par Dario Amodei, grandit vite.", ("Dario Amodei", "FOUNDED", "Anthropic")),
    # BOARD_MEMBER_OF
    ("en", "Helen Toner sits on the board of OpenAI.", ("Helen Toner", "BOARD_MEMBER_OF", "OpenAI")),
    (
        "fr",
        "Helen Toner est membre du conseil d'administration d'OpenAI.",
        ("Helen Toner", "BOARD_MEMBER_OF", "OpenAI"),
    ),
    # VOTED_TO_REMOVE
    ("en", "Ilya Sutskever voted to remove Sam Altman.", ("Ilya Sutskever", "VOTED_TO_REMOVE", "Sam Altman")),
    (
        "fr",
        "Ilya Sutskever a voté en faveur du retrait de Sam Altman.",
        ("Ilya Sutskever", "VOTED_TO_REMOVE", "Sam Altman"),
    ),
    # DEVELOPED
    ("en", "Anthropic released Claude Opus 4 in May.", ("Anthropic", "DEVELOPED", "Claude Opus 4")),
    ("fr", "OpenAI a dévoilé GPT-4o lundi.", ("OpenAI", "DEVELOPED", "GPT-4o")),
    # GRANTED_ACCESS
    ("en", "OpenAI gave Anthropic access to its models.", ("OpenAI", "GRANTED_ACCESS", "Anthropic")),
    ("fr", "Anthropic a accordé l'accès à OpenAI.", ("Anthropic", "GRANTED_ACCESS", "OpenAI")),
    # REVOKED_ACCESS
    ("en", "Anthropic revoked OpenAI's access to Claude.", ("Anthropic", "REVOKED_ACCESS", "OpenAI")),
    ("fr", "Anthropic a coupé l'accès d'OpenAI à Claude.", ("Anthropic", "REVOKED_ACCESS", "OpenAI")),
    # COLLABORATED_WITH (symmetric: order-insensitive check below)
    (
        "en",
        "OpenAI collaborated with Anthropic on safety tests.",
        ("Anthropic", "COLLABORATED_WITH", "OpenAI"),
    ),
    ("fr", "OpenAI collabore avec Anthropic sur la sécurité.", ("Anthropic", "COLLABORATED_WITH", "OpenAI")),
    # COMPETES_WITH
    ("en", "OpenAI competes with Google in search.", ("Google", "COMPETES_WITH", "OpenAI")),
    ("fr", "OpenAI est en concurrence avec Google.", ("Google", "COMPETES_WITH", "OpenAI")),
    # CRITICIZED
    ("en", "Elon Musk criticized OpenAI on Friday.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("fr", "Elon Musk a critiqué OpenAI vendredi.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    # DELAYED
    ("en", "OpenAI delayed GPT-5 to run more safety tests.", ("OpenAI", "DELAYED", "GPT-5")),
    ("fr", "OpenAI a reporté GPT-5 pour des raisons de sécurité.", ("OpenAI", "DELAYED", "GPT-5")),
    # INVESTED_IN
    ("en", "Microsoft invested $10 billion in OpenAI.", ("Microsoft", "INVESTED_IN", "OpenAI")),
    (
        "fr",
        "Microsoft a investi 10 milliards de dollars dans OpenAI.",
        ("Microsoft", "INVESTED_IN", "OpenAI"),
    ),
    # ACQUIRED
    ("en", "Google acquired DeepMind in 2014.", ("Google", "ACQUIRED", "Google DeepMind")),
    ("fr", "Google a racheté DeepMind en 2014.", ("Google", "ACQUIRED", "Google DeepMind")),
    # PARTNERED_WITH
    ("en", "Microsoft partnered with OpenAI in 2019.", ("Microsoft", "PARTNERED_WITH", "OpenAI")),
    ("fr", "Microsoft a noué un partenariat avec OpenAI.", ("Microsoft", "PARTNERED_WITH", "OpenAI")),
]

NEGATIVE = [
    ("en", "Jan Leike did not leave OpenAI.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("en", "OpenAI denied that Jan Leike had left OpenAI.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("en", "Jan Leike reportedly left OpenAI.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("en", "Jan Leike would leave OpenAI if asked.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("en", "Microsoft is in talks to acquire Inflection AI.", ("Microsoft", "ACQUIRED", "Inflection AI")),
    ("fr", "Jan Leike n'a pas quitté OpenAI.", ("Jan Leike", "DEPARTED", "OpenAI")),
    ("fr", "Jan Leike aurait quitté OpenAI.", ("Jan Leike", "DEPARTED", "OpenAI")),
    (
        "fr",
        "Selon des rumeurs, Microsoft aurait racheté Mistral AI.",
        ("Microsoft", "ACQUIRED", "Mistral AI"),
    ),
    ("fr", "“J'ai rejoint OpenAI”, a dit Jan Leike.", ("Jan Leike", "JOINED", "OpenAI")),
]


def _normalized(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    symmetric = {"COLLABORATED_WITH", "COMPETES_WITH", "PARTNERED_WITH"}
    return {(min(s, o), p, max(s, o)) if p in symmetric else (s, p, o) for s, p, o in found}


@pytest.mark.parametrize(("language", "text", "expected"), POSITIVE)
def test_predicate_is_extracted(language: str, text: str, expected: tuple[str, str, str]) -> None:
    found = _normalized(triples(extract(text, language)))
    assert _normalized({expected}) <= found, found


@pytest.mark.parametrize(("language", "text", "unwanted"), NEGATIVE)
def test_negation_rumour_and_quotes_yield_nothing(
    language: str, text: str, unwanted: tuple[str, str, str]
) -> None:
    assert unwanted not in triples(extract(text, language))


def test_every_predicate_is_covered_in_both_languages() -> None:
    from aikg.graph.schema import Predicate

    covered = {(lang, expected[1]) for lang, _, expected in POSITIVE}
    for predicate in Predicate:
        assert ("en", predicate.value) in covered and ("fr", predicate.value) in covered, predicate


def test_teaser_about_apple_yields_nothing() -> None:
    from aikg.ingest.furniture import strip_furniture

    article = (
        "OpenAI released GPT-4o on Monday, the company said in a statement to the press.\n\n"
        "The model is faster than its predecessor and cheaper for developers who use the API.\n\n"
        "Apple opens a new store in Lyon this weekend\n\n"
        "apple inaugure ce week-end une nouvelle boutique à lyon.\n\n"
        "Microsoft Edge: a browser reinvented by Copilot!\n\n"
        "voyez comment copilot change votre façon de naviguer sur microsoft edge."
    )
    result = extract(strip_furniture(article))
    names = {e.name for e in result.entities}
    assert "Apple" not in names
    assert ("OpenAI", "DEVELOPED", "GPT-4o") in triples(result)


def test_evidence_is_the_sentence_with_exact_offsets() -> None:
    text = (
        "Intro line.\n\nLe PDG d’OpenAI, Sam Altman, a réagi le soir même. "
        "Jan Leike a quitté OpenAI en mai dernier."
    )
    result = extract(text, "fr", "2024-06-02")
    assert result.facts
    for fact in result.facts:
        for evidence in fact.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert text[evidence.start : evidence.end] == evidence.quote
    departed = next(f for f in result.facts if f.predicate.value == "DEPARTED")
    assert departed.evidence[0].quote == "Jan Leike a quitté OpenAI en mai dernier."
    assert departed.properties.date == "2024-05"


def test_properties_role_reason_model_organization() -> None:
    result = extract("Mark Chen, vice-président de la recherche chez OpenAI, a répondu aux questions.", "fr")
    works = next(f for f in result.facts if f.predicate.value == "WORKS_AT")
    assert works.properties.role == "VP of research"
    result = extract("Anthropic revoked OpenAI's access to Claude over a violation of its terms of service.")
    revoked = next(f for f in result.facts if f.predicate.value == "REVOKED_ACCESS")
    assert revoked.properties.model == "Claude"
    assert revoked.properties.reason and "violation" in revoked.properties.reason
    result = extract("OpenAI's board member Ilya Sutskever voted to remove Sam Altman.")
    voted = next(f for f in result.facts if f.predicate.value == "VOTED_TO_REMOVE")
    assert voted.properties.organization == "OpenAI"


def test_surname_and_company_coreference() -> None:
    text = "Jan Leike is a well-known researcher. Leike left OpenAI in May. The company said little."
    assert ("Jan Leike", "DEPARTED", "OpenAI") in triples(extract(text))
    text = "OpenAI a publié un billet. Ilya Sutskever a annoncé son départ de l’entreprise."
    assert ("Ilya Sutskever", "DEPARTED", "OpenAI") in triples(extract(text, "fr"))


def test_descriptive_open_weight_model() -> None:
    result = extract("OpenAI a reporté son modèle open source pour des raisons de sécurité.", "fr")
    assert ("OpenAI", "DELAYED", "OpenAI open-weight model") in triples(result)
    result = extract("OpenAI delayed its open-weight model again.")
    assert ("OpenAI", "DELAYED", "OpenAI open-weight model") in triples(result)


def test_discovers_unknown_people_and_models() -> None:
    result = extract("Researcher Zorblat Quenneville, who works at OpenAI, praised Grok 7 Turbo.")
    names = {(e.name, e.type.value) for e in result.entities}
    assert ("Zorblat Quenneville", "Person") in names
    assert ("Grok 7 Turbo", "Model") in names


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Ilya Sutskever, the former chief scientist of OpenAI, founded Safe Superintelligence in 2024.",
            {
                ("Ilya Sutskever", "DEPARTED", "OpenAI"),
                ("Ilya Sutskever", "FOUNDED", "Safe Superintelligence"),
            },
        ),
        (
            "en",
            "ex-OpenAI researcher Andrej Karpathy launched Eureka Labs.",
            {("Andrej Karpathy", "DEPARTED", "OpenAI"), ("Andrej Karpathy", "FOUNDED", "Eureka Labs")},
        ),
        ("en", "Amazon acquired the startup Adept in June.", {("Amazon", "ACQUIRED", "Adept")}),
        (
            "en",
            "Nvidia has invested in Mistral AI and Perplexity.",
            {("Nvidia", "INVESTED_IN", "Mistral AI"), ("Nvidia", "INVESTED_IN", "Perplexity AI")},
        ),
        ("en", "Anthropic never granted OpenAI access to Claude.", set()),
        ("en", "Microsoft denied that it would acquire OpenAI.", set()),
        (
            "fr",
            "Google a embauché Noam Shazeer, cofondateur de Character.AI.",
            {("Noam Shazeer", "JOINED", "Google"), ("Noam Shazeer", "FOUNDED", "Character.AI")},
        ),
        ("fr", "Apple envisage de racheter Mistral AI.", set()),
        ("fr", "Jan Leike ne rejoindra pas xAI.", set()),
        (
            "fr",
            "Microsoft, principal investisseur d’OpenAI, a salué la décision.",
            {("Microsoft", "INVESTED_IN", "OpenAI")},
        ),
    ],
)
def test_unseen_phrasings(language: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {t for t in triples(extract(text, language)) if t[1] != "DEVELOPED"}
    assert found == expected


def test_company_title_before_a_person_uses_the_organization_in_focus() -> None:
    text = "OpenAI lost three senior leaders this week. Hours later, chief executive Sam Altman confirmed it."
    assert ("Sam Altman", "WORKS_AT", "OpenAI") in triples(extract(text))
    text = "Hours later, chief executive Sam Altman confirmed it."
    assert not triples(extract(text))


def test_leaving_one_organization_for_another() -> None:
    assert {("John Schulman", "DEPARTED", "OpenAI"), ("John Schulman", "JOINED", "Anthropic")} <= triples(
        extract("John Schulman left OpenAI for Anthropic in August.")
    )
    assert ("Jan Leike", "JOINED", "Anthropic") in triples(
        extract("Jan Leike a quitté OpenAI pour Anthropic.", "fr")
    )


def test_sentence_initial_pronoun_needs_one_person_before() -> None:
    assert ("Jan Leike", "DEPARTED", "OpenAI") in triples(
        extract("Jan Leike spoke at length on Friday. He left OpenAI last week.")
    )
    assert not triples(extract("Jan Leike et Sam Altman ont parlé. Il a quitté OpenAI.", "fr"))


def test_a_delayed_model_is_developed_by_the_company_that_delays_it() -> None:
    found = triples(extract("Kobold Labs will not ship Skein-4, its next voice model, until the autumn."))
    assert ("Kobold Labs", "DELAYED", "Skein-4") in found
    assert ("Kobold Labs", "DEVELOPED", "Skein-4") in found
    hedged = triples(extract("Kobold Labs might delay Skein-4, its next voice model."))
    assert not any(p == "DEVELOPED" for _, p, _ in hedged)


def test_a_deal_between_a_company_and_a_described_group_is_symmetric() -> None:
    text = "Mirlo Systèmes et le groupe Brask Robotique signent un accord de trois ans."
    # every rule's facts, whatever the calibration makes of this rule's few hits
    found = triples(RulesExtractor(min_confidence=0.0).extract(doc(text, "fr")))
    assert ("Mirlo Systèmes", "PARTNERED_WITH", "Brask Robotique") in found or (
        "Brask Robotique",
        "PARTNERED_WITH",
        "Mirlo Systèmes",
    ) in found
    hedged_text = "Mirlo Systèmes et le groupe Brask Robotique discutent d'un accord."
    hedged = triples(RulesExtractor(min_confidence=0.0).extract(doc(hedged_text, "fr")))
    assert not any(p == "PARTNERED_WITH" for _, p, _ in hedged)


def test_a_pronoun_sentence_goes_on_about_the_last_subject() -> None:
    text = (
        "Kobold Systems will buy Pellam Robotics, a Lyon start-up. "
        "Pellam Robotics sells welding arms. Its customers include Brask Analytics."
    )
    document = doc(text).model_copy(update={"title": "Kobold Systems buys Pellam Robotics"})
    found = triples(extractor().extract(document))
    assert ("Brask Analytics", "PARTNERED_WITH", "Pellam Robotics") in found or (
        "Pellam Robotics",
        "PARTNERED_WITH",
        "Brask Analytics",
    ) in found
    assert not any("Kobold Systems" in (s, o) and p == "PARTNERED_WITH" for s, p, o in found)


def test_a_list_may_repeat_its_preposition() -> None:
    found = triples(
        extract(
            "Tessel Robotics competes with Brask Analytics and with Orrin Systems for hospital contracts."
        )
    )
    assert {
        ("Brask Analytics", "COMPETES_WITH", "Tessel Robotics"),
        ("Orrin Systems", "COMPETES_WITH", "Tessel Robotics"),
    } <= {(min(s, o), p, max(s, o)) for s, p, o in found}


def test_a_licence_on_a_model_is_access_granted_by_its_developer() -> None:
    text = "Quillstone Labs released Skein-4 last year. Tarn Systems will pay for a licence to Skein-4."
    found = triples(extract(text))
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Tarn Systems") in found
    hedged = "Quillstone Labs released Skein-4 last year. Tarn Systems may pay for a licence to Skein-4."
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Tarn Systems") not in triples(extract(hedged))
    french = "Quillstone Labs a conçu Skein-4. Orange obtient une licence non exclusive sur Skein-4."
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Orange") in triples(extract(french, "fr"))


def test_a_rivals_product_stands_for_the_rival_and_pronouns_carry_the_subject() -> None:
    text = (
        "Tallow Systems raised money in May. In June it hired forty engineers. "
        "Its editor is sold against Orrin Labs's Quillpad assistant and against GitHub."
    )
    found = {(min(s, o), p, max(s, o)) for s, p, o in triples(extract(text))}
    assert ("Orrin Labs", "COMPETES_WITH", "Tallow Systems") in found
    assert ("GitHub", "COMPETES_WITH", "Tallow Systems") in found


def test_access_to_a_model_and_cut_access_told_by_the_one_cut_off() -> None:
    got = "Quillstone Labs released the Skein-4 model. Tarn Systems engineers now get access to Skein-4."
    assert ("Quillstone Labs", "GRANTED_ACCESS", "Tarn Systems") in triples(extract(got))
    cut = "Tarn Systems said that Quillstone Labs had cut off most of its access to Skein-4."
    assert ("Quillstone Labs", "REVOKED_ACCESS", "Tarn Systems") in triples(extract(cut))
    hedged = "Tarn Systems said that Quillstone Labs might cut off its access to Skein-4."
    assert ("Quillstone Labs", "REVOKED_ACCESS", "Tarn Systems") not in triples(extract(hedged))


def test_la_jeune_pousse_is_the_unknown_startup_not_the_known_lab() -> None:
    text = (
        "Mistral AI a coupé l'accès de Brisel Systèmes à ses modèles. "
        "La jeune pousse, qui compte 300 clients, est en concurrence avec Orrin Analytics."
    )
    document = doc(text, "fr").model_copy(update={"title": "Mistral AI coupe l'accès de Brisel Systèmes"})
    found = {(min(s, o), p, max(s, o)) for s, p, o in triples(extractor().extract(document))}
    assert ("Brisel Systèmes", "COMPETES_WITH", "Orrin Analytics") in found
    assert ("Mistral AI", "COMPETES_WITH", "Orrin Analytics") not in found


def test_the_subject_after_a_fronted_participle_is_what_elle_refers_to() -> None:
    text = (
        "Soutenue par Tarn Capital et Orrin Ventures, Brisel Systèmes a lancé un agent en mars. "
        "Elle a confirmé un partenariat avec Kobold Analytics."
    )
    document = doc(text, "fr").model_copy(
        update={"title": "Mirlo Systèmes aurait étudié un rachat de Brisel Systèmes"}
    )
    found = {
        (min(s, o), p, max(s, o)) for s, p, o in triples(RulesExtractor(min_confidence=0.0).extract(document))
    }
    assert ("Brisel Systèmes", "PARTNERED_WITH", "Kobold Analytics") in found
    assert not any("Mirlo Systèmes" in (s, o) and p == "PARTNERED_WITH" for s, p, o in found)
