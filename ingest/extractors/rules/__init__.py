"""The default extractor: offline, deterministic rules over sentences (English and French)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace

from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult, Mention
from aikg.ingest.extractors.rules.assemble import assemble, drop_jobs_left
from aikg.ingest.extractors.rules.boards import board_titles
from aikg.ingest.extractors.rules.coreference import (
    CONTINUES_SUBJECT,
    FRONTED_CLAUSE,
    FocusTracker,
    repeated_spans,
    section_heading,
    short_form_spans,
    unresolved_opening,
)
from aikg.ingest.extractors.rules.descriptive import descriptive_spans
from aikg.ingest.extractors.rules.discovery import Discoverer
from aikg.ingest.extractors.rules.gazetteer import Gazetteer
from aikg.ingest.extractors.rules.headline import headline_facts
from aikg.ingest.extractors.rules.lemmas import warm
from aikg.ingest.extractors.rules.licences import licence_candidates
from aikg.ingest.extractors.rules.occurrences import occurrences
from aikg.ingest.extractors.rules.pairs import pair_candidates
from aikg.ingest.extractors.rules.patterns import Candidate, apply_structural, apply_triggers
from aikg.ingest.extractors.rules.removals import RemovalTracker
from aikg.ingest.extractors.rules.rounds import raiser_in
from aikg.ingest.extractors.rules.ruledata import rules_for, structural
from aikg.ingest.extractors.rules.sentences import Sentence, quoted_spans, split_sentences
from aikg.ingest.extractors.rules.siblings import sibling_developers
from aikg.ingest.extractors.rules.spans import Span, merge, prefer_longer
from aikg.ingest.extractors.rules.template import Template, build_template
from aikg.ingest.extractors.rules.titles import founders_lists, titled_people

KNOWN_DEVELOPER_CONFIDENCE = 0.6
# a fact below this calibrated confidence is left out (chosen on the corpus, devset and challenge set)
MIN_CONFIDENCE = 0.8
# "Two ex-xAI engineers ...": the organization a headline names as a former employer is not its topic
FORMER_BEFORE = re.compile(r"(?:\bex-|\bformer\s+|\bancien(?:ne)?s?\s+(?:de\s+|d')?)$", re.IGNORECASE)


# "Jo Lind, de Google DeepMind à Tessère Bio", "from OpenAI to ...": the first is where a person was
FROM_BEFORE = re.compile(r"(?:\bde\s+|\bd['’]|\bfrom\s+)$", re.IGNORECASE)
TO_AFTER = re.compile(r"\s+(?:à|au|to|chez|pour|for)\s", re.IGNORECASE)


def _former_in(headline: str, start: int, end: int) -> bool:
    """Whether the headline names the organization at [start, end) as somebody's former employer."""
    before = headline[:start]
    from_to = FROM_BEFORE.search(before) and TO_AFTER.match(headline, end)
    return bool(FORMER_BEFORE.search(before) or from_to)


def _discovered_in_title(headline: str, spans: list[Span], title: list[Entity]) -> list[Entity]:
    """Organizations discovered in the body that the headline names too (not as a former employer),
    in the headline's order: what the article is about."""
    ids = {e.id for e in title}
    found: dict[str, tuple[int, Entity]] = {}
    for span in spans:
        entity = span.entity
        if entity.type is not EntityType.ORGANIZATION or span.how != "discovered" or entity.id in ids:
            continue
        m = next(occurrences(entity.name, headline), None)
        if m is not None and not _former_in(headline, m.start(), m.end()):
            found.setdefault(entity.id, (m.start(), entity))
    return [entity for _, entity in sorted(found.values(), key=lambda f: f[0])]


DELAYED_DEVELOPER_RULE = "code.delayed-developer"


def delayed_developers(
    found: list[tuple[Candidate, Sentence | None]],
) -> list[tuple[Candidate, Sentence | None]]:
    """A company that delays a model develops it: each DELAYED candidate also gives DEVELOPED."""
    return [
        (replace(c, predicate=Predicate.DEVELOPED, rule=DELAYED_DEVELOPER_RULE, props={}, role=None), where)
        for c, where in found
        if c.predicate is Predicate.DELAYED
    ]


