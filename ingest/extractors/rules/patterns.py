"""Rule machinery over templates: structural rules (appositions, possessives) and trigger rules
(a verb or noun, its subject to the left and its object to the right, or the reverse in passives)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from aikg.graph.schema import PREDICATES, Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.lemmas import LemmaMatch, Lemmas
from aikg.ingest.extractors.rules.prefilter import Prefilter, required_words
from aikg.ingest.extractors.rules.template import Template
from aikg.ingest.extractors.rules.vocabulary import MODALITY, NEGATION, ROLE, RUMOUR

P = r"⟦P\d+⟧"
O = r"⟦O\d+⟧"  # noqa: E741
M = r"⟦M\d+⟧"
ANY = r"⟦[POM]\d+⟧"
AND = (
    r"(?:\s*,\s*|\s+(?:and|et|&|ainsi que|as well as)\s+(?:par\s+|by\s+)?|\s*,\s*(?:and|et)\s+)"
    r"(?:d'|de\s+|du\s+|des\s+|of\s+|à\s+|to\s+|au\s+|aux\s+|à l'|with\s+|avec\s+|against\s+|contre\s+)?"
)
# what may describe a list item before its name: "du fonds britannique X", "the growth fund X"
DESCRIBED = (
    r"(?:(?:fonds|fund|groupe|group|firm|société|start-up|startup|banque|bank|family office|investisseur|"
    r"investor|business angel|angel)\s+(?:[\w-]+\s+)?)?"
)
TITLED = r"(?:(?:(?:son|sa|ses|its|his|her|their|le|la|les|the)\s+|l['’])(?:[\w-]+\s+){0,2})?"
# what may sit between two items of a list besides "and" and commas: "led by A, with participation
# from B and C", "mené par A, avec la participation de B", "A, rejoints par B"
LIST_GAP = (
    r"(?:\s*,?\s*(?:with (?:the )?participation (?:from|of)|avec la participation (?:de\s+|d')|"
    r"(?:rejoints?|rejointes?) (?:notamment )?par|joined by|including|notamment|as well as|ainsi que|"
    r"along with|aux côtés (?:de\s+|d'))\s*)"
)
# a parent investing through its fund, in a list of investors: "A, B, through its venture arm C, and D"
THROUGH_GAP = r"(?:\s*,\s*(?:through|via|by way of|par l'intermédiaire (?:de\s+|d'))\s*)"
# an apposition about a person of a list, closed by the comma before the next item: "with A, a former
# B researcher, and C", "avec A, un ancien de B, et C" (a name inside it is no list item)
APPOSED = (
    r"(?:\s*,\s*(?!(?:and|et|or|ou)\b)[^,;:.⟦()]{1,60}?(?:⟦O\d+⟧[^,;:.⟦()]{0,30}?)?"
    r"(?=\s*,\s*(?:and|et|ainsi que)\s))"
)
# "both", "tous deux": every entity of the clause before the verb is its subject
PLURAL = re.compile(
    r"\b(?:both|all (?:two|three|four|five)|"
    r"the (?:two|three|four) (?:of them|companies|firms|groups|labs|men|women)|"
    r"tou(?:s|tes) (?:deux|trois|quatre|les deux|les trois)|l'un comme l'autre)\b",
    re.IGNORECASE,
)
# "It ...", "L'an dernier, elle ...": after a short fronted phrase too
PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:[\w'’-]+(?: [\w'’-]+){0,3},\s*)(?:elle|il|it|elles|ils|they)|"
    r"Elle|Il|It|Elles|Ils|They)\b[^⟦]*$"
)
# a clause after a semicolon whose subject is a pronoun: "...; it raised $5m from A"
SEMI_PRONOUN = re.compile(r";\s*(?:it|they|elle|il|ils|elles)\b[^⟦;]*$")
PERSON_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:[\w'-]+(?: [\w'-]+){0,3},\s*)?(?:He|She|Il|Elle|he|she|il|elle|His|Her|Son|Sa|"
    # a person described rather than named: "The researcher", "Cette spécialiste"
    r"The (?:researcher|engineer|executive|scientist|entrepreneur|founder|co-founder|former \w+)|"
    r"(?:Cette|Cet) (?:spécialiste|chercheuse|ingénieure|dirigeante|experte|entrepreneuse|ancienne|ancien|"
    r"informaticienne|mathématicienne|physicienne|économiste|immunologiste|\w+logue)|"
    r"(?:Ce|Le) (?:chercheur|dirigeant|spécialiste|fondateur|cofondateur|entrepreneur)|"
    r"(?:La|L') ?(?:chercheuse|ingénieure?|dirigeante|fondatrice|cofondatrice))\b[^⟦]*$"
)
# "Both had left Google", "Tous deux ont quitté Meta": the people the previous sentence named
PEOPLE_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:Both|They|The two|The pair|Tous (?:deux|les deux)|Toutes (?:deux|les deux)|Les deux|Ils|Elles)"
    r"\b[^⟦]*$"
)


def listed(slot: str, apposed: bool = False) -> str:
    """A coordinated list of ``slot``; with ``apposed``, an item may carry an apposition (rules whose
    list is not followed by a description that would then belong to the last item only)."""
    gap = f"{APPOSED}?" if apposed else ""
    return rf"{slot}(?:{gap}{AND}{TITLED}{slot})*"


NEGATED = re.compile(NEGATION, re.IGNORECASE)
MODAL = re.compile(MODALITY)
RUMOURED = re.compile(RUMOUR, re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:at|chez|for|pour|with|avec|against|contre|by|par|than|to|à)\s+)$")
BOUNDARY = re.compile(
    r"[;:?!]|\s(?:but|mais|while|whereas|tandis|than|plutôt que)\s|"
    r"\b(?:to|and|then|before|after) (?:join|joined|move|moved|become|became|lead|run|went)\b|"
    r"\b(?:pour|et|puis|avant de|après avoir) (?:rejoindre|a rejoint|rejoint|devenir|diriger|est passée?)\b|"
    # a new reported clause: "X criticised A in interviews, and says B will ..."
    r",? (?:and|et) (?:says|said|adds|added|argues|argued|dit|ajoute|a ajouté|affirme|a affirmé)\b"
)
SUBJECT_REACH = 160
OBJECT_REACH = 110

SLOT_LETTER = re.compile(r"⟦([POM])\d")
# "the LinkedIn co-founder Reid Hoffman": the organization only qualifies a person's title
TITLE_OF_PERSON = re.compile(rf"^(?:'s)?\s+(?:{ROLE})\s*,?\s*⟦P\d+⟧", re.IGNORECASE)


Mode = Literal["active", "passive", "between", "reciprocal", "nominal"]
Match = re.Match[str] | LemmaMatch


DEFAULT_PRIOR = 0.75  # a rule's confidence when neither its file nor the calibration gives one


@dataclass
class Candidate:
    subject: Entity
    predicate: Predicate
    object: Entity
    confidence: float
    template: Template
    anchor: int
    role: str | None = None
    props: dict[str, str] = field(default_factory=dict)
    default_date: bool = False
    dated: bool = True
    rule: str = ""  # the id of the rule that produced it


@dataclass(frozen=True)
class StructuralRule:
    """A regex over the template with named groups s (subject list), o (object list), optional role."""

    id: str
    predicate: Predicate
    pattern: re.Pattern[str]
    confidence: float = DEFAULT_PRIOR
    dated: bool = False  # appositions state a role, not when it began; arrivals and deals are events
    needs: frozenset[str] = field(init=False, default=frozenset())
    words: frozenset[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        # slot letters the rule cannot match without: a cheap filter before running the regex
        object.__setattr__(self, "needs", frozenset(re.findall(r"⟦([POM])", self.pattern.pattern)))
        # and the words it cannot match without (over the lowercased text; prefilter.py)
        object.__setattr__(self, "words", required_words(self.pattern.pattern, self.pattern.flags))


@dataclass(frozen=True)
class TriggerRule:
    """A trigger (verb or noun) with its subject and object found around it (see data/README.md)."""

    id: str
    predicate: Predicate
    pattern: re.Pattern[str] | None  # None for a rule that names lemmas
    mode: Mode = "active"
    confidence: float = DEFAULT_PRIOR
    many_objects: bool = False
    focus_subject: bool = False
    focus_object: bool = False
    opening_object: bool = False  # with focus_object: the organization opening the sentence first
    focus_org: bool = False
    event: bool = False
    loose: bool = False
    reach: int = OBJECT_REACH
    role: str | None = None  # the role the trigger itself states ("left the board": board member)
    lemmas: frozenset[tuple[str, ...]] = frozenset()  # lemma phrases: ("take", "over")
    then: re.Pattern[str] | None = None  # what must follow the lemma phrase (part of the trigger)
    context: re.Pattern[str] | None = None  # what the sentence must say somewhere
    language: str = "en"
    object_is_focus: bool = False  # passive: the object is the organization in focus, never a slot
    # passive: "A and B have been granted access": the objects before, the organization in focus as subject
    subject_is_focus: bool = False
    object_first: bool = False  # nominal: "the acquisition of Y by X", "le rachat de Y par X"
    # the lowercase literal words every match starts with, or else contains (prefilter.py)
    words: frozenset[str] | None = None

    @cached_property
    def firsts(self) -> frozenset[str]:
        return frozenset(p[0] for p in self.lemmas)


_PREFILTERS: dict[int, tuple[list[StructuralRule] | list[TriggerRule], Prefilter]] = {}


def prefilter(
    rules: list[StructuralRule] | list[TriggerRule], words: list[frozenset[str] | None]
) -> Prefilter:
    """The prefilter of a rule list, built once per list (rule lists are loaded once and kept)."""
    known = _PREFILTERS.get(id(rules))
    if known is not None and known[0] is rules and len(rules) == known[1].size:
        return known[1]
    if len(_PREFILTERS) > 256:  # lists made on the fly (tests, examples): keep the cache small
        _PREFILTERS.clear()
    made = Prefilter(words)
    _PREFILTERS[id(rules)] = (rules, made)
    return made


def allowed(predicate: Predicate, side: str, kind: EntityType) -> bool:
    spec = PREDICATES[predicate]
    return kind in (spec.subjects if side == "s" else spec.objects)


def apply_structural(template: Template, rules: list[StructuralRule]) -> list[Candidate]:
    out: list[Candidate] = []
    if len(template.slots) < 2:
        return out
    letters = frozenset(m.group(1) for m in SLOT_LETTER.finditer(template.text))
    passing = prefilter(rules, [r.words for r in rules]).passing(template.text.lower())
    for index, rule in enumerate(rules):
        if not rule.needs <= letters or index not in passing:
            continue
        for m in rule.pattern.finditer(template.text):
            if rule.dated and _denied_before(template.text, m):
                continue  # an event a denial or rumour introduces: "X denies it founded Y with Z"
            groups = m.groupdict()
            # a pattern with two alternatives names the second one's lists s2 and o2
            subjects = template.slot_ids(groups.get("s") or groups.get("s2") or "")
            objects = template.slot_ids(groups.get("o") or groups.get("o2") or "")
            role = groups.get("role")
            if role and groups.get("role2"):
                role = f"{role} and {groups['role2']}"
            for s in subjects:
                for o in objects:
                    subject, obj = template.slots[s].entity, template.slots[o].entity
                    if subject.id == obj.id:
                        continue
                    if allowed(rule.predicate, "s", subject.type) and allowed(rule.predicate, "o", obj.type):
                        out.append(
                            Candidate(
                                subject,
                                rule.predicate,
                                obj,
                                rule.confidence,
                                template,
                                m.end(),
                                role=role.strip() if role else None,
                                dated=rule.dated,
                                rule=rule.id,
                            )
                        )
    return out


def _denied_before(text: str, m: re.Match[str]) -> bool:
    return bool(NEGATED.search(text, 0, m.start()) or RUMOURED.search(text, 0, m.end()))


def _is_prepositional(template: Template, index: int) -> bool:
    start = template.positions[index][0]
    return bool(PREPOSITION_BEFORE.search(template.text[max(0, start - 12) : start]))


def _possessive_head(template: Template, index: int, predicate: Predicate, side: str) -> int | None:
    """'xAI's Grok' as an object means Grok when Grok's type fits, and never xAI."""
    end = template.positions[index][1]
    nxt = index + 1
    if nxt < len(template.slots):
        gap = template.text[end : template.positions[nxt][0]]
        if re.match(r"^'s\s+(?:(?!(?:to|of|for|from|with|in|on|at|à|de)\s)[\w-]+\s+){0,3}$", gap):
            if predicate is Predicate.DEVELOPED:
                return None  # "OpenAI's o1" was developed by OpenAI, not by this sentence's subject
            if allowed(predicate, side, template.slots[nxt].type):
                return nxt
            # "sold against Anysphere's Cursor": a rival's product stands for the rival
            return index if predicate is Predicate.COMPETES_WITH else None
    return index


def _left(
    template: Template, before: int, predicate: Predicate, side: str, skip_prepositional: bool
) -> int | None:
    for index in range(len(template.slots) - 1, -1, -1):
        end = template.positions[index][1]
        if end > before:
            continue
        between = template.text[end:before]
        if before - end > SUBJECT_REACH or BOUNDARY.search(between):
            return None
        if not allowed(predicate, side, template.slots[index].type):
            continue
        if skip_prepositional and _is_prepositional(template, index):
            continue
        if COMPOUND_AFTER.match(template.text, end):
            continue  # "the Nvidia-backed startup": Nvidia only qualifies the noun
        if KIN_OF.search(template.text, 0, template.positions[index][0]):
            continue  # "the parent company of X invested": the doer is X's parent, not X
        if SOURCE_OF.search(template.text, 0, template.positions[index][0]):
            continue  # "used the technology of X to build", "answers from X's model": X is a source
        if side == "s" and PERSON_AFFILIATION.search(template.text, 0, template.positions[index][0]):
            continue  # "Y, founded by A, a former engineer at X, competes with": X is A's past employer
        return index
    return None


# "A and research lead B", "A et la directrice financière B": a title may stand before the second name
COORDINATED_GAP = re.compile(rf"{AND}{TITLED}(?:{ROLE}\s+)?", re.IGNORECASE)
# "A, directeur technique, et B": an apposition without a name between two coordinated subjects
APPOSED_AND = re.compile(r"\s*,\s*[^,⟦;:]{1,50},\s*(?:and|et)\s+")


def _plural(template: Template, index: int, trigger_start: int, predicate: Predicate, side: str) -> list[int]:
    """'A, X's CEO, and B, its president, both founded Y': with "both" or "tous deux" between the
    subject and the verb, every allowed entity of the clause before the verb is a subject."""
    end = template.positions[index][1]
    if not PLURAL.search(template.text[end:trigger_start]):
        return []
    clause_start = max((m.end() for m in BOUNDARY.finditer(template.text[:trigger_start])), default=0)
    return [
        i
        for i, (start, _) in enumerate(template.positions)
        if clause_start <= start < trigger_start
        and allowed(predicate, side, template.slots[i].type)
        and not _is_prepositional(template, i)
    ]


def _coordinated(template: Template, index: int, predicate: Predicate, side: str) -> list[int]:
    """The subject and the slots coordinated before it: 'X and Y left'."""
    found = [index]
    while found[-1] > 0:
        prev = found[-1] - 1
        gap = template.text[template.positions[prev][1] : template.positions[found[-1]][0]]
        if not COORDINATED_GAP.fullmatch(gap) and not APPOSED_AND.fullmatch(gap):
            break
        if not allowed(predicate, side, template.slots[prev].type):
            break
        found.append(prev)
    return found


# up to three words after the apposition, or an announcing verb and three: "X, the cloud arm of Y,
# announced on Thursday the purchase of", "X, filiale de Y, a annoncé mercredi le rachat de"
APPOSITION = re.compile(
    r"⟦([POM])(\d+)⟧\s*,(?:"
    # a participle's agent described in turn: "X, créée par A, une ancienne de Y, rivalise avec ..."
    r"[^,;⟦]{1,80}⟦P\d+⟧\s*,\s*(?:un|une|a|an|the|l'|le|la|ancien|ancienne|former)\b[^,;⟦]{0,60}(?:⟦O\d+⟧)?\s*,|"
    r"[^,;]{1,120},)\s*(?:(?:has\s+|have\s+|a\s+|ont\s+)?(?:announced|announces|"
    r"confirmed|confirms|completed|completes|annoncé|annonce|confirmé|confirme|finalisé|finalise|"
    r"officialisé|officialise)\s+)?(?:[\w'-]+\s+){0,3}$"
)
# the apposition is only a person's name: "the head of ⟦O1⟧, ⟦P2⟧, said"
NAMED_APPOSITION = re.compile(r"⟦[POM]\d+⟧\s*,\s*⟦P\d+⟧\s*,\s*$")
# the trigger opens a relative clause about the slot just before it: "A, who previously led ..."
RELATIVE_SUBJECT = re.compile(
    # also after a short description: "A, an investor who once led ...", "A, une ingénieure qui ..."
    r"⟦[POM](\d+)⟧\s*,\s*(?:(?:an?|the|un|une|le|la|l')\s*(?:[\w-]+\s+){1,3}?)?(?:who|qui)\s+(?:(?:had|has|have|a|avait|ont|avaient)\s+)?(?:[\w'-]+\s+)?$"
)
REPORTED = re.compile(r"^\s+(?:que|qu'|that)\b")
RELATIVE = re.compile(r",\s*(?:who|which|whose|qui|dont)\b[^,]*,\s*(?:[\w'-]+\s+){0,3}$")


RELATIVE_IN_LIST = re.compile(r",\s*(?:who|which|qui|dont|whose)\b[^,;.]*(?=,)")
TRAILING_NAME = re.compile(r" (?-i:[A-Z][a-z]+)\b")
COMPOUND_AFTER = re.compile(r"-(?:backed|owned|led|funded|financed|controlled|founded)\b")


def _loose_right(template: Template, after: int, predicate: Predicate, side: str) -> list[int]:
    """Every allowed slot to the end of the clause; after a colon, semicolons separate the list."""
    found = []
    stop = r"[.:]" if template.text[:after].rstrip().endswith(":") else r"[;.:]"
    for index, (start, end) in enumerate(template.positions):
        if start < after:
            continue
        if re.search(stop, template.text[after:start]):
            break
        if allowed(predicate, side, template.slots[index].type) and not COMPOUND_AFTER.match(
            template.text, end
        ):
            found.append(index)
    return found


# between two items of a list: "and", commas, "with participation from", a determiner and a title or a
# description ("and investor B", "et du fonds britannique C", "the Indian group D")
# a group named before its members: "and an existing backer, B", "et des deux investisseurs historiques
# de la société, C", "and two smaller funds, D"
GROUP_OF = (
    r"(?:(?:the|a|an|two|three|four|several|other|des|les|deux|trois|quatre|plusieurs|ses|its|their|le|la|un|une)"
    r"\s+)?(?:[\w'-]+\s+){0,3}?(?:investors?|backers?|funds|shareholders?|investisseurs?|fonds|actionnaires?|"
    r"business angels|angels)(?:\s+[\w'-]+){0,4}?\s*[,:]\s*"
)
# an apposition about the item before: "B, le fonds d'amorçage de la région, ainsi que de C"
ITEM_APPOSITION = r"\s*,\s*(?:the|a|an|le|la|l'|un|une|its|son|sa|their|leur)\s*[^,⟦;:.()]{1,60}?(?=\s*,)"
LIST_ITEM_GAP = re.compile(
    rf"(?:{AND}|{LIST_GAP}|{ITEM_APPOSITION}|\s*,?\s*)+(?:{GROUP_OF})?{TITLED}(?:{ROLE}\s+)?{DESCRIBED}"
    rf"(?:[\w-]+\s*,\s*)?"
)
# a list of subjects (investors, partners) may also name a parent's fund: "A, through its arm B, and C"
SUBJECT_ITEM_GAP = re.compile(
    rf"(?:{AND}|{LIST_GAP}|{THROUGH_GAP}|{ITEM_APPOSITION}|{APPOSED}|\s*,?\s*)+(?:{GROUP_OF})?{TITLED}(?:{ROLE}\s+)?"
    rf"{DESCRIBED}(?:[\w-]+\s*,\s*)?"
)
# a list item's owner or parent in an apposition: "A, filiale de B, et C", "A, a unit of B, and C"
ITEM_OWNER = re.compile(
    r"\s*,\s*(?:(?:une?|la|le|l['’]|the|a|an)\s*)?"
    r"(?:filiale|maison mère|propriétaire|subsidiary|unit|owner|parent)"
    r"\s+(?:de\s+|d['’]|du\s+|des\s+|of\s+)(?:l['’]|la\s+|le\s+|the\s+)?",
    re.IGNORECASE,
)
# "A, B's co-founder": the organization only says who the person before is
OWNER_OF_ROLE = re.compile(rf"'s\s+(?:[\w-]+\s+)?(?:{ROLE})\b(?!\s*,?\s*⟦P)", re.IGNORECASE)


def _owner_in_apposition(template: Template, index: int) -> bool:
    """'A, B's co-founder': B follows a person's name as the owner of that person's title."""
    if index == 0 or template.slots[index - 1].type is not EntityType.PERSON:
        return False
    gap = template.text[template.positions[index - 1][1] : template.positions[index][0]]
    return bool(
        re.fullmatch(r"\s*,\s*(?:the\s+)?", gap)
        and OWNER_OF_ROLE.match(template.text, template.positions[index][1])
    )


