"""Discovery of entities the reference data does not know, from their shape and their context.

People need a context cue (a title, an organization, a speech verb); models need a model-name
shape (GPT-4o, o4-mini, Claude Opus 4, Llama 3.1 405B) or to be introduced as a model; organizations
need a company suffix, a noun such as "startup" or a context only companies have ("shares of X",
"X raised $5 million"; whole names such as "A, B & C" and "Name (ACR)" come from orgnames.py); places
and sentence-opening participles are none. Names that clash with known entities are left out.
"""

from __future__ import annotations

import re
import unicodedata

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.bounds import Bounds
from aikg.ingest.extractors.rules.gazetteer import Gazetteer
from aikg.ingest.extractors.rules.lemmas import lemma
from aikg.ingest.extractors.rules.model_shapes import (
    CALLED_MODEL,
    EDITION,
    MODEL_APPOSITION,
    MODEL_CUE,
    MODEL_DESCRIBED,
    MODEL_OF,
    NAMED_MODEL,
    NOT_MODEL_HEADS,
    O_SERIES,
    SPACED_VERSION,
    VERSION,
    WORD_VERSION,
    model_shape,
)
from aikg.ingest.extractors.rules.names import is_first_name
from aikg.ingest.extractors.rules.occurrences import compiled, occurrences
from aikg.ingest.extractors.rules.org_shapes import (
    ACRONYM_SLOT,
    AT_ORG,
    AT_ORG_LONG,
    AT_PLACE,
    BARE_COMMA,
    BASED_ORG,
    CARNET_LINE,
    DOMAIN_NAME,
    FIRM_TAIL,
    HEADLINE_OBJECT,
    HEADLINE_ORG,
    HEADLINE_PERSON_VERB,
    HYPHENATED_ACRONYM,
    INSTITUTION,
    INSTITUTION_FIRST,
    LIST_LINK,
    LONGER_BEFORE,
    MEDIA_WORD,
    NAME_GROUPS,
    NOT_LISTED,
    NOT_ORG_ACRONYMS,
    NOT_ORG_FIRST,
    ORG_APPOSITION,
    ORG_BEFORE_PERSON,
    ORG_CONTEXT,
    ORG_CUE,
    ORG_NATIONALITY,
    ORG_NOUN,
    ORG_NOUN_BEFORE,
    ORG_PREFIXED,
    ORG_SLOT,
    ORG_SLOT_LONG,
    ORG_SLOT_LONG_FR,
    ORG_SUFFIX,
    ORG_TAIL,
    ORG_TAIL_WORD,
    ORG_WORD,
    RELEASED_BY,
    SPELT_OUT,
)
from aikg.ingest.extractors.rules.orgnames import acronyms, firms, is_place, media
from aikg.ingest.extractors.rules.people_shapes import (
    AFTER_PREPOSITION,
    AND_BETWEEN,
    CAPS_SURNAME,
    CLAUSE_GOES_ON,
    HONORIFIC,
    HONORIFIC_SURNAME,
    NOT_NAMES,
    OPENERS,
    PARTICLES,
    PERSON_AFTER,
    PERSON_APPOSITION,
    PERSON_BEFORE,
    PERSON_NAME,
    PERSON_NAME_IN_TEXT,
    PERSON_PAREN_ORG,
    QUOTE_THEN_VERB,
    ROLE_BEFORE,
    ROLE_WORD,
    SLUGGABLE,
    TITLE_AFTER,
    TITLE_BEFORE,
    UPPER,
)
from aikg.ingest.extractors.rules.person_names import first_name_evidence, looks_like_person, surname_alone
from aikg.ingest.extractors.rules.spans import Occupied, Span

# the words a carnet of appointments opens a line with that are no company's name
CARNET_HEADINGS = frozenset(
    str.split(
        "Carnet Nomination Nominations Mouvements Mercato Portrait Entretien Interview Exclusif Info Agenda "
        "Recrutement Départ Arrivée Promotion Transfert Source Sources Crédit Photo Légende Contact Tribune "
        "Analyse Décryptage Lire Par Avec Note Rappel Attention Bilan Verdict Résumé"
    )
)
# a carnet's event noun before the person it is about: "Départ de Jo Lind", "Arrivée d'Ana Ruiz"
EVENT_OF = re.compile(
    r"(?:Départ|Arrivée|Nomination|Retour|Promotion|Recrutement|Démission)\s+(?:de\s+|d['’])"
)
# acronyms of technology a product name may end with ("Nadia SDK" names no person)
TECH_ACRONYMS = frozenset(
    str.split("SDK CLI RAG NPU GPT ASI APP APPS PDF SQL CRM ERP HPC IOT OCR TTS STT VR AR XR")
)
# a headline's rubric: "IA : ", "Intelligence artificielle : "
RUBRIC = re.compile(r"[^:«»]{1,30}\s:\s+")
# the groups of ORG_CONTEXT whose name comes after its cue ("ex-X", "partenariat entre X et Y")
CUE_FIRST = frozenset({"name", "name7", "name14", "name16", "name17", "name18", "name21", "name22"})


