"""From rule candidates to schema facts: properties, evidence with exact offsets, and merging of
the same fact found in several sentences."""

from __future__ import annotations

from aikg.graph.merge import merge_facts
from aikg.graph.schema import Evidence, Fact, FactProperties, Predicate
from aikg.ingest.document import Document
from aikg.ingest.extractors.rules.calibration import confidence
from aikg.ingest.extractors.rules.patterns import Candidate
from aikg.ingest.extractors.rules.properties import (
    DATE_PHRASE,
    date_for,
    date_in,
    model_for,
    reason_for,
    retarget,
    role_before_subject,
)
from aikg.ingest.extractors.rules.sentences import Sentence

DATED = {
    Predicate.DEPARTED,
    Predicate.JOINED,
    Predicate.ACQUIRED,
    Predicate.INVESTED_IN,
    Predicate.PARTNERED_WITH,
    Predicate.DEVELOPED,
    Predicate.DELAYED,
    Predicate.REVOKED_ACCESS,
    Predicate.GRANTED_ACCESS,
    Predicate.FOUNDED,
}
REASONED = {Predicate.DELAYED, Predicate.REVOKED_ACCESS}
# events whose date is often given by the sentence before: "X announced on 24 August a round of
# $235 million. The round was led by Y."
DATE_FROM_CONTEXT = {
    Predicate.INVESTED_IN,
    Predicate.JOINED,
    Predicate.DEPARTED,
    Predicate.REVOKED_ACCESS,
    Predicate.GRANTED_ACCESS,
    Predicate.PARTNERED_WITH,
    Predicate.ACQUIRED,
    Predicate.DELAYED,
}
ACCESS = {Predicate.GRANTED_ACCESS, Predicate.REVOKED_ACCESS}
ROLED = {Predicate.WORKS_AT, Predicate.DEPARTED}


def _previous_in_paragraph(doc: Document, sentence: Sentence, sentences: list[Sentence]) -> str | None:
    if sentence.index == 0:
        return None
    previous = sentences[sentence.index - 1]
    return None if "\n\n" in doc.text[previous.end : sentence.start] else previous.text


def _date(c: Candidate, doc: Document, previous: str | None) -> str | None:
    """The sentence's own date, else for events the date of the sentence before in the paragraph,
    else (for events) the publication month."""
    if DATE_PHRASE.search(c.template.text):  # its own date, even one without an article date to resolve
        return date_in(c.template.text, doc.published, doc.language)
    if (
        previous
        and c.predicate in DATE_FROM_CONTEXT
        and (found := date_in(previous, doc.published, doc.language))
    ):
        return found
    return date_for(c, doc.published, doc.language)


def _properties(
    c: Candidate, doc: Document, next_sentence: str | None, previous: str | None = None
) -> FactProperties:
    props = dict(c.props)
    if c.predicate in ROLED:
        role = c.role or (role_before_subject(c) if c.predicate is Predicate.WORKS_AT else None)
        if role:
            props["role"] = role
    if c.dated and c.predicate in DATED and (date := _date(c, doc, previous)):
        props["date"] = date
    if c.predicate in REASONED and (reason := reason_for(c, next_sentence)):
        props["reason"] = reason
    if c.predicate in ACCESS and (model := model_for(c)):
        props["model"] = model
    return FactProperties(**props)


def _explicit_dates_first(facts: list[Fact], explicit: list[bool]) -> list[Fact]:
    """Drop the inferred dates of a fact whose date some sentence gives explicitly, so the merge
    (first date wins) keeps the first explicit one."""
    dated = {f.fact_id for f, e in zip(facts, explicit, strict=True) if e}
    return [
        f.model_copy(update={"properties": f.properties.model_copy(update={"date": None})})
        if f.fact_id in dated and not e
        else f
        for f, e in zip(facts, explicit, strict=True)
    ]