OWNED_AFTER = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?⟦[POM]\d+⟧(?:\s+(?!(?:and|et|or|ou)\b)[a-z][\w-]*){0,2}")


def _right(
    template: Template,
    after: int,
    predicate: Predicate,
    side: str,
    many: bool,
    reach: int = OBJECT_REACH,
    by_list: bool = False,
) -> list[int]:
    """The allowed slots after ``after``: the first, and with ``many`` the list it opens; a list
    introduced by "by" / "par" (``by_list``) ends at "and with", "et avec" (another list begins)."""
    found: list[int] = []
    last_end = after
    relatives = [(r.start(), r.end()) for r in RELATIVE_IN_LIST.finditer(template.text, after)]
    for index, (start, end) in enumerate(template.positions):
        if start < after or not allowed(predicate, side, template.slots[index].type):
            continue
        if found and TRAILING_NAME.match(template.text, end):
            break  # "⟦O⟧ Route": the slot is only the start of a longer name
        if COMPOUND_AFTER.match(template.text, end) or any(a < start < b for a, b in relatives):
            continue
        between = template.text[last_end:start]
        for a, b in relatives:
            if last_end <= a and b <= start:
                between = between.replace(template.text[a:b], "")
        if (not found and start - after > reach) or start - after > OBJECT_REACH or BOUNDARY.search(between):
            break
        owner_aside = ITEM_OWNER.fullmatch(template.text, last_end, start)
        if found and owner_aside and re.match(r"\s*,", template.text[end:]):
            last_end = end  # "A, filiale de B, et C": B only says who A is
            continue
        gap = re.sub(r"\([^)]*\)", " ", between)
        if found and not (SUBJECT_ITEM_GAP if side == "s" else LIST_ITEM_GAP).fullmatch(gap):
            break
        if found and by_list and WITH_WORD.search(gap):
            break
        if TITLE_OF_PERSON.match(template.text[end:]):
            last_end = end
            continue
        if predicate is Predicate.DEVELOPED and (
            SOURCE_AFTER.match(template.text, end) or SOURCE_OF.search(template.text, 0, start)
        ):
            last_end = end
            continue  # "trained its model on X's outputs": X was used, not built
        if _owner_in_apposition(template, index):
            last_end = end
            continue
        head = _possessive_head(template, index, predicate, side)
        if head is None:
            last_end = end
            continue
        found.append(head)
        last_end = template.positions[head][1]
        owned = OWNED_AFTER.match(template.text, last_end)
        if head == index and owned:
            last_end = owned.end()  # "against Anysphere's Cursor and against GitHub": the list goes on
        if not many:
            break
    return found