def _to_longer_names(found: list[Span], known: list[Span]) -> list[Span]:
    """'Wrenfield' found alone is the 'Wrenfield Robotics' named elsewhere in the text: a discovered
    organization whose name opens exactly one longer organization's name is that organization."""
    orgs = {s.entity.id: s.entity for s in (*found, *known) if s.type is EntityType.ORGANIZATION}
    out = []
    for span in found:
        entity = span.entity
        if entity.type is EntityType.ORGANIZATION:
            longer = [e for e in orgs.values() if e.name.startswith(f"{entity.name} ")]
            if len(longer) == 1:
                span = Span(span.start, span.end, longer[0], span.how)
        out.append(span)
    return out


class Discoverer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        families = set(gazetteer.families()) | {"GPT", "Claude", "Gemini", "Llama", "Grok", "Mistral", "Qwen"}
        self.model_shape = model_shape(sorted(families))
        self.tiers = gazetteer.tiers()
        tier_words = sorted(set(self.tiers) | {"Opus", "Sonnet", "Haiku"})
        self.tier = re.compile(
            rf"(?<![\w-])(?P<tier>{'|'.join(map(re.escape, tier_words))})"
            rf" (?P<v>{VERSION})(?![\w-])"
        )

    def discover(self, text: str, known: list[Span], title: str = "") -> list[Span]:
        """Names of unknown entities, none across a sentence end, a heading line or a paragraph break
        (each shape is matched within one sentence at a time)."""
        found = Occupied()
        occupied = Occupied(known)
        bounds = Bounds(text)
        for span in self._headline(title, text, occupied):
            found.add(span)
            occupied.add(span)
        for finder in (self._named, self._models, self._people, self._organizations):
            for span in finder(text, occupied, bounds):
                if finder != self._people and self._person_named(span.entity.name):
                    continue  # "Anne-Laure Quessaud, une spécialiste ...": a person's name is no company's
                if span.type is EntityType.ORGANIZATION and self._not_organization(text, span, bounds):
                    continue  # "basée à Lyon", "Contactée, la société ...": a place or a participle
                # a model's or a domain's name may contain a known name ("Valeo.ai" holds "Valeo")
                if found.free(span.start, span.end) and (
                    finder == self._models
                    or occupied.free(span.start, span.end)
                    or DOMAIN_NAME.fullmatch(span.entity.name)
                ):
                    found.add(span)
                    if occupied.free(span.start, span.end):
                        occupied.add(span)
        for span in self._listed(text, occupied, bounds):
            if not (span.type is EntityType.ORGANIZATION and self._not_organization(text, span, bounds)):
                found.add(span)
        # "Gabier" found alone is the "Gabier.ai" found elsewhere
        domains = {
            s.entity.name.rsplit(".", 1)[0]: s.entity
            for s in (*found.spans, *known)
            if s.type is EntityType.ORGANIZATION and DOMAIN_NAME.fullmatch(s.entity.name)
        }
        spans = [
            Span(s.start, s.end, domains[s.entity.name], s.how) if s.entity.name in domains else s
            for s in found.spans
        ]
        return _to_longer_names(spans, known)

    def _named(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        """Organizations by the shape of their whole name: firms named after partners ("Harlow, Price
        & Vance"), names defined with their acronym ("Agence de l'innovation de défense (AID)", then
        "AID" wherever the text repeats it), publications quoted as a source ("selon Les Échos")."""
        spans: list[Span] = []
        for start, end in bounds.ranges:
            if "&" in text[start:end]:
                for m in firms(text, start, end):
                    spans += self._firm(text, m.start(), m.end())
            for a in acronyms(text, start, end):
                spans += self._acronym_spans(text, a.start, a.end, a.name, a.acronym, known)
            for m in media(text, start, end):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        return spans

    @staticmethod
    def _not_organization(text: str, span: Span, bounds: Bounds) -> bool:
        """A place ("basée à Lyon", "In Berlin, ..."), or the inflected word that opens a sentence
        before a comma ("Contactée, la société ...", "Asked, ...", "Separately, ...")."""
        name = span.entity.name
        if is_place(name, text, span.start):
            return True
        if " " in name or not text.startswith(",", span.end):
            return False
        first, _ = bounds.around(span.start)
        if text[first : span.start].strip(" \t\n*_\"'«»“”-—") != "":
            return False
        word = name.lower()
        return word.endswith(("ly", "ment")) or any(lemma(word, lang) != word for lang in ("fr", "en"))

    def _firm(self, text: str, start: int, end: int) -> list[Span]:
        """A firm's name: 'Mendel & Stroud Capital' with its company word, without the names a list
        puts before it ('Harrow Peak Ventures, Mendel & Stroud Capital')."""
        tail = FIRM_TAIL.match(text, end)
        end = tail.end() if tail else end
        parts = re.split(r"(,\s+)", text[start:end])
        while len(parts) > 2 and (ORG_TAIL_WORD.match(parts[0]) or self.gazetteer.lookup(parts[0])):
            start += len(parts[0]) + len(parts[1])
            parts = parts[2:]
        name = text[start:end]
        if any(self.gazetteer.lookup(w) for w in re.split(r"[,&\s]+", name) if w):
            return []  # "Google & Microsoft" is two companies
        return self._span(start, end, EntityType.ORGANIZATION, name)

    def _acronym_spans(
        self, text: str, start: int, end: int, name: str, acronym: str, known: Occupied
    ) -> list[Span]:
        """The organization defined with its acronym (the known one when the reference data names it),
        and the acronym wherever the text uses it."""
        inside = known.within(start, end)
        entity: Entity | None
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            entity = inside[0].entity
            spans: list[Span] = []
        elif not known.free(start, end) or self.gazetteer.lookup(acronym) is not None:
            return []
        else:
            entity = self._entity(EntityType.ORGANIZATION, name)
            if entity is None or entity.type is not EntityType.ORGANIZATION:
                return []
            entity = entity.model_copy(update={"aliases": [*entity.aliases, acronym]})
            spans = [Span(start, end, entity, "discovered")]
        if entity.type is not EntityType.ORGANIZATION:
            return []
        for m in occurrences(acronym, text, r"(?<![\w'’&.-])", r"(?![\w&-])"):
            if known.free(m.start(), m.end()):
                spans.append(Span(m.start(), m.end(), entity, "discovered"))
        return spans

    def _person_named(self, name: str) -> bool:
        """A person's name by its shape, made of no word the reference data knows ("Claude Opus" is
        no person)."""
        return looks_like_person(name) and not any(self.gazetteer.lookup(w) for w in name.split())

    def headline_name(self, title: str) -> str | None:
        """The unknown company a headline is about ("Corvid Systems raises ...", "AI chip startup
        Pallor hires ...", "Intelligence artificielle : la start-up Pallor recrute ...")."""
        title = title.replace("’", "'")
        m = ORG_NOUN.search(title) or HEADLINE_ORG.match(title)
        if not m:
            return None
        name = m.group("name")
        rubric = RUBRIC.match(title)
        if rubric and (name.lower() in NOT_NAMES or name in NOT_ORG_ACRONYMS or self.gazetteer.lookup(name)):
            # "IA : Tramontane, la pépite ...": the name after a rubric
            m = HEADLINE_ORG.match(title[rubric.end() :])
            if not m:
                return None
            name = m.group("name")
        if any(w.lower() in NOT_NAMES for w in name.split()) or self.gazetteer.lookup(name):
            return None
        if is_place(name) or name in CARNET_HEADINGS or name in NOT_ORG_ACRONYMS:
            return None  # "Paris accueille ...", "Carnet : ...": a place or a rubric
        # "Anne-Sophie Kervella, de Google DeepMind à ...": a person's name opens the headline
        if looks_like_person(name):
            return None
        return name

    def headline_object(self, title: str) -> str | None:
        """The unknown second company a headline acts on ("Anthropic shuts Tallowbyte out of Claude",
        "Microsoft takes Loomwise's founders"); after a hiring verb only a possessive names a company."""
        for m in HEADLINE_OBJECT.finditer(title.replace("’", "'")):
            name = m.group("name").rstrip(".")
            if HEADLINE_PERSON_VERB.match(m.group()) and not m.group("poss"):
                continue
            if name.lower() in NOT_NAMES or name.lower() in NOT_LISTED or len(name) < 3:
                continue
            if self.gazetteer.lookup(name) is None:
                return name
        return None

    def _headline(self, title: str, text: str, occupied: Occupied) -> list[Span]:
        """The companies a headline is about, wherever the body names them."""
        out: list[Span] = []
        name, second = self.headline_name(title), self.headline_object(title)
        if name is not None:
            out += self._headline_spans(name, text, occupied)
        # the body's longer name ("Inflection AI", "Quillfeather Labs") is found there, not here
        if second is not None and not re.search(rf"(?<![\w-]){re.escape(second)}\s+[{UPPER}]", text):
            out += self._headline_spans(second, text, occupied)
        return out

    def _headline_spans(self, name: str, text: str, occupied: Occupied) -> list[Span]:
        out: list[Span] = []
        # "Loomwise" of a headline is the body's "Loomwise.ai", "Wrenfield" its "Wrenfield AI"
        domain = re.search(rf"(?<![\w.-]){re.escape(name)}\.(?:ai|io)(?![\w-])(?!\.\w)", text)
        longer = re.search(rf"(?<![\w.-]){re.escape(name)}\s+{ORG_TAIL}(?![\w-])", text)
        full = domain.group() if domain else longer.group() if longer else name
        # not where the body's name is longer: "Quillstone" of a headline, "Quillstone AI" in the body
        for found in occurrences(name, text, after=rf"(?![\w-])(?!\.\w)(?!\s+[{UPPER}])"):
            if occupied.free(found.start(), found.end()):
                out += self._span(found.start(), found.end(), EntityType.ORGANIZATION, full)
        if domain and occupied.free(domain.start(), domain.end()):
            out += self._span(domain.start(), domain.end(), EntityType.ORGANIZATION, full)
        return out

    def _listed(self, text: str, occupied: Occupied, bounds: Bounds) -> list[Span]:
        """A name listed next to a person or an organization is one too: 'Xavier Niel, Rodolphe
        Saadé et Eric Schmidt', 'Sequoia Capital, BlackRock and Nvidia'."""
        added: list[Span] = []
        queue = [s for s in occupied.spans if s.type in (EntityType.PERSON, EntityType.ORGANIZATION)]
        surnames = {w for s in queue if s.type is EntityType.PERSON for w in s.entity.name.split()}
        prefixes = {
            " ".join(s.entity.name.split()[:-1]) for s in queue if s.type is EntityType.ORGANIZATION
        }  # "Linéa" after "Linéa IA"
        while queue:
            span = queue.pop()
            for new in self._neighbours(text, span, bounds):
                if new.entity.name in surnames or new.entity.name in prefixes:
                    continue  # "Leike" after "Jan Leike" is a short form, not a new organization
                if occupied.free(new.start, new.end):
                    occupied.add(new)
                    added.append(new)
                    queue.append(new)
        return added

    def _neighbours(self, text: str, span: Span, bounds: Bounds) -> list[Span]:
        shape = PERSON_NAME if span.type is EntityType.PERSON else rf"{ORG_WORD}(?!\s+[{UPPER}])"
        out: list[Span] = []
        first, last = bounds.around(span.start)
        # "auprès de A, d'B et de C": a French list repeats its preposition before organizations
        preposition = "" if span.type is EntityType.PERSON else r"(?:d['’]|de\s+|du\s+)?"
        after = compiled(rf"{LIST_LINK}{preposition}(?P<name>{shape})(?![\w'’-])").match(
            text[span.end : min(span.end + 80, last)]
        )
        window = max(first, span.start - 80)
        before = compiled(rf"(?<![\w'’-])(?P<name>{shape}){LIST_LINK}$").search(text[window : span.start])
        # a bare comma makes a list only when the list goes on: "Interrogée, Mistral AI n'a pas",
        # "In Lyon, Corvane hired" name nothing beside the organization
        goes_on = compiled(LIST_LINK).match(text, span.end, last) is not None
        if after and (
            not BARE_COMMA.fullmatch(text, span.end, span.end + after.start("name"))
            or before
            or compiled(LIST_LINK).match(text, span.end + after.end("name"), last)
        ):
            out += self._listed_span(span.end + after.start("name"), after.group("name"), span.type)
        if before and (not BARE_COMMA.fullmatch(text, window + before.end("name"), span.start) or goes_on):
            out += self._listed_span(window + before.start("name"), before.group("name"), span.type)
        return out

    def _listed_span(self, start: int, name: str, kind: EntityType) -> list[Span]:
        words = name.split()
        if any(w.lower() in NOT_NAMES or w.lower() in NOT_LISTED or w.endswith("ly") for w in words):
            return []
        if kind is EntityType.PERSON and (
            any(self.gazetteer.lookup(w) for w in words) or ORG_TAIL_WORD.match(words[-1])
        ):
            kind = EntityType.ORGANIZATION if ORG_TAIL_WORD.match(words[-1]) else kind
            if kind is EntityType.PERSON:
                return []
        return self._span(start, start + len(name), kind, name)

    def _entity(self, kind: EntityType, name: str) -> Entity | None:
        known = self.gazetteer.lookup(name)
        if known is not None:
            return known if known.type is kind else None
        if not SLUGGABLE.search(unicodedata.normalize("NFKD", name)):
            return None  # no letter or digit an id could be made of
        return Entity(type=kind, name=name)

    def _span(self, start: int, end: int, kind: EntityType, name: str) -> list[Span]:
        entity = self._entity(kind, name)
        return [Span(start, end, entity, "discovered")] if entity else []

    def _models(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        shapes = [O_SERIES] + ([self.model_shape] if self.model_shape else [])
        for shape in shapes:
            for m in bounds.finditer(shape, text):
                spans += self._span(m.start(), m.end(), EntityType.MODEL, m.group().strip())
        for known_model in known.spans:
            edition = EDITION.match(text, known_model.end) if known_model.type is EntityType.MODEL else None
            if edition:  # "Le Chat Enterprise": an edition of a known product is a model of its own
                name = f"{known_model.entity.name}{edition.group()}"
                entity = self._entity(EntityType.MODEL, name)
                if entity is not None and entity.developer is None:  # made by the known product's maker
                    entity = entity.model_copy(update={"developer": known_model.entity.developer})
                if entity is not None:
                    spans.append(Span(known_model.start, edition.end(), entity, "discovered"))
        versioned = list(bounds.finditer(WORD_VERSION, text))
        cued = {
            m.group().split("-")[0]
            for m in versioned
            if MODEL_CUE.search(text, max(0, m.start() - 120), m.end() + 120)
        }
        for m in versioned:
            head = m.group().split("-")[0].split()[0]
            if head.lower() in NOT_NAMES or self.gazetteer.lookup(head) is not None:
                continue
            # "Grésil-3 doit succéder à Grésil-2": one version near a model word makes the family models
            if m.group().split("-")[0] in cued:
                spans += self._span(m.start(), m.end(), EntityType.MODEL, m.group())
        # "Notara, the speech-to-notes model ...", "Misaine-7B, un petit modèle de langage"
        for m in bounds.finditer(MODEL_DESCRIBED, text):
            name = m.group("name")
            if name.split()[0].lower() in NOT_NAMES or self.gazetteer.lookup(name) is not None:
                continue
            if re.search(rf"[{UPPER}][\w&.-]*\s$", text[max(0, m.start() - 40) : m.start()]):
                continue  # "Kobold Systems, an agent ...": the end of a longer name
            spans += self._span(m.start("name"), m.end("name"), EntityType.MODEL, name)
        for m in bounds.finditer(self.tier, text):
            family = self.tiers.get(m.group("tier"), "Claude")
            spans += self._span(m.start(), m.end(), EntityType.MODEL, f"{family} {m.group()}")
        for m in bounds.finditer(MODEL_APPOSITION, text):
            group = "name" if m.group("name") else "name2"
            start, end = m.start(group), m.end(group)
            if m.group(group).split()[0].lower() in NOT_NAMES | OPENERS or not known.free(start, end):
                continue
            spans += self._span(start, end, EntityType.MODEL, m.group(group))
        for m in bounds.finditer(NAMED_MODEL, text):
            group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
            if m.group(group).lower() in NOT_NAMES:
                continue
            spans += self._span(m.start(group), m.end(group), EntityType.MODEL, m.group(group))
        for m in bounds.finditer(CALLED_MODEL, text):
            if m.group("name").split()[0].lower() not in NOT_NAMES:
                spans += self._span(m.start("name"), m.end("name"), EntityType.MODEL, m.group("name"))
        for start, end in bounds.ranges:
            if not MODEL_CUE.search(text, start, end):
                continue
            for m in SPACED_VERSION.finditer(text, start, end):
                at, name = m.start(), m.group()
                first = name.split()[0]
                if len(m.group("name").split()) > 1 and (first.lower() in NOT_NAMES | OPENERS | NOT_LISTED):
                    at, name = at + len(first) + 1, name[len(first) + 1 :]  # "The Vellum 3 model"
                head = name.split()[0]
                if head in NOT_MODEL_HEADS or head.lower() in NOT_NAMES or self.gazetteer.lookup(head):
                    continue
                spans += self._span(at, at + len(name), EntityType.MODEL, name)
        return spans

    def _people(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        people = {s.entity.name for s in known.spans if s.type is EntityType.PERSON}
        for m in bounds.finditer(PERSON_NAME_IN_TEXT, text):
            start, name = m.start(), m.group()
            if (event := EVENT_OF.match(name)) and len(name[event.end() :].split()) >= 2:
                start, name = start + event.end(), name[event.end() :]  # "Départ de Jo Lind": Jo Lind
            while len(name.split()) > 2 and (
                name.split()[0].lower() in NOT_NAMES
                or name.split()[0].lower() in OPENERS
                or ROLE_WORD.match(name.split()[0])
                # "recrute à Paris Ilona Szabo": a place after a preposition, then the name
                or (start == m.start() and AT_PLACE.search(text, max(0, start - 4), start))
                # "Investor Tobias Lind": a capitalised word, then a first name
                or (not is_first_name(name.split()[0]) and is_first_name(name.split()[1]))
            ):
                first = name.split()[0]
                start += len(first) + (len(name) - len(name[len(first) :].lstrip()) - len(first))
                name = name[len(first) :].lstrip()
            if HONORIFIC.match(name.split()[0]):  # "Mme Anne Lind" is Anne Lind; "Mme Lind", below
                if len(name.split()) < 3:
                    continue
                first = name.split()[0]
                start += len(name) - len(name[len(first) :].lstrip())
                name = name[len(first) :].lstrip()
            if not name[:1].isupper():
                continue  # "Venu de Pelorie": a participle, then a particle, is no name
            end = start + len(name)
            words = name.split()
            inner = [w for i, w in enumerate(words) if not (i and w.lower() in PARTICLES)]
            if any(w.lower() in NOT_NAMES for w in inner) or not known.free(start, end):
                continue
            if ORG_TAIL_WORD.match(words[-1]) or any(n.endswith(" " + name) for n in people):
                continue
            if INSTITUTION_FIRST.match(words[0]):
                continue  # "la Banque de France a publié": a public body's name
            if any(self.gazetteer.lookup(w) for w in words):
                continue
            if ORG_NOUN_BEFORE.search(text, max(0, start - 20), start):
                continue
            if (
                self._person_context(text, start, end, known)
                or surname_alone(text, words[-1], start)
                or first_name_evidence(text, start, end, words)
            ):
                spans += self._span(start, end, EntityType.PERSON, name)
        spans += self._caps_surnames(text, known, bounds)
        return spans + self._honorific_surnames(text, known, bounds, spans)

    def _caps_surnames(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        """'Jean DUPRAZ': a first name, then a surname in capitals (named 'Jean Dupraz')."""
        spans: list[Span] = []
        for m in bounds.finditer(CAPS_SURNAME, text):
            first, surname = m.group("first"), m.group("surname")
            if (
                not is_first_name(first)
                or surname in NOT_ORG_ACRONYMS | TECH_ACRONYMS
                or ORG_TAIL_WORD.match(surname)
            ):
                continue
            if (
                self.gazetteer.lookup(surname)
                or self.gazetteer.lookup(first)
                or not known.free(m.start(), m.end())
            ):
                continue
            spans += self._span(m.start(), m.end(), EntityType.PERSON, f"{first} {surname.title()}")
        return spans

    def _honorific_surnames(
        self, text: str, known: Occupied, bounds: Bounds, found: list[Span]
    ) -> list[Span]:
        """'M. Carbonnel', 'Mme Levasseur': a surname after a courtesy title is a person's, unless the
        text names that person in full (the short form then refers to the full name)."""
        surnames = {  # "Le Floch" and "Floch" of "Yannick Le Floch"
            " ".join(s.entity.name.split()[i:])
            for s in (*known.spans, *found)
            if s.type is EntityType.PERSON
            for i in range(1, len(s.entity.name.split()))
        }
        spans: list[Span] = []
        for m in bounds.finditer(HONORIFIC_SURNAME, text):
            name = m.group("name")
            if name in surnames or name.lower() in NOT_NAMES or self.gazetteer.lookup(name) is not None:
                continue
            if known.free(m.start("name"), m.end("name")) and not INSTITUTION_FIRST.match(name):
                spans += self._span(m.start("name"), m.end("name"), EntityType.PERSON, name)
        return spans

    @staticmethod
    def _person_context(text: str, start: int, end: int, known: Occupied) -> bool:
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        prev, nxt = known.before(start), known.after(end)
        org_before = bool(
            ORG_BEFORE_PERSON.search(before)
            and prev is not None
            and start - prev.end <= 6
            and prev.type is EntityType.ORGANIZATION
            and CLAUSE_GOES_ON.match(after)
        )
        org_after = bool(
            nxt is not None
            and nxt.start - end <= 7
            and nxt.type is EntityType.ORGANIZATION
            and re.match(r"^\s*(?:d['’]|de |of |from |chez |at |\()", text[end : nxt.start + 1])
        )
        return bool(
            # "le directeur général de Nuage Noir": after the role's preposition comes its organization
            (TITLE_BEFORE.search(before) and not AFTER_PREPOSITION.search(before))
            or TITLE_AFTER.search(after)
            or org_before
            or org_after
            or PERSON_BEFORE.search(before)
            or PERSON_AFTER.match(after)
            or PERSON_APPOSITION.match(after)
            or QUOTE_THEN_VERB.search(before)
        )

    def _model_makers(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        """'Brume-3 de Pelorie', 'le modèle Sarcelle 2 d'Ostrale': who a model is of is a company;
        'Gwendal Troadec (Ostrale)': the organization in brackets after a person is theirs."""
        spans: list[Span] = []
        for model in known.spans:
            if model.type is EntityType.PERSON:
                m = PERSON_PAREN_ORG.match(text, model.end)  # "Gwendal Troadec (Ostrale)"
            elif model.type is EntityType.MODEL:
                m = MODEL_OF.match(text, model.end)
                first, _ = bounds.around(model.start)
                maker = RELEASED_BY.search(text[max(first, model.start - 120) : model.start])
                if maker and maker.group("name").lower() not in NOT_NAMES | OPENERS:
                    at = max(first, model.start - 120) + maker.start("name")
                    name = maker.group("name")
                    if not is_first_name(name) and not LONGER_BEFORE.search(text, max(0, at - 40), at):
                        spans += self._span(at, at + len(name), EntityType.ORGANIZATION, name)
            else:
                continue
            if m and m.group("name").lower() not in NOT_NAMES and not is_first_name(m.group("name")):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        return spans

    def _organizations(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        for m in bounds.finditer(DOMAIN_NAME, text):
            spans += self._span(m.start(), m.end(), EntityType.ORGANIZATION, m.group())
        for m in bounds.finditer(ORG_SUFFIX, text):
            name = m.group().strip()
            if not any(w.lower() in NOT_NAMES for w in name.split()[:-1]):
                spans += self._span(m.start(), m.start() + len(name), EntityType.ORGANIZATION, name)
        # first: "auprès de la Caisse des dépôts" is no "Caisse"
        for m in bounds.finditer(INSTITUTION, text):
            spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        at_role = [
            m
            for m in bounds.finditer(AT_ORG, text)
            if ROLE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ]
        for m in [*bounds.finditer(ORG_SLOT, text), *at_role]:
            name = m.group("name")
            longer = next(
                occurrences(name, text, after=rf"\s+[{UPPER}]"), None
            )  # "Ferrous" of "Ferrous Logic"
            if (
                name.lower() not in NOT_NAMES
                and name.lower() not in NOT_LISTED
                and len(name) > 2
                and not longer
            ):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        at_role_long = [
            m
            for m in bounds.finditer(AT_ORG_LONG, text)
            if ROLE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ]
        for m in [*at_role_long, *bounds.finditer(ORG_SLOT_LONG_FR, text)]:
            words = m.group("name").split()
            if is_first_name(words[0]) or words[0] in NOT_ORG_FIRST or is_place(m.group("name")):
                continue  # "le directeur général de Nuage Noir", not "la fille de Jean Pike"
            if any(w.lower() in NOT_NAMES | NOT_LISTED or self.gazetteer.lookup(w) for w in words):
                continue
            spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        for m in bounds.finditer(ORG_APPOSITION, text):
            name, at = m.group("name"), m.start("name")
            first = name.split()[0]
            if len(name.split()) > 1 and first.lower() in NOT_LISTED:
                name, at = name[len(first) + 1 :], at + len(first) + 1  # "Now Ledgerline, a start-up"
            prev = known.before(at)
            if (  # "par A B et C D, la société ...": C D is coordinated with a person
                prev is not None
                and prev.type is EntityType.PERSON
                and AND_BETWEEN.fullmatch(text, prev.end, m.start("name"))
            ):
                continue
            if name.split()[0].lower() not in NOT_NAMES and name.split()[0].lower() not in NOT_LISTED:
                spans += self._span(at, m.end("name"), EntityType.ORGANIZATION, name)
        people = {w for s in known.spans if s.type is EntityType.PERSON for w in s.entity.name.split()}
        for m in bounds.finditer(ORG_CUE, text):
            group = "name2" if m.group("name2") else "name"
            name = m.group(group)
            if group == "name2" and LONGER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Pollen Works raised ...": the end of a longer name
            if (
                name.lower() not in NOT_NAMES
                and name.lower() not in NOT_LISTED
                and name.lower() not in OPENERS
                and name not in people
                and not is_first_name(name)
                and not ROLE_WORD.match(name)
            ):
                spans += self._span(m.start(group), m.end(group), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_SLOT_LONG, text):
            name = m.group("name")
            words = name.split()
            if any(w.lower() in NOT_NAMES or w.lower() in NOT_LISTED for w in words) or is_first_name(
                words[0]
            ):
                continue
            if any(self.gazetteer.lookup(w) for w in words):
                continue  # "backed by Google Ventures" is the reference data's business
            spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(HYPHENATED_ACRONYM, text):
            if not any(part in NOT_ORG_ACRONYMS for part in m.group().split("-")):
                spans += self._span(m.start(), m.end(), EntityType.ORGANIZATION, m.group())
        for m in bounds.finditer(ACRONYM_SLOT, text):
            if m.group("name").upper() not in NOT_ORG_ACRONYMS:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        # (a single name that leads a round or builds things is a company's even if a first name too)
        for m in [*bounds.finditer(BASED_ORG, text), *bounds.finditer(ORG_CONTEXT, text)]:
            # one name, or two ("Ostrale et Pelorie ont noué un partenariat")
            for group in (g for g in NAME_GROUPS if m.groupdict().get(g)):
                name = m.group(group)
                # (a name after its cue, "partenariat entre X", has no longer name to end)
                if group not in CUE_FIRST and LONGER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "Pollen Works, qui ...": the end of a longer name
                if name in people:
                    continue  # "Pike, basée à Lyon": a person named by surname
                if name.lower() not in NOT_NAMES and name.lower() not in NOT_LISTED:
                    spans += self._span(m.start(group), m.end(group), EntityType.ORGANIZATION, name)
        spans += self._model_makers(text, known, bounds)
        for m in CARNET_LINE.finditer(text):
            name = m.group("name")
            if (
                name in CARNET_HEADINGS
                or name.lower() in NOT_NAMES
                or lemma(name.lower(), "fr") != name.lower()
            ):
                continue  # "Nominations : Jo Pike ...": a heading, not a company
            spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        # "selon Maddyness, ...", "told Semafor.": a source quoted by one name, unless a person's
        surnames = {s.entity.name.split()[-1] for s in known.spans if s.type is EntityType.PERSON}
        for m in bounds.finditer(MEDIA_WORD, text):
            name = m.group("name")
            if name.lower() not in NOT_NAMES and name not in surnames and not is_first_name(name):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_NATIONALITY, text):
            name = m.group("name")
            if name.split()[0].lower() not in NOT_NAMES:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_PREFIXED, text):
            spans += self._span(m.start(), m.end(), EntityType.ORGANIZATION, m.group())
        for m in bounds.finditer(ORG_NOUN, text):
            name = m.group("name")
            # "une société AGI (Artificial General Intelligence)": an acronym the text spells out
            spelt = name.isupper() and SPELT_OUT.match(text, m.end())
            if name.split()[0].lower() not in NOT_NAMES and not spelt:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        return spans
