"""In-document coreference: surnames and short forms of names already seen, and definite
descriptions of organizations ("the company", "l'entreprise") resolved to the organization in focus."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from aikg.graph.schema import Entity, EntityType, OrgKind
from aikg.ingest.extractors.rules.occurrences import occurrences
from aikg.ingest.extractors.rules.org_shapes import ORG_TAIL_WORD
from aikg.ingest.extractors.rules.spans import Occupied, Span, free
from aikg.ingest.extractors.rules.vocabulary import ONE_ROLE

ORG_ANAPHOR = re.compile(
    r"(?<!\w)(?:l['’]entreprise|la société|la firme|le laboratoire|la start-?up|le groupe|l['’]organisation|"
    r"la jeune pousse|"
    # a sentence opening on the trade of the company in focus: "L'éditeur nomme ...", "Le spécialiste
    # des puces recrute ...", and "chez l'hébergeur" (not "l'éditeur de code" in mid-sentence)
    r"(?-i:(?:(?<=^)|(?<=[.!?»*]\s)|(?<=\n))(?:L['’]éditeur|L['’]institut|L['’]hébergeur|Le spécialiste))|"
    r"(?<=\bchez )l['’](?:éditeur|hébergeur|institut)|"
    # "directrice juridique du groupe", "associée du fonds", "chercheuse au sein du laboratoire"
    # (not "du fonds grenoblois Belledonne Capital", which names its fund)
    r"(?<=\bdu )(?:groupe|fonds|laboratoire)(?!\s+(?:[a-zà-ÿ'’-]+\s+){0,2}(?-i:[A-ZÀ-Ý]))|"
    # "the Prague company", "the Musk-owned lab" (a word or two between: a place, an owner)
    r"the (?:(?-i:[A-Z][\w-]*|[a-z]+-(?:owned|backed|based))\s+){1,2}"
    r"(?:company|firm|lab|startup|start-up|group)|"
    # "the GPU cloud start-up", "the voice-cloning start-up": an acronym or a compound, then a noun
    r"the (?-i:[A-Z]{2,}|[a-z]+-[a-z]+)\s+(?:(?-i:[a-z]+)\s+)?(?:company|firm|lab|startup|start-up)|"
    r"(?:la start-?up|la jeune pousse|la société|l['’]entreprise)\s+"
    r"(?:française|parisienne|lyonnaise|toulousaine|bordelaise|nantaise|rennaise|lilloise|marseillaise|niçoise|grenobloise|montpelliéraine|strasbourgeoise|"
    r"allemande|britannique|américaine|suisse|belge)|"
    r"the company|the firm|the lab|the startup|the start-up|the organi[sz]ation|the group|"
    r"(?:that|this) (?:company|firm|lab|startup)|cette (?:entreprise|société|start-?up)|"
    r"the board|its board|le conseil d['’]administration|son conseil d['’]administration)(?!\w)"
    r"(?!\s*(?:of\s+|de\s+|du\s+|d['’])(?-i:[A-ZÀ-Ý]))"  # "the board of OpenAI" names its organization
    # "the startup Adept", "la start-up française Mistral AI" name their organization: not anaphors
    r"(?!(?:\s+(?:française|américaine|chinoise|britannique|européenne|parisienne|californienne|rivale|"
    r"concurrente|accelerator|incubator|french|american|chinese|british|european|rival|ai|"
    # a demonym: "la start-up lyonnaise Cortexia", "la société grenobloise X"
    r"[a-zà-ÿ]+(?:aise|oise|ienne|aine|ande|ise|ine|ale|ique|ane|ote)))?(?-i:\s+[A-ZÀ-Ý0-9]))",
    re.IGNORECASE,
)
# "the start-up" names a start-up (or a lab): not the big company that hired its founders
KIND_OF_ANAPHOR: list[tuple[re.Pattern[str], frozenset[OrgKind]]] = [
    # a start-up the reference data does not know outranks a known lab ("la jeune pousse" next to Mistral AI)
    (re.compile(r"start-?up|jeune pousse", re.IGNORECASE), frozenset({OrgKind.STARTUP})),
    (
        re.compile(r"\blab\b|laboratoire", re.IGNORECASE),
        frozenset({OrgKind.LAB, OrgKind.STARTUP, OrgKind.NONPROFIT}),
    ),
    # "associée du fonds" names an investor: never the start-up it backs
    (re.compile(r"^fonds$", re.IGNORECASE), frozenset({OrgKind.INVESTOR})),
]
FUND_KINDS = frozenset({OrgKind.INVESTOR})


FUND_NAME = re.compile(r"\b(?:Capital|Ventures|Partners|Investments|Invest|Fund|Fonds|Gestion|VC)\b")


def _is_fund(entity: Entity) -> bool:
    """An investor the reference data knows, or an unknown organization named like a fund."""
    return entity.kind is OrgKind.INVESTOR or (entity.kind is None and bool(FUND_NAME.search(entity.name)))


def kinds_of(anaphor: str) -> frozenset[OrgKind] | None:
    """The kinds of organization a description may name ("la start-up": a start-up), if it says."""
    return next((k for pattern, k in KIND_OF_ANAPHOR if pattern.search(anaphor)), None)


NEVER_SMALL = frozenset({OrgKind.BIG_TECH, OrgKind.INVESTOR, OrgKind.REGULATOR, OrgKind.MEDIA})
DOMAIN_SUFFIX = re.compile(r"\.(?:ai|io|com|co|fr)$")
LEAD_REACH = 60  # a sentence's subject comes early
INTRODUCED = re.compile(
    r"(?:\b(?:by|par|from|with|avec|de|du|des|à|au|aux|at|chez|for|pour|of|and|et|than|que|to|in|dans|"
    r"sur|on|about)\s+|\bd['’]|\b(?:by|par)\s+\S+\s+|'s\s+|\(\s*)$",
    re.IGNORECASE,
)
BOARD_ANAPHOR = re.compile(r"board|conseil", re.IGNORECASE)
# a sentence that goes on about the last sentence's subject: "It also ...", "Elle a ...", "Its customers"
CONTINUES_SUBJECT = re.compile(
    r"\s*(?:[\w'’-]+(?: [\w'’-]+){0,3},?\s+)?"
    r"(?:[Ii]t|[Ii]ts|Elle|elle|Ses|Son|Sa|Parmi ses|Among its)\b(?!['’])"
)
# a fronted participle or adverbial before the subject: "Soutenue par A et B, Linéa a lancé ..."
FRONTED_CLAUSE = re.compile(
    r"\s*(?:Soutenue?s?|Financée?s?|Fondée?s?|Cofondée?s?|Créée?s?|Lancée?s?|Basée?s?|Installée?s?|Backed|"
    r"Funded|Founded|Co-founded|Started|Based|Dans la foulée|In (?:19|20)\d\d|En (?:19|20)\d\d)"
    r"\b[^,;.]{0,80},\s*"
)
PERSON_ANAPHOR = re.compile(r"(?<!\w)(?:[Cc]e dernier|[Cc]ette dernière|[Tt]he latter)(?!\w)")
RECENCY_WINDOW = 4
DECAY = 0.5
SUBJECT_WEIGHT = 2.0
COUNT_WEIGHT = 0.25
TITLE_WEIGHT = 2.5
AMBIGUOUS = 0.8
ASIDE_WEIGHT = 0.5  # an organization named after a preposition or as a person's affiliation


def repeated_spans(text: str, spans: list[Span]) -> list[Span]:
    """A discovered name found once ("Parhelion, a startup ...") is the same entity wherever the text
    repeats it."""
    found: list[Span] = []
    occupied = Occupied(spans)
    names = {s.entity.name: s.entity for s in spans if s.how == "discovered" and len(s.entity.name) >= 3}
    for name, entity in names.items():
        for m in occurrences(name, text, after=r"(?![\w-])(?! [A-Z][a-z])"):
            if occupied.free(m.start(), m.end()):
                span = Span(m.start(), m.end(), entity, "discovered")
                found.append(span)
                occupied.add(span)
    return found


def short_form_spans(text: str, spans: list[Span]) -> list[Span]:
    """'Leike' after 'Jan Leike', 'Opus 4' after 'Claude Opus 4', unless two entities share the form."""
    forms: dict[str, set[str]] = defaultdict(set)
    entities: dict[str, Entity] = {}
    for span in spans:
        entity = span.entity
        entities[entity.id] = entity
        words = entity.name.split()
        if entity.type is EntityType.PERSON and len(words) >= 2:
            forms[words[-1]].add(entity.id)
        if entity.type is EntityType.MODEL and len(words) >= 3:
            forms[" ".join(words[1:])].add(entity.id)
        # "Corvid" after "Corvid Systems": an organization named without its company word
        if entity.type is EntityType.ORGANIZATION and len(words) >= 2 and ORG_TAIL_WORD.match(words[-1]):
            forms[" ".join(words[:-1])].add(entity.id)
            # "Earlybird" after "Earlybird Venture Capital": two company words dropped
            if len(words) >= 3 and (ORG_TAIL_WORD.match(words[-2]) or words[-2] == "Venture"):
                forms[" ".join(words[:-2])].add(entity.id)
        # "Loomwise" after "Loomwise.ai": a name without its domain suffix
        if (
            entity.type is EntityType.ORGANIZATION
            and (bare := DOMAIN_SUFFIX.sub("", entity.name)) != entity.name
        ):
            forms[bare].add(entity.id)
    found: list[Span] = []
    occupied = Occupied(spans)
    for form, ids in forms.items():
        if len(ids) != 1 or len(form) < 3:
            continue
        entity = entities[next(iter(ids))]
        for m in occurrences(form, text):
            if occupied.free(m.start(), m.end()):
                span = Span(m.start(), m.end(), entity, "coref")
                found.append(span)
                occupied.add(span)
    return found


class FocusTracker:
    """Which organization a sentence is about: the most salient one so far (named in the title,
    named often, named recently, named as a sentence subject), or none when two are close."""

    def __init__(self, title: Iterable[Entity] = ()) -> None:
        self.history: list[dict[str, tuple[Entity, float]]] = []
        self.counts: dict[str, int] = defaultdict(int)
        self.seen: dict[str, Entity] = {e.id: e for e in title}
        self.title_ids = set(self.seen)
        # the organization whose funding round the last sentences told: whose board "the board" is
        self.round_owner: Entity | None = None
        self.leads: list[Entity | None] = []  # each sentence's subject organization, if any
        # a column's section heading ("**Mistral AI.**" on its own): what its paragraph is about
        self.section: Entity | None = None

    def record(self, sentence_spans: list[Span], sentence_start: int = -1, text: str = "") -> None:
        orgs: dict[str, tuple[Entity, float]] = {}
        # the sentence's subject: its first organization not introduced by a preposition or "and"
        leads = [
            s.entity
            for s in sentence_spans
            if s.type is EntityType.ORGANIZATION
            and 0 <= s.start - max(sentence_start, 0) <= LEAD_REACH
            and not INTRODUCED.search(text[max(0, sentence_start, s.start - 12) : s.start])
        ]
        self.leads.append(leads[0] if leads else None)
        start_at = max(sentence_start, 0)
        aside: Span | None = None  # the last organization named in passing, which a list continues
        for span in sentence_spans:
            if span.type is EntityType.ORGANIZATION:
                opening = 0 <= span.start - sentence_start <= 2 or (
                    bool(leads)
                    and span.entity is leads[0]
                    and bool(OPENING.fullmatch(text, start_at, span.start))
                )
                weight = SUBJECT_WEIGHT if opening else 1.0
                listed = aside is not None and LIST_JOIN.fullmatch(text[aside.end : span.start])
                if weight == 1.0 and text and (listed or _aside(text, span, sentence_spans, sentence_start)):
                    # "led by X", "with participation from Y and Z", "a former Z engineer": in passing
                    weight = ASIDE_WEIGHT
                aside = span if weight == ASIDE_WEIGHT else None
                if weight > orgs.get(span.entity.id, (span.entity, 0.0))[1]:
                    orgs[span.entity.id] = (span.entity, weight)
                self.counts[span.entity.id] += 1
                self.seen[span.entity.id] = span.entity
        self.history.append(orgs)

    def previous_lead(self, within: int = 3) -> Entity | None:
        """The organization that opened one of the last sentences before this one (most recent first):
        what "its" or "son" at the start of a sentence most likely refers to."""
        for lead in reversed(self.leads[-within - 1 : -1]):
            if lead is not None:
                return lead
        return None

    def last_subject(self) -> Entity | None:
        """The organization that opened the last sentence naming organizations, if one did."""
        for orgs in [h for h in self.history if h][-1:]:
            subjects = [e for e, weight in orgs.values() if weight == SUBJECT_WEIGHT]
            if subjects:
                return subjects[0]
        return None

    def add_subject(self, entity: Entity) -> None:
        """The last recorded sentence's subject is this organization, named by a pronoun ("It raised ...")."""
        if self.history:
            self.history[-1][entity.id] = (entity, SUBJECT_WEIGHT)
        if self.leads and self.leads[-1] is None:
            self.leads[-1] = entity

    def focus(self, kinds: frozenset[OrgKind] | None = None) -> Entity | None:
        """The most salient organization; with ``kinds``, the most salient one of those kinds when the
        reference data knows one, else the most salient of all."""
        section = self.section
        fits = section is not None and (not kinds or section.kind in (*kinds, None))
        if section is not None and fits and not (kinds and section.kind in NEVER_SMALL):
            return section
        if kinds:
            preferred = self._ranked_focus(kinds)
            if preferred is not None:
                return preferred
        ranked = self._ranked_focus(None)
        # "the startup" never names a known big tech company, investor, regulator or media group
        # (nor an unknown organization named like a fund: "Atherton Capital" is no start-up)
        if ranked is not None and kinds and kinds != FUND_KINDS and _is_fund(ranked):
            return None
        return ranked if ranked is None or not kinds or ranked.kind not in NEVER_SMALL else None

    def _ranked_focus(self, kinds: frozenset[OrgKind] | None) -> Entity | None:
        scores: dict[str, float] = defaultdict(float)
        entities = self.seen
        for distance, orgs in enumerate(reversed(self.history[-RECENCY_WINDOW:])):
            for entity_id, (_, weight) in orgs.items():
                scores[entity_id] += weight * DECAY**distance
        if not scores and not self.title_ids:
            return None
        for entity_id in self.title_ids:
            scores[entity_id] += 0.0
        for entity_id in scores:
            scores[entity_id] += COUNT_WEIGHT * self.counts[entity_id] + TITLE_WEIGHT * (
                entity_id in self.title_ids
            )
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        if kinds is not None:
            # an organization the reference data does not know may be of any kind
            ranked = [
                e
                for e in ranked
                if entities[e].kind in kinds
                or (entities[e].kind is None and (kinds == FUND_KINDS or not _is_fund(entities[e])))
            ]
            if not ranked:
                return None
        if len(ranked) > 1 and scores[ranked[1]] >= AMBIGUOUS * scores[ranked[0]]:
            return None
        return entities[ranked[0]]

    def _opening_antecedent(
        self, text: str, start: int, at: int, kinds: frozenset[OrgKind] | None
    ) -> Entity | None:
        """'X raised $5m. The company, founded by A, ...': an anaphor opening a sentence names the
        organization that opened the sentence before (when its kind fits), the nearest subject."""
        if not OPENING.fullmatch(text, start, at) or not self.history or not self.history[-1]:
            return None
        subjects = [e for e, weight in self.history[-1].values() if weight == SUBJECT_WEIGHT]
        if len(subjects) != 1:
            return None
        entity = subjects[0]
        if kinds and kinds != FUND_KINDS and _is_fund(entity):
            return None  # "Atherton Capital backed ... The start-up": a fund is no start-up
        return entity if not kinds or entity.kind in (*kinds, None) else None

    def person_spans(
        self, text: str, start: int, end: int, sentence_spans: list[Span], previous: list[Span]
    ) -> list[Span]:
        """'ce dernier', 'the latter': the last person named before."""
        found: list[Span] = []
        for m in PERSON_ANAPHOR.finditer(text, start, end):
            people = [
                s for s in (*previous, *sentence_spans) if s.end <= m.start() and s.type is EntityType.PERSON
            ]
            if people and free(sentence_spans, m.start(), m.end()):
                found.append(Span(m.start(), m.end(), people[-1].entity, "anaphor"))
        return found

    def _fund(self, earlier: dict[str, Entity]) -> Entity | None:
        """'associée du fonds': the one fund named earlier in the sentence, else in the nearest
        sentence before that names funds (when it names one); never a start-up or a known non-investor."""
        before = ({e.id: e for e, _ in h.values()} for h in reversed(self.history[-RECENCY_WINDOW:]))
        for orgs in (earlier, *before):
            funds = [e for e in orgs.values() if _is_fund(e)]
            if funds:
                return funds[0] if len(funds) == 1 else None
        return None

    def anaphor_spans(self, text: str, start: int, end: int, sentence_spans: list[Span]) -> list[Span]:
        found: list[Span] = []
        antecedent: Entity | None
        for m in ORG_ANAPHOR.finditer(text, start, end):
            earlier = {
                s.entity.id: s.entity
                for s in sentence_spans
                if s.end <= m.start()
                and s.type is EntityType.ORGANIZATION
                and not _affiliation(text, s, sentence_spans)
            }
            if earlier and _own_object(text, sentence_spans, m.start()):
                # "X is the largest shareholder of the company": not X itself, the organization in focus
                only = next(iter(earlier.values()))
                kinds = next((k for pattern, k in KIND_OF_ANAPHOR if pattern.search(m.group())), None)
                antecedent = self.focus(kinds)
                antecedent = None if antecedent is not None and antecedent.id == only.id else antecedent
            elif len(earlier) == 1:
                antecedent = next(iter(earlier.values()))
                kinds = next((k for pattern, k in KIND_OF_ANAPHOR if pattern.search(m.group())), None)
                if kinds and antecedent.kind in NEVER_SMALL:
                    antecedent = self.focus(kinds)  # "Amazon licensed the startup's models": not Amazon
                left = [s for s in sentence_spans if s.entity.id in earlier and s.end <= m.start()][-1:]
                if (
                    left
                    and LEFT_BEFORE.search(text, max(0, left[0].start - 12), left[0].start)
                    and LEFT_TO.fullmatch(text, left[0].end, m.start())
                ):
                    # "A left Y to found the company": the company is not Y
                    focus = self.focus(kinds)
                    antecedent = focus if focus is not None and focus.id != left[0].entity.id else None
            elif not earlier and self.round_owner is not None and BOARD_ANAPHOR.search(m.group()):
                antecedent = self.round_owner  # "As part of the deal, X joins the board"
            elif not earlier:
                kinds = next((k for pattern, k in KIND_OF_ANAPHOR if pattern.search(m.group())), None)
                antecedent = self._opening_antecedent(text, start, m.start(), kinds) or self.focus(kinds)
                owner = self.round_owner
                if antecedent is None and owner is not None and (not kinds or owner.kind in (*kinds, None)):
                    antecedent = owner  # "X raised $5m ... The company, founded by A": who raised it
            else:
                # "OpenAI, whose models Murmur used, cut the start-up's access": the one earlier
                # organization of the kind the description names (a start-up the reference data knows
                # nothing about is one)
                kinds = kinds_of(m.group())
                fits = [e for e in earlier.values() if kinds and (e.kind in kinds or e.kind is None)]
                opening = [
                    s.entity
                    for s in sentence_spans
                    if s.end <= m.start() and not text[start : s.start].strip()
                ]
                if len(fits) > 1 and opening:  # not the clause's own subject, which would be "its"
                    fits = [e for e in fits if e.id != opening[0].id]
                antecedent = fits[0] if len(fits) == 1 and kinds != FUND_KINDS else None
            if kinds_of(m.group()) == FUND_KINDS:
                antecedent = self._fund(earlier)
            if antecedent is not None and free(sentence_spans, m.start(), m.end()):
                found.append(Span(m.start(), m.end(), antecedent, "anaphor"))
        return found


