"""From a model's answer to facts that hold up: every fact checked, grounded, or rejected with a reason.

A proposed fact is kept only if, in this order:

1. its predicate is one of the sixteen (else ``unknown predicate``) and it has a subject and an
   object (else ``malformed``);
2. its endpoint types fit the predicate, and agree with the type the answer's entity list and the
   reference data give the same name (else ``mistyped``);
3. subject and object are two entities (else ``same entity``);
4. each endpoint is named in the document: its name, one of the mentions the answer lists for
   it, or an alias the reference data knows, compared without case, accents or typographic
   variants (else ``unnamed endpoint``);
5. its date, if any, is YYYY, YYYY-MM or a real YYYY-MM-DD (else ``bad date``);
6. its quote is found in the document (``grounding.py``; else ``ungrounded``).

The evidence stored is the document's own text at the grounded offsets. The confidence depends on
how the quote was found (:data:`CONFIDENCE`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from aikg.graph.schema import (
    PREDICATES,
    Entity,
    EntityType,
    Evidence,
    Fact,
    FactProperties,
    Predicate,
    check_partial_date,
)
from aikg.ingest.extractors.base import Mention
from aikg.ingest.extractors.llm.answer import ParsedAnswer, RawFact
from aikg.ingest.extractors.llm.grounding import ground, normalize_with_map
from aikg.ingest.extractors.llm.report import Reason, Rejection

CONFIDENCE = {"exact": 0.8, "normalized": 0.75, "fuzzy": 0.6}
"""Confidence of an LLM fact by how its quote was grounded."""
EXTRACTOR_NAME = "llm"


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Lower case, accents removed, typographic quotes and dashes plain, whitespace runs as one
    space; with the original index of every character of the result (grounding's normal form,
    then folded)."""
    plain, origin = normalize_with_map(text)
    out: list[str] = []
    where: list[int] = []
    for char, index in zip(plain, origin, strict=True):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for low in part.casefold():
                out.append(low)
                where.append(index)
    return "".join(out), where


def fold(text: str) -> str:
    return fold_with_map(text)[0].strip()


class FoldedText:
    """A document prepared for name look-ups: where does a name occur, as a whole word sequence?"""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = fold_with_map(text)

    def find(self, surface: str) -> tuple[int, int] | None:
        """Original offsets of the first occurrence of ``surface`` (at least 2 characters)."""
        wanted = fold(surface)
        if len(wanted) < 2:
            return None
        pattern = r"(?<!\w)" + re.escape(wanted) + r"(?!\w)"
        match = re.search(pattern, self.folded)
        if match is None:
            return None
        return self.where[match.start()], self.where[match.end() - 1] + 1


class KnownNames:
    """Names and aliases of the reference data: which types a name has, and its other names."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.types: dict[str, set[EntityType]] = {}
        self.surfaces: dict[tuple[EntityType, str], list[str]] = {}
        for entity in entities:
            names = [entity.name, *entity.aliases]
            for name in names:
                self.types.setdefault(fold(name), set()).add(entity.type)
                self.surfaces.setdefault((entity.type, fold(name)), []).extend(names)

    def types_of(self, name: str) -> set[EntityType]:
        return self.types.get(fold(name), set())

    def other_names(self, name: str, kind: EntityType) -> list[str]:
        return self.surfaces.get((kind, fold(name)), [])


@dataclass
class Provenance:
    source_id: str
    document: str
    model: str
    prompt_version: str


@dataclass
class Kept:
    """What survives of one chunk's answer."""

    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


class _Listed:
    """The answer's entity list by folded name and mention: canonical name, type, mentions."""

    def __init__(self, answer: ParsedAnswer) -> None:
        self.by_surface: dict[str, tuple[str, str, list[str]]] = {}
        for entity in answer.entities:
            record = (entity.name, entity.type, [entity.name, *entity.mentions])
            self.by_surface.setdefault(fold(entity.name), record)
        for entity in answer.entities:
            record = (entity.name, entity.type, [entity.name, *entity.mentions])
            for mention in entity.mentions:
                self.by_surface.setdefault(fold(mention), record)

    def get(self, name: str) -> tuple[str, str, list[str]] | None:
        return self.by_surface.get(fold(name))


def _entity_type(value: str) -> EntityType | None:
    try:
        return EntityType(value.strip().capitalize() if value.strip().islower() else value.strip())
    except ValueError:
        return None


class _Rejected(Exception):
    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def check_answer(
    answer: ParsedAnswer,
    text: FoldedText,
    window: tuple[int, int] | None,
    known: KnownNames,
    provenance: Provenance,
) -> tuple[Kept, list[Rejection]]:
    """The kept facts, entities and mentions of one chunk's answer, and the rejected facts."""
    kept = Kept()
    rejections = [
        Rejection(provenance.document, Reason.MALFORMED, item) for item in answer.malformed if "facts" in item
    ]
    listed = _Listed(answer)
    for raw in answer.facts:
        try:
            fact, endpoints = _check_fact(raw, text, window, known, listed, provenance)
        except _Rejected as exc:
            rejections.append(
                Rejection(
                    provenance.document,
                    exc.reason,
                    exc.detail,
                    raw.subject,
                    raw.predicate,
                    raw.object,
                    raw.quote,
                )
            )
            continue
        kept.facts.append(fact)
        for entity, surfaces in endpoints:
            _keep_entity(kept, entity, surfaces, text)
    for listed_entity in answer.entities:
        kind = _entity_type(listed_entity.type)
        if kind is None or listed_entity.name.strip() == "":
            continue
        try:
            canonical = Entity(type=kind, name=listed_entity.name)
        except ValueError:
            continue
        surfaces = [listed_entity.name, *listed_entity.mentions, *known.other_names(listed_entity.name, kind)]
        if any(text.find(s) for s in surfaces):
            _keep_entity(kept, canonical, surfaces, text)
    return kept, rejections


