"""A company title next to a person in a sentence naming no other organization ("chief executive Sam
Altman confirmed", "le PDG Arthur Mensch a assuré", "X, the chief technology officer, ...",
"X devient directeur général"): the person works at the organization in focus."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.patterns import Candidate
from aikg.ingest.extractors.rules.template import Template

TITLE = (
    r"(?P<role>CEO|chief executive|PDG|président-directeur général|directeur général|directrice générale|"
    r"CTO|CFO|COO|chief [a-z]+ officer|chief scientist|directeur scientifique|directrice scientifique|"
    r"directeur technique|directrice technique|directeur financier|directrice financière|president|"
    r"président|présidente|chairman|chairwoman|chair|finance chief|product head|research lead|head of [a-z]+|"
    r"co-founder|cofounder|founder|cofondateur|cofondatrice|fondateur|fondatrice)"
)
COMPANY_TITLE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|et|while|tandis que|said|a dit|selon|by|par)\s+)"
    r"(?:(?:le|la|the|its|son|sa|fellow|another)\s+)?"
    rf"(?:new\s+|nouveau\s+|nouvelle\s+|interim\s+)?{TITLE}\s*,?\s+⟦P(?P<slot>\d+)⟧",
    re.IGNORECASE,
)
# "X, the chief technology officer, was named ...", "Y devient lui-même directeur général"
APPOSED_TITLE = re.compile(
    r"⟦P(?P<slot>\d+)⟧\s*(?:,\s*(?:the|its|le|la|l'|son|sa|their|leur)\s+|"
    r"\s+(?:devient|deviendra|becomes|became|est devenue?|was named|a été nommée?|is now|est désormais)"
    r"(?:\s+(?:lui-même|elle-même|aussi|also))?\s+(?:the |its |le |la |l')?)"
    rf"(?:new\s+|nouveau\s+|nouvelle\s+|interim\s+|current\s+|actuel\s+|actuelle\s+)?{TITLE}"
    r"(?!\s*(?:of|at|de|d'|du|chez|for|in)\b)",
    re.IGNORECASE,
)
CONFIDENCE = 0.6
FOUNDER = re.compile(r"founder|fondat", re.IGNORECASE)


def titled_people(template: Template, focus: Entity | None) -> list[Candidate]:
    others = {s.entity.id for s in template.slots if s.type is EntityType.ORGANIZATION}
    if focus is None or others - {focus.id}:
        return []
    out = []
    for rule, pattern in (
        ("code.titled-person", COMPANY_TITLE),
        ("code.titled-person-apposed", APPOSED_TITLE),
    ):
        for m in pattern.finditer(template.text):
            person = template.slots[int(m.group("slot"))].entity
            role = m.group("role")
            founder = bool(FOUNDER.search(role))
            out.append(
                Candidate(
                    person,
                    Predicate.FOUNDED if founder else Predicate.WORKS_AT,
                    focus,
                    CONFIDENCE,
                    template,
                    m.end(),
                    role=None if founder else role,
                    rule=rule,
                )
            )
    return out
