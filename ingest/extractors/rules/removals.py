"""Board votes to remove someone: VOTED_TO_REMOVE for the directors who backed the motion.

News tells such a vote in two steps: a sentence says the board removed a person ("the board of X
voted to remove Y as chief executive", "Y was ousted by the board", "le conseil de X a voté la
révocation de Y", "Il a été démis de ses fonctions par le conseil"), then the same or one of the next
two sentences names who backed it ("A and B backed the motion", "The motion was brought by A and
backed by B", "Ont voté pour la révocation A et B", "A et B se sont prononcés pour sa révocation").
A clause that says "voted against", "abstained", "contre", "s'est abstenu" names no supporter, and a
hedged, denied or failed removal ("may vote to remove", "failed to oust") starts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.patterns import MODAL, NEGATED, RUMOURED, Candidate
from aikg.ingest.extractors.rules.template import Template

RULE = "code.voted-to-remove"
CONFIDENCE = 0.8
WINDOW = 2  # sentences after the removal in which its supporters may be named

P = r"⟦P\d+⟧"
BOARD = r"(?:board|directors|conseil(?: d'administration| de surveillance)?|administrateurs)"
TITLE_WORDS = (
    r"(?:(?:its|the|their|his|her|son|sa|leur|co-?founder and|cofondateur et)\s+)?(?:[\w-]+,?\s+){0,4}?,?\s*"
)
REMOVE_EN = r"(?:remove|oust|fire|dismiss|sack|depose)"
REMOVED_EN = r"(?:removed|ousted|fired|dismissed|sacked|deposed|forced out)"
REMOVAL_FR = r"(?:la révocation|le limogeage|l'éviction|le renvoi|la destitution|le départ forcé)"
REMOVED_FR = r"(?:révoquée?|limogée?|évincée?|destituée?|démise? de ses fonctions|remerciée?)"
# the board acts, the removed person follows: "voted 3-2 to remove Y", "a voté la révocation de son PDG, Y"
BOARD_ACTS = re.compile(
    rf"\b{BOARD}\b[^.;]{{0,200}}?\b(?:"
    rf"(?:voted|decided|moved)\b(?P<gap>[^⟦.;]{{0,40}}?)\bto {REMOVE_EN}|{REMOVED_EN}|"
    rf"(?:a|ont|avait|avaient) (?:voté|décidé|approuvé)(?:\s+[\w-]+){{0,2}}?\s+{REMOVAL_FR}\s+(?:de\s+|d')|"
    rf"(?:a|ont|avait|avaient) (?:révoqué|limogé|évincé|destitué|démis)|"
    # "a voté lundi pour révoquer son fondateur, Y", "a décidé de limoger Y"
    rf"(?:a|ont|avait|avaient) (?:voté|décidé)(?:\s+[\w-]+){{0,2}}?\s+(?:pour|de|d')\s*"
    rf"(?:révoquer|limoger|évincer|destituer)"
    rf")\s*{TITLE_WORDS}(?P<p>{P})",
    re.IGNORECASE,
)
# the removed person first: "Y was ousted by the board", "Y a été démis de ses fonctions par le conseil"
PERSON_REMOVED = re.compile(
    rf"(?:(?P<p>{P})|^\s*(?P<pronoun>He|She|Il|Elle)\b)[^.;⟦]{{0,80}}?\b"
    rf"(?:(?:was|has been|had been|were)\s+{REMOVED_EN}|(?:a|avait) été\s+{REMOVED_FR})\b"
    rf"[^.;]{{0,60}}?\b(?:by|par)\s+(?:the|its|his|her|le|son|leur)\s+(?:[\w-]+\s+){{0,2}}?{BOARD}\b",
    re.IGNORECASE,
)
AGAINST_IN_GAP = re.compile(r"\b(?:against|not|reject\w*|down)\b", re.IGNORECASE)
BOARD_OF = re.compile(
    r"(?:board|conseil(?: d'administration| de surveillance)?)\s+(?:of|de|du|d')\s*(⟦O\d+⟧)", re.IGNORECASE
)
# who backed it: "backed the motion", "voted for", "brought by", "ont voté pour", "se sont prononcés pour"
SUPPORT = re.compile(
    r"\b(?:backed|supported|voted (?:for|in favou?r)|(?:brought|proposed|tabled|put forward) by|"
    r"sided with (?:the )?majority|"
    r"(?:ont|a) voté (?:pour|en faveur)|voté pour la|se sont prononcée?s (?:pour|en faveur)|"
    r"s'est prononcée? (?:pour|en faveur)|(?:ont|a) soutenu|portée par|présentée par|déposée par)\b",
    re.IGNORECASE,
)
AGAINST = re.compile(
    r"\b(?:against|abstain\w*|opposed|dissent\w*|contre|abstenue?s?|s'est abstenue?|opposée?s?)\b",
    re.IGNORECASE,
)
# a clause of its own: supporters and opponents are often told in one sentence
CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but|mais|tandis que|alors que)\s+", re.IGNORECASE)
# a list of supporters opening the sentence, its items set off by semicolons: "Voting for his removal
# were the chair, A, a partner at X; B; and C", "Ont voté pour : A ; B ; et C"
LISTED_SUPPORT = re.compile(
    r"^\s*(?:(?:Voting|Those (?:who )?vot(?:ed|ing)) (?:for|in favou?r of)\b[^⟦.;]{0,40}?\b(?:were|was)\b|"
    r"(?:In favou?r|For the motion) (?:were|was)\b|"
    r"(?:Ont|A) voté (?:pour|en faveur)\b[^⟦.;]{0,40}?:|(?:Pour|En faveur de) (?:la|sa) révocation\s*:)",
    re.IGNORECASE,
)
# a director who voted against or abstained sat on the board all the same
VOTED_AGAINST = re.compile(
    r"\b(?:voted against|abstained|(?:ont|a) voté contre|se sont abstenue?s|s'est abstenue?)\b", re.IGNORECASE
)
BOARD_RULE = "code.board-voter"


@dataclass
class Removal:
    person: Entity
    organization: Entity | None
    age: int = 0


def _blocked(text: str) -> bool:
    return bool(NEGATED.search(text) or MODAL.search(text) or RUMOURED.search(text))


def removal_in(template: Template, focus: Entity | None, person: Entity | None) -> Removal | None:
    """The removal this sentence tells, if it tells one that is not hedged, denied or failed."""
    text = template.text
    m = BOARD_ACTS.search(text)
    index: int | None = None
    end = 0
    if m and not AGAINST_IN_GAP.search(m.group("gap") or ""):
        index, end = template.slot_ids(m.group("p"))[0], m.end()
    elif (m := PERSON_REMOVED.search(text)) is not None:
        end = m.end()
        if m.group("p"):
            index = template.slot_ids(m.group("p"))[0]
    if m is None or _blocked(text[:end]):
        return None
    removed = template.slots[index].entity if index is not None else person
    if removed is None or removed.type is not EntityType.PERSON:
        return None
    named = {i for b in BOARD_OF.finditer(text) for i in template.slot_ids(b.group(1))}
    org = template.slots[named.pop()].entity if len(named) == 1 else None
    if org is None and focus is not None and focus.type is EntityType.ORGANIZATION:
        org = focus
    return Removal(removed, org)


def supporters(template: Template, removal: Removal) -> list[Entity]:
    """The persons a clause of this sentence says backed the removal."""
    out: list[Entity] = []
    text = template.text
    breaks = list(CLAUSE_BREAK.finditer(text))
    if LISTED_SUPPORT.match(text):  # the semicolons separate the supporters, not clauses
        breaks = [b for b in breaks if b.group().strip() != ";"]
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        clause = text[start:end]
        listed = start == 0 and LISTED_SUPPORT.match(clause) is not None
        if not (listed or SUPPORT.search(clause)) or AGAINST.search(clause) or _blocked(clause):
            continue
        for index in template.slot_ids(clause):
            entity = template.slots[index].entity
            if entity.type is EntityType.PERSON and entity.id != removal.person.id and entity not in out:
                out.append(entity)
    return out


class RemovalTracker:
    """Follows the last removal an article told, for the sentences that name its supporters."""

    def __init__(self) -> None:
        self.removal: Removal | None = None

    def step(self, template: Template, focus: Entity | None, person: Entity | None) -> list[Candidate]:
        found = removal_in(template, focus, person)
        if found is not None:
            self.removal = found
        elif self.removal is not None:
            self.removal.age += 1
            if self.removal.age > WINDOW:
                self.removal = None
        if self.removal is None:
            return []
        removal = self.removal
        props = {"organization": removal.organization.name} if removal.organization is not None else {}
        voters = supporters(template, removal)
        return self._seats(template, removal, voters) + [
            Candidate(
                voter,
                Predicate.VOTED_TO_REMOVE,
                removal.person,
                CONFIDENCE,
                template,
                0,
                props=dict(props),
                default_date=True,
                rule=RULE,
            )
            for voter in voters
        ]

    @staticmethod
    def _seats(template: Template, removal: Removal, voters: list[Entity]) -> list[Candidate]:
        """Who voted on the removal, for or against, sits on the board that voted."""
        org = removal.organization
        if org is None:
            return []
        against = [
            template.slots[i].entity
            for clause in re.split(r"[;.]", template.text)
            if VOTED_AGAINST.search(clause) and not (MODAL.search(clause) or RUMOURED.search(clause))
            for i in template.slot_ids(clause)
        ]
        seated = {e.id: e for e in (*voters, *against) if e.type is EntityType.PERSON}
        return [
            Candidate(person, Predicate.BOARD_MEMBER_OF, org, CONFIDENCE, template, 0, rule=BOARD_RULE)
            for person in seated.values()
        ]
