"""Review states of facts and the review filter every view of the graph takes.

A fact relationship carries ``review``: ``unreviewed`` (extracted, nobody looked), ``accepted``,
``rejected`` or ``corrected`` (a person changed it; it is trusted like an accepted fact). A fact
stored before review existed has no ``review`` property: it reads as ``accepted`` when its only
source is the reference data, else ``unreviewed``.

The filter: ``not-rejected`` (the default: hides rejected facts), ``accepted-only`` (accepted and
corrected facts, the ones a person vouched for) and ``all``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from aikg.graph.errors import InvalidInputError

if TYPE_CHECKING:
    from aikg.graph.subgraph import Subgraph

REFERENCE_SOURCE = "source:reference-data"


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CORRECTED = "corrected"


class ReviewFilter(StrEnum):
    ACCEPTED_ONLY = "accepted-only"
    NOT_REJECTED = "not-rejected"
    ALL = "all"

    @property
    def states(self) -> frozenset[ReviewState]:
        """The review states this filter lets through."""
        if self is ReviewFilter.ACCEPTED_ONLY:
            return frozenset({ReviewState.ACCEPTED, ReviewState.CORRECTED})
        if self is ReviewFilter.NOT_REJECTED:
            return frozenset(ReviewState) - {ReviewState.REJECTED}
        return frozenset(ReviewState)

    def state_values(self) -> list[str] | None:
        """The states as a query parameter; None for ``all`` (no restriction)."""
        if self is ReviewFilter.ALL:
            return None
        return sorted(s.value for s in self.states)

    def allows(self, state: str) -> bool:
        return self is ReviewFilter.ALL or state in self.states


DEFAULT_FILTER = ReviewFilter.NOT_REJECTED


def parse_filter(value: str | ReviewFilter | None) -> ReviewFilter:
    """A review filter from its name; a one-line error lists the valid names."""
    if value is None:
        return DEFAULT_FILTER
    if isinstance(value, ReviewFilter):
        return value
    try:
        return ReviewFilter(value.strip().lower())
    except ValueError:
        names = ", ".join(f.value for f in ReviewFilter)
        raise InvalidInputError(f"review filter {value!r} is not one of {names}") from None


def parse_state(value: str) -> ReviewState:
    try:
        return ReviewState(value.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in ReviewState)
        raise InvalidInputError(f"review state {value!r} is not one of {names}") from None


def state_of(props: Mapping[str, Any]) -> ReviewState:
    """The review state of a stored fact's properties (absent: see the module docstring)."""
    value = props.get("review")
    if isinstance(value, str) and value in ReviewState._value2member_map_:
        return ReviewState(value)
    sources = props.get("sources") or []
    if sources and all(s == REFERENCE_SOURCE for s in sources):
        return ReviewState.ACCEPTED
    return ReviewState.UNREVIEWED


def is_fact(props: Mapping[str, Any]) -> bool:
    return "fact_id" in props


def filter_subgraph(subgraph: Subgraph, review: ReviewFilter) -> Subgraph:
    """The subgraph without the facts the filter hides (mentions and nodes stay)."""
    from aikg.graph.subgraph import Subgraph

    if review is ReviewFilter.ALL:
        return subgraph
    kept = {
        key: rel
        for key, rel in subgraph.relationships.items()
        if not is_fact(rel.properties) or review.allows(state_of(rel.properties))
    }
    return Subgraph(nodes=dict(subgraph.nodes), relationships=kept)


def count_states(states: Iterable[ReviewState]) -> dict[str, int]:
    counts = {s.value: 0 for s in ReviewState}
    for state in states:
        counts[state.value] += 1
    return counts