# "A left Y to found the company", "A worked at Y before starting the company": not Y
LEFT_BEFORE = re.compile(r"\b(?:left|quit|leaves|quits|a quitté|quitte|at|chez)\s+$")
LEFT_TO = re.compile(
    r"\s+(?:in \d{4}\s+|en \d{4}\s+)?(?:(?:to|pour)\s+[\w-]+|before\s+[\w-]+ing|avant de\s+[\w-]+)\s+"
)


# "X, a partner at Thrive, joins the board": Thrive only says who X is
AFFILIATION_GAP = re.compile(
    r"^\s*[,(]\s*(?:an?\s+|the\s+|un\s+|une\s+|l'|le\s+|la\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:at|chez|of|de|du|d['’]|from|passée?s?\s+par)\s*$",
    re.IGNORECASE,
)


# "Harbor Lane partner A", "Sequoia's general partner A": the organization as a title before a name
ROLE_BEFORE_NAME = re.compile(rf"^(?:['’]s?)?\s+{ONE_ROLE}\s+$", re.IGNORECASE)


def _affiliation(text: str, org: Span, spans: list[Span]) -> bool:
    """The organization is the affiliation in an apposition after a person's name, or in a title
    before it ("Harbor Lane partner A joins the board": the board is not Harbor Lane's)."""
    people = [s for s in spans if s.type is EntityType.PERSON and s.end <= org.start]
    if people and AFFILIATION_GAP.match(text[people[-1].end : org.start]):
        return True
    after = next((s for s in spans if s.type is EntityType.PERSON and s.start >= org.end), None)
    return after is not None and bool(ROLE_BEFORE_NAME.match(text[org.end : after.start]))


