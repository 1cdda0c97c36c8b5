"""French relation structures (issue 9, third round): own invented sentences, each structure with
cases that must give the fact and cases that must not."""

from __future__ import annotations

import pytest

from tests.helpers import extract, triples

FOUND = [
    # a founder's past employer in an apposition: "A, passé par X, ..."
    (
        "Créée en 2021 par Odile Caradec, ancienne juriste chez Varlenne, et par Yanis Oukaci, passé par "
        "Dataiku, la start-up Brivel emploie vingt personnes.",
        ("Yanis Oukaci", "DEPARTED", "Dataiku"),
    ),
    # ... and the company the fronted participle describes is the one named after it, not that employer
    (
        "La start-up Brivel vend des outils. Créée en 2021 par Odile Caradec, ancienne juriste chez "
        "Varlenne, et par Yanis Oukaci, passé par Dataiku, la jeune pousse emploie vingt personnes.",
        ("Yanis Oukaci", "FOUNDED", "Brivel"),
    ),
    # the subject before an apposition that itself holds a described person
    (
        "La start-up Brivel, créée en 2023 par Odile Caradec, une ancienne ingénieure de Criteo, rivalise "
        "avec Dataiku et LightOn sur ce marché.",
        ("Brivel", "COMPETES_WITH", "LightOn"),
    ),
    # a list item described by its nationality: "et l'américain X"
    (
        "Sur ce créneau, la start-up Brivel affronte Dataiku et l'américain Anthropic.",
        ("Anthropic", "COMPETES_WITH", "Brivel"),
    ),
    # a list item's parent in an apposition does not end the list
    (
        "La start-up Brivel y affronte Dataiku, filiale de Microsoft, et l'américain Cohere, éditeur "
        "de Command.",
        ("Brivel", "COMPETES_WITH", "Cohere"),
    ),
    (
        "The startup Brivel competes with Dataiku, a unit of Microsoft, and Cohere.",
        ("Brivel", "COMPETES_WITH", "Cohere"),
    ),
    # "Son modèle X" opening a sentence, without a comma: the organization in focus made it
    (
        "Le groupe Brivel vend des logiciels. Son modèle Vega-3, entraîné avec Dataiku, trie des factures.",
        ("Brivel", "DEVELOPED", "Vega-3"),
    ),
    # a carnet: "**X.** Départ de A, ..." (the heading ends a sentence and names the paragraph's company)
    (
        "**Dataiku.** Départ de Colin Fargeot, responsable des ventes depuis trois ans, qui rejoint "
        "Hugging Face à Londres.",
        ("Colin Fargeot", "DEPARTED", "Dataiku"),
    ),
    (
        "**Dataiku.** Départ de Colin Fargeot, responsable des ventes depuis trois ans, qui rejoint "
        "Hugging Face à Londres.",
        ("Colin Fargeot", "JOINED", "Hugging Face"),
    ),
    # the trade of the company in focus opening a sentence: "L'éditeur nomme ..."
    (
        "**Dataiku.** L'éditeur nomme Colin Fargeot au poste de directeur juridique.",
        ("Colin Fargeot", "JOINED", "Dataiku"),
    ),
    # "se sépare de son directeur, A"
    (
        "**LightOn.** Le spécialiste des modèles se sépare de son directeur juridique, Colin Fargeot, "
        "après deux ans.",
        ("Colin Fargeot", "DEPARTED", "LightOn"),
    ),
    # the post named before the person: "accueille comme directeur technique A"
    (
        "La start-up Dataiku accueille comme directeur technique Colin Fargeot, qui quitte Criteo.",
        ("Colin Fargeot", "JOINED", "Dataiku"),
    ),
    # a sentence opening on the company's model set off by commas: the name is a model's
    (
        "La start-up Brivel vend des outils. Son premier modèle, Clausor, a été entraîné à Lyon.",
        ("Brivel", "DEVELOPED", "Clausor"),
    ),
    (
        "La start-up Brivel vend des outils. Son modèle, Ondine, équipe une dizaine de musées.",
        ("Brivel", "DEVELOPED", "Ondine"),
    ),
    # a board vote with a day between the verb and the removal, and two titles
    (
        "Réunis à Nantes, les administrateurs de la start-up Brivel ont voté lundi la révocation de sa "
        "présidente et fondatrice, Odile Caradec, à une voix près.",
        ("Odile Caradec", "DEPARTED", "Brivel"),
    ),
    # "Son modèle X, développé en collaboration avec Y": the company in focus worked with Y
    (
        "La start-up Brivel vend des outils. Son modèle Vega-3, développé en collaboration avec l'Inria, "
        "trie des factures.",
        ("Brivel", "COLLABORATED_WITH", "Inria"),
    ),
    # "X, une start-up qui ... avec son modèle Y": the relative clause's company made Y
    (
        "Le régulateur Dataiku a sanctionné mardi la start-up Brivel, une start-up nantaise qui lit des "
        "contrats avec son modèle Vega-3, lui reprochant des retards.",
        ("Brivel", "DEVELOPED", "Vega-3"),
    ),
]