class RulesExtractor:
    name = "rules"

    def __init__(
        self, reference: Iterable[Entity] | None = None, min_confidence: float = MIN_CONFIDENCE
    ) -> None:
        self.min_confidence = min_confidence
        if reference is None:
            from aikg.ingest.reference import load_reference

            reference = load_reference().entities
        self.gazetteer = Gazetteer(reference)
        self.discoverer = Discoverer(self.gazetteer)
        self.families = self.gazetteer.families()
        warm("en", "fr")
        # the rules of both languages now, rather than inside the first document of each
        for language in ("en", "fr"):
            rules_for(language)
        structural()

    def extract(self, doc: Document) -> ExtractionResult:
        source = doc.to_source()
        text = doc.text
        sentences = split_sentences(text)
        spans = self._find_spans(text, doc.title or "")
        headline_text = doc.title or ""
        title = [
            s.entity
            for s in self.gazetteer.find(headline_text)
            if s.type is EntityType.ORGANIZATION and not _former_in(headline_text, s.start, s.end)
        ]
        headline = self.discoverer.headline_name(doc.title or "")
        title += [
            s.entity
            for s in spans
            if headline
            and s.type is EntityType.ORGANIZATION
            and f"{s.entity.name} ".startswith(f"{headline} ")
        ][:1]
        # "Jo Lind, de Google DeepMind à Tessère Bio": the body's organizations the headline names
        # (not as a former employer) are what the article is about too
        title += _discovered_in_title(headline_text, spans, title)
        reading = _Reading(text, spans, quoted_spans(text), FocusTracker(title))
        rules = rules_for(doc.language or "en")
        structural_rules = structural()
        candidates: list[tuple[Candidate, Sentence | None]] = []
        removals = RemovalTracker()
        for sentence in sentences:
            person = reading.previous_person()
            people = reading.previous_people()
            reading.tracker.round_owner = reading.raiser if reading.raiser_age <= 2 else None
            template, described, focus = reading.read(sentence)
            found = apply_structural(template, structural_rules)
            previous = reading.templates[-2].sentence.text if len(reading.templates) > 1 else ""
            raiser = raiser_in(template, focus)
            reading.raiser, reading.raiser_age = (
                (raiser, 0) if raiser else (reading.raiser, reading.raiser_age + 1)
            )
            found += apply_triggers(
                template, rules, focus, person, people, previous, reading.raiser, reading.raiser_age <= 3
            )
            found += self._owned(template, described, reading.known(template))
            found += titled_people(template, focus, reading.tracker.previous_lead())
            found += board_titles(template, focus)
            found += founders_lists(template, focus)
            found += removals.step(template, focus, person)
            candidates += [(c, None) for c in found]
        candidates += [(c, sentences[j]) for c, j in pair_candidates(reading.templates)]
        all_spans = sorted(spans + reading.added, key=lambda s: s.start)
        candidates += self._known_developers(all_spans, reading.templates, candidates)
        candidates += delayed_developers(candidates)
        candidates += sibling_developers(_first_mentions(all_spans, reading.templates), candidates)
        developers = {c.object.id: c.subject for c, _ in candidates if c.predicate is Predicate.DEVELOPED}
        known = {s.entity.id: s.entity for s in all_spans}
        candidates += [
            (c, None)
            for c in licence_candidates(reading.templates, developers, {**self.gazetteer.by_id, **known})
        ]
        facts = assemble(candidates, doc, source.id, sentences)
        entities: dict[str, Entity] = {}
        for span in all_spans:
            entities.setdefault(span.entity.id, span.entity)
        if doc.title:
            told = {f.fact_id for f in facts}
            heads = headline_facts(
                doc.title, list(entities.values()), source.id, rules, structural_rules, text
            )
            facts += merge_facts(f for f in heads if f.fact_id not in told)
        # what the rules cannot decide they leave out: a fact whose calibrated confidence is too low
        # (headline-only facts stay, marked as such)
        facts = [f for f in facts if f.confidence >= self.min_confidence or f.headline_only]
        facts = drop_jobs_left(facts, {e.id: e.name for e in entities.values()})
        mentions = [
            Mention(entity_id=s.entity.id, start=s.start, end=s.end, text=text[s.start : s.end])
            for s in all_spans
        ]
        return ExtractionResult(
            source=source, entities=list(entities.values()), facts=facts, mentions=mentions
        )

    def _find_spans(self, text: str, title: str = "") -> list[Span]:
        """Known names, then discovered ones (wherever the text repeats them), then short forms of both."""
        spans = self.gazetteer.find(text)
        spans = prefer_longer(spans, self.discoverer.discover(text, spans, title))
        spans = merge(spans, repeated_spans(text, spans))
        return merge(spans, short_form_spans(text, spans))

    @staticmethod
    def _owned(template: Template, described: list[Span], known: dict[str, Entity]) -> list[Candidate]:
        """'son modèle open source': the owner developed the model."""
        out = []
        for span in described:
            owner = known.get(span.entity.developer or "")
            if owner is not None:
                out.append(
                    Candidate(
                        owner, Predicate.DEVELOPED, span.entity, 0.7, template, 0, rule="code.owned-model"
                    )
                )
        return out

    def _known_developers(
        self, spans: list[Span], templates: list[Template], found: list[tuple[Candidate, Sentence | None]]
    ) -> list[tuple[Candidate, Sentence | None]]:
        """A model whose developer the reference data knows, when the article names that developer too."""
        orgs = {s.entity.id: s.entity for s in spans if s.type is EntityType.ORGANIZATION}
        sentence_starts = [t.sentence.start for t in templates]
        developed = {c.object.id for c, _ in found if c.predicate is Predicate.DEVELOPED}
        out: list[tuple[Candidate, Sentence | None]] = []
        mentions: dict[str, list[Template]] = {}
        for span in spans:
            model = span.entity
            if model.type is not EntityType.MODEL or model.id in developed:
                continue
            index = max(0, bisect_right(sentence_starts, span.start) - 1)
            mentions.setdefault(model.id, []).append(templates[index])
        models = {s.entity.id: s.entity for s in spans if s.entity.id in mentions}
        for model_id, where in mentions.items():
            model = models[model_id]
            developer = model.developer or self.families.get(model.name.split()[0].split("-")[0])
            if developer not in orgs:
                continue
            # the first sentence that names the developer with the model, else the first mention
            together = [t for t in where if any(s.entity.id == developer for s in t.slots)]
            template = (together or where)[0]
            out.append(
                (
                    Candidate(
                        orgs[developer],
                        Predicate.DEVELOPED,
                        model,
                        KNOWN_DEVELOPER_CONFIDENCE,
                        template,
                        0,
                        dated=bool(together),
                        rule="code.known-developer",
                    ),
                    None,
                )
            )
        return out


