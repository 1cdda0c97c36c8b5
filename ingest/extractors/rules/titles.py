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
# "son cofondateur et directeur général", "son président-fondateur": a second title joined to the first
SECOND_TITLE = (
    r"(?P<second>(?:\s+(?:et|and)\s+|-)(?:CEO|chief executive|PDG|directeur général|directrice générale|CTO|"
    r"chief [a-z]+ officer|chief scientist|directeur scientifique|directrice scientifique|"
    r"directeur technique|directrice technique|president|président|présidente|chairman|chair|"
    r"co-founder|cofounder|founder|cofondateur|cofondatrice|fondateur|fondatrice))?"
)
COMPANY_TITLE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|et|while|tandis que|said|a dit|selon|by|par)\s+)"
    r"(?:(?:le|la|the|its|son|sa|fellow|another)\s+)?"
    rf"(?:new\s+|nouveau\s+|nouvelle\s+|interim\s+)?{TITLE}{SECOND_TITLE}\s*,?\s+⟦P(?P<slot>\d+)⟧",
    re.IGNORECASE,
)
# "X, the chief technology officer, was named ...", "Y devient lui-même directeur général"
APPOSED_TITLE = re.compile(
    r"⟦P(?P<slot>\d+)⟧\s*(?:,\s*(?:(?:the|its|le|la|l'|son|sa|their|leur)\s+|(?:now|désormais)\s+)|"
    r"\s+(?:devient|deviendra|becomes|became|est devenue?|was named|a été nommée?|is now|est désormais)"
    r"(?:\s+(?:lui-même|elle-même|aussi|also))?\s+(?:the |its |le |la |l')?)"
    rf"(?:new\s+|nouveau\s+|nouvelle\s+|interim\s+|current\s+|actuel\s+|actuelle\s+)?{TITLE}"
    r"(?!\s*(?:of|at|de|d'|du|chez|for|in)\b)",
    re.IGNORECASE,
)
# "its co-founders A and B", "ses deux fondateurs, A et B", "a lab whose founders, A and B,"
FOUNDERS = re.compile(
    r"\b(?:its|son|ses|their|leurs|whose|dont les)\s+(?:(?:two|three|deux|trois)\s+)?"
    r"(?:co-?founders|cofounders|founders|co-?fondat(?:eurs|rices)|cofondat(?:eurs|rices)|fondat(?:eurs|rices))"
    r"\s*,?\s*(?P<list>⟦P\d+⟧(?:(?:\s*,\s*|\s+(?:and|et)\s+)⟦P\d+⟧)*)",
    re.IGNORECASE,
)
# "A and his co-founder, B", "A et son cofondateur B": both founded it
COFOUNDER_PAIR = re.compile(
    r"⟦P(?P<a>\d+)⟧\s+(?:and|et)\s+(?:his|her|their|son|sa)\s+(?:fellow\s+)?"
    r"(?:co-?founder|cofounder|co-?fondat(?:eur|rice)|cofondat(?:eur|rice))\s*,?\s*⟦P(?P<b>\d+)⟧",
    re.IGNORECASE,
)
LEADING_AND = re.compile(r"^(?:et|and)\s+")
ORG_SLOT = re.compile(r"⟦O(\d+)⟧")
POSSESSIVE = re.compile(
    r"\s*(?:(?:selon|according to|said|a dit|and|et)\s+)?(?:its|son|sa|their|leur)\s", re.IGNORECASE
)
CONFIDENCE = 0.6
FOUNDER = re.compile(r"founder|fondat", re.IGNORECASE)


def founders_lists(template: Template, focus: Entity | None) -> list[Candidate]:
    """'its co-founders A and B', 'A and his co-founder, B': each founded the organization named last
    before, else the focus."""
    out = []
    pairs = [(m, f"⟦P{m.group('a')}⟧ ⟦P{m.group('b')}⟧") for m in COFOUNDER_PAIR.finditer(template.text)]
    lists = [(m, m.group("list")) for m in FOUNDERS.finditer(template.text)]
    for m, listed in lists + pairs:
        before = ORG_SLOT.findall(template.text[: m.start()])
        org = template.slots[int(before[-1])].entity if before else focus
        if org is None or org.type is not EntityType.ORGANIZATION:
            continue
        for index in template.slot_ids(listed):
            person = template.slots[index].entity
            if person.type is EntityType.PERSON:
                out.append(
                    Candidate(
                        person,
                        Predicate.FOUNDED,
                        org,
                        CONFIDENCE,
                        template,
                        m.end(),
                        rule="code.founders-list",
                    )
                )
    return out


# the title names a job that ends in the same phrase: "the removal of its chief executive, A", "la
# révocation de son fondateur et directeur général, A", "A, the president who quit last week"
ENDED_BEFORE = re.compile(
    r"\b(?:révocation|éviction|limogeage|licenciement|départ|démission|remplacement|removal|ouster|"
    r"firing|dismissal|departure|resignation|exit)\s+(?:de\s+|d'|d’|du\s+|of\s+)(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
ENDED_AFTER = re.compile(
    r"\s*,?\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+|avait\s+)?(?:just\s+|vient d['’]\s*)?"
    r"(?:quit|resigned|left|stepped down|was (?:fired|ousted|removed)|démissionné|quitté|"
    r"été (?:limogée?|évincée?|révoquée?))\b",
    re.IGNORECASE,
)


def _job_ended(text: str, m: re.Match[str]) -> bool:
    """The sentence tells the titled job ending: it is no current job (WORKS_AT)."""
    return bool(ENDED_BEFORE.search(text, 0, m.start("role")) or ENDED_AFTER.match(text, m.end()))


def titled_people(
    template: Template, focus: Entity | None, possessor: Entity | None = None
) -> list[Candidate]:
    """``possessor``: what "its"/"son" opening the sentence refers to (the last sentence subject)."""
    if focus is None:
        return []
    others = [
        template.positions[i][0]
        for i, s in enumerate(template.slots)
        if s.type is EntityType.ORGANIZATION and s.entity.id != focus.id
    ]
    out = []
    for rule, pattern in (
        ("code.titled-person", COMPANY_TITLE),
        ("code.titled-person-apposed", APPOSED_TITLE),
    ):
        for m in pattern.finditer(template.text):
            # another organization named: only after "Its CEO, X" opening the sentence ("its" is the focus)
            if others and (min(others) < m.end() or m.start() > 0 or not POSSESSIVE.match(template.text, 0)):
                continue
            person = template.slots[int(m.group("slot"))].entity
            # "Its CEO, X, ..." opening the sentence: "its" is the last sentence's subject
            org = (
                possessor
                if possessor is not None and m.start() == 0 and POSSESSIVE.match(template.text)
                else focus
            )
            role = m.group("role")
            second = (m.groupdict().get("second") or "").strip(" -")
            if second:  # both titles: retarget (properties.py) splits "A and B" into one fact each
                role = role + " and " + LEADING_AND.sub("", second)
            founder = bool(FOUNDER.search(role)) and not second
            if not founder and _job_ended(template.text, m):
                continue
            out.append(
                Candidate(
                    person,
                    Predicate.FOUNDED if founder else Predicate.WORKS_AT,
                    org,
                    CONFIDENCE,
                    template,
                    m.end(),
                    role=None if founder else role,
                    rule=rule,
                )
            )
    return out
