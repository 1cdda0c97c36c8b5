"""The extractor protocol: a document in, entities and facts with evidence out."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from aikg.graph.errors import AikgError
from aikg.graph.schema import Entity, Fact, GraphBatch, Source
from aikg.ingest.document import Document


class ExtractorUnavailableError(AikgError):
    """The extractor cannot work at all (its service is unreachable or refuses the settings):
    every document would fail the same way, so a run stops at the first one."""


class Mention(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ExtractionResult(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: Source
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_batch(self) -> GraphBatch:
        pairs = list(dict.fromkeys((self.source.id, m.entity_id) for m in self.mentions))
        return GraphBatch(sources=[self.source], entities=self.entities, facts=self.facts, mentions=pairs)


class Extractor(Protocol):
    name: str

    def extract(self, doc: Document) -> ExtractionResult: ...
