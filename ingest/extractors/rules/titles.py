"""A company title right before a person ("chief executive Sam Altman confirmed", "le PDG Arthur
Mensch a assuré") in a sentence naming no organization: the person works at the organization in focus."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.patterns import Candidate
from aikg.ingest.extractors.rules.template import Template

COMPANY_TITLE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|et|while|tandis que|said|a dit|selon)\s+)(?:(?:le|la|the|its|son|sa)\s+)?"
    r"(?P<role>CEO|chief executive|PDG|président-directeur général|directeur général|directrice générale|"
    r"CTO|CFO|COO|chief [a-z]+ officer|chief scientist|directeur scientifique|directrice scientifique)"
    r"\s+⟦P(?P<slot>\d+)⟧",
    re.IGNORECASE,
)
CONFIDENCE = 0.6


def titled_people(template: Template, focus: Entity | None) -> list[Candidate]:
    if focus is None or any(s.type is EntityType.ORGANIZATION for s in template.slots):
        return []
    out = []
    for m in COMPANY_TITLE.finditer(template.text):
        person = template.slots[int(m.group("slot"))].entity
        out.append(
            Candidate(
                person,
                Predicate.WORKS_AT,
                focus,
                CONFIDENCE,
                template,
                m.end(),
                role=m.group("role"),
                rule="code.titled-person",
            )
        )
    return out
