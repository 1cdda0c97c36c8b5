"""Finding an entity from what an analyst types: name, alias or id, forgiving typos (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from aikg.graph.schema import Entity

MIN_SCORE = 60.0
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
    q, c = utils.default_process(query), utils.default_process(candidate)
    if not q or not c:
        return 0.0
    if q == c:
        return 100.0 + EXACT_BONUS
    score = fuzz.WRatio(q, c)
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
