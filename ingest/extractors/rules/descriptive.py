"""Unnamed models described by their owner: "its open-weight model", "son modèle open source"
become a model named "<Org> open-weight model" when the owner is clear."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.spans import Span, free

KINDS = r"(?:open[- ]weights?|open[- ]source|ouverts?|à poids ouverts?)"
DESCRIBED = re.compile(
    rf"(?P<owner>['’]s|\b(?:its|their|son|sa|ses|leur|leurs))\s+"
    rf"(?:(?:new|first|upcoming|long-awaited|nouveau|nouvel|premier|futur|prochain)\s+)?"
    rf"(?P<desc>{KINDS}\s+(?:AI\s+|language\s+)?models?|modèles?\s+(?:d['’]IA\s+)?{KINDS})",
    re.IGNORECASE,
)


def described_model(owner: Entity) -> Entity:
    return Entity(type=EntityType.MODEL, name=f"{owner.name} open-weight model", developer=owner.id)


def descriptive_spans(text: str, start: int, end: int, spans: list[Span], focus: Entity | None) -> list[Span]:
    found: list[Span] = []
    for m in DESCRIBED.finditer(text, start, end):
        before = [
            s for s in spans if s.end <= m.start() and s.type is EntityType.ORGANIZATION and s.start >= start
        ]
        if m.group("owner").startswith(("'", "’")):
            owner = before[-1].entity if before and before[-1].end == m.start() else None
        else:
            owners = {s.entity.id: s.entity for s in before}
            owner = next(iter(owners.values())) if len(owners) == 1 else (None if owners else focus)
        if owner is not None and free(spans + found, m.start("desc"), m.end("desc")):
            found.append(Span(m.start("desc"), m.end("desc"), described_model(owner), "described"))
    return found
