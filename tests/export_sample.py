"""The small graph the export tests move between stores: facts with evidence from two sources."""

from __future__ import annotations

from aikg.graph.schema import (
    Entity,
    EntityType,
    Evidence,
    Fact,
    FactProperties,
    GraphBatch,
    Predicate,
    Source,
)

QUOTE_A = 'Jan Leike, who co-led "superalignment", said he is joining Anthropic; it\'s official.'
QUOTE_B = "Leike joined Anthropic\nto continue the superalignment mission."


def sample_batch() -> GraphBatch:
    sources = [
        Source(id="source:verge-leike", title="Leike joins Anthropic", url="https://example.com/a",
               published="2024-05-28", language="en"),
        Source(id="source:tc-leike", title="Superalignment lead moves", url="https://example.com/b",
               published="2024-06", language="en"),
        Source(id="source:old-news", title="OpenAI history", published="2021", language="en"),
    ]  # fmt: skip
    entities = [
        Entity(type=EntityType.PERSON, name="Jan Leike", aliases=["Leike"],
               description="Alignment researcher"),
        Entity(type=EntityType.ORGANIZATION, name="Anthropic", kind="lab", country="US"),
        Entity(type=EntityType.ORGANIZATION, name="OpenAI", kind="lab", country="US"),
        Entity(type=EntityType.MODEL, name="GPT-4", developer="organization:openai", released="2023-03",
               open_weights=False),
        Entity(type=EntityType.PERSON, name="Ilya Sutskever"),
    ]  # fmt: skip
    facts = [
        Fact(subject="person:jan-leike", predicate=Predicate.JOINED, object="organization:anthropic",
             properties=FactProperties(date="2024-05", role="Alignment lead"), confidence=0.9,
             extractors=["llm"],
             evidence=[Evidence(source_id="source:verge-leike", quote=QUOTE_A, start=10, end=95),
                       Evidence(source_id="source:tc-leike", quote=QUOTE_B)]),
        Fact(subject="person:jan-leike", predicate=Predicate.DEPARTED, object="organization:openai",
             properties=FactProperties(date="2024-05-17", reason="safety culture"), confidence=0.8,
             evidence=[Evidence(source_id="source:verge-leike", quote="Leike left OpenAI.")]),
        Fact(subject="organization:openai", predicate=Predicate.DEVELOPED, object="model:gpt-4",
             properties=FactProperties(date="2023"), confidence=0.6,
             evidence=[Evidence(source_id="source:old-news", quote="OpenAI built GPT-4.")]),
        Fact(subject="person:ilya-sutskever", predicate=Predicate.FOUNDED, object="organization:openai",
             properties=FactProperties(date="2015-12"),
             evidence=[Evidence(source_id="source:old-news", quote="Sutskever co-founded OpenAI.")]),
    ]  # fmt: skip
    mentions = [
        ("source:verge-leike", "person:jan-leike"),
        ("source:verge-leike", "organization:anthropic"),
        ("source:old-news", "model:gpt-4"),
    ]
    return GraphBatch(sources=sources, entities=entities, facts=facts, mentions=mentions)
