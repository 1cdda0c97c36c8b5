"""Facts a headline states ("Owkin nomme X directrice scientifique"), between entities the body
names too. A fact that only the headline gives is kept but marked ``headline_only``: headlines
compress, and sometimes overstate, what the body says."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, Evidence, Fact, Predicate
from aikg.ingest.extractors.rules.calibration import confidence
from aikg.ingest.extractors.rules.occurrences import occurrences
from aikg.ingest.extractors.rules.patterns import (
    StructuralRule,
    TriggerRule,
    apply_structural,
    apply_triggers,
)
from aikg.ingest.extractors.rules.sentences import Sentence
from aikg.ingest.extractors.rules.spans import Occupied, Span
from aikg.ingest.extractors.rules.template import build_template

HEADLINE_RULE = "code.headline"  # calibrated apart: how often a headline-only fact is right
# a body that says the headline's deal is not what it seems: "is not buying", "il ne s'agit pas d'un rachat"
BODY_DENIES: dict[Predicate, re.Pattern[str]] = {
    Predicate.ACQUIRED: re.compile(
        r"\b(?:is not|isn't|was not|wasn't|are not|aren't) (?:buying|acquiring|an acquisition|a takeover)|"
        r"\bnot an? (?:acquisition|takeover|purchase)\b|\bne (?:s'agit|sera|serait|rachète|rachètera) pas\b"
        r"(?: (?:d'un|un) (?:rachat|acquisition))?|\bpas (?:d'un|un) rachat\b",
        re.IGNORECASE,
    ),
}


def headline_spans(title: str, entities: list[Entity]) -> list[Span]:
    """The body's entities where the headline names them (full names and aliases, longest first)."""
    forms = sorted(
        ((form, e) for e in entities for form in (e.name, *e.aliases) if len(form) >= 2),
        key=lambda f: len(f[0]),
        reverse=True,
    )
    occupied = Occupied()
    for form, entity in forms:
        for m in occurrences(form, title, after=r"(?![\w])"):
            if occupied.free(m.start(), m.end()):
                occupied.add(Span(m.start(), m.end(), entity, "headline"))
    return sorted(occupied.spans, key=lambda s: s.start)


def headline_facts(
    title: str,
    entities: list[Entity],
    source_id: str,
    triggers: list[TriggerRule],
    structural: list[StructuralRule],
    body: str = "",
) -> list[Fact]:
    """The headline's facts; a predicate the body denies ("Microsoft is not buying X") gives none."""
    spans = headline_spans(title, entities)
    if len(spans) < 2:
        return []
    template = build_template(Sentence(0, 0, len(title), title), spans, [])
    found = apply_structural(template, structural) + apply_triggers(template, triggers, None)
    evidence = [Evidence(source_id=source_id, quote=title)]
    return [
        Fact(
            subject=c.subject.id,
            predicate=c.predicate,
            object=c.object.id,
            evidence=evidence,
            confidence=min(confidence(c.rule), confidence(HEADLINE_RULE)),
            extractors=["rules"],
            rules=[c.rule, HEADLINE_RULE],
            headline_only=True,
        )
        for c in found
        if c.subject.id != c.object.id
        and not (c.predicate in BODY_DENIES and BODY_DENIES[c.predicate].search(body))
    ]