def _first_mentions(spans: list[Span], templates: list[Template]) -> dict[str, tuple[Entity, Template]]:
    """Each model the spans name, with the template of the sentence that first names it."""
    starts = [t.sentence.start for t in templates]
    out: dict[str, tuple[Entity, Template]] = {}
    for span in spans:
        if span.type is EntityType.MODEL and span.entity.id not in out and templates:
            out[span.entity.id] = (span.entity, templates[max(0, bisect_right(starts, span.start) - 1)])
    return out


class _Reading:
    """The sentence-by-sentence pass over one document: mentions per sentence (with anaphors and
    described models resolved against what came before) turned into templates."""

    def __init__(self, text: str, spans: list[Span], quotes: list[tuple[int, int]], tracker: FocusTracker):
        self.text = text
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.quotes = quotes
        self.tracker = tracker
        self.templates: list[Template] = []
        self.added: list[Span] = []
        self.previous: list[Span] = []
        self.earlier: list[Span] = []
        self.raiser: Entity | None = None  # the organization the last funding round was about
        self.raiser_age = 0  # sentences since that round was told

    def read(self, sentence: Sentence) -> tuple[Template, list[Span], Entity | None]:
        text, tracker = self.text, self.tracker
        window = self.spans[bisect_left(self.starts, sentence.start) : bisect_left(self.starts, sentence.end)]
        own = [s for s in window if s.end <= sentence.end]
        heading, section = section_heading(text, sentence.start, sentence.end, own)
        if heading:
            tracker.section = section  # "**Cohere.** The Toronto company ...": the paragraph's focus
        focus = tracker.focus()
        continued = tracker.last_subject() if CONTINUES_SUBJECT.match(text, sentence.start) else None
        focus = continued or focus  # "Elle a aussi publié ...": the last sentence's subject still
        own = merge(own, tracker.anaphor_spans(text, sentence.start, sentence.end, own))
        if unresolved_opening(text, sentence.start, own):
            focus = None  # "The startup had raised ...", and which start-up could not be told
        own = merge(own, tracker.person_spans(text, sentence.start, sentence.end, own, self.previous))
        described = descriptive_spans(text, sentence.start, sentence.end, own, focus)
        own = merge(own, described)
        self.added += [s for s in own if s.how in ("anaphor", "described")]
        template = build_template(sentence, own, self.quotes)
        self.templates.append(template)
        fronted = FRONTED_CLAUSE.match(text, sentence.start, sentence.end)
        tracker.record(own, fronted.end() if fronted else sentence.start, text)
        if continued is not None:
            tracker.add_subject(continued)
        self.previous, self.earlier = own, self.previous
        return template, described, focus

    def previous_person(self) -> Entity | None:
        """The one person the previous sentence named, if it named exactly one; else, when it named
        none, the one person the sentence before named."""
        for spans in (self.previous, self.earlier):
            people = {s.entity.id: s.entity for s in spans if s.type is EntityType.PERSON}
            if people:
                return next(iter(people.values())) if len(people) == 1 else None
        return None

    def previous_people(self) -> list[Entity]:
        """The persons the previous sentence named, in order."""
        people = {s.entity.id: s.entity for s in self.previous if s.type is EntityType.PERSON}
        return list(people.values())

    def known(self, template: Template) -> dict[str, Entity]:
        return {**self.tracker.seen, **{s.entity.id: s.entity for s in template.slots}}