def blocked(template: Template, start: int, end: int) -> bool:
    """Negated, rumoured or only planned: the clause from the subject to the trigger says so."""
    window = template.text[start:end]
    clause = window[window.rfind(",", 0, max(0, len(window) - 12)) + 1 :]
    clause = ANNOUNCED_FUTURE.sub(" ", clause)  # "X said on Monday it would buy Y": an announced deal
    return bool(NEGATED.search(window) or MODAL.search(clause) or RUMOURED.search(template.text[:end]))


ANNOUNCED_FUTURE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms)(?: on \w+| in \w+| this week| today)?"
    r"(?: that)? (?:it|they|he|she) would\b"
)


def apply_triggers(
    template: Template,
    rules: list[TriggerRule],
    focus: Entity | None,
    person: Entity | None = None,
    people: list[Entity] | None = None,
    previous: str = "",
    raiser: Entity | None = None,
    raised_lately: bool = False,
) -> list[Candidate]:
    """Fire the trigger rules; ``focus`` is the organization in focus, ``person`` the one person the
    previous sentence named (what a sentence-initial "he", "elle" refers to), ``people`` the persons
    it named (what "both", "tous deux" refer to), ``previous`` that sentence's text (where a rule's
    context may also be found: "Backers pledged $1bn. Among them are ..."), ``raiser`` the organization
    the last funding round was about (the object an investment rule leaves out), ``raised_lately``
    whether that round was told in this sentence or one of the last three."""
    out: list[Candidate] = []
    if not template.slots:
        return out
    ctx = _Context(focus, person, people or [], raiser, raised_lately)
    words: dict[str, Lemmas] = {}
    passing = prefilter(rules, [r.words for r in rules]).passing(template.text.lower())
    for index, rule in enumerate(rules):
        if index not in passing:
            continue
        if rule.context is not None and not (
            rule.context.search(template.sentence.text) or rule.context.search(previous)
        ):
            continue
        for m in _matches(template, rule, words):
            out += _fire(template, rule, m, ctx)
    return out