def _keep_entity(kept: Kept, entity: Entity, surfaces: list[str], text: FoldedText) -> None:
    if entity.id in kept.entities:
        return
    kept.entities[entity.id] = entity
    for surface in dict.fromkeys(surfaces):
        span = text.find(surface)
        if span is not None:
            start, end = span
            kept.mentions.append(
                Mention(entity_id=entity.id, start=start, end=end, text=text.text[start:end])
            )
            return


def _check_fact(
    raw: RawFact,
    text: FoldedText,
    window: tuple[int, int] | None,
    known: KnownNames,
    listed: _Listed,
    provenance: Provenance,
) -> tuple[Fact, list[tuple[Entity, list[str]]]]:
    try:
        predicate = Predicate(raw.predicate.strip().upper())
    except ValueError:
        raise _Rejected(
            Reason.UNKNOWN_PREDICATE, f"{raw.predicate!r} is not one of the 16 predicates"
        ) from None
    if not raw.subject.strip() or not raw.object.strip():
        raise _Rejected(Reason.MALFORMED, "the fact has no subject or no object")
    spec = PREDICATES[predicate]
    endpoints = []
    for role, name, declared, allowed in (
        ("subject", raw.subject, raw.subject_type, spec.subjects),
        ("object", raw.object, raw.object_type, spec.objects),
    ):
        endpoints.append(_endpoint(role, name, declared, allowed, predicate, known, listed))
    (subject, subject_names), (obj, object_names) = endpoints
    if subject.id == obj.id:
        raise _Rejected(Reason.SAME_ENTITY, f"subject and object are both {subject.id}")
    for role, entity, surfaces in (("subject", subject, subject_names), ("object", obj, object_names)):
        if not any(text.find(s) for s in surfaces):
            raise _Rejected(Reason.UNNAMED_ENDPOINT, f"the {role} {entity.name!r} is not named in the text")
    properties = raw.properties()
    if "date" in properties:
        try:
            check_partial_date(properties["date"])
        except ValueError:
            raise _Rejected(
                Reason.BAD_DATE, f"date {properties['date']!r} is not YYYY, YYYY-MM or a real YYYY-MM-DD"
            ) from None
    if not raw.quote.strip():
        raise _Rejected(Reason.UNGROUNDED, "the fact has no quote")
    grounding = ground(raw.quote, text.text, window)
    if grounding is None:
        raise _Rejected(Reason.UNGROUNDED, "the quote is not in the text")
    quote = text.text[grounding.start : grounding.end]
    try:
        fact = Fact(
            subject=subject.id,
            predicate=predicate,
            object=obj.id,
            properties=FactProperties(**properties),
            evidence=[
                Evidence(
                    source_id=provenance.source_id, quote=quote, start=grounding.start, end=grounding.end
                )
            ],
            confidence=CONFIDENCE[grounding.method],
            extractors=[EXTRACTOR_NAME],
            llm_model=provenance.model,
            prompt_version=provenance.prompt_version,
        )
    except ValueError as exc:
        raise _Rejected(Reason.MALFORMED, " ".join(str(exc).split())[:160]) from None
    return fact, [(subject, subject_names), (obj, object_names)]


def _endpoint(
    role: str,
    name: str,
    declared: str,
    allowed: frozenset[EntityType],
    predicate: Predicate,
    known: KnownNames,
    listed: _Listed,
) -> tuple[Entity, list[str]]:
    """The entity an endpoint names, with the surfaces it may appear as; type checks on the way."""
    entry = listed.get(name)
    canonical = entry[0] if entry else name.strip()
    listed_type = _entity_type(entry[1]) if entry else None
    kind = _entity_type(declared) if declared.strip() else listed_type
    allowed_names = " or ".join(sorted(t.value for t in allowed))
    if kind is None:
        raise _Rejected(Reason.MISTYPED, f"the {role} {name!r} has no entity type ({declared!r})")
    if kind not in allowed:
        raise _Rejected(
            Reason.MISTYPED, f"the {role} of {predicate.value} must be {allowed_names}, not {kind.value}"
        )
    if listed_type is not None and listed_type is not kind:
        raise _Rejected(
            Reason.MISTYPED,
            f"the {role} {name!r} is a {kind.value} here but a {listed_type.value} in the entity list",
        )
    reference_types = known.types_of(canonical) or known.types_of(name)
    if reference_types and kind not in reference_types:
        types = " or ".join(sorted(t.value for t in reference_types))
        raise _Rejected(
            Reason.MISTYPED,
            f"the {role} {canonical!r} is a {types} in the reference data, not a {kind.value}",
        )
    try:
        entity = Entity(type=kind, name=canonical)
    except ValueError:
        raise _Rejected(Reason.MALFORMED, f"the {role} {name!r} is not a usable name") from None
    surfaces = [canonical, name, *(entry[2] if entry else []), *known.other_names(canonical, kind)]
    return entity, list(dict.fromkeys(s for s in surfaces if s.strip()))


__all__ = [
    "CONFIDENCE",
    "EXTRACTOR_NAME",
    "FoldedText",
    "Kept",
    "KnownNames",
    "Provenance",
    "check_answer",
    "fold",
]
