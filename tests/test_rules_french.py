"""French news structures (issue 9): own invented sentences, each structure with cases that must
give the fact and cases that must not."""

from __future__ import annotations

import pytest

from tests.helpers import extract, triples

FOUND = [
    # "du groupe", "du fonds", "du laboratoire" after a role name the organization in focus
    (
        "Le groupe Varlenne rachète un atelier à Brest. Odile Caradec, directrice juridique du groupe, "
        "défend l'opération devant les élus.",
        ("Odile Caradec", "WORKS_AT", "Varlenne"),
    ),
    (
        "Tamaris Capital mène le tour de la jeune pousse Brivel. Ariane Picot, associée du fonds, "
        "suivra le dossier.",
        ("Ariane Picot", "WORKS_AT", "Tamaris Capital"),
    ),
    (
        "Le laboratoire Quillon publie un nouveau jeu de données. Yanis Oukaci, chercheur au sein du "
        "laboratoire, en a dirigé la collecte.",
        ("Yanis Oukaci", "WORKS_AT", "Quillon"),
    ),
    # a post held now: "dirige", "pilote", "est à la tête de"
    (
        "Ginette Parmentier dirige l'hébergeur Nuvalis depuis Roubaix et vise l'Espagne.",
        ("Ginette Parmentier", "WORKS_AT", "Nuvalis"),
    ),
    (
        "Roch Lestrade, qui pilote la recherche chez Dorvane, présente un modèle de traduction.",
        ("Roch Lestrade", "WORKS_AT", "Dorvane"),
    ),
    # board seats: "nommée au conseil de surveillance de", "élu au conseil", "prend la présidence du conseil"
    (
        "Paul Aubrac a été nommé au conseil de surveillance de la société Orvane, qui fabrique des drones.",
        ("Paul Aubrac", "BOARD_MEMBER_OF", "Orvane"),
    ),
    (
        "Léa Mondor prend la présidence du conseil d'administration de Sirvane après la levée de fonds.",
        ("Léa Mondor", "BOARD_MEMBER_OF", "Sirvane"),
    ),
    # fronted participles, the company described before its name
    (
        "Fondée en 2019 par Jules Armand, la société Brivane emploie quarante ingénieurs à Nancy.",
        ("Jules Armand", "FOUNDED", "Brivane"),
    ),
    (
        "Soutenue par Altavire et Sémillon Partners, la jeune pousse Pelvane ouvre un bureau à Lille.",
        ("Sémillon Partners", "INVESTED_IN", "Pelvane"),
    ),
    # "en est le directeur général": the organization the article is about
    (
        "La jeune pousse Brivane ouvre une usine à Metz. Jules Armand, ancien de Kessane, en est le "
        "directeur général depuis sa création.",
        ("Jules Armand", "WORKS_AT", "Brivane"),
    ),
    # a hire: "X nomme A au poste de ...", "X recrute A comme ..."
    (
        "Tamarel nomme Lina Ferrat au poste de directrice financière à compter de mai.",
        ("Lina Ferrat", "JOINED", "Tamarel"),
    ),
    # the passive: the agent after "par" did it
    (
        "La société Brivane a été rachetée par Kessane au terme de longues négociations.",
        ("Kessane", "ACQUIRED", "Brivane"),
    ),
]

NOT_FOUND = [
    # "du fonds" never names the start-up the fund backs, nor a fund named right after it
    (
        "La jeune pousse Brivel lève deux millions d'euros. Ariane Picot, associée du fonds, suivra "
        "le dossier.",
        ("Ariane Picot", "WORKS_AT", "Brivel"),
    ),
    (
        "Brivel lève deux millions d'euros auprès du fonds breton Tamaris Capital, a expliqué "
        "Ariane Picot.",
        ("Ariane Picot", "WORKS_AT", "Brivel"),
    ),
    # "du groupe de X" names its owner: not the group in focus
    (
        "Le groupe Varlenne rachète un atelier à Brest. Odile Caradec, ancienne juriste du groupe de "
        "Marc Tellier, critique l'opération.",
        ("Odile Caradec", "WORKS_AT", "Varlenne"),
    ),
    # any French conditional, and what the paper only heard, give nothing
    (
        "Lina Ferrat quitterait bientôt Tamarel pour rejoindre Orvane, qui recrute à Lille.",
        ("Lina Ferrat", "JOINED", "Orvane"),
    ),
    (
        "D'après nos informations, Kessane a racheté la société Brivane pour dix millions d'euros.",
        ("Kessane", "ACQUIRED", "Brivane"),
    ),
    # a post held once is no job now
    (
        "La jeune pousse Brivane ouvre une usine à Metz. Jules Armand en était le directeur général "
        "jusqu'en 2023.",
        ("Jules Armand", "WORKS_AT", "Brivane"),
    ),
    # a seat on the board is no hire
    (
        "Tamarel nomme Lina Ferrat au conseil d'administration comme administratrice indépendante.",
        ("Lina Ferrat", "JOINED", "Tamarel"),
    ),
    # the passive never turns the bought company into the buyer
    (
        "La société Brivane a été rachetée par Kessane au terme de longues négociations.",
        ("Brivane", "ACQUIRED", "Kessane"),
    ),
    (
        "Selon nos informations, Kessane envisagerait de racheter Brivane avant l'été.",
        ("Kessane", "ACQUIRED", "Brivane"),
    ),
    # a board seat is no job, and a seat only rumoured is none
    (
        "Paul Aubrac a été nommé au conseil de surveillance de la société Orvane, qui fabrique des drones.",
        ("Paul Aubrac", "WORKS_AT", "Orvane"),
    ),
    (
        "Selon nos informations, Léa Mondor pourrait être élue au conseil d'administration de Sirvane.",
        ("Léa Mondor", "BOARD_MEMBER_OF", "Sirvane"),
    ),
    # a post left, or a round led, is no job held
    (
        "Ginette Parmentier dirigeait l'hébergeur Nuvalis jusqu'à l'été dernier.",
        ("Ginette Parmentier", "WORKS_AT", "Nuvalis"),
    ),
    (
        "Ginette Parmentier dirige le tour de table de Nuvalis pour le compte de ses associés.",
        ("Ginette Parmentier", "WORKS_AT", "Nuvalis"),
    ),
    (
        "Ginette Parmentier aurait pris la tête de Nuvalis, selon nos informations.",
        ("Ginette Parmentier", "WORKS_AT", "Nuvalis"),
    ),
]