def _matches(template: Template, rule: TriggerRule, words: dict[str, Lemmas]) -> Iterator[Match]:
    """The trigger's matches: its regex, or its lemma phrases followed by what ``then`` asks for."""
    if rule.pattern is not None:
        for found in rule.pattern.finditer(template.text):
            # "it was bought by X": a participle in the passive voice is no active verb
            if rule.mode != "active" or not _passive_participle(template.text, found.start(), found.end()):
                yield found
        return
    if rule.language not in words:
        words[rule.language] = Lemmas(template.text, rule.language)
    for start, end in words[rule.language].find(rule.lemmas, rule.firsts):
        if rule.mode == "active" and _passive_participle(template.text, start, end):
            continue  # "X a été rachetée par Y": Y did it; the passive rules read that
        groups: dict[str, str | None] = {}
        if rule.then is not None:
            after = rule.then.match(template.text, end)
            if after is None:
                continue
            end, groups = after.end(), after.groupdict()
        yield LemmaMatch(start, end, groups)


# a participle in the passive voice: an auxiliary before it ("a été", "est", "was", "been"), its
# agent after it ("par", "by")
PASSIVE_BEFORE = re.compile(
    r"\b(?:été|est|sont|était|étaient|sera|seront|serait|is|are|was|were|been|being|be)\s+"
    r"(?:(?:déjà|aussi|également|finalement|officiellement|already|also|finally|officially)\s+)?$",
    re.IGNORECASE,
)
PASSIVE_AGENT = re.compile(r"(?:e?s?)?\s+(?:par|by)\b", re.IGNORECASE)


