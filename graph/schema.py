"""The domain model: entities, sources, facts with evidence, and the predicates that link them.

Every hand-off between stages (extractors, loaders, stores, exporters) uses these models.
Entity ids carry their type as a prefix (``person:jan-leike``), so a fact can be checked
against its predicate's endpoint types without looking anything up.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from aikg.graph.ids import entity_id, slugify
from aikg.graph.vocabulary import EntityType as EntityType
from aikg.graph.vocabulary import OrgKind as OrgKind
from aikg.graph.vocabulary import Predicate as Predicate

PARTIAL_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ENTITY_ID_RE = re.compile(r"^(person|organization|model):[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_partial_date(value: str) -> str:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a real calendar day)."""
    if not PARTIAL_DATE_RE.match(value):
        raise ValueError(f"date {value!r} is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(value) == 10:
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"date {value!r} is not a real calendar day") from exc
    return value


PartialDate = Annotated[str, Field(description="YYYY, YYYY-MM or YYYY-MM-DD")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


class Entity(Strict):
    id: str = ""
    type: EntityType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    # Organization
    kind: OrgKind | None = None
    country: str | None = None
    # Model
    developer: str | None = None
    family: str | None = None
    released: str | None = None
    open_weights: bool | None = None

    @model_validator(mode="after")
    def _fill_and_check(self) -> Entity:
        if not self.id:
            self.id = entity_id(self.type.value, self.name)
        if not ENTITY_ID_RE.match(self.id):
            raise ValueError(f"id {self.id!r} must look like 'person:jan-leike'")
        if EntityType.of_id(self.id) is not self.type:
            raise ValueError(f"id {self.id!r} does not match type {self.type.value}")
        if self.released is not None:
            check_partial_date(self.released)
        if self.developer is not None and not self.developer.startswith("organization:"):
            raise ValueError(f"developer {self.developer!r} must be an organization id")
        self.aliases = sorted({a for a in self.aliases if a and a != self.name})
        return self


class Source(Strict):
    id: str = ""
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    content_hash: str | None = None
    kind: str = "article"
    syndications: list[str] = Field(
        default_factory=list, description="URLs or paths of later copies of the same story"
    )

    @field_validator("published")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        return None if value is None else check_partial_date(value)

    @model_validator(mode="after")
    def _fill_id(self) -> Source:
        if not self.id:
            if not self.content_hash:
                raise ValueError("a source needs an id or a content_hash")
            self.id = f"source:{self.content_hash[:16]}"
        return self

    @staticmethod
    def hash_content(text: str) -> str:
        normalized = " ".join(text.split()).casefold()
        return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


PER, ORG, MOD = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL


class PredicateSpec(BaseModel):
    subjects: frozenset[EntityType]
    objects: frozenset[EntityType]
    symmetric: bool = False


PREDICATES: dict[Predicate, PredicateSpec] = {
    Predicate.WORKS_AT: PredicateSpec(subjects={PER}, objects={ORG}),
    Predicate.DEPARTED: PredicateSpec(subjects={PER}, objects={ORG}),
    Predicate.JOINED: PredicateSpec(subjects={PER}, objects={ORG}),
    Predicate.FOUNDED: PredicateSpec(subjects={PER}, objects={ORG}),
    Predicate.BOARD_MEMBER_OF: PredicateSpec(subjects={PER}, objects={ORG}),
    Predicate.VOTED_TO_REMOVE: PredicateSpec(subjects={PER}, objects={PER}),
    Predicate.DEVELOPED: PredicateSpec(subjects={ORG}, objects={MOD}),
    Predicate.GRANTED_ACCESS: PredicateSpec(subjects={ORG}, objects={ORG}),
    Predicate.REVOKED_ACCESS: PredicateSpec(subjects={ORG}, objects={ORG}),
    Predicate.COLLABORATED_WITH: PredicateSpec(subjects={ORG}, objects={ORG}, symmetric=True),
    Predicate.COMPETES_WITH: PredicateSpec(subjects={ORG}, objects={ORG}, symmetric=True),
    Predicate.CRITICIZED: PredicateSpec(subjects={PER, ORG}, objects={PER, ORG, MOD}),
    Predicate.DELAYED: PredicateSpec(subjects={ORG}, objects={MOD}),
    Predicate.INVESTED_IN: PredicateSpec(subjects={ORG, PER}, objects={ORG}),
    Predicate.ACQUIRED: PredicateSpec(subjects={ORG}, objects={ORG}),
    Predicate.PARTNERED_WITH: PredicateSpec(subjects={ORG}, objects={ORG}, symmetric=True),
}


class Evidence(Strict):
    source_id: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _offsets(self) -> Evidence:
        if (self.start is None) != (self.end is None):
            raise ValueError("evidence start and end must be given together")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self

    @property
    def key(self) -> str:
        return f"{self.source_id}|{self.start}|{self.end}|{self.quote}"


class FactProperties(Strict):
    date: str | None = None
    role: str | None = None
    reason: str | None = None
    model: str | None = None
    organization: str | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        return None if value is None else check_partial_date(value)

    def present(self) -> dict[str, str]:
        """The properties that are set (only these five, also in subclasses)."""
        values = {k: getattr(self, k) for k in FactProperties.model_fields}
        return {k: v for k, v in values.items() if v is not None}


Review = Literal["unreviewed", "accepted", "rejected", "corrected"]
REVIEW_STATES: tuple[str, ...] = ("unreviewed", "accepted", "rejected", "corrected")
UNREVIEWED = "unreviewed"


def noisy_or(confidences: list[float]) -> float:
    """The probability that at least one of several independent findings is right:
    ``1 - prod(1 - c)``; a single confidence is returned as it is."""
    if len(confidences) == 1:
        return confidences[0]
    miss = 1.0
    for value in confidences:
        miss *= 1.0 - value
    return 1.0 - miss


@functools.lru_cache(maxsize=1 << 16)
def _fact_id(subject: str, predicate: str, obj: str) -> str:
    """A fact's id from its triple (cached: loading asks for each fact's id many times)."""
    key = f"{subject}|{Predicate(predicate).value}|{obj}"
    return "fact:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Fact(Strict):
    """One relationship between two entities, with the evidence and provenance behind it.

    Provenance: ``extractors`` found it (``extractor_confidences`` holds each one's best
    confidence), ``rules`` are the ids of the extraction rules that produced it, ``llm_model`` and
    ``prompt_version`` name the model and prompt of an LLM extractor, ``headline_only`` says every
    evidence is a headline, and ``review`` is an analyst's decision. With more than one extractor,
    ``confidence`` is the noisy-or of the per-extractor confidences (agreement raises it).
    The legacy input field ``extractor`` (one name) is read as ``extractors=[name]``.
    """

    subject: str
    predicate: Predicate
    object: str
    properties: FactProperties = Field(default_factory=FactProperties)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    extractors: list[str] = Field(default_factory=lambda: ["manual"])
    extractor_confidences: dict[str, Annotated[float, Field(ge=0.0, le=1.0)]] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    llm_model: str | None = None
    prompt_version: str | None = None
    headline_only: bool = False
    review: Review = "unreviewed"

    @model_validator(mode="before")
    @classmethod
    def _legacy_extractor(cls, data: Any) -> Any:
        if isinstance(data, dict) and "extractor" in data:
            data = dict(data)
            legacy = data.pop("extractor")
            if legacy is not None and not data.get("extractors"):
                data["extractors"] = [legacy]
        return data

    @model_validator(mode="after")
    def _provenance(self) -> Fact:
        names = [*self.extractors, *self.extractor_confidences]
        self.extractors = list(dict.fromkeys(n for n in names if n)) or ["manual"]
        self.rules = list(dict.fromkeys(r for r in self.rules if r))
        if len(self.extractors) == 1:
            self.extractor_confidences = {self.extractors[0]: self.confidence}
        else:
            self.extractor_confidences = {
                name: self.extractor_confidences.get(name, self.confidence) for name in self.extractors
            }
            self.confidence = noisy_or(list(self.extractor_confidences.values()))
        return self

    @property
    def extractor(self) -> str:
        """The first extractor that found the fact."""
        return self.extractors[0]

    def per_extractor(self) -> dict[str, float]:
        """Each extractor's best confidence (with one extractor: ``confidence``, even after a copy)."""
        if len(self.extractors) == 1:
            return {self.extractors[0]: self.confidence}
        return {name: self.extractor_confidences.get(name, self.confidence) for name in self.extractors}

    @model_validator(mode="after")
    def _check_endpoints(self) -> Fact:
        spec = PREDICATES[self.predicate]
        for field, value, allowed in (
            ("subject", self.subject, spec.subjects),
            ("object", self.object, spec.objects),
        ):
            if not ENTITY_ID_RE.match(value):
                raise ValueError(f"{field} {value!r} is not an entity id such as 'person:jan-leike'")
            kind = EntityType.of_id(value)
            if kind not in allowed:
                names = ", ".join(sorted(t.value for t in allowed))
                raise ValueError(
                    f"{field} of {self.predicate.value} must be {names}, not {kind.value} ({value})"
                )
        if self.subject == self.object:
            raise ValueError(f"subject and object are the same entity ({self.subject})")
        if spec.symmetric and self.object < self.subject:
            self.subject, self.object = self.object, self.subject
        return self

    @property
    def fact_id(self) -> str:
        return _fact_id(self.subject, self.predicate, self.object)

    @property
    def source_ids(self) -> list[str]:
        return list(dict.fromkeys(e.source_id for e in self.evidence))


class GraphBatch(Strict):
    """What a store upserts at once: all of it lands, or none of it."""

    sources: list[Source] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    mentions: list[tuple[str, str]] = Field(default_factory=list, description="(source id, entity id) pairs")

    def is_empty(self) -> bool:
        return not (self.sources or self.entities or self.facts or self.mentions)


__all__ = [
    "PREDICATES",
    "REVIEW_STATES",
    "Entity",
    "EntityType",
    "Evidence",
    "Fact",
    "FactProperties",
    "GraphBatch",
    "OrgKind",
    "Predicate",
    "PredicateSpec",
    "Review",
    "Source",
    "check_partial_date",
    "noisy_or",
    "slugify",
]
