"""A realistic synthetic graph for benchmarks: the shape of years of daily AI-industry news.

Shape (per the issue that asked for it): the 16 predicates with valid endpoint types, evidence quotes
of ~150 characters, one source (article) per 250 facts, about one person per 4 facts, organizations
drawn with a skewed (Zipf-like) popularity so one hub ("OpenAI") appears in thousands of facts, and
each source mentioning the entities its facts name. Output is one :class:`GraphBatch` per source,
which is how ingestion writes (one atomic batch per document). Deterministic for a given seed.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from aikg.graph.schema import (
    PREDICATES,
    Entity,
    EntityType,
    Evidence,
    Fact,
    FactProperties,
    GraphBatch,
    Predicate,
    Source,
)

FACTS_PER_SOURCE = 250
FACTS_PER_PERSON = 4
FACTS_PER_ORGANIZATION = 40
FACTS_PER_MODEL = 50
QUOTE_LENGTH = 150
HUB_NAME = "OpenAI"
SECOND_HUB_NAME = "Anthropic"

_SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "del", "mar", "ni", "po", "zu", "bel", "cor", "an"]
_WORDS = [
    "the",
    "company",
    "said",
    "on",
    "tuesday",
    "that",
    "its",
    "new",
    "model",
    "would",
    "reach",
    "customers",
    "after",
    "months",
    "of",
    "testing",
    "according",
    "to",
    "people",
    "familiar",
    "with",
    "the",
    "talks",
    "while",
    "the",
    "board",
    "declined",
    "to",
    "comment",
    "on",
    "the",
    "report",
    "and",
    "analysts",
    "expected",
    "more",
    "hires",
    "in",
    "the",
    "coming",
    "quarter",
    "as",
    "rivals",
    "raised",
    "money",
]
_ROLES = ["chief executive", "researcher", "board member", "head of safety", "engineer", "cto"]


def _name(index: int, parts: int) -> str:
    """A unique pronounceable name for an index (base-15 digits mapped to syllables)."""
    digits = []
    value = index
    for _ in range(parts):
        digits.append(_SYLLABLES[value % len(_SYLLABLES)])
        value //= len(_SYLLABLES)
    word = "".join(digits)
    return f"{word.capitalize()}{value or ''}"


@dataclass
class Universe:
    people: list[Entity]
    organizations: list[Entity]
    models: list[Entity]

    @property
    def hub(self) -> Entity:
        return self.organizations[0]


def universe(n_facts: int) -> Universe:
    people = [
        Entity(type=EntityType.PERSON, name=f"{_name(i, 2)} {_name(i * 7 + 3, 3)}")
        for i in range(max(2, n_facts // FACTS_PER_PERSON))
    ]
    org_count = max(3, n_facts // FACTS_PER_ORGANIZATION)
    organizations = [
        Entity(type=EntityType.ORGANIZATION, name=HUB_NAME, aliases=["Open AI"]),
        Entity(type=EntityType.ORGANIZATION, name=SECOND_HUB_NAME),
    ] + [Entity(type=EntityType.ORGANIZATION, name=f"{_name(i, 3)} Labs") for i in range(org_count - 2)]
    models = [
        Entity(type=EntityType.MODEL, name=f"{_name(i, 2)}-{i % 9 + 1}")
        for i in range(max(2, n_facts // FACTS_PER_MODEL))
    ]
    return Universe(people, organizations, models)


class _Picker:
    def __init__(self, rng: random.Random, items: list[Entity], skew: float) -> None:
        self.rng = rng
        self.items = items
        weights = [1.0 / (rank + 1) ** skew for rank in range(len(items))]
        self.cum = list(itertools.accumulate(weights))

    def __call__(self) -> Entity:
        return self.rng.choices(self.items, cum_weights=self.cum)[0]


def _quote(rng: random.Random, subject: Entity, obj: Entity) -> str:
    words = [subject.name, *rng.sample(_WORDS, 8), obj.name]
    text = " ".join(words)
    while len(text) < QUOTE_LENGTH:
        text += " " + rng.choice(_WORDS)
    return text[:QUOTE_LENGTH].rstrip() + "."


def batches(n_facts: int, seed: int = 16, per_source: int = FACTS_PER_SOURCE) -> Iterator[GraphBatch]:
    """One batch per source, ``n_facts`` facts in all (before the merging of repeated facts)."""
    rng = random.Random(seed)
    world = universe(n_facts)
    pick = {
        EntityType.PERSON: _Picker(rng, world.people, 0.3),
        EntityType.ORGANIZATION: _Picker(rng, world.organizations, 1.0),
        EntityType.MODEL: _Picker(rng, world.models, 0.8),
    }
    predicates = list(Predicate)
    for start in range(0, n_facts, per_source):
        number = start // per_source
        year = 2015 + (number * 11) // max(1, n_facts // per_source)
        published = f"{min(year, 2025)}-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
        source = Source(
            content_hash=Source.hash_content(f"bench article {seed} {number}"),
            title=f"Bench article {number}",
            url=f"https://news.example/{number}",
            published=published,
            language="en" if number % 3 else "fr",
        )
        entities: dict[str, Entity] = {}
        facts = []
        for _ in range(min(per_source, n_facts - start)):
            predicate = rng.choice(predicates)
            spec = PREDICATES[predicate]
            subject = pick[rng.choice(sorted(spec.subjects))]()
            obj = pick[rng.choice(sorted(spec.objects))]()
            while obj.id == subject.id:
                obj = pick[obj.type]()
            entities[subject.id] = subject
            entities[obj.id] = obj
            quote = _quote(rng, subject, obj)
            offset = rng.randrange(0, 20_000)
            props = FactProperties(
                date=published[: rng.choice((4, 7, 10))] if rng.random() < 0.7 else None,
                role=rng.choice(_ROLES) if predicate in (Predicate.WORKS_AT, Predicate.JOINED) else None,
            )
            facts.append(
                Fact(
                    subject=subject.id,
                    predicate=predicate,
                    object=obj.id,
                    properties=props,
                    evidence=[
                        Evidence(source_id=source.id, quote=quote, start=offset, end=offset + len(quote))
                    ],
                    confidence=round(rng.uniform(0.5, 0.99), 2),
                    extractors=["rules"],
                    rules=[f"bench.{predicate.value.lower()}"],
                )
            )
        yield GraphBatch(
            sources=[source],
            entities=list(entities.values()),
            facts=facts,
            mentions=[(source.id, entity_id) for entity_id in entities],
        )