NOT_FOUND = [
    (
        "La start-up Brivel vend des outils. Créée en 2021 par Odile Caradec, ancienne juriste chez "
        "Varlenne, et par Yanis Oukaci, passé par Dataiku, la jeune pousse emploie vingt personnes.",
        ("Yanis Oukaci", "FOUNDED", "Dataiku"),
    ),
    (
        "La start-up Brivel, créée en 2023 par Odile Caradec, une ancienne ingénieure de Criteo, rivalise "
        "avec Dataiku et LightOn sur ce marché.",
        ("Criteo", "COMPETES_WITH", "LightOn"),
    ),
    (
        "La start-up Brivel y affronte Dataiku, filiale de Microsoft, et l'américain Cohere, éditeur "
        "de Command.",
        ("Brivel", "COMPETES_WITH", "Microsoft"),
    ),
    (
        "Odile Caradec, recrutée par Dataiku, dirige la recherche de la start-up Brivel.",
        ("Odile Caradec", "DEPARTED", "Dataiku"),
    ),
    (
        "Le groupe Brivel vend des logiciels. Son modèle économique repose sur Vega-3, conçu par Dataiku.",
        ("Brivel", "DEVELOPED", "Vega-3"),
    ),
    (
        "**Dataiku.** Départ de Colin Fargeot, responsable des ventes depuis trois ans, qui rejoint "
        "Hugging Face à Londres.",
        ("Départ de Colin Fargeot", "JOINED", "Hugging Face"),
    ),
    (
        "Dataiku ne se sépare pas de son directeur juridique, Colin Fargeot.",
        ("Colin Fargeot", "DEPARTED", "Dataiku"),
    ),
    (
        "La start-up Dataiku accueille comme administratrice de son conseil Odile Caradec.",
        ("Odile Caradec", "JOINED", "Dataiku"),
    ),
    (
        "Odile Caradec écrit avec un éditeur. L'éditeur de code Vega-3 plaît à Dataiku.",
        ("Dataiku", "DEVELOPED", "Vega-3"),
    ),
    (
        "La start-up Brivel vend des outils. Son premier client, Dataiku, paie bien.",
        ("Brivel", "DEVELOPED", "Dataiku"),
    ),
    (
        "Réunis à Nantes, les administrateurs de Brivel ont voté lundi la reconduction de sa "
        "présidente et fondatrice, Odile Caradec.",
        ("Odile Caradec", "DEPARTED", "Brivel"),
    ),
    (
        "La start-up Brivel vend des outils. Son modèle Vega-3, vendu en partenariat avec l'Inria, "
        "trie des factures.",
        ("Brivel", "COLLABORATED_WITH", "Inria"),
    ),
    (
        "Le régulateur Dataiku a sanctionné mardi la start-up Brivel, une start-up nantaise qui lit des "
        "contrats avec son modèle Vega-3, lui reprochant des retards.",
        ("Dataiku", "DEVELOPED", "Vega-3"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_structure_gives_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    language = "en" if text.startswith("The ") else "fr"
    assert fact in triples(extract(text, language=language))


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_structure_gives_nothing_wrong(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in triples(extract(text, language="fr"))
