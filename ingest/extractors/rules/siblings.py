"""Models of one family share their maker: an article that says X built "Grésil-3" and names
"Grésil-2" (its predecessor) tells, unless hedged, that X built Grésil-2 too."""

from __future__ import annotations

import re

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.rules.patterns import MODAL, NEGATED, RUMOURED, Candidate
from aikg.ingest.extractors.rules.sentences import Sentence
from aikg.ingest.extractors.rules.template import Template

RULE = "code.sibling-developer"
CONFIDENCE = 0.6
# "Grésil-2" -> "grésil", "Stable Audio 3" -> "stable audio", "Halcyon-2.7 Pro" -> "halcyon"
VERSIONED = re.compile(r"^(?P<family>.*?[^\W\d_])[- ]?v?\d+(?:\.\d+)*[a-z]?(?:[- ].*)?$", re.IGNORECASE)


def family(name: str) -> str | None:
    """The family a versioned model name belongs to, None for a name without a version."""
    m = VERSIONED.match(name.strip())
    return m.group("family").lower() if m else None


def _hedged(text: str) -> bool:
    return bool(MODAL.search(text) or RUMOURED.search(text) or NEGATED.search(text))


def sibling_developers(
    models: dict[str, tuple[Entity, Template]],
    found: list[tuple[Candidate, Sentence | None]],
) -> list[tuple[Candidate, Sentence | None]]:
    """``models``: each model the article names, with the template of its first mention. A model no
    rule gave a maker gets the one maker its versioned siblings have, unless that mention is hedged
    ("could", "reportedly", "not")."""
    makers: dict[str, dict[str, Entity]] = {}
    developed = set()
    for c, _ in found:
        if c.predicate is Predicate.DEVELOPED and c.subject.type is EntityType.ORGANIZATION:
            developed.add(c.object.id)
            if (name := family(c.object.name)) is not None:
                makers.setdefault(name, {})[c.subject.id] = c.subject
    out: list[tuple[Candidate, Sentence | None]] = []
    for model_id, (model, template) in models.items():
        name = family(model.name)
        if model_id in developed or name is None or len(makers.get(name, {})) != 1:
            continue
        if _hedged(template.text):
            continue
        maker = next(iter(makers[name].values()))
        out.append((Candidate(maker, Predicate.DEVELOPED, model, CONFIDENCE, template, 0, rule=RULE), None))
    return out