def assemble(
    candidates: list[tuple[Candidate, Sentence | None]],
    doc: Document,
    source_id: str,
    sentences: list[Sentence],
) -> list[Fact]:
    facts: list[Fact] = []
    explicit: list[bool] = []
    joined = _joined_in_sentence(candidates)
    for candidate, extra in candidates:
        for c in retarget(candidate):
            if c.subject.id == c.object.id:
                continue
            c = _moved_on(c, joined)
            sentence = c.template.sentence
            following = sentences[sentence.index + 1].text if sentence.index + 1 < len(sentences) else None
            start, end = sentence.start, sentence.end
            if extra is not None:
                start, end = min(start, extra.start), max(end, extra.end)
            evidence = Evidence(source_id=source_id, quote=doc.text[start:end], start=start, end=end)
            fact = Fact(
                subject=c.subject.id,
                predicate=c.predicate,
                object=c.object.id,
                properties=_properties(c, doc, following, _previous_in_paragraph(doc, sentence, sentences)),
                evidence=[evidence],
                confidence=confidence(c.rule) if c.rule else c.confidence,
                extractors=["rules"],
                rules=[c.rule] if c.rule else [],
            )
            facts.append(fact)
            explicit.append(bool(fact.properties.date) and date_for(c, None, doc.language) is not None)
    return _fold_roles_being_left(merge_facts(_explicit_dates_first(facts, explicit)))


# a join this sure (calibrated) tells that the person's other job in the sentence is being left
SURE_JOIN = 0.8
# "X's employees, including A, will join Y" (an acquisition): X may live on, A's job there is not left
STAFF_RULES = frozenset({"any.works-at.staff-including"})


def _joined_in_sentence(
    candidates: list[tuple[Candidate, Sentence | None]],
) -> dict[tuple[int, str], set[str]]:
    """(sentence start, person id) -> the organizations the sentence has the person join."""
    out: dict[tuple[int, str], set[str]] = {}
    for c, _ in candidates:
        if c.predicate is Predicate.JOINED and (confidence(c.rule) if c.rule else c.confidence) >= SURE_JOIN:
            out.setdefault((c.template.sentence.start, c.subject.id), set()).add(c.object.id)
    return out


def _moved_on(c: Candidate, joined: dict[tuple[int, str], set[str]]) -> Candidate:
    """'Y has hired A, the chief executive of X': a job title the sentence names for a person it has
    join another organization is the job being left (DEPARTED X), not a current one."""
    from dataclasses import replace

    if c.predicate is not Predicate.WORKS_AT or c.rule in STAFF_RULES:
        return c
    others = joined.get((c.template.sentence.start, c.subject.id))
    if not others or c.object.id in others:
        return c
    return replace(c, predicate=Predicate.DEPARTED)


def _fold_roles_being_left(facts: list[Fact]) -> list[Fact]:
    """'X, OpenAI's CTO, is stepping down': the role is the one being left, not a current job."""
    departures = {(f.subject, f.object): f for f in facts if f.predicate is Predicate.DEPARTED}
    returns = {(f.subject, f.object) for f in facts if f.predicate is Predicate.JOINED}
    kept = []
    for fact in facts:
        left = departures.get((fact.subject, fact.object))
        if (
            fact.predicate is Predicate.WORKS_AT
            and left is not None
            and (fact.subject, fact.object) not in returns
        ):
            sentences = {(e.start, e.end) for e in left.evidence}
            if all((e.start, e.end) in sentences for e in fact.evidence):
                left.properties.role = left.properties.role or fact.properties.role
                continue
        kept.append(fact)
    return kept


def drop_jobs_left(facts: list[Fact], names: dict[str, str]) -> list[Fact]:
    """A person the article says left an organization (DEPARTED, told in a sentence that names the
    organization, not "the lab") does not work there (no WORKS_AT), wherever the two facts were
    told, unless the article also has them join it (a return). `names`: entity id -> name."""

    def named(fact: Fact) -> bool:
        name = names.get(fact.object, "")
        return bool(name) and any(name.split()[0] in e.quote for e in fact.evidence)

    left = {(f.subject, f.object) for f in facts if f.predicate is Predicate.DEPARTED and named(f)}
    joined = {(f.subject, f.object) for f in facts if f.predicate is Predicate.JOINED}
    return [
        f
        for f in facts
        if f.predicate is not Predicate.WORKS_AT
        or (f.subject, f.object) not in left
        or (f.subject, f.object) in joined
    ]
