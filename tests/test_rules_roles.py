"""Roles, past jobs, joins, departures and model ownership (issue 9): own invented sentences, each
structure with cases that must give the fact and cases that must not."""

from __future__ import annotations

import pytest

from tests.helpers import extract, triples

FOUND = [
    # past employment is a job left, not a current one
    (
        "en",
        "Brightmoss sells routing software. Ilse Varga spent six years on a search team at Pollenfield "
        "before she started Brightmoss.",
        ("Ilse Varga", "DEPARTED", "Pollenfield"),
    ),
    (
        "fr",
        "Brightmoss vend des logiciels. Pendant cinq ans, Ilse Varga a travaillé comme ingénieure chez "
        "Pollenfield, dans l'équipe des moteurs.",
        ("Ilse Varga", "DEPARTED", "Pollenfield"),
    ),
    (
        "fr",
        "Brightmoss vend des logiciels. Sela Kim, jusqu'ici chercheuse chez Quintal à Lyon, rejoint "
        "Brightmoss en mars.",
        ("Sela Kim", "DEPARTED", "Quintal"),
    ),
    (
        "en",
        "Brightmoss sells routing software. Sela Kim, until now a scientist at Quintal, will join "
        "Brightmoss in March.",
        ("Sela Kim", "DEPARTED", "Quintal"),
    ),
    (
        "en",
        "Ana Pike, chief executive of Quintal, opened the fair. Pike left Quintal in June.",
        ("Ana Pike", "DEPARTED", "Quintal"),
    ),
    # who made a model: appositions, "the model it built", "whose", "its X models"
    (
        "fr",
        "Dunmore Labs obtient une licence sur Tavel-2, le modèle de voix conçu par Brask Labs.",
        ("Brask Labs", "DEVELOPED", "Tavel-2"),
    ),
    (
        "en",
        "Pollenfield AI grants Quintal Labs a licence to Wicket-2, the model it built to read invoices.",
        ("Pollenfield AI", "DEVELOPED", "Wicket-2"),
    ),
    (
        "en",
        "Brask Labs told clients that Tarn-3, the model it had promised for May, will ship later.",
        ("Brask Labs", "DEVELOPED", "Tarn-3"),
    ),
    (
        "en",
        "Quintal Labs competes with Lintel AI, whose Scribe-4 assistant is popular with lawyers.",
        ("Lintel AI", "DEVELOPED", "Scribe-4"),
    ),
    (
        "fr",
        "Ferrow Labs, dont le prochain modèle Gale-3 est attendu en mai, recrute à Lyon.",
        ("Ferrow Labs", "DEVELOPED", "Gale-3"),
    ),
    (
        "en",
        "Lintel AI has stopped Brask Labs from using its Scribe-4 models for training.",
        ("Lintel AI", "DEVELOPED", "Scribe-4"),
    ),
    # an unknown model name by its shape, in a release
    ("en", "Dunmore Labs released Kestrel-3.5 in June.", ("Dunmore Labs", "DEVELOPED", "Kestrel-3.5")),
    ("fr", "Dunmore Labs a dévoilé Kestrel-3 mardi.", ("Dunmore Labs", "DEVELOPED", "Kestrel-3")),
    # a pronoun subject after a short fronted phrase
    (
        "fr",
        "Dunmore Labs grandit vite. L'an dernier, elle a aussi publié Kestrel-3, un petit modèle de langage.",
        ("Dunmore Labs", "DEVELOPED", "Kestrel-3"),
    ),
    # models of one family share their maker
    (
        "fr",
        "Dunmore Labs a dévoilé Kestrel-4 mardi. Kestrel-4 succède à Kestrel-3, sorti en mai dernier.",
        ("Dunmore Labs", "DEVELOPED", "Kestrel-3"),
    ),
    # a job told without naming the organization: the one the sentence opens on, else the focus
    (
        "fr",
        "Quintal Labs a été fondée en 2021 par Ilse Varga, une ancienne de Brask Labs, "
        "qui la dirige toujours.",
        ("Ilse Varga", "WORKS_AT", "Quintal Labs"),
    ),
    (
        "fr",
        "Dunmore Labs rachète une partie de Quintal Labs. Quintal Labs restera sous la direction de "
        "Sela Kim, jusqu'ici directrice commerciale, qui devient présidente.",
        ("Sela Kim", "WORKS_AT", "Quintal Labs"),
    ),
    (
        "en",
        "Dunmore Labs hires two founders of Quintal Labs. Quintal Labs keeps its name, and Sela Kim, "
        "until now head of sales, takes over as chief executive.",
        ("Sela Kim", "WORKS_AT", "Quintal Labs"),
    ),
    (
        "en",
        "Ferrow Labs has since promoted Sela Kim, who built its data platform, to lead research.",
        ("Sela Kim", "WORKS_AT", "Ferrow Labs"),
    ),
    (
        "en",
        "Ferrow Labs's 40 employees, including its co-founders Piet Sand and Nadia Holm, will join "
        "Dunmore Labs once the deal closes.",
        ("Nadia Holm", "WORKS_AT", "Ferrow Labs"),
    ),
    (
        "fr",
        "Ferrow Labs recrute à Paris. Son associé, le chercheur Piet Sand, occupe le poste de directeur "
        "technique.",
        ("Piet Sand", "WORKS_AT", "Ferrow Labs"),
    ),
    (
        "en",
        "Ferrow Labs sells planning tools. Piet Sand, the chief executive, spent nine years at Dunmore "
        "Labs before that.",
        ("Piet Sand", "DEPARTED", "Dunmore Labs"),
    ),
    (
        "fr",
        "Kyutai recrute à Paris. Il est remplacé par Sela Kim, jusqu'ici chercheuse chez Quintal Labs à "
        "Lyon, qui rejoint Kyutai en février.",
        ("Sela Kim", "JOINED", "Kyutai"),
    ),
    # moves between two organizations
    (
        "en",
        "Ferrow Labs is growing. Sela Kim, who joined Ferrow Labs from Quintal Labs in 2023, spoke.",
        ("Sela Kim", "DEPARTED", "Quintal Labs"),
    ),
    (
        "en",
        "Ferrow Labs is growing. Ana Pike moved from Lintel AI to Brask Labs in May.",
        ("Ana Pike", "JOINED", "Brask Labs"),
    ),
    (
        "fr",
        "Ferrow Labs grandit. La chercheuse Ana Pike passe de Lintel AI à Brask Labs.",
        ("Ana Pike", "DEPARTED", "Lintel AI"),
    ),
    # departures and joins with the role between the verb and the organization
    (
        "en",
        "Ferrow Labs grows. Ilse Varga left her post as chief technology officer of Lintel AI in May.",
        ("Ilse Varga", "DEPARTED", "Lintel AI"),
    ),
    (
        "fr",
        "Kyutai recrute. Ilse Varga quitte ses fonctions de directrice technique de Lintel AI.",
        ("Ilse Varga", "DEPARTED", "Lintel AI"),
    ),
    (
        "en",
        "Ferrow Labs grows. Sela Kim, who was poached from Brask Labs, starts on Monday.",
        ("Sela Kim", "DEPARTED", "Brask Labs"),
    ),
    (
        "en",
        "Ferrow Labs has recruited Piet Sand, the chief executive of Dunmore Labs, to run its new unit.",
        ("Piet Sand", "DEPARTED", "Dunmore Labs"),
    ),
    (
        "en",
        "Ferrow Labs has recruited Piet Sand, the chief executive of Dunmore Labs, to run its new unit.",
        ("Piet Sand", "JOINED", "Ferrow Labs"),
    ),
    (
        "fr",
        "Kyutai recrute à Paris. Léa Morin, qui dirigeait jusqu'ici l'équipe de recherche chez Dunmore "
        "Labs, arrive en mars.",
        ("Léa Morin", "DEPARTED", "Dunmore Labs"),
    ),
    (
        "fr",
        "Ferrow Labs publie un modèle. Le chercheur Omar Reyes, arrivé de Quintal Labs l'an dernier, a "
        "présenté ses résultats.",
        ("Omar Reyes", "JOINED", "Ferrow Labs"),
    ),
    (
        "fr",
        "Ferrow Labs recrute à Paris. L'ingénieure Sela Kim, passée par Quintal Labs, a elle aussi "
        "rejoint l'équipe.",
        ("Sela Kim", "JOINED", "Ferrow Labs"),
    ),
]

