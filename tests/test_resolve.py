"""Entity resolution: conservative fuzzy matching against known entities."""

from __future__ import annotations

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.resolve import EntityResolver
from tests.helpers import extract

P, O = EntityType.PERSON, EntityType.ORGANIZATION  # noqa: E741


def _resolver() -> EntityResolver:
    return EntityResolver(
        [
            Entity(type=P, name="Sam Altman", aliases=["Samuel Altman"]),
            Entity(type=P, name="Dario Amodei"),
            Entity(type=O, name="Google"),
            Entity(type=O, name="Google DeepMind", aliases=["DeepMind"]),
        ]
    )


def test_alias_and_near_miss_resolve() -> None:
    resolver = _resolver()
    assert resolver.resolve(Entity(type=P, name="Samuel Altman")).id == "person:sam-altman"
    assert resolver.resolve(Entity(type=P, name="Sam Altmann")).id == "person:sam-altman"
    assert resolver.resolve(Entity(type=O, name="Deepmind")).id == "organization:google-deepmind"


def test_conservative() -> None:
    resolver = _resolver()
    assert resolver.resolve(Entity(type=P, name="Daniela Amodei")).id == "person:daniela-amodei"
    assert resolver.resolve(Entity(type=O, name="Google")).id == "organization:google"
    assert resolver.resolve(Entity(type=EntityType.MODEL, name="Google")).id == "model:google"


def test_short_forms_within_a_document() -> None:
    result = extract(
        "Le PDG Sam Altman a parlé. Altman a ensuite quitté la salle. Google et Google DeepMind aussi.", "fr"
    )
    ids = {e.id for e in result.entities}
    assert (
        "person:sam-altman" in ids and "organization:google" in ids and "organization:google-deepmind" in ids
    )
    altman = [m for m in result.mentions if m.entity_id == "person:sam-altman"]
    assert len(altman) == 2