def _passive_participle(text: str, start: int, end: int) -> bool:
    """The lemma phrase is a participle in the passive voice: its subject is its object."""
    auxiliary = PASSIVE_BEFORE.search(text, max(0, start - 40), start)
    return auxiliary is not None and PASSIVE_AGENT.match(text, end) is not None


def _pronoun_subjects(
    template: Template, m: Match, pred: Predicate, person: Entity | None, people: list[Entity]
) -> list[Entity]:
    before = template.text[: m.start()]
    if len(people) >= 2 and PEOPLE_PRONOUN_SUBJECT.match(before):
        return [p for p in people if allowed(pred, "s", p.type)]
    if person is not None and allowed(pred, "s", person.type) and PERSON_PRONOUN_SUBJECT.match(before):
        return [person]
    return []


@dataclass
class _Context:
    """What a trigger sees besides its sentence: the organization in focus, the one person and the
    persons the previous sentence named."""

    focus: Entity | None
    person: Entity | None
    people: list[Entity]
    raiser: Entity | None = None  # the organization the last funding round was about (rounds.py)
    raised_lately: bool = False  # that round was told in this sentence or one of the last three

    def target(self, predicate: Predicate) -> Entity | None:
        """The organization in focus as an object; for an investment, the one that raised the round,
        and for a board seat told right after a round ("X, a partner at Y, joins the board"), too."""
        if predicate is Predicate.INVESTED_IN and self.raiser is not None:
            return self.raiser
        if predicate is Predicate.BOARD_MEMBER_OF and self.raised_lately and self.raiser is not None:
            return self.raiser
        return self.focus


Pairs = list[tuple[Entity, Entity]]

# "its", "their", "son", "sa": a possessive in or just before the trigger
POSSESSIVE = re.compile(r"\b(?:its|their|son|sa|ses|leur|leurs)\b", re.IGNORECASE)
# the organization a sentence opens on, followed by its verb: "⟦O0⟧ sells ...", "⟦O0⟧ a lancé ..."
OPENING_SUBJECT = re.compile(r"^\s*(?:[A-Z][\w .,'-]{0,40}\s[—–-]\s*)?⟦O(\d+)⟧\s+(?!and\b|et\b)[a-zà-ÿ]")


def _clause_owner(template: Template, m: Match, predicate: Predicate, side: str) -> Entity | None:
    """'X sells ...; its customers include A': "its" is the organization the sentence opens on, not
    the one the article is about; None when the sentence opens on no organization or the trigger has
    no possessive."""
    before = template.text[max(0, m.start() - 12) : m.start()]
    if not (POSSESSIVE.search(template.text[m.start() : m.end()]) or POSSESSIVE.search(before)):
        return None
    opening = OPENING_SUBJECT.match(template.text)
    if opening is None or template.positions[int(opening.group(1))][1] >= m.start():
        return None
    entity = template.slots[int(opening.group(1))].entity
    return entity if allowed(predicate, side, entity.type) else None


def _subject_of_other_type(template: Template, m: Match, predicate: Predicate) -> bool:
    """'⟦M1⟧ competes with A': the verb's own subject is there, of a type the predicate does not take,
    so the organization in focus is not its subject either."""
    for index in range(len(template.slots) - 1, -1, -1):
        end = template.positions[index][1]
        if end > m.start():
            continue
        gap = template.text[end : m.start()]
        return bool(re.fullmatch(r"\s+(?:[a-z-]+\s+){0,1}", gap)) and not allowed(
            predicate, "s", template.slots[index].type
        )
    return False


# a sentence whose subject is a pronoun: "Elle noue ...", "It also signed ..."
OPENING_PRONOUN = re.compile(r"^\s*(?:Elle|Il|It|They|Ils|Elles)\s")
# a verb coordinated with the clause's first verb: "... and partnered", "... et s'allie", "and has"
SUBORDINATE = re.compile(
    r"\b(?:before|after|when|while|who|which|because|until|since|he|she|they|it|qui|que|quand|lorsqu|avant|"
    r"après|il|elle|ils|elles|où|dont)\b",
    re.IGNORECASE,
)
# a participle clause after the verb's object: "X hires Y's staff after delaying Z", "avant de lancer"
ADVERBIAL_PARTICIPLE = re.compile(
    r"⟦[POM]\d+⟧[^⟦,;]*?\s(?:after|before|while|upon|avant d[e'’]|après avoir)\s*$"
)
# a name set off by commas just before a coordinated verb: "X and its chief executive, B, and sued"
APPOSED_BEFORE_VERB = re.compile(
    r",\s*⟦[PO](\d+)⟧\s*,\s*(?:and|et)\s+(?:(?:has|have|had|also|then|later|a|ont|aussi)\s+)*$"
)
SECOND_VERB = re.compile(
    r"⟦[POM]\d+⟧[^⟦,;]*\s(?:and|et)\s+(?:(?:has|have|had|a|ont|will|also|aussi)\s+)?(?:s'|se\s+)?$"
)


# a one-word description set off after a person: "⟦P0⟧, ingénieure passée par", "⟦P0⟧, an engineer formerly"
APPOSED_SUBJECT = re.compile(
    r"⟦P(\d+)⟧\s*,\s*(?:(?:an?|the|une?)\s+|l['’])?"
    r"(?!(?:is|are|was|were|has|have|had|will|would|also|then|est|sont|était|étaient|a|ont|avait|avaient|va|"
    r"aussi|qui|who|which)\s)[\w'’-]+\s+$",
    re.IGNORECASE,
)
# a clause after a colon whose subject is a pronoun: "... : il a quitté X", "...: she left X"
COLON_PRONOUN = re.compile(
    r"[:;]\s*(?:il|elle|he|she)\s+(?:(?:a|avait|has|had|also|aussi|then|had since)\s+)*$", re.IGNORECASE
)


def _only_person_before(template: Template, end: int, predicate: Predicate) -> int | None:
    """The index of the one person slot before ``end`` (None if none or several)."""
    person = EntityType.PERSON
    slots = enumerate(template.positions)
    people = [i for i, (a, _) in slots if a < end and template.slots[i].type is person]
    return people[0] if len(people) == 1 and allowed(predicate, "s", person) else None


# a participle whose object is a clitic pronoun: ", l'accusant de ...", ", lui reprochant ..."
CLITIC_PARTICIPLE = re.compile(r",\s*(?:l'|l’|lui|leur|les)\s*$")
# an English participle whose object is a pronoun: "accusing it of", "blaming them for"
PRONOUN_OBJECT_PARTICIPLE = re.compile(r"\w+ing\s+(?:it|him|her|them)\b")


