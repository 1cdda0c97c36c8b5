"""Entity resolution: one canonical entity per real-world actor across documents.

An extracted entity is mapped to a known one (reference data, or entities already in the store)
by exact normalized name or alias of the same type, else by a conservative fuzzy match
(rapidfuzz) that also requires every name part to be close, so "Dario Amodei" and
"Daniela Amodei" stay apart while "Sam Altmann" becomes "Sam Altman".
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity, EntityType, Fact
from aikg.ingest.evaluate import normalize
from aikg.ingest.extractors.base import ExtractionResult, Mention

FUZZY_THRESHOLD = 92.0
PART_THRESHOLD = 88.0


class EntityResolver:
    def __init__(self, known: Iterable[Entity]) -> None:
        self.by_key: dict[tuple[EntityType, str], Entity] = {}
        self.names: dict[EntityType, dict[str, Entity]] = {t: {} for t in EntityType}
        for entity in known:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        for surface in (entity.name, *entity.aliases):
            self.by_key.setdefault((entity.type, normalize(surface)), entity)
        self.names[entity.type].setdefault(normalize(entity.name), entity)

    def resolve(self, entity: Entity) -> Entity:
        for surface in (entity.name, *entity.aliases):
            found = self.by_key.get((entity.type, normalize(surface)))
            if found is not None:
                return found
        return self._fuzzy(entity) or entity

    def _fuzzy(self, entity: Entity) -> Entity | None:
        choices = self.names[entity.type]
        if not choices or len(entity.name) < 5:
            return None
        name = normalize(entity.name)
        best = process.extractOne(name, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        candidate = best[0]
        if entity.type is EntityType.PERSON or entity.type is EntityType.MODEL:
            mine, theirs = name.split(), candidate.split()
            if len(mine) != len(theirs):
                return None
            if any(
                fuzz.ratio(a, b) < PART_THRESHOLD or (a[:1].isdigit() and a != b)
                for a, b in zip(mine, theirs, strict=True)
            ):
                return None
        return choices[candidate]

    def apply(self, result: ExtractionResult) -> ExtractionResult:
        """The same result with every entity replaced by its canonical entity."""
        mapping: dict[str, Entity] = {}
        for entity in result.entities:
            canonical = self.resolve(entity)
            mapping[entity.id] = canonical
            self.add(canonical)

        def ref(entity_id: str) -> str:
            return mapping[entity_id].id if entity_id in mapping else entity_id

        entities = list({e.id: e for e in mapping.values()}.values())
        moved_facts: list[Fact] = []
        for fact in result.facts:
            subject, obj = ref(fact.subject), ref(fact.object)
            if subject == obj:
                continue
            moved = fact.model_copy(update={"subject": subject, "object": obj})
            moved_facts.append(Fact.model_validate(moved.model_dump()))
        facts = merge_facts(moved_facts)
        mentions = [
            Mention(entity_id=ref(m.entity_id), start=m.start, end=m.end, text=m.text)
            for m in result.mentions
        ]
        return ExtractionResult(source=result.source, entities=entities, facts=facts, mentions=mentions)
