"""Coordination, plural subjects, investor and board lists, access phrasing, in English and French;
with the negatives that must still block a fact."""

from __future__ import annotations

from tests.helpers import extract, triples


def _facts(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return triples(extract(text, language))


def test_investor_list_after_included() -> None:
    text = "xAI raised $6 billion in December. Investors included Sequoia Capital, BlackRock, Nvidia and AMD."
    found = _facts(text)
    for investor in ("Sequoia Capital", "Nvidia", "AMD"):
        assert (investor, "INVESTED_IN", "xAI") in found


def test_round_led_by_with_participation_fr() -> None:
    text = (
        "Mistral AI boucle une levée de 90 millions d'euros. Le tour a été mené par Lightspeed Venture "
        "Partners, avec la participation de Nvidia, Salesforce Ventures et Bpifrance."
    )
    found = _facts(text, "fr")
    for investor in ("Lightspeed Venture Partners", "Nvidia", "Salesforce Ventures", "Bpifrance"):
        assert (investor, "INVESTED_IN", "Mistral AI") in found


def test_among_its_investors() -> None:
    text = "Cohere sells models to banks. Nvidia and Salesforce Ventures are also among its backers."
    found = _facts(text)
    assert ("Nvidia", "INVESTED_IN", "Cohere") in found
    assert ("Salesforce Ventures", "INVESTED_IN", "Cohere") in found


def test_investors_pressing_is_no_investment() -> None:
    text = "Anthropic hired Jan Leike. Some investors were reportedly urging the board to slow down hiring."
    assert not any(p == "INVESTED_IN" for _, p, _ in _facts(text))


def test_rumoured_investment_fr_is_blocked() -> None:
    text = "Selon des rumeurs, Microsoft aurait investi dans Hugging Face."
    assert ("Microsoft", "INVESTED_IN", "Hugging Face") not in _facts(text, "fr")


def test_plural_subject_both() -> None:
    text = (
        "Dario Amodei, the chief executive of Anthropic, and Daniela Amodei, its president, "
        "both left OpenAI in 2020."
    )
    found = _facts(text)
    assert ("Dario Amodei", "DEPARTED", "OpenAI") in found
    assert ("Daniela Amodei", "DEPARTED", "OpenAI") in found


def test_plural_subject_tous_deux() -> None:
    text = (
        "Arthur Mensch, patron de Mistral AI, et Guillaume Lample, son directeur scientifique, "
        "ont tous deux cofondé Mistral AI au printemps 2023."
    )
    found = _facts(text, "fr")
    assert ("Arthur Mensch", "FOUNDED", "Mistral AI") in found
    assert ("Guillaume Lample", "FOUNDED", "Mistral AI") in found


def test_plural_subject_negated() -> None:
    text = "Google and Amazon both did not invest in Mistral AI."
    assert not any(p == "INVESTED_IN" for _, p, _ in _facts(text))


def test_board_list_en() -> None:
    text = "OpenAI's board, which included Ilya Sutskever, Helen Toner and Tasha McCauley, met on Friday."
    found = _facts(text)
    for member in ("Ilya Sutskever", "Helen Toner", "Tasha McCauley"):
        assert (member, "BOARD_MEMBER_OF", "OpenAI") in found


def test_board_list_fr() -> None:
    text = (
        "Le conseil de Mistral AI, qui comptait alors Arthur Mensch, Xavier Niel et Eric Schmidt, se réunit."
    )
    found = _facts(text, "fr")
    for member in ("Arthur Mensch", "Xavier Niel", "Eric Schmidt"):
        assert (member, "BOARD_MEMBER_OF", "Mistral AI") in found


def test_joining_a_board_is_not_joining_the_company_fr() -> None:
    text = "En mai 2025, Reed Hastings a rejoint le conseil d'administration de la société Anthropic."
    found = _facts(text, "fr")
    assert ("Reed Hastings", "BOARD_MEMBER_OF", "Anthropic") in found
    assert ("Reed Hastings", "JOINED", "Anthropic") not in found


def test_leaving_the_board_is_a_departure_as_board_member() -> None:
    result = extract("Reid Hoffman is leaving the board of Microsoft this month, a spokesperson confirmed.")
    roles = {f.properties.role for f in result.facts if f.predicate.value == "DEPARTED"}
    assert "board member" in roles


def test_one_of_the_board_members() -> None:
    text = "Helen Toner was one of the three Anthropic board members who signed the letter in March."
    assert ("Helen Toner", "BOARD_MEMBER_OF", "Anthropic") in _facts(text)


def test_licence_is_access() -> None:
    text = "Mistral AI granted Microsoft an exclusive license to two of its coding models."
    assert ("Mistral AI", "GRANTED_ACCESS", "Microsoft") in _facts(text)


def test_licence_fr_is_access() -> None:
    text = "Inflection AI a accordé une licence de ses modèles à Microsoft."
    assert ("Inflection AI", "GRANTED_ACCESS", "Microsoft") in _facts(text, "fr")


def test_negated_licence_is_blocked() -> None:
    text = "Character.AI did not grant Google a license to its models."
    assert ("Character.AI", "GRANTED_ACCESS", "Google") not in _facts(text)


def test_previously_worked_at_is_a_departure() -> None:
    text = "Lucas Beyer had previously worked at Google DeepMind."
    assert ("Lucas Beyer", "DEPARTED", "Google DeepMind") in _facts(text)


def test_criticized_company_and_its_chief() -> None:
    text = "Yann LeCun has often criticized Anthropic and its chief executive, Dario Amodei, in public."
    found = _facts(text)
    assert ("Yann LeCun", "CRITICIZED", "Anthropic") in found
    assert ("Yann LeCun", "CRITICIZED", "Dario Amodei") in found


def _names(text: str, language: str = "en") -> dict[str, str]:
    return {e.name: e.type.value for e in extract(text, language).entities}


def test_names_listed_with_known_organizations_are_organizations() -> None:
    names = _names("Investors included Sequoia Capital, BlackRock, Fidelity Investments and Nvidia.")
    assert names.get("BlackRock") == "Organization"
    assert names.get("Fidelity Investments") == "Organization"


def test_names_listed_with_known_people_are_people_fr() -> None:
    names = _names("Le fonds réunit Xavier Niel, Amandine Corbel et Eric Schmidt.", "fr")
    assert names.get("Amandine Corbel") == "Person"


def test_months_and_short_forms_are_not_listed_names() -> None:
    names = _names(
        "Jan Leike left OpenAI in May. OpenAI and Leike disagreed, and Anthropic, May and June followed."
    )
    assert "May" not in names
    assert names.get("Leike") is None


def test_led_by_introduces_a_person() -> None:
    names = _names("A consortium led by Hortense Vasquez bought shares in Cohere last year.")
    assert names.get("Hortense Vasquez") == "Person"


def test_board_list_after_colon_with_semicolons() -> None:
    text = (
        "Anthropic changed its charter. The change was approved by three directors: Dario Amodei, its chief "
        "executive; Reed Hastings, the Netflix co-founder; and Yasmin Razavi."
    )
    found = _facts(text)
    for member in ("Dario Amodei", "Reed Hastings", "Yasmin Razavi"):
        assert (member, "BOARD_MEMBER_OF", "Anthropic") in found


def test_access_to_two_institutes_fr() -> None:
    text = (
        "Anthropic a donné un accès anticipé à ses nouveaux modèles au UK AI Security Institute "
        "et à l'US AI Safety Institute."
    )
    found = _facts(text, "fr")
    assert ("Anthropic", "GRANTED_ACCESS", "US AI Safety Institute") in found
    assert ("Anthropic", "GRANTED_ACCESS", "UK AI Security Institute") in found


def test_partnership_with_adjectives_fr() -> None:
    text = "Mistral AI a officialisé un partenariat pluriannuel avec Microsoft."
    found = _facts(text, "fr")
    assert {
        ("Mistral AI", "PARTNERED_WITH", "Microsoft"),
        ("Microsoft", "PARTNERED_WITH", "Mistral AI"),
    } & found


def test_lawsuit_against_a_list_fr() -> None:
    text = (
        "Elon Musk a porté plainte en mars à Oakland contre Microsoft, "
        "son patron Satya Nadella et son partenaire OpenAI."
    )
    found = _facts(text, "fr")
    for target in ("Microsoft", "Satya Nadella", "OpenAI"):
        assert ("Elon Musk", "CRITICIZED", target) in found


def test_investors_take_the_date_of_the_announcement_before() -> None:
    text = "Mistral AI said on June 11, 2024 that it had closed a round. Investors included Nvidia and Cisco."
    dates = {f.properties.date for f in extract(text).facts if f.predicate.value == "INVESTED_IN"}
    assert dates == {"2024-06-11"}


def test_no_date_borrowed_across_paragraphs() -> None:
    text = "xAI was founded on March 9, 2023.\n\nInvestors included Nvidia and AMD."
    dates = {
        f.properties.date for f in extract(text, published=None).facts if f.predicate.value == "INVESTED_IN"
    }
    assert dates == {None}


def _departure_roles(text: str, language: str = "en") -> set[str | None]:
    return {f.properties.role for f in extract(text, language).facts if f.predicate.value == "DEPARTED"}


def test_resigned_as_role_of() -> None:
    assert "CEO" in _departure_roles("Emad Mostaque resigned as chief executive of Stability AI on Friday.")


def test_quitte_son_poste_de_role_fr() -> None:
    text = "Mira Murati a quitté son poste de directrice technique d'OpenAI en septembre."
    assert "CTO" in _departure_roles(text, "fr")


def test_untranslated_french_remnant_is_dropped_from_roles() -> None:
    from aikg.ingest.extractors.rules.properties import normalize_role

    assert normalize_role("PDG du site") == "CEO"


def test_evaluation_treats_vp_and_vice_president_alike() -> None:
    from aikg.ingest.evaluate import canonical_role

    assert canonical_role("vice president of research") == canonical_role("VP of research")
    assert canonical_role("chief executive") == canonical_role("CEO")


def test_the_startup_is_the_startup_not_the_big_company() -> None:
    text = (
        "Amazon hired the founders of Adept AI. Amazon said the deal was small. "
        "The start-up had raised $350 million in a round led by General Catalyst."
    )
    found = _facts(text)
    assert ("General Catalyst", "INVESTED_IN", "Adept AI") in found
    assert ("General Catalyst", "INVESTED_IN", "Amazon") not in found


def test_cofounders_listed_after_with() -> None:
    text = (
        "Ilya Sutskever, who co-founded OpenAI in 2015 with Greg Brockman and Wojciech Zaremba, left later."
    )
    found = _facts(text)
    assert ("Greg Brockman", "FOUNDED", "OpenAI") in found
    assert ("Wojciech Zaremba", "FOUNDED", "OpenAI") in found


def test_cofounders_after_which_started_with_and_title_org_is_no_object() -> None:
    text = (
        "Safe Superintelligence, which Ilya Sutskever started in 2024 with the Apple executive "
        "Daniel Gross, is hiring."
    )
    found = _facts(text)
    assert ("Ilya Sutskever", "FOUNDED", "Safe Superintelligence") in found
    assert ("Daniel Gross", "FOUNDED", "Safe Superintelligence") in found
    assert ("Ilya Sutskever", "FOUNDED", "Apple") not in found


def test_cofondateurs_avec_fr() -> None:
    text = "Arthur Mensch a cofondé Mistral AI en 2023 avec Guillaume Lample et Timothée Lacroix."
    found = _facts(text, "fr")
    for founder in ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix"):
        assert (founder, "FOUNDED", "Mistral AI") in found


def test_role_at_a_company_and_its_parent() -> None:
    text = "Demis Hassabis, head of Google DeepMind and its owner Alphabet's AI work, gave a talk."
    found = _facts(text)
    assert ("Demis Hassabis", "WORKS_AT", "Google DeepMind") in found


def test_coordinated_subjects_with_appositions_fr() -> None:
    text = (
        "Les deux recrues, Jan Leike, chercheur en sécurité, et John Schulman, "
        "spécialiste de l'apprentissage par renforcement, viennent d'OpenAI."
    )
    found = _facts(text, "fr")
    assert ("Jan Leike", "DEPARTED", "OpenAI") in found
    assert ("John Schulman", "DEPARTED", "OpenAI") in found


def test_vient_de_plus_verb_is_no_departure_fr() -> None:
    text = "Arthur Mensch vient de lancer Mistral Large avec Microsoft."
    assert not any(p == "DEPARTED" for _, p, _ in _facts(text, "fr"))


def test_both_refers_to_the_people_of_the_previous_sentence() -> None:
    text = "Anthropic recruited Jan Leike and John Schulman. Both had left OpenAI in 2024 within months."
    found = _facts(text)
    assert ("Jan Leike", "DEPARTED", "OpenAI") in found
    assert ("John Schulman", "DEPARTED", "OpenAI") in found


def test_tous_deux_fr_and_negation() -> None:
    text = "Meta a recruté Lucas Beyer et Xiaohua Zhai. Tous deux n'ont pas quitté Google DeepMind."
    found = _facts(text, "fr")
    assert ("Lucas Beyer", "DEPARTED", "Google DeepMind") not in found


def test_they_needs_two_people_before() -> None:
    text = "Sam Altman spoke on Monday. They left OpenAI in May."
    assert ("Sam Altman", "DEPARTED", "OpenAI") not in _facts(text)


def test_counts_among_its_shareholders_fr() -> None:
    text = "Mistral AI, dirigée par Arthur Mensch, compte également Microsoft parmi ses actionnaires."
    assert ("Microsoft", "INVESTED_IN", "Mistral AI") in _facts(text, "fr")


def test_finances_is_an_investment_but_financed_by_is_passive() -> None:
    assert ("High-Flyer", "INVESTED_IN", "DeepSeek") in _facts("High-Flyer finances DeepSeek.")
    assert ("DeepSeek", "INVESTED_IN", "High-Flyer") not in _facts("DeepSeek is financed by High-Flyer.")