# the anaphor is a prepositional object of the clause whose subject is the one organization before it
OWN_CLAUSE_OBJECT = re.compile(
    r"^(?:'s)?\s+(?!(?:said|says|told|added|noted|a dit|a déclaré|estime|affirme)\b)[^,;:⟦()]{0,60}?"
    r"\b(?:in|of|into|for|at|with|de|du|dans|chez|pour|avec|au capital de)\s+$|"
    r"\b(?:acquired|acquires|bought|buys|backed|backs|funded|licensed|licenses|absorbe|absorbé|rachète|racheté|"
    r"acquiert|s['’]offre|soutient|finance)\s+$|"
    r"^(?:'s)?\s+[^,;:⟦()]{0,60}?\bd['’]$",
    re.IGNORECASE,
)


def _own_object(text: str, spans: list[Span], at: int) -> bool:
    """'X is the largest shareholder of the company', "X est le premier actionnaire de la société": the
    anaphor follows a preposition in the clause that X, the sentence's only organization so far, opens
    (no comma, relative or reported clause between): it names another organization than X."""
    orgs = [s for s in spans if s.type is EntityType.ORGANIZATION and s.end <= at]
    if not orgs:
        return False
    # several organizations before: only a list that opens the clause ("X and Y, which backed the company")
    if any(not LIST_JOIN.fullmatch(text[a.end : b.start]) for a, b in itertools.pairwise(orgs)):
        return False
    gap = text[orgs[-1].end : at]
    relative = OWN_RELATIVE.match(gap)
    if relative:
        gap = gap[relative.end() :]
        return bool(OBJECT_VERB.search(gap) or OWN_CLAUSE_OBJECT.match(" " + gap))
    if re.search(r"\b(?:that|which|who|where|que|qu['’]|qui|où|dont)\b", gap, re.IGNORECASE):
        return False
    return bool(OWN_CLAUSE_OBJECT.match(gap))


