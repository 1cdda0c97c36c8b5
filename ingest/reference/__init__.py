"""Reference data of AI-industry actors: versioned YAML files validated by the graph schema.

The records seed the extractor's entity recognition and can be loaded into the graph as
background knowledge, sourced to :data:`REFERENCE_SOURCE` so they never pass for article facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from aikg.graph.errors import InvalidInputError
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

DATA_DIR = Path(__file__).parent / "data"
FILES: dict[EntityType, str] = {
    EntityType.ORGANIZATION: "organizations.yaml",
    EntityType.PERSON: "people.yaml",
    EntityType.MODEL: "models.yaml",
}
REFERENCE_SOURCE = Source(
    id="source:reference-data",
    title="aikg reference data of AI-industry actors",
    kind="reference",
    path="ingest/reference/data",
)
REFERENCE_EXTRACTOR = "reference"


class Affiliation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization: str
    predicate: Predicate = Predicate.WORKS_AT
    role: str | None = None
    date: str | None = None


class ReferenceData(BaseModel):
    entities: list[Entity]
    facts: list[Fact]

    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def to_batch(self) -> GraphBatch:
        return GraphBatch(
            sources=[REFERENCE_SOURCE],
            entities=self.entities,
            facts=self.facts,
            mentions=[(REFERENCE_SOURCE.id, e.id) for e in self.entities],
        )


def _plain(value: Any) -> Any:
    """YAML turns 2024-05-13 into a date; the schema wants partial ISO strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _read_records(path: Path) -> list[dict[str, Any]]:
    try:
        records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidInputError(f"{path}: cannot read reference data: {exc}") from exc
    if not isinstance(records, list):
        raise InvalidInputError(f"{path}: expected a list of records")
    return [_plain(r) for r in records]


def _reference_fact(subject: str, predicate: Predicate, obj: str, **props: str | None) -> Fact:
    return Fact(
        subject=subject,
        predicate=predicate,
        object=obj,
        properties=FactProperties(**props),
        evidence=[Evidence(source_id=REFERENCE_SOURCE.id, quote="reference data")],
        confidence=1.0,
        extractors=[REFERENCE_EXTRACTOR],
        review="accepted",
    )


def _parse(path: Path, kind: EntityType) -> tuple[list[Entity], list[Fact]]:
    entities: list[Entity] = []
    facts: list[Fact] = []
    for index, record in enumerate(_read_records(path), start=1):
        affiliations = record.pop("affiliations", []) if isinstance(record, dict) else []
        try:
            entity = Entity(type=kind, **record)
            links = [Affiliation(**a) for a in affiliations]
        except (ValidationError, TypeError) as exc:
            raise InvalidInputError(f"{path} record {index}: {_first_error(exc)}") from exc
        entities.append(entity)
        for link in links:
            facts.append(
                _reference_fact(entity.id, link.predicate, link.organization, role=link.role, date=link.date)
            )
        if entity.developer:
            facts.append(
                _reference_fact(entity.developer, Predicate.DEVELOPED, entity.id, date=entity.released)
            )
    return entities, facts


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "record"
        return f"{where}: {err['msg']}"
    return str(exc)


def check_integrity(entities: Iterable[Entity], facts: Iterable[Fact]) -> None:
    seen: set[str] = set()
    for entity in entities:
        if entity.id in seen:
            raise InvalidInputError(f"reference data: duplicate id {entity.id}")
        seen.add(entity.id)
    for fact in facts:
        for end in (fact.subject, fact.object):
            if end not in seen:
                raise InvalidInputError(
                    f"reference data: {fact.predicate.value} fact names unknown entity {end}"
                )


@lru_cache(maxsize=4)
def load_reference(data_dir: Path = DATA_DIR) -> ReferenceData:
    entities: list[Entity] = []
    facts: list[Fact] = []
    for kind, filename in FILES.items():
        found_entities, found_facts = _parse(data_dir / filename, kind)
        entities += found_entities
        facts += found_facts
    check_integrity(entities, facts)
    return ReferenceData(entities=entities, facts=facts)
