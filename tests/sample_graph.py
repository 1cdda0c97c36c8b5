"""A small graph of people, organizations, models, articles and facts for the query tests."""

from __future__ import annotations

from aikg.graph.schema import Entity, EntityType, Evidence, Fact, FactProperties, GraphBatch, Source

REFERENCE = "source:reference-data"


def _article(key: str, title: str, published: str) -> Source:
    return Source(id=f"source:{key}", title=title, url=f"https://news.test/{key}", published=published)


SOURCES = [
    Source(id=REFERENCE, title="Reference data", kind="reference"),
    _article("a", "Sutskever and Leike leave OpenAI", "2024-05-15"),
    _article("b", "Leike joins Anthropic", "2024-05-28"),
    _article("c", "Schulman moves to Anthropic", "2024-08-06"),
    _article("d", "Sutskever founds SSI", "2024-06-19"),
    _article("e", "OpenAI board removes Altman", "2023-11-18"),
    _article("f", "Toner speaks out", "2024-05-29"),
    _article("g", "Murati departs", "2024-09-26"),
    _article("h", "Anthropic cuts Windsurf access", "2025-06-04"),
]

PEOPLE = ["Jan Leike", "John Schulman", "Ilya Sutskever", "Sam Altman", "Helen Toner", "Mira Murati"]
ORGS = ["OpenAI", "Anthropic", "Safe Superintelligence", "Google DeepMind", "Windsurf"]
MODELS = ["GPT-4o", "Claude 3.5 Sonnet", "Sora"]
ALIASES = {"Ilya Sutskever": ["Ilya"], "Safe Superintelligence": ["SSI"], "Windsurf": ["Codeium"]}


def _entity(kind: EntityType, name: str) -> Entity:
    return Entity(type=kind, name=name, aliases=ALIASES.get(name, []))


def _fact(subject: str, predicate: str, obj: str, sources: list[str], quote: str = "", **props: str) -> Fact:
    evidence = [Evidence(source_id=s, quote=quote or f"{subject} {predicate} {obj}") for s in sources]
    return Fact(
        subject=subject,
        predicate=predicate,
        object=obj,
        properties=FactProperties(**props),
        evidence=evidence,
    )


FACTS = [
    _fact("person:jan-leike", "DEPARTED", "organization:openai", ["source:a"], date="2024-05-17"),
    _fact("person:jan-leike", "JOINED", "organization:anthropic", ["source:b"], date="2024-05-28"),
    _fact("person:jan-leike", "JOINED", "organization:google-deepmind", ["source:b"], date="2016"),
    _fact("person:john-schulman", "DEPARTED", "organization:openai", ["source:c"], date="2024-08-05"),
    _fact("person:john-schulman", "JOINED", "organization:anthropic", ["source:c"], date="2024-08-05"),
    _fact(
        "person:ilya-sutskever",
        "DEPARTED",
        "organization:openai",
        ["source:a", "source:d"],
        date="2024-05-14",
    ),
    _fact(
        "person:ilya-sutskever",
        "FOUNDED",
        "organization:safe-superintelligence",
        ["source:d"],
        date="2024-06",
    ),
    _fact("person:ilya-sutskever", "BOARD_MEMBER_OF", "organization:openai", [REFERENCE]),
    _fact("person:ilya-sutskever", "DEPARTED", "organization:google-deepmind", [REFERENCE], date="2015-12"),
    _fact("person:ilya-sutskever", "JOINED", "organization:openai", [REFERENCE], date="2015-12"),
    _fact(
        "person:mira-murati",
        "DEPARTED",
        "organization:openai",
        ["source:g"],
        date="2024-09-25",
        role="CTO",
        reason="to explore her own projects",
    ),
    _fact(
        "person:ilya-sutskever",
        "VOTED_TO_REMOVE",
        "person:sam-altman",
        ["source:e"],
        date="2023-11-17",
        organization="organization:openai",
    ),
    _fact(
        "person:helen-toner",
        "VOTED_TO_REMOVE",
        "person:sam-altman",
        ["source:e"],
        date="2023-11-17",
        organization="organization:openai",
    ),
    _fact(
        "person:helen-toner",
        "CRITICIZED",
        "person:sam-altman",
        ["source:f"],
        date="2024-05-28",
        quote="he withheld information from the board",
        reason="withheld information",
    ),
    _fact(
        "person:jan-leike",
        "CRITICIZED",
        "organization:openai",
        ["source:a"],
        date="2024-05-17",
        quote="safety culture has taken a backseat to shiny products",
    ),
    _fact("organization:openai", "DEVELOPED", "model:gpt-4o", [REFERENCE]),
    _fact("organization:openai", "DEVELOPED", "model:sora", [REFERENCE]),
    _fact("organization:anthropic", "DEVELOPED", "model:claude-3-5-sonnet", [REFERENCE, "source:h"]),
    _fact(
        "organization:openai",
        "DELAYED",
        "model:sora",
        ["source:f"],
        date="2024-05",
        reason="more safety testing",
    ),
    _fact(
        "organization:anthropic",
        "GRANTED_ACCESS",
        "organization:windsurf",
        ["source:h"],
        date="2024-12",
        model="model:claude-3-5-sonnet",
    ),
    _fact(
        "organization:anthropic",
        "REVOKED_ACCESS",
        "organization:windsurf",
        ["source:h"],
        date="2025-06-03",
        model="model:claude-3-5-sonnet",
        reason="reported acquisition by OpenAI",
    ),
    _fact("organization:openai", "COMPETES_WITH", "organization:anthropic", [REFERENCE]),
    _fact("organization:google-deepmind", "COMPETES_WITH", "organization:openai", [REFERENCE]),
]

MENTIONS = [
    ("source:a", "person:jan-leike"),
    ("source:a", "person:ilya-sutskever"),
    ("source:a", "organization:openai"),
    ("source:b", "person:jan-leike"),
    ("source:b", "organization:anthropic"),
    ("source:c", "person:john-schulman"),
    ("source:c", "organization:openai"),
    ("source:c", "organization:anthropic"),
    ("source:e", "person:ilya-sutskever"),
    ("source:e", "person:helen-toner"),
    ("source:e", "person:sam-altman"),
    ("source:e", "organization:openai"),
]


def sample_batch() -> GraphBatch:
    entities = [
        *(_entity(EntityType.PERSON, n) for n in PEOPLE),
        *(_entity(EntityType.ORGANIZATION, n) for n in ORGS),
        *(_entity(EntityType.MODEL, n) for n in MODELS),
    ]
    return GraphBatch(sources=SOURCES, entities=entities, facts=FACTS, mentions=MENTIONS)
