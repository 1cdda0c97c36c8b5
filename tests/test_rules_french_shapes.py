"""French news shapes of unknown names (issue 9): public bodies whose names carry small words, courtesy
titles, roles before a colon, sentences opened by what a person was, companies by what they do or
own, the maker after a model, the organization in brackets after a person; places and participles
never become names. Every sentence here is invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.extractors.rules.org_shapes import HYPHENATED_ACRONYM, INSTITUTION
from tests.helpers import extract, extractor, triples


def _names(text: str, language: str = "fr") -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in extract(text, language).entities}


def test_public_bodies_and_banks_with_small_inner_words_are_one_organization() -> None:
    names = _names("Le prêt accordé par la Caisse des fermiers du Quercy a surpris les analystes.")
    assert ("Caisse des fermiers du Quercy", "Organization") in names
    names = _names("Hier, le Centre national d'études océaniques a signé avec la fintech Ombrière.")
    assert {("Centre national d'études océaniques", "Organization"), ("Ombrière", "Organization")} <= names
    names = _names("Un rapport de la Banque de Bretagne a été publié mardi.")
    assert ("Banque de Bretagne", "Organization") in names and ("Banque de Bretagne", "Person") not in names
    names = _names("Le Crédit solidaire Vauban soutient le projet depuis un an.")
    assert ("Crédit solidaire Vauban", "Organization") in names


def test_a_company_board_is_no_public_body() -> None:
    names = _names("Le Conseil d'administration de la société a voté contre la fusion.")
    assert not any(n.startswith("Conseil") for n, _ in names)


def test_a_public_body_is_found_before_its_first_word_alone() -> None:
    result = extract("La fintech Ombrière a levé 4 millions auprès de la Caisse des marins régionaux.", "fr")
    assert ("Caisse des marins régionaux", "INVESTED_IN", "Ombrière") in triples(result)
    assert "Caisse" not in {e.name for e in result.entities}


def test_a_courtesy_title_is_no_part_of_a_name_and_marks_a_surname() -> None:
    names = _names("Pour Mme Odile Ferrandez, la décision est prématurée.")
    assert ("Odile Ferrandez", "Person") in names
    assert not any(n.startswith("Mme") for n, _ in names)
    names = _names("D'après M. Castagnol, le contrat sera signé en juin.")
    assert ("Castagnol", "Person") in names and ("M. Castagnol", "Person") not in names
    # the surname of a person named in full is that person, not a second one
    people = {
        n for n, t in _names("Odile Ferrandez dirige Ombrière. Mme Ferrandez a refusé.") if t == "Person"
    }
    assert people == {"Odile Ferrandez"}


def test_a_role_then_a_colon_names_a_person() -> None:
    names = _names("Directeur des opérations : Firmin Lacourt, précédemment chez Ombrière.")
    assert ("Firmin Lacourt", "Person") in names


def test_a_carnet_line_opened_by_a_company_names_it() -> None:
    names = _names("Ombrière : Clotilde Varenne devient directrice juridique.")
    assert ("Ombrière", "Organization") in names and ("Clotilde Varenne", "Person") in names
    names = _names("Nominations : Clotilde Varenne devient directrice juridique.")
    assert ("Nominations", "Organization") not in names


def test_a_sentence_opened_by_what_a_person_was() -> None:
    names = _names("Ancienne de Brisemer, Zélie Montaud a rejoint Ombrière en mars.")
    assert {("Zélie Montaud", "Person"), ("Brisemer", "Organization")} <= names
    assert not any(n.startswith("Ancienne") for n, _ in names)
    names = _names("Venu de Brisemer, Octave Ravier devient directeur technique.")
    assert {("Octave Ravier", "Person"), ("Brisemer", "Organization")} <= names
    assert not any(n == "de Brisemer" for n, _ in names)


def test_companies_by_what_they_do_or_own() -> None:
    assert ("Corvaline", "Organization") in _names("Corvaline emploie 120 personnes à Angers.")
    assert ("Corvaline", "Organization") in _names("Corvaline compte 45 salariés et vise l'Europe.")
    assert ("Ombrière", "Organization") in _names("Les équipes d'Ombrière travaillent sur un agent vocal.")
    assert ("Ombrière", "Organization") in _names("Le siège de Ombrière se trouve à Brest depuis 2022.")
    names = _names("Elle a passé six ans chez Brisemer avant de rejoindre Ombrière.")
    assert {("Brisemer", "Organization"), ("Ombrière", "Organization")} <= names
    names = _names("Son associé a fondé Vireline en 2023 après un passage dans le conseil.")
    assert ("Vireline", "Organization") in names
    assert ("Corvaline", "Organization") in _names("Corvaline (80 salariés) a été fondée à Angers.")
    names = _names("Le spécialiste de la cybersécurité Ferlac change de directeur général.")
    assert ("Ferlac", "Organization") in names


def test_two_companies_that_ally() -> None:
    names = _names("Ombrière et Brisemer ont noué un partenariat pour vendre leurs agents.")
    assert {("Ombrière", "Organization"), ("Brisemer", "Organization")} <= names
    names = _names("Le partenariat entre Ombrière et Brisemer couvre trois pays.")
    assert {("Ombrière", "Organization"), ("Brisemer", "Organization")} <= names


def test_the_maker_after_a_model_and_the_organization_after_a_person() -> None:
    names = _names("Le laboratoire présente Brume-4. Brume-4 de Quillac dépasse son aîné.")
    assert ("Quillac", "Organization") in names
    result = extract("Gwendal Troadec (Ombrière) et Sixtine Aubry (Brisemer) ont présenté le projet.", "fr")
    assert ("Gwendal Troadec", "WORKS_AT", "Ombrière") in triples(result)
    assert ("Sixtine Aubry", "WORKS_AT", "Brisemer") in triples(result)


def test_a_model_named_after_a_capitalised_possessive() -> None:
    names = _names("Son modèle Girouette a été entraîné sur des textes publics.")
    assert ("Girouette", "Model") in names


def test_a_product_noun_keeps_a_name_from_being_a_persons() -> None:
    names = _names("La plateforme Lumière de Brisemer compte deux millions d'utilisateurs.")
    assert not any(t == "Person" for _, t in names)


def test_two_part_acronyms_and_small_articles_of_known_names() -> None:
    assert ("CH-RU", "Organization") in _names("Le contrat signé avec le CH-RU court sur trois ans.")
    assert ("COVID-19", "Organization") not in _names("La COVID-19 a retardé le projet.")
    assert ("La Poste", "Organization") in _names("Ombrière a signé un contrat avec la Poste en mai.")


def test_places_are_still_no_organizations() -> None:
    names = _names("Installée à Quimperlé, la société Brévane emploie 30 personnes.")
    assert ("Brévane", "Organization") in names and ("Quimperlé", "Organization") not in names


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Caisse des dépôts Banque de France AP-HP l' Conseil d'État ,.")),
        max_size=80,
    )
)
def test_institution_and_acronym_shapes_stay_inside_the_text(text: str) -> None:
    for pattern in (INSTITUTION, HYPHENATED_ACRONYM):
        for m in pattern.finditer(text):
            assert 0 <= m.start() <= m.end() <= len(text)
            assert m.group().strip() == m.group()


def test_public_bodies_named_by_adjectives_alone_or_after_haut() -> None:
    assert ("Banque coopérative européenne", "Organization") in _names(
        "La Banque coopérative européenne a relevé ses prévisions pour Ombrière."
    )
    assert ("Haut Conseil pour le littoral", "Organization") in _names(
        "Le Haut Conseil pour le littoral a rendu un avis."
    )
    assert not any(n == "Banque" for n, _ in _names("La Banque a refusé le prêt, selon Ombrière."))


def test_a_two_word_employer_after_a_role_is_no_person() -> None:
    names = _names("Le directeur général de Nuage Gris, Paul Vidrac, a démissionné jeudi.")
    assert ("Nuage Gris", "Organization") in names and ("Nuage Gris", "Person") not in names
    assert ("Paul Vidrac", "Person") in names
    # a first name after "de" is a person's relative, not a company
    assert ("Jeanne Morvan", "Organization") not in _names("La directrice de Jeanne Morvan a parlé.")


def test_two_word_names_where_only_an_organization_fits() -> None:
    names = _names("Elle a quitté Vallon Rouge en mars pour rejoindre Quercy Numérique.")
    assert {("Vallon Rouge", "Organization"), ("Quercy Numérique", "Organization")} <= names
    assert ("Nuage Gris", "Organization") in _names("Chez Nuage Gris, on recrute dix ingénieurs.")
    # a place, or a first name and a surname, is no company
    names = _names("Il a quitté Los Angeles pour rejoindre Jeanne Morvan à Brest.")
    assert ("Los Angeles", "Organization") not in names and ("Jeanne Morvan", "Organization") not in names


def test_companies_a_plural_noun_announces() -> None:
    names = _names("Trois fonds ont suivi, dont Serpentin, Gravelier et Arvoise.")
    assert {
        ("Serpentin", "Organization"),
        ("Gravelier", "Organization"),
        ("Arvoise", "Organization"),
    } <= names
    assert ("Marnière", "Organization") in _names("Le family office Marnière a investi deux millions.")


def test_french_model_introductions() -> None:
    assert ("Ficelle", "Model") in _names("Le modèle open source Ficelle devance ses concurrents.")
    assert ("Bruine", "Model") in _names("Ombrière dévoile son IA générative Bruine, destinée aux notaires.")
    assert ("Grêlon 2.5", "Model") in _names("Ombrière présente Grêlon 2.5, une version plus rapide.")
    assert ("Cirrus-7B", "Model") in _names("Ombrière a entraîné Cirrus-7B sur ses propres serveurs.")
    # a licence's name and version is no model
    names = _names("Le modèle Ficelle est publié sous licence Apache 2.0, précise Ombrière.")
    assert ("Apache 2.0", "Model") not in names


def test_carnet_headings_that_are_sentences_of_their_own() -> None:
    text = (
        "Les mouvements de la semaine.\n\nCorvelle. Aurèle Mazan devient directeur financier.\n\n"
        "Lagunelle. La société nomme Bastien Kofane au poste de directeur technique."
    )
    names = _names(text)
    assert {("Corvelle", "Organization"), ("Lagunelle", "Organization")} <= names
    assert ("Bastien Kofane", "JOINED", "Lagunelle") in triples(extract(text, "fr"))


def test_a_surname_with_a_particle_after_a_courtesy_title_is_the_person_named_in_full() -> None:
    names = _names("Yannick Le Goffec préside Goélise depuis mai. M. Le Goffec a souri.")
    assert {n for n, t in names if t == "Person"} == {"Yannick Le Goffec"}


def test_associations_named_by_their_noun() -> None:
    assert ("Droits Partagés", "Organization") in _names(
        "L'association Droits Partagés a saisi le régulateur."
    )


def test_a_surname_repeated_after_a_courtesy_title_makes_the_full_name_a_person() -> None:
    names = _names("Zéphyrin Tessaud a vendu ses parts en mai. Mme Tessaud reste au capital.")
    assert ("Zéphyrin Tessaud", "Person") in names
    assert not any(n.startswith("Mme") for n, _ in names)


def test_an_edition_of_a_known_product_is_a_model_by_the_same_maker() -> None:
    result = extract("Mistral AI propose désormais Le Chat Enterprise aux notaires bretons.", "fr")
    assert ("Le Chat Enterprise", "Model") in {(e.name, e.type.value) for e in result.entities}
    assert ("Mistral AI", "DEVELOPED", "Le Chat Enterprise") in triples(result)


def test_more_trades_appositions_without_article_and_buyers() -> None:
    names = _names("L'ESN Soprelle a racheté la deeptech Quantive l'été dernier.")
    assert {("Soprelle", "Organization"), ("Quantive", "Organization")} <= names
    assert ("Ombrière", "Organization") in _names("Ombrière, start-up lilloise fondée en 2020, recrute.")
    assert ("Ombrière", "Organization") in _names("Ombrière, dont le siège est à Lille, recrute.")
    names = _names("Les sociétés Ombrière et Brisemer ont fusionné en juin.")
    assert {("Ombrière", "Organization"), ("Brisemer", "Organization")} <= names
    assert ("Ombrière", "Organization") in _names("Le rachat de Brisemer par Ombrière a été finalisé.")
    assert ("Brisemer", "Organization") in _names("L'acquisition de Brisemer change la donne.")


def test_an_english_word_after_a_comma_is_no_french_apposition() -> None:
    names = _names("Access goes through the API, accusing nobody of anything.")
    assert ("API", "Organization") not in names


def test_a_surname_in_capitals_after_a_first_name() -> None:
    names = _names("Le fondateur Jean DUPRAZEL a vendu ses parts. M. Duprazel reste conseiller.")
    assert {n for n, t in names if t == "Person"} == {"Jean Duprazel"}
    names = _names("Contact : Marie LE-GALLOU, chargée de communication.")
    assert ("Marie Le-Gallou", "Person") in names and ("LE-GALLOU", "Organization") not in names
    # an acronym after a word that is no first name stays an acronym
    assert not any(t == "Person" for _, t in _names("Ombrière a signé avec Brisemer SAS et la SNCF."))


def test_names_in_french_quotation_marks() -> None:
    assert ("Horizon Marin", "Organization") in _names(
        "Le fonds « Horizon Marin » a été doté de 80 millions."
    )
    assert ("Carillon", "Model") in _names("Ombrière présente son modèle « Carillon » aux notaires.")


def test_french_headline_subjects_and_objects() -> None:
    discoverer = extractor().discoverer
    assert discoverer.headline_name("Pelorac mise sur la voix avec un nouvel assistant") == "Pelorac"
    assert discoverer.headline_name("Nuage Gris débauche le directeur technique d'un rival") == "Nuage Gris"
    assert discoverer.headline_name("IA : Tramontelle, la pépite nantaise qui veut grandir") == "Tramontelle"
    assert discoverer.headline_object("Ombrière et Brisemer s'associent dans la santé") == "Brisemer"
    # a rubric, a place or an acronym opening a headline names no company
    assert discoverer.headline_name("Carnet : les mouvements de la semaine") is None
    assert discoverer.headline_name("Lyon accueille un sommet sur les agents") is None


def test_a_company_and_its_former_name() -> None:
    names = _names("Ombrière (anciennement Brisemer) a levé trois millions.")
    assert {("Ombrière", "Organization"), ("Brisemer", "Organization")} <= names
    assert ("Vestrelle", "Organization") in _names("La société, rebaptisée Vestrelle en 2024, recrute.")


def test_english_appositions_and_former_titles_name_no_company() -> None:
    names = _names("Quillon Marrat, startup founder and angel, said the deal was fair.", "en")
    assert ("Quillon Marrat", "Organization") not in names
    names = _names("Odessa Vay, formerly Partner at a law firm, joined the board.", "en")
    assert ("Partner", "Organization") not in names


def test_who_unveils_a_model_or_names_a_head_is_a_company() -> None:
    result = extract("Ombrière a dévoilé Sarcelle-4, un modèle de langage compact.", "fr")
    assert ("Ombrière", "DEVELOPED", "Sarcelle-4") in triples(result)
    assert ("Ombrière", "Organization") in _names(
        "Ombrière a nommé à sa tête Bérénice Lhermois, venue d'un rival."
    )
    # a person who presents a model stays a person
    names = _names("Jeanne Morvan a présenté Sarcelle-4 aux journalistes.")
    assert ("Jeanne Morvan", "Organization") not in names
