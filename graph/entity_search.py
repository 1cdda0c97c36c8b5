"""Finding an entity from what an analyst types: name, alias or id, forgiving typos (rapidfuzz).

The explorer and the CLI resolve names the same way: an exact name, alias or id is the entity; a
near miss is only ever offered as a "did you mean" choice, never taken silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from aikg.graph.schema import Entity

MIN_SCORE = 65.0
MIN_WORD_QUERY = 3
WORD_PENALTY = 10.0
EXACT_BONUS = 20.0
PREFIX_BONUS = 10.0


@dataclass(frozen=True)
class Match:
    entity: Entity
    score: float
    matched: str

    @property
    def label(self) -> str:
        shown = (
            f" (matched {self.matched!r})" if self.matched not in (self.entity.name, self.entity.id) else ""
        )
        return f"{self.entity.name} · {self.entity.type.value} · {self.entity.id}{shown}"


def _score(query: str, candidate: str) -> float:
    """Similarity on 0-100 (120 when equal after normalisation). Whole-string edit similarity, in
    any word order, or closeness to one word of a longer name ("sutskevr" ~ "Ilya Sutskever"); unlike
    partial matching, a short candidate ("YC") or a long alias containing one shared word does not
    score high."""
    q, c = utils.default_process(query), utils.default_process(candidate)
    if not q or not c:
        return 0.0
    if q == c:
        return 100.0 + EXACT_BONUS
    score = max(fuzz.ratio(q, c), fuzz.token_sort_ratio(q, c))
    words = c.split()
    if len(q) >= MIN_WORD_QUERY and len(words) > 1:
        score = max(score, max(fuzz.ratio(q, word) for word in words) - WORD_PENALTY)
    if c.startswith(q):
        score += PREFIX_BONUS
    return float(score)


def rank(
    query: str, entities: Sequence[Entity], *, limit: int = 10, min_score: float = MIN_SCORE
) -> list[Match]:
    """The entities best matching the query, best first (ties by name); empty for a blank query."""
    if not query.strip():
        return []
    matches: list[Match] = []
    for entity in entities:
        best, matched = 0.0, entity.name
        for candidate in (entity.name, *entity.aliases, entity.id):
            score = _score(query, candidate)
            if score > best:
                best, matched = score, candidate
        if best >= min_score:
            matches.append(Match(entity, best, matched))
    matches.sort(key=lambda m: (-m.score, m.entity.name.casefold(), m.entity.id))
    return matches[:limit]


def names_exactly(text: str, entity: Entity) -> bool:
    """Whether the text is the id, or the name or an alias ignoring case (what saved queries match)."""
    wanted = text.strip().casefold()
    return text.strip() == entity.id or any(wanted == n.casefold() for n in (entity.name, *entity.aliases))


def did_you_mean(text: str, entities: Sequence[Entity], limit: int = 3) -> list[str] | None:
    """None when some entity is named exactly so; otherwise the closest names (maybe none)."""
    if any(names_exactly(text, e) for e in entities):
        return None
    return [m.entity.name for m in rank(text, entities, limit=limit)]


def suggestion(text: str, entities: Sequence[Entity]) -> str:
    """The end of an error message for a name no entity has: the closest names, if any."""
    close = did_you_mean(text, entities) or []
    return f"; did you mean {', '.join(repr(name) for name in close)}?" if close else ""
