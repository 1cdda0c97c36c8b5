"""An entity found in the text: where, which entity, and how it was found."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from aikg.graph.schema import Entity, EntityType


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


class Occupied:
    """Non-overlapping spans kept sorted, so overlap and neighbour checks are logarithmic."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans: list[Span] = []
        self.starts: list[int] = []
        for span in sorted(spans, key=lambda s: s.start):
            self.add(span)

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i].end > start:
            return False
        return not (i + 1 < len(self.spans) and self.starts[i + 1] < end)

    def add(self, span: Span) -> None:
        i = bisect_right(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.spans.insert(i, span)

    def within(self, start: int, end: int) -> list[Span]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.starts[i] < end:
            if self.spans[i].end <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def before(self, position: int) -> Span | None:
        """The last span ending at or before the position."""
        i = bisect_right(self.starts, position) - 1
        while i >= 0 and self.spans[i].end > position:
            i -= 1
        return self.spans[i] if i >= 0 else None

    def after(self, position: int) -> Span | None:
        """The first span starting at or after the position."""
        i = bisect_left(self.starts, position)
        return self.spans[i] if i < len(self.spans) else None


def prefer_longer(spans: list[Span], extra: list[Span]) -> list[Span]:
    """Extra spans that strictly contain existing ones replace them ('Grok 7 Turbo' over 'Grok')."""
    occupied = Occupied(spans)
    replaced: set[int] = set()
    longer = []
    for x in extra:
        inside = [s for s in occupied.within(x.start, x.end) if (x.end - x.start) > (s.end - s.start)]
        if inside:
            longer.append(x)
            replaced.update(id(s) for s in occupied.within(x.start, x.end))
    kept = [s for s in spans if id(s) not in replaced]
    return merge(sorted(kept + longer, key=lambda s: s.start), extra)


def merge(spans: list[Span], extra: list[Span]) -> list[Span]:
    """Add the extra spans that do not overlap the ones already there (earlier ones win)."""
    occupied = Occupied(spans)
    for span in sorted(extra, key=lambda s: (s.start, -(s.end - s.start))):
        if occupied.free(span.start, span.end):
            occupied.add(span)
    return list(occupied.spans)
