"""An entity found in the text: where, which entity, and how it was found."""

from __future__ import annotations

from dataclasses import dataclass

from graph.schema import Entity, EntityType


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: Entity
    how: str = "gazetteer"

    @property
    def type(self) -> EntityType:
        return self.entity.type

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def free(spans: list[Span], start: int, end: int) -> bool:
    return not any(s.overlaps(start, end) for s in spans)


def prefer_longer(spans: list[Span], extra: list[Span]) -> list[Span]:
    """Extra spans that strictly contain existing ones replace them ('Grok 7 Turbo' over 'Grok')."""
    longer = [
        x
        for x in extra
        if any(x.start <= s.start and s.end <= x.end and (x.end - x.start) > (s.end - s.start) for s in spans)
    ]
    kept = [s for s in spans if not any(x.start <= s.start and s.end <= x.end for x in longer)]
    return merge(sorted(kept + longer, key=lambda s: s.start), extra)


def merge(spans: list[Span], extra: list[Span]) -> list[Span]:
    """Add the extra spans that do not overlap the ones already there (earlier ones win)."""
    kept = list(spans)
    for span in sorted(extra, key=lambda s: (s.start, -(s.end - s.start))):
        if free(kept, span.start, span.end):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