def _active(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """Subject before the trigger (or the focus, or a pronoun's antecedent), objects after it."""
    pred = rule.predicate
    before_trigger = template.text[: m.start()]
    if CLITIC_PARTICIPLE.search(before_trigger) and re.match(r"\w+ant\b", template.text[m.start() :]):
        return []  # its object is the pronoun, not a name after it; its subject is the clause's
    if re.search(r",\s*$", before_trigger) and PRONOUN_OBJECT_PARTICIPLE.match(template.text, m.start()):
        return []  # ", accusing it of training its model": likewise in English
    relative = RELATIVE.search(template.text[: m.start()])
    limit = relative.start() if relative else m.start()
    s = _left(template, limit, pred, "s", skip_prepositional=True)
    second = SECOND_VERB.search(template.text[: m.start()])
    shared_pronoun = bool(second and OPENING_PRONOUN.match(template.text))
    if shared_pronoun:
        s = None  # "Elle noue un accord avec A et s'associe à B": the pronoun is both verbs' subject
    elif second and not SUBORDINATE.search(second.group()):
        # "X cut off Y and partnered with Z": the second verb shares the clause's first subject (list)
        kinds = [allowed(pred, "s", slot.type) for slot in template.slots]
        first = next((i for i, ok in enumerate(kinds) if ok), None)
        while first is not None and first + 1 < len(template.slots):
            gap = template.text[template.positions[first][1] : template.positions[first + 1][0]]
            if not COORDINATED_GAP.fullmatch(gap) or not allowed(pred, "s", template.slots[first + 1].type):
                break
            first += 1
        if first is not None and template.positions[first][1] < m.start():
            s = first
    adverbial = ADVERBIAL_PARTICIPLE.search(before_trigger)
    apposed_name = APPOSED_BEFORE_VERB.search(before_trigger)
    if s is not None and (adverbial or (apposed_name and int(apposed_name.group(1)) == s)):
        # "X hires Y's researchers after delaying Z": the participle's subject is the clause's, X
        # "A criticized X and its chief executive, B, and sued the company": B is the first verb's
        # object set off by commas, the second verb's subject is the clause's first one, A
        earlier = [
            i
            for i, slot in enumerate(template.slots)
            if i < s and allowed(pred, "s", slot.type) and not _is_prepositional(template, i)
        ]
        if earlier:
            s = earlier[0]
    who = RELATIVE_SUBJECT.search(template.text[: m.start()])
    if who and allowed(pred, "s", template.slots[int(who.group(1))].type):
        s = int(who.group(1))  # "founded by A, who previously led ...": A, even after a preposition
    if pred is Predicate.DEPARTED and (apposed := APPOSED_SUBJECT.search(before_trigger)):
        s = int(apposed.group(1))  # "founded by A, an engineer formerly at X": A, even after a preposition
    if s is None and (colon := COLON_PRONOUN.search(before_trigger)):
        s = _only_person_before(template, colon.start(), pred)  # "A takes the job: she left X in May"
    apposition = APPOSITION.search(template.text[:limit])
    named = apposition is not None and NAMED_APPOSITION.match(apposition.group()) is not None
    if named:
        apposition = None  # "Le dirigeant de X, A, dénonce": the name set off by commas is the subject
    if apposition and allowed(pred, "s", template.slots[int(apposition.group(2))].type):
        s = int(apposition.group(2))  # "Anthropic, founded by former OpenAI staff, released ..."
    subjects: list[Entity] = []
    if s is not None:
        indexes = _plural(template, s, m.start(), pred, "s") or _coordinated(template, s, pred, "s")
        # "Backed by A and B, X launched ...": the participle's list is not the verb's subject
        fronted = FRONTED_PARTICIPLE.match(template.text)
        cut = fronted.end() if fronted and fronted.end() <= m.start() else 0
        subjects = [template.slots[i].entity for i in indexes if template.positions[i][0] >= cut]
        if named:
            subjects = [template.slots[s].entity]
    focus = ctx.focus
    pronoun = PRONOUN_SUBJECT.match(template.text[: m.start()]) or shared_pronoun
    if not subjects and not pronoun and SEMI_PRONOUN.search(before_trigger):
        # "X sells chips; it raised $5m": the pronoun after the semicolon is the sentence's subject
        pronoun = True
        focus = _opening_organization(template, m, pred) or focus
    if not subjects and rule.focus_subject and (owner := _clause_owner(template, m, pred, "s")):
        subjects = [owner]
    if not subjects and rule.focus_subject and not pronoun and _subject_of_other_type(template, m, pred):
        return []
    if not subjects and focus is not None and (rule.focus_subject or pronoun):
        subjects = [focus] if allowed(pred, "s", focus.type) else []
    subjects = subjects or _pronoun_subjects(template, m, pred, ctx.person, ctx.people)
    start = template.positions[s][1] if s is not None else 0
    if (
        not subjects
        or blocked(template, start, m.start())
        or NEGATED.match(template.text, m.end(), m.end() + 12)
    ):
        return []
    subjects += _more_subjects(template, m.end(), pred)
    objects = _right(template, m.end(), pred, "o", rule.many_objects, rule.reach)
    targets = [template.slots[o].entity for o in objects]
    target = ctx.target(pred)
    if not targets and rule.focus_object and s is not None and pred is Predicate.DEPARTED:
        target = _apposed_organization(template, s, m, pred) or target
    if not targets and rule.focus_object and rule.opening_object:
        target = _opening_organization(template, m, pred) or target
    if not targets and rule.focus_object and target is not None and allowed(pred, "o", target.type):
        targets = [target]
    return [(subject, target) for subject in subjects for target in targets]


# the subject's own organization set off by commas: "A, chief scientist of X, resigned", "A, who led X's
# safety team, also quit"
APPOSED_ORG = re.compile(
    r"\s*,[^,;⟦]{0,80}?⟦O(\d+)⟧[^,;⟦]{0,60},\s*(?:(?:has|had|also|then|later|a|avait|aussi)\s+)*$"
)


def _apposed_organization(template: Template, s: int, m: Match, predicate: Predicate) -> Entity | None:
    """The one organization an apposition or relative clause after the subject names (None if none,
    or if the trigger has its own object pronoun: "A, cofondateur de X, l'a quitté")."""
    if re.match(r"l['’]", template.text[m.start() : m.start() + 2]):
        return None
    found = APPOSED_ORG.fullmatch(template.text, template.positions[s][1], m.start())
    if found is None:
        return None
    entity = template.slots[int(found.group(1))].entity
    return entity if allowed(predicate, "o", entity.type) else None


def _opening_organization(template: Template, m: Match, predicate: Predicate) -> Entity | None:
    """'X will carry on under A, who becomes chief executive': the organization the sentence opens
    on, before the trigger (None when it opens on none)."""
    opening = OPENING_SUBJECT.match(template.text)
    if opening is None or template.positions[int(opening.group(1))][1] >= m.start():
        return None
    entity = template.slots[int(opening.group(1))].entity
    return entity if allowed(predicate, "o", entity.type) else None


# "X invested, as did Y and Z", "X remet au pot, tout comme Y", "rejoints par A et B"
MORE_SUBJECTS = re.compile(
    r"[^.;:⟦]{0,60}?,\s*(?:tout comme|de même que|as did|as does|as have|just like|like|"
    r"(?:rejoints?|rejointes?|joined)(?: notamment| by)?(?: par)?|along with|alongside|"
    r"aux côtés (?:de |d'))\s+"
)


def _more_subjects(template: Template, after: int, predicate: Predicate) -> list[Entity]:
    m = MORE_SUBJECTS.match(template.text, after)
    if not m:
        return []
    return [template.slots[i].entity for i in _right(template, m.end(), predicate, "s", True, reach=30)]


def _passive(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """Object before the trigger ("X was acquired by Y"), subjects after it."""
    pred = rule.predicate
    if rule.subject_is_focus:
        return _focus_did_it(template, rule, m, ctx)
    o = None if rule.object_is_focus else _left(template, m.start(), pred, "o", skip_prepositional=False)
    if o is not None and SECOND_PASSIVE.fullmatch(template.text, template.positions[o][1], m.start()):
        # "X was seeded by A and later backed by B": B backed X, not A (A is the first verb's agent)
        agent = AGENT_BEFORE.search(template.text, 0, template.positions[o][0])
        o = _left(template, agent.start(), pred, "o", skip_prepositional=False) if agent else o
    if o is not None and pred is Predicate.JOINED and OWNED_STAFF.match(template.text, m.end()):
        # "X signed a deal with Y and hired its founders": "its" is Y, the hirer X opens the clause
        first = _clause_opening_org(template, m.start())
        if first is None or first >= o:
            return []
        o = first
    if o is not None and AFFILIATED_BEFORE.search(template.text, 0, template.positions[o][0]):
        o = None  # "backed by A, a partner at X": X only says who someone is, nothing was backed
    if o is not None and OTHER_HEAD.fullmatch(template.text, template.positions[o][1], m.start()):
        o = None  # "X absorbe la start-up lyonnaise Y, fondée par A": the participle is about Y
    if rule.loose:
        subjects = _loose_right(template, m.end(), pred, "s")
    else:
        by_list = bool(BY_TRIGGER.search(template.text, m.start(), m.end()))
        subjects = _right(template, m.end(), pred, "s", rule.many_objects, by_list=by_list)
    target = template.slots[o].entity if o is not None else None
    before = template.text[: m.start()]
    if target is None and subjects and not rule.loose and not rule.object_is_focus and "⟦" not in before:
        # a fronted participle: "Backed by A and B, X raised ...": X is the clause's subject
        items = _right(template, m.end(), pred, "s", True)
        last = items[-1] if len(items) > 1 else None
        if last is not None and allowed(pred, "o", template.slots[last].type):
            gap = template.text[template.positions[items[-2]][1] : template.positions[last][0]]
            if re.fullmatch(r"\s*,\s*(?:" + COMPANY_DESCRIPTION + ")?", gap) and not re.match(
                r"\s*(?:,|and\b|et\b)", template.text[template.positions[last][1] :]
            ):
                target, subjects = template.slots[last].entity, items[:-1]
        target = target or _fronted_subject(template, subjects[-1], pred)
    focus = ctx.target(pred)
    semi = SEMI_PRONOUN.search(before) is not None
    by_focus = rule.focus_object or PRONOUN_SUBJECT.match(before) or semi
    if target is None and semi:
        focus = _opening_organization(template, m, pred) or focus
    if target is None and by_focus and (owner := _clause_owner(template, m, pred, "o")):
        target = owner
    if target is None and focus is not None and by_focus and allowed(pred, "o", focus.type):
        target = focus
    start = template.positions[o][1] if o is not None else 0
    if target is None or blocked(template, start, m.end()):
        return []
    return [(template.slots[s].entity, target) for s in subjects]


# the hired staff belong to the organization named before: "hired its founders", "ses chercheurs"
OWNED_STAFF = re.compile(r"\s+(?:its|their|ses|son|sa|leurs?)\b", re.IGNORECASE)


def _clause_opening_org(template: Template, before: int) -> int | None:
    """The first organization of the clause that ends at ``before``."""
    clause_start = max((b.end() for b in BOUNDARY.finditer(template.text[:before])), default=0)
    for index, (start, _end) in enumerate(template.positions):
        if clause_start <= start < before and template.slots[index].type is EntityType.ORGANIZATION:
            return index
    return None


def _focus_did_it(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """'Salesforce and Airbus have been granted access to the larger model': the slots coordinated
    before the trigger are the objects, the organization in focus (the article's subject) did it."""
    pred = rule.predicate
    o = _left(template, m.start(), pred, "o", skip_prepositional=True)
    subject = ctx.target(pred)
    if o is None or subject is None or not allowed(pred, "s", subject.type):
        return []
    if blocked(template, template.positions[o][1], m.end()):
        return []
    objects = [template.slots[i].entity for i in _coordinated(template, o, pred, "o")]
    return [(subject, obj) for obj in objects if obj.id != subject.id]


# a second passive verb coordinated with a first one: "seeded by A and later backed by B"
SECOND_PASSIVE = re.compile(
    r"\s*,?\s+(?:and|et|but|mais)\s+(?:(?:later|then|also|since|subsequently|ensuite|puis|aussi)\s+)?"
    r"(?:(?:was|were|has been|had been|a été|ont été)\s+)?"
)
AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+(?:(?:the|le|la|les|l')\s*)?(?:[\w-]+\s+)?$")


# a name that is only the source of what someone used: "the technology of X", "answers from X",
# "les réponses de X", "les données de X"
SOURCE_OF = re.compile(
    r"\b(?:technolog(?:y|ie)|outputs?|answers?|responses?|réponses|sorties|données|data|API)\s+"
    r"(?:of|from|de\s+|d'|du|des)\s*(?:the\s+|la\s+|le\s+|l')?$",
    re.IGNORECASE,
)
# "X's outputs", "X's answers": the model or company whose outputs were used, not the one built
SOURCE_AFTER = re.compile(r"'s\s+(?:[\w-]+\s+){0,2}?(?:outputs?|answers?|responses?|data)\b", re.IGNORECASE)
# the organization of a person's apposition: "A, a former engineer at X," "A, un ancien ingénieur de X,"
PERSON_AFFILIATION = re.compile(
    r"⟦P\d+⟧\s*,\s*(?:[\w'’-]+\s+){0,5}?(?:de\s+|d'|d’|du\s+|at\s+|of\s+|chez\s+|from\s+)"
    r"(?:the\s+|la\s+|le\s+|l')?$",
    re.IGNORECASE,
)
KIN_OF = re.compile(
    r"\b(?:parent(?: company| group)?|owner|holding company|subsidiary|maison mère|société mère|"
    r"groupe parent|propriétaire|filiale|actionnaire) (?:of|de|du|d')\s*(?:the\s+|la\s+|le\s+|l')?$",
    re.IGNORECASE,
)
# between an organization and a participle: its verb, then another noun phrase the participle follows
OTHER_HEAD = re.compile(
    r"\s+(?!(?:and|et|or|ou)\b)[a-zà-ÿ'’-]+\b[^,⟦;:.]*?\b(?:la|le|les|the|a|an|un|une|l['’])\s*[^,⟦;:.]{2,60},\s*",
    re.IGNORECASE,
)
BY_TRIGGER = re.compile(r"\b(?:by|par)\s*$", re.IGNORECASE)
WITH_WORD = re.compile(r"\b(?:with|avec)\b", re.IGNORECASE)
AFFILIATED_BEFORE = re.compile(r"\b(?:at|chez)\s+(?:the\s+|l'|la\s+|le\s+)?$", re.IGNORECASE)
# a company described before its name: "la jeune pousse lyonnaise ", "the startup "
COMPANY_DESCRIPTION = (
    r"(?:la|le|l'|cette|the)\s*(?:société|start-up|startup|jeune pousse|entreprise|licorne|pépite|firme|"
    r"groupe|éditeur|laboratoire|company|firm|lab)\s+(?:[a-zà-ÿ-]+\s+){0,2}?"
)
# (not a clause with its own subject: "Il est remplacé par A, ..., qui rejoint Y")
FRONTED_PARTICIPLE = re.compile(
    rf"^\s*(?!(?:il|elle|ils|elles|he|she|it|they|on)\s)(?:[\w'-]+\s+){{1,4}}?(?:par|by)\s+(?:(?:{ANY}|[\w'-]+)(?:\s+|\s*,\s*|{AND}))*?{ANY}\s*,",
    re.IGNORECASE,
)
FRONTED = re.compile(
    r"^(?:\s*,?\s*(?:and|et)\s+" + ANY + r")*\s*,\s*(?:(?:who|qui)\b[^,⟦]*(?:⟦[POM]\d+⟧[^,⟦]*)*,\s*|"
    # an apposition about the list: "Fondée par A et B, deux anciens de C, la start-up ..."
    r"(?:(?:two|three|both|deux|trois|a|an|un|une|the|les|des)\s+)[^,⟦]{1,40}(?:⟦[POM]\d+⟧[^,⟦]{0,20})?,\s*|"
    # the last founder's past: "... et par B, passé par C, la jeune pousse ..."
    r"(?:passée?s?\s+par|ex-|ancien(?:ne)?s?\s|formerly\s|former\s)[^,⟦]{0,40}(?:⟦[POM]\d+⟧[^,⟦]{0,20})?,\s*)?"
    # the company described before its name: "Soutenue par A, la jeune pousse lyonnaise X ..."
    r"(?:" + COMPANY_DESCRIPTION + r")?$"
)


def _fronted_subject(template: Template, last: int, predicate: Predicate) -> Entity | None:
    """The first allowed slot after the participle's list, once a comma closes it (and any relative
    clause about its last item), followed by a verb rather than by more list items."""
    for index in range(last + 1, len(template.slots)):
        start, end = template.positions[index]
        if not FRONTED.match(template.text[template.positions[last][1] : start]):
            continue
        if allowed(predicate, "o", template.slots[index].type) and not re.match(
            r"\s*(?:,|and\b|et\b)", template.text[end:]
        ):
            return template.slots[index].entity
    return None


def _between(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """'the partnership between X and Y'."""
    found = _right(template, m.end(), rule.predicate, "o", many=True)
    if len(found) == 2 and not blocked(template, m.start(), template.positions[found[1]][1]):
        return [(template.slots[found[0]].entity, template.slots[found[1]].entity)]
    return []


def _reciprocal(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """'X and Y gave each other access', 'X et le groupe Y signent un accord': both directions."""
    pair = re.search(rf"({O}){AND}{TITLED}(?:l['’])?{DESCRIBED}({O})[^⟦]*$", template.text[: m.start()])
    if not pair or blocked(template, pair.end(2), m.end()):
        return []
    if WITH_THIRD.match(template.text, m.end()):
        return []  # "A and B signed a deal with C": A and B each made it with C, not with each other
    a, b = (template.slots[i].entity for i in template.slot_ids(pair.group(1) + pair.group(2)))
    return [(a, b), (b, a)]


WITH_THIRD = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:with|avec)\s+(?:the\s+|la\s+|le\s+|l['’])?⟦O")
BY_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:by|par)\s+")


def _nominal(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> Pairs:
    """'the departure of X from Y', "l'arrivée de X chez Y", 'son départ de Y' (X: the person before)."""
    pred = rule.predicate
    if blocked(template, 0, len(template.text)):
        return []
    if rule.object_first:
        # "the acquisition of Y by X", "le rachat de Y par X": the object, then "by" and the subjects
        first = _right(template, m.end(), pred, "o", False, rule.reach)
        if not first:
            return []
        by = BY_AFTER.match(template.text, template.positions[first[0]][1])
        doers = _right(template, by.end(), pred, "s", True, 12) if by else []
        return [(template.slots[s].entity, template.slots[first[0]].entity) for s in doers]
    subjects = _right(template, m.end(), pred, "s", True, rule.reach)
    people = [template.slots[i].entity for i in subjects]
    after = template.positions[subjects[-1]][1] if subjects else m.end()
    pronoun = PERSON_PRONOUN_SUBJECT.match(template.text[: m.start()] or " ")
    if not people and pronoun and ctx.person is not None and allowed(pred, "s", ctx.person.type):
        people = [ctx.person]
    objects = _right(template, after, pred, "o", False, rule.reach)
    target = template.slots[objects[0]].entity if objects else None
    focus = ctx.target(pred)
    if target is None and rule.focus_object and focus is not None and allowed(pred, "o", focus.type):
        target = focus
    return [(p, target) for p in people] if target is not None else []


MODE_HANDLERS = {
    "active": _active,
    "passive": _passive,
    "between": _between,
    "reciprocal": _reciprocal,
    "nominal": _nominal,
}


def _fire(template: Template, rule: TriggerRule, m: Match, ctx: _Context) -> list[Candidate]:
    if REPORTED.match(template.text[m.end() :]):
        return []  # "announced that ...": what follows is reported, the verb itself is no event
    pred = rule.predicate
    props: dict[str, str] = {}
    if rule.focus_org:
        orgs = [s.entity for s in template.slots if s.type is EntityType.ORGANIZATION]
        org = orgs[0] if orgs else ctx.focus
        if org is not None and org.type is EntityType.ORGANIZATION:
            props["organization"] = org.name
    role = m.groupdict().get("role") or rule.role
    return [
        Candidate(
            subj,
            pred,
            obj,
            rule.confidence,
            template,
            m.end(),
            role=role,
            props=dict(props),
            default_date=rule.event,
            rule=rule.id,
        )
        for subj, obj in MODE_HANDLERS[rule.mode](template, rule, m, ctx)
        if subj.id != obj.id and allowed(pred, "s", subj.type) and allowed(pred, "o", obj.type)
    ]
