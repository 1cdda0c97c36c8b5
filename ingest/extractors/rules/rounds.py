"""Which organization a funding round is about: the one that raised it ("X has raised $42 million",
"X's $48 million Series B", "le tour de table de X", "Elle a levé ..."). Investment rules whose
object the sentence leaves out ("Y led the round", "with participation from Z") take this
organization rather than the one the article is mostly about."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.template import Template

O = r"⟦O\d+⟧"  # noqa: E741
RAISE_VERB = (
    r"(?:has |have |had |just )?(?:raised|raises|is raising|secured|secures|closed|closes|landed|lands|"
    r"(?:a |avait |ont |avaient |vient de |venait de |va )?(?:levé|lever|lève|lèvent|levait)|"
    r"(?:a |avait |vient de |venait de )?(?:bouclé|boucler|boucle|finalisé|finaliser|finalise)|"
    r"(?:a |avait )?(?:annoncé|annonce) (?:une |sa )?levée)"
)
ROUND_WORD = re.compile(
    r"\b(?:round|raised?|raises|raising|funding|financing|Series [A-H]|seed|tour de table|levée|lève|levé|"
    r"série [A-H]|financement|amorçage)\b"
)
# "X's $48 million Series B", "le tour de table de X", "a round for X", "an investment in X"
OWN_ROUND = re.compile(
    rf"({O})'s\s+(?:[\w$€£.,-]+\s+){{0,4}}?(?:Series [A-H]|seed|funding|financing|round|raise)\b|"
    rf"(?:tour de table|levée de fonds|round|investment|funding round|financement)\s+"
    rf"(?:de\s+|d'|du\s+|in\s+|for\s+|dans\s+)({O})|"
    # "Y, whose seed round X led", "Y, dont il avait mené le tour d'amorçage": the relative's antecedent
    rf"({O})\s*,\s*(?:whose|dont)\s+[^⟦.;]{{0,40}}?\b(?:round|Series [A-H]|seed|tour|série [A-H]|levée)\b"
)
# "X, a start-up that ..., has raised": the organization, then the verb with no other name between
RAISER = re.compile(rf"({O})[^⟦.;]{{0,160}}?\b{RAISE_VERB}\b")
PRONOUN_RAISER = re.compile(rf"^\s*(?:[\w ,]{{0,30}},\s*)?(?:it|It|elle|Elle)\s+{RAISE_VERB}\b")
# the first organization of a sentence about a round is who raised it, unless it led or joined it
FIRST_ORG = re.compile(
    rf"^(?![^⟦]*\b(?:by|par|from|auprès|with|avec|alongside|among|parmi)\b)[^⟦]{{0,25}}?({O})(?!'s)"
    rf"(?!\s*(?:,|and|et)\s*⟦)"
)
INVESTOR_VERB = re.compile(
    r"[^⟦.;]{0,40}?\b(?:led|co-led|leads|invest\w*|participat\w*|took part|takes part|joined|backed|"
    r"put|wrote|mène|a mené|menait|codirige|a investi|investit|participe|a participé|a rejoint|"
    r"accompagne|avait investi|"
    # "X is the largest shareholder of Y", "X est le premier actionnaire de Y": X holds, Y raised
    r"shareholders?|investors?|backers?|actionnaires?|investisseurs?)\b"
)


def raiser_in(template: Template, focus: Entity | None) -> Entity | None:
    """The organization this sentence says raised money, if it says so."""
    text = template.text
    if not ROUND_WORD.search(text):
        return None
    index: int | None = None
    own = OWN_ROUND.search(text)
    raised = RAISER.search(text)
    first = FIRST_ORG.match(text)
    if own:
        index = template.slot_ids(own.group(1) or own.group(2) or own.group(3))[0]
    elif raised:
        index = template.slot_ids(raised.group(1))[0]
    elif PRONOUN_RAISER.match(text):
        return focus if focus is not None and focus.type is EntityType.ORGANIZATION else None
    elif first and not INVESTOR_VERB.match(text, first.end()):
        index = template.slot_ids(first.group(1))[0]
    if index is None:
        return None
    entity = template.slots[index].entity
    return entity if entity.type is EntityType.ORGANIZATION else None
