"""The explorer's date range and as-of filters, on plain values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aikg.dashboard.time_filter import as_of, in_range, overlaps
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph


def fact(start: str, type_: str, end: str, **props: object) -> RelationshipValue:
    return RelationshipValue(f"fact:{start}-{type_}-{end}", type_, start, end, dict(props))


def graph(*facts: RelationshipValue) -> Subgraph:
    out = Subgraph()
    ids = {f.start for f in facts} | {f.end for f in facts}
    out.add([NodeValue(i, ("Entity", "Person" if i.startswith("p") else "Organization"), {}) for i in ids])
    out.add(list(facts))
    return out


def kinds(subgraph: Subgraph) -> set[str]:
    return {r.type for r in subgraph.relationships.values()}


def test_partial_dates_overlap_a_range() -> None:
    assert overlaps("2024", "2024-05-01", "2024-05-31")
    assert overlaps("2024-05-17", "2024-05", None)
    assert not overlaps("2023-12", "2024", "2024")
    assert not overlaps(None, "2020", None)
    assert overlaps(None, None, None)


def test_a_job_from_2019_to_2024_holds_in_2022_not_in_2025() -> None:
    g = graph(fact("p1", "JOINED", "o1", date="2019"), fact("p1", "DEPARTED", "o1", date="2024-02"))
    assert kinds(as_of(g, "2022-06-01")) == {"JOINED"}
    assert kinds(as_of(g, "2025-01-01")) == {"DEPARTED"}
    assert kinds(as_of(g, "2018-01-01")) == set()


def test_a_departure_from_a_job_keeps_the_board_seat() -> None:
    g = graph(
        fact("p1", "BOARD_MEMBER_OF", "o1"),
        fact("p1", "WORKS_AT", "o1", date="2020"),
        fact("p1", "DEPARTED", "o1", date="2023", role="chief scientist"),
    )
    assert kinds(as_of(g, "2024-01-01")) == {"BOARD_MEMBER_OF", "DEPARTED"}


def test_an_earlier_departure_does_not_end_a_later_return() -> None:
    g = graph(fact("p1", "DEPARTED", "o1", date="2015"), fact("p1", "JOINED", "o1", date="2020"))
    assert kinds(as_of(g, "2021-01-01")) == {"DEPARTED", "JOINED"}


def test_access_ends_at_its_revocation() -> None:
    granted = fact("o1", "GRANTED_ACCESS", "o2", date="2024-01")
    g = graph(granted, fact("o1", "REVOKED_ACCESS", "o2", date="2024-06"))
    assert kinds(as_of(g, "2024-03-01")) == {"GRANTED_ACCESS"}
    assert kinds(as_of(g, "2024-07-01")) == {"REVOKED_ACCESS"}


def test_range_keeps_only_dated_facts_inside() -> None:
    undated = fact("p1", "DEPARTED", "o1")
    g = graph(fact("p1", "JOINED", "o1", date="2019"), undated, fact("p2", "JOINED", "o1", date="2024-03"))
    assert {r.start for r in in_range(g, "2024", None).relationships.values()} == {"p2"}
    assert len(in_range(g, None, None).relationships) == 3


@given(st.dates().map(str), st.dates().map(str), st.dates().map(str))
def test_a_full_date_overlaps_exactly_when_it_lies_between(day: str, since: str, until: str) -> None:
    assert overlaps(day, since, until) == (since <= day <= until)
