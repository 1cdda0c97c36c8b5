"""Streams of small overlapping documents (batches) for the tests of grouped and bulk loading:
invented names and notes only."""

from __future__ import annotations

from hypothesis import strategies as st

from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Predicate, Source

PEOPLE = [f"Ottoline Brasswick {n}" for n in ("Ames", "Bell", "Crane", "Dale")]
ORGS = ["Quillfeather Robotics", "Marrowgate Compute", "Tinderbox Analytics"]
ALIASES = ["Quill", "QR", "Marrow", "MGC", "Tinder"]
SOURCES = [f"an invented memo number {n}" for n in range(3)]


def memo(index: int, title: str | None, published: str | None) -> Source:
    return Source(content_hash=Source.hash_content(SOURCES[index]), title=title, published=published)


@st.composite
def document_stream(draw: st.DrawFn) -> list[GraphBatch]:
    """Batches whose facts, entities and sources overlap: facts asserted again by later
    documents, entities and sources defined again with other properties, aliases and dates,
    facts citing entities and sources an earlier batch defined."""
    defined: dict[str, Entity] = {}
    cited: set[str] = set()
    batches = []
    for _ in range(draw(st.integers(1, 7))):
        source = memo(
            draw(st.integers(0, len(SOURCES) - 1)),
            draw(st.sampled_from([None, "Memo", "Second memo"])),
            draw(st.sampled_from([None, "2021-03", "2019-11-02", "2024"])),
        )
        citable = sorted(cited | {source.id})
        entities: dict[str, Entity] = {}
        facts = []
        for _ in range(draw(st.integers(0, 4))):
            person = Entity(type=EntityType.PERSON, name=draw(st.sampled_from(PEOPLE)))
            org = Entity(
                type=EntityType.ORGANIZATION,
                name=draw(st.sampled_from(ORGS)),
                aliases=draw(st.lists(st.sampled_from(ALIASES), max_size=2, unique=True)),
                country=draw(st.sampled_from([None, "FR", "CA"])),
            )
            for entity in (person, org):
                if entity.id not in defined or draw(st.booleans()):
                    entities[entity.id] = entity
            extractor = draw(st.sampled_from(["rules", "llm"]))
            facts.append(
                Fact(
                    subject=person.id,
                    predicate=draw(st.sampled_from([Predicate.WORKS_AT, Predicate.DEPARTED])),
                    object=org.id,
                    properties={"role": draw(st.sampled_from([None, "archivist", "pilot"]))},
                    evidence=[
                        Evidence(
                            source_id=draw(st.sampled_from(citable)),
                            quote=draw(st.sampled_from(["she joined", "he left", "they hired her"])),
                        )
                    ],
                    confidence=draw(st.sampled_from([0.4, 0.7, 0.9])),
                    extractors=[extractor],
                    rules=[f"rule.{draw(st.integers(0, 2))}"],
                    headline_only=draw(st.booleans()),
                    review=draw(st.sampled_from(["unreviewed", "unreviewed", "accepted", "rejected"])),
                )
            )
        defined.update(entities)
        cited.add(source.id)
        mentions = [(source.id, entity_id) for entity_id in entities]
        batches.append(
            GraphBatch(sources=[source], entities=list(entities.values()), facts=facts, mentions=mentions)
        )
    return batches


def named_batch(name: str) -> GraphBatch:
    """One document: a person named ``name`` working at one organization."""
    person = Entity(type=EntityType.PERSON, name=name)
    org = Entity(type=EntityType.ORGANIZATION, name="Quillfeather Robotics")
    source = memo(0, name, "2022-06")
    fact = Fact(
        subject=person.id,
        predicate=Predicate.WORKS_AT,
        object=org.id,
        evidence=[Evidence(source_id=source.id, quote=f"{name} signed on")],
    )
    return GraphBatch(sources=[source], entities=[person, org], facts=[fact])
