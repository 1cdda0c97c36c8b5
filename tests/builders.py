"""Small builders for test batches."""

from __future__ import annotations

from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Source


def source(text: str, published: str | None = "2024-05-17", language: str = "en") -> Source:
    return Source(
        content_hash=Source.hash_content(text),
        title=text[:40],
        url=f"https://example.org/{abs(hash(text)) % 10_000}",
        published=published,
        language=language,
    )


def entity(type_: str, name: str, **attrs: object) -> Entity:
    return Entity(type=EntityType(type_), name=name, **attrs)


def fact(subject: str, predicate: str, obj: str, src: Source, quote: str, **props: str) -> Fact:
    return Fact(
        subject=subject,
        predicate=predicate,
        object=obj,
        properties=props,
        evidence=[Evidence(source_id=src.id, quote=quote, start=0, end=len(quote))],
        confidence=0.9,
        extractors=["test"],
    )


def leike_batch(text: str = "Jan Leike left OpenAI in May 2024.") -> GraphBatch:
    """One article: Jan Leike departed OpenAI; OpenAI developed GPT-4o."""
    src = source(text)
    leike = entity("Person", "Jan Leike")
    openai = entity("Organization", "OpenAI", kind="lab", aliases=["Open AI"])
    gpt4o = entity("Model", "GPT-4o", developer="organization:openai")
    return GraphBatch(
        sources=[src],
        entities=[leike, openai, gpt4o],
        facts=[
            fact(leike.id, "DEPARTED", openai.id, src, text, date="2024-05", role="head of alignment"),
            fact(openai.id, "DEVELOPED", gpt4o.id, src, text),
        ],
        mentions=[(src.id, leike.id), (src.id, openai.id), (src.id, gpt4o.id)],
    )