NOT_FOUND = [
    (
        "fr",
        "Brightmoss vend des logiciels. Pendant cinq ans, Ilse Varga a travaillé comme ingénieure chez "
        "Pollenfield, dans l'équipe des moteurs.",
        ("Ilse Varga", "WORKS_AT", "Pollenfield"),
    ),
    (
        "en",
        "Brightmoss sells routing software. Omar Reyes worked as a researcher at Quintal for a decade.",
        ("Omar Reyes", "WORKS_AT", "Quintal"),
    ),
    (
        "en",
        "Brightmoss sells routing software. Omar Reyes has worked at Quintal since 2019.",
        ("Omar Reyes", "DEPARTED", "Quintal"),
    ),
    (
        "en",
        "Ana Pike, chief executive of Quintal, opened the fair. Pike left Quintal in June.",
        ("Ana Pike", "WORKS_AT", "Quintal"),
    ),
    (
        "en",
        "Pollenfield AI grants Quintal Labs a licence to Wicket-2, the model it built to read invoices.",
        ("Quintal Labs", "DEVELOPED", "Wicket-2"),
    ),
    (
        "en",
        "Pollenfield AI sells Wicket-2, a model hosted by Quintal Labs in Oslo.",
        ("Quintal Labs", "DEVELOPED", "Wicket-2"),
    ),
    (
        "en",
        "Quintal Labs competes with Lintel AI, whose clients use the Scribe-4 model daily.",
        ("Lintel AI", "DEVELOPED", "Scribe-4"),
    ),
    (
        "fr",
        "Dunmore Labs rachète une partie de Quintal Labs. Quintal Labs restera sous la direction de "
        "Sela Kim, jusqu'ici directrice commerciale, qui devient présidente.",
        ("Sela Kim", "WORKS_AT", "Dunmore Labs"),
    ),
    (
        "fr",
        "Quintal Labs a été fondée en 2021 par Ilse Varga, qui la dirigeait jusqu'en mai.",
        ("Ilse Varga", "WORKS_AT", "Quintal Labs"),
    ),
    (
        "en",
        "Quintal Labs keeps its name, and Sela Kim might take over as chief executive.",
        ("Sela Kim", "WORKS_AT", "Quintal Labs"),
    ),
    (
        "en",
        "Ferrow Labs has recruited Piet Sand, the chief executive of Dunmore Labs, to run its new unit.",
        ("Piet Sand", "WORKS_AT", "Dunmore Labs"),
    ),
    (
        "en",
        "Ferrow Labs grows. Ilse Varga kept her post as chief technology officer of Lintel AI in May.",
        ("Ilse Varga", "DEPARTED", "Lintel AI"),
    ),
    ("en", "Dunmore Labs is in talks to release Kestrel-3.5.", ("Dunmore Labs", "DEVELOPED", "Kestrel-3.5")),
    ("fr", "Nadia Holm pourrait rejoindre Lintel AI.", ("Nadia Holm", "JOINED", "Lintel AI")),
    (
        "en",
        "Dunmore Labs released Kestrel-4 in June. A smaller Kestrel-3 could follow, a blogger said.",
        ("Dunmore Labs", "DEVELOPED", "Kestrel-3"),
    ),
    (
        "en",
        "Ferrow Labs's 40 employees, including its co-founders Piet Sand and Nadia Holm, will join "
        "Dunmore Labs once the deal closes.",
        ("Nadia Holm", "DEPARTED", "Ferrow Labs"),
    ),
    (
        "en",
        "Ferrow Labs has promoted Sela Kim, a former banker, to its board.",
        ("Sela Kim", "WORKS_AT", "Ferrow Labs"),
    ),
    (
        "fr",
        "Ferrow Labs recrute à Paris. La chercheuse Sela Kim deviendra le 1er juillet directrice "
        "technique de la jeune pousse.",
        ("Sela Kim", "WORKS_AT", "Ferrow Labs"),
    ),
    (
        "en",
        "Ferrow Labs is growing. Ana Pike could move from Lintel AI to Brask Labs in May.",
        ("Ana Pike", "JOINED", "Brask Labs"),
    ),
    (
        "en",
        "Ferrow Labs tried to poach Sela Kim from Brask Labs in June.",
        ("Sela Kim", "DEPARTED", "Brask Labs"),
    ),
    (
        "fr",
        "Ferrow Labs recrute à Paris. L'ingénieure Sela Kim a rejoint l'équipe de Quintal Labs.",
        ("Sela Kim", "JOINED", "Ferrow Labs"),
    ),
]


@pytest.mark.parametrize(("language", "text", "fact"), FOUND)
def test_structure_gives_the_fact(language: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extract(text, language))


@pytest.mark.parametrize(("language", "text", "fact"), NOT_FOUND)
def test_structure_gives_no_such_fact(language: str, text: str, fact: tuple[str, str, str]) -> None:
    found = triples(extract(text, language))
    assert fact not in found


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Grésil-2", "grésil"),
        ("Stable Audio 3", "stable audio"),
        ("Halcyon-2.7 Pro", "halcyon"),
        ("Claude", None),
    ],
)
def test_model_family(name: str, family: str | None) -> None:
    from aikg.ingest.extractors.rules.siblings import family as family_of

    assert family_of(name) == family