# organizations French news names by their trade: "l'hébergeur X", "la banque X", "le fabricant X"
TRADE_NAMED = [
    ("Le contrat lie Brisol à l'hébergeur Nuvalis pour trois ans.", "Nuvalis"),
    ("La banque Crédit Ventoux finance une partie du projet.", "Crédit Ventoux"),
    ("Le fabricant allemand Stralow livrera les capteurs.", "Stralow"),
    ("L'opérateur Vialys teste déjà le service.", "Vialys"),
    ("Sa rivale Tourmalys recrute vingt ingénieurs à Nantes.", "Tourmalys"),
    ("Les équipes de Groupe Saulnier déménagent à Rennes.", "Groupe Saulnier"),
    ("Altavire a pris une participation dans Brocéliane cet hiver.", "Brocéliane"),
    # who names or hires a person, whose board someone enters
    ("Tamarel nomme Lina Ferrat directrice financière à compter de mai.", "Tamarel"),
    ("Odile Verne entre au conseil d'administration de Maravel en juin.", "Maravel"),
    ("Fondée à Metz en 2021, Brivane vend des capteurs aux agriculteurs.", "Brivane"),
    # who would buy a company is a company, even in a hedged sentence
    ("Kessane envisagerait de racheter un concurrent allemand d'ici à l'été.", "Kessane"),
    # who declines to comment: "Ni X ni Y n'ont souhaité commenter", "Interrogée, X n'a pas répondu"
    ("Ni Solvane ni Dorvane n'ont souhaité commenter ces chiffres.", "Solvane"),
    ("Interrogée, Pérignac n'a pas répondu à nos questions.", "Pérignac"),
]

# models French news names by what they are: "l'assistant X", "son agent X", "le modèle de langage X"
MODEL_NAMED = [
    ("L'assistant Pivoine répond déjà aux clients de la mutuelle.", "Pivoine"),
    ("Vanadis a présenté son agent Ormeau aux développeurs.", "Ormeau"),
    ("Tourmalys entraîne le modèle de langage Vermeil sur des textes juridiques.", "Vermeil"),
]
# a woman who declines to comment is no company
NOT_ORGANIZATION = [
    ("Interrogée, Marie Dubois n'a pas répondu à nos questions.", "Marie Dubois"),
]
# a person's agent is no model
NOT_MODEL = [
    ("Le joueur a rencontré son agent Paul Dumas à Lyon.", "Paul"),
]


# a conditional is no noun in "-trait": "le retrait de Kessane" still tells a withdrawal
def test_french_trait_nouns_are_no_conditional() -> None:
    from aikg.ingest.extractors.rules.patterns import MODAL

    assert MODAL.search("le retrait du portrait extrait") is None
    assert MODAL.search("elle rachèterait la société") is not None


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_french_structure_gives_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extract(text, "fr"))


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_french_structure_gives_no_such_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in triples(extract(text, "fr"))


@pytest.mark.parametrize(("text", "name"), TRADE_NAMED)
def test_french_trade_noun_names_an_organization(text: str, name: str) -> None:
    found = {(e.name, e.type.value) for e in extract(text, "fr").entities}
    assert (name, "Organization") in found


@pytest.mark.parametrize(("text", "name"), MODEL_NAMED)
def test_french_model_noun_names_a_model(text: str, name: str) -> None:
    found = {(e.name, e.type.value) for e in extract(text, "fr").entities}
    assert (name, "Model") in found


@pytest.mark.parametrize(("text", "name"), NOT_MODEL)
def test_french_agent_of_a_person_is_no_model(text: str, name: str) -> None:
    found = {(e.name, e.type.value) for e in extract(text, "fr").entities}
    assert not any(kind == "Model" and found_name.startswith(name) for found_name, kind in found)


@pytest.mark.parametrize(("text", "name"), NOT_ORGANIZATION)
def test_french_person_declining_is_no_organization(text: str, name: str) -> None:
    found = {(e.name, e.type.value) for e in extract(text, "fr").entities}
    assert (name, "Person") in found
