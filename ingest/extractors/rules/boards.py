"""Board titles next to a name: "X, an independent director, ...", "the chair, X", "Chair X",
"la présidente du conseil, X", "le sixième administrateur, X", "Deux administrateurs, X et Y":
the person sits on the board of the organization the sentence names as the board's ("the board of
Y", "le conseil de Y"), else of the organization in focus."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.patterns import Candidate
from aikg.ingest.extractors.rules.template import Template

P = r"⟦P\d+⟧"
ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|other|remaining|deuxième|troisième|quatrième|cinquième|"
    r"sixième|septième|autre)"
)
# a director without a qualifier must end the apposition: "director of research" is a job
DIRECTOR = (
    r"(?:(?:independent|non-executive|outside|lead independent)\s+(?:director|board member)|"
    r"board (?:member|director|observer)|director(?=\s*(?:[,.;)]|who\b|and\b|$))|"
    r"administrat(?:eur|rice)(?:\s+indépendante?)?|"
    r"membre (?:indépendant |indépendante )?du conseil(?: d'administration| de surveillance)?|"
    r"chair(?:man|woman|person)?(?: of the board)?|"
    r"présidente? du conseil(?: d'administration| de surveillance)?)"
)
DIRECTORS = (
    r"(?:(?:independent|non-executive|outside)\s+)?(?:directors|board members|administrat(?:eurs|rices)"
    r"(?:\s+indépendant(?:e)?s)?|membres du conseil(?: d'administration)?)"
)
ARTICLE = r"(?:(?:an?|the|un|une|l'|le|la|its|son|sa|their|leur)\s+)?"
AFTER_NAME = re.compile(
    rf"(?P<s>{P})\s*,\s*{ARTICLE}(?:{ORDINAL}\s+)?(?P<title>{DIRECTOR})(?!\s*(?:at|of|de|du|d'|chez|for)\b)",
    re.IGNORECASE,
)
BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?<!former )(?<!ancienne )(?<!ancien )(?<!ex-){ARTICLE}(?:{ORDINAL}\s+)?"
    rf"(?P<title>{DIRECTOR})\s*,?\s*(?P<s>{P})",
    re.IGNORECASE,
)
# "Deux administrateurs, X (Y) et Z", "Two directors, X and Y"
PLURAL = re.compile(
    rf"(?:^|[,;:]\s*)\s*(?:(?:two|three|four|deux|trois|quatre|the|les|other|autres)\s+)*{DIRECTORS}\s*,?\s*"
    rf"(?P<s>{P}(?:\s*\([^)]*\))?(?:(?:\s*,\s*|\s+(?:and|et)\s+){P}(?:\s*\([^)]*\))?)*)",
    re.IGNORECASE,
)
BOARD_OF = re.compile(
    r"(?:board|conseil(?: d'administration| de surveillance)?)\s+(?:of|de|du|d')\s*(⟦O\d+⟧)", re.IGNORECASE
)
CONFIDENCE = 0.75


def _board_org(template: Template, focus: Entity | None) -> Entity | None:
    named = {index for m in BOARD_OF.finditer(template.text) for index in template.slot_ids(m.group(1))}
    if len(named) == 1:
        return template.slots[named.pop()].entity
    if named:
        return None
    return focus if focus is not None and focus.type is EntityType.ORGANIZATION else None


def board_titles(template: Template, focus: Entity | None) -> list[Candidate]:
    """BOARD_MEMBER_OF for every person a board title is apposed to."""
    if "⟦P" not in template.text:
        return []
    org = _board_org(template, focus)
    if org is None:
        return []
    out: list[Candidate] = []
    for rule, pattern in (
        ("code.board-title", AFTER_NAME),
        ("code.board-title", BEFORE_NAME),
        ("code.board-title-list", PLURAL),
    ):
        for m in pattern.finditer(template.text):
            for index in template.slot_ids(m.group("s")):
                person = template.slots[index].entity
                if person.type is EntityType.PERSON:
                    out.append(
                        Candidate(
                            person, Predicate.BOARD_MEMBER_OF, org, CONFIDENCE, template, m.end(), rule=rule
                        )
                    )
    return out