# "X and Y, which backed the company": a relative clause whose subject is the list before it
OWN_RELATIVE = re.compile(r"^\s*,\s*(?:which|who|that|qui)\s+", re.IGNORECASE)
OBJECT_VERB = re.compile(
    r"^(?:(?:had|have|has|also|ont|avaient|a|avait|aussi)\s+)*(?:backed|funded|financed|acquired|bought|led|"
    r"joined|invested in|soutenu|financé|racheté|rejoint|accompagné|investi dans)\s+$",
    re.IGNORECASE,
)


ASIDE_BEFORE = re.compile(
    r"\b(?:by|par|from|with|avec|alongside|aux côtés de|at|chez|of|de|du|des|for|pour|than|que)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|its\s+|their\s+|ses\s+|son\s+|sa\s+)?"
    r"(?:(?:existing|new|other|lead|former|ancien|ancienne|fonds|fund|groupe|group|firm|société|start-?up)\s+)"
    r"{0,2}$|\bd['’]$|"
    # described as an investor: "existing investors X", "ses investisseurs historiques, Y"
    r"\b(?:investors?|backers?|shareholders?|funds?|investisseurs?|actionnaires?|fonds)"
    r"(?:\s+(?:historiques?|existants?))?\s*,?\s*$",
    re.IGNORECASE,
)
# what may open a sentence before its subject: "Separately, ", "La start-up parisienne ", "The Munich lab "
OPENING = re.compile(
    r"\s*(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*){0,2}(?:(?:the|la|le|les|l['’]|a|an|un|une)\s*"
    r"(?:(?!(?:a|est|has|is|was|will|ont|have|had|avait|sera)\b)[\w-]+\s+){0,2})?"
)
LIST_JOIN = re.compile(r"\s*(?:,|\band\b|\bet\b|&)\s*(?:(?:and|et)\s+)?(?:de\s+|d['’]|du\s+|des\s+)?")


def _aside(text: str, span: Span, spans: list[Span], sentence_start: int) -> bool:
    """The organization is named in passing: after a preposition ("led by X", "a partner at Y") or as
    a person's affiliation; such a mention weighs less in deciding what the article is about."""
    if _affiliation(text, span, spans):
        return True
    return bool(ASIDE_BEFORE.search(text[max(sentence_start, span.start - 40) : span.start]))


def unresolved_opening(text: str, start: int, spans: list[Span]) -> bool:
    """The sentence opens on "the company", "la start-up"... that no organization was found for."""
    m = ORG_ANAPHOR.search(text, start, min(len(text), start + 80))
    if m is None or not OPENING.fullmatch(text, start, m.start()) or BOARD_ANAPHOR.search(m.group()):
        return False
    return not any(s.start <= m.start() < s.end for s in spans)


# a heading line: a short run of capitalised words, nothing else ("Veridian Loop.", "**Cohere.**")
HEADING_WORDS = re.compile(r"[A-ZÀ-Ý][\w.&'’-]*(?:\s+(?:[A-ZÀ-Ý&][\w.&'’-]*|de|du|des|of|and|et))*")


def section_heading(text: str, start: int, end: int, spans: list[Span]) -> tuple[bool, Entity | None]:
    """Whether the sentence is a column's section heading, a name on its own ("**Cohere.**" before
    its paragraph), and the organization it names (None when it names no known organization)."""
    line = text[start:end].strip().strip("*#").strip().rstrip(".:").strip("*").strip()
    if not line or len(line) > 60 or not HEADING_WORDS.fullmatch(line):
        return False, None
    orgs = [s for s in spans if s.type is EntityType.ORGANIZATION and start <= s.start and s.end <= end]
    if len(orgs) == 1 and text[orgs[0].start : orgs[0].end].strip() == line:
        return True, orgs[0].entity
    others = [s for s in spans if start <= s.start and s.end <= end]
    return not others, None
