"""Hubs drawn readably: strongest neighbours first, reference data optional; URL state parsing."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from aikg.dashboard.network_shape import strongest_neighbours, without_reference
from aikg.dashboard.url_state import encoded, parsed
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph


def star(sources_per_leaf: dict[str, list[str]]) -> Subgraph:
    """A hub organization with one JOINED fact from each leaf person, cited by the given sources."""
    g = Subgraph()
    g.add(NodeValue("organization:hub", ("Entity", "Organization"), {"name": "Hub"}))
    for leaf, sources in sources_per_leaf.items():
        g.add(NodeValue(leaf, ("Entity", "Person"), {"name": leaf}))
        g.add(RelationshipValue(f"fact:{leaf}", "JOINED", leaf, "organization:hub", {"sources": sources}))
    return g


def test_a_hub_keeps_its_best_sourced_neighbours_and_counts_them_all() -> None:
    g = star({f"person:p{i}": [f"source:{j}" for j in range(i)] for i in range(1, 8)})
    shown, total = strongest_neighbours(g, "organization:hub", 3)
    assert total == 7
    assert set(shown.nodes) == {"organization:hub", "person:p7", "person:p6", "person:p5"}
    assert len(shown.relationships) == 3


def test_reference_only_facts_can_be_left_out() -> None:
    g = star({"person:a": ["source:reference-data"], "person:b": ["source:x", "source:reference-data"]})
    shown = without_reference(g, "organization:hub")
    assert set(shown.nodes) == {"organization:hub", "person:b"}


def test_url_parameters_round_trip_and_bad_ones_are_ignored() -> None:
    state = parsed({"entity": "person:x", "hops": "2", "predicates": "JOINED,NOPE", "since": "2024-01-01"})
    assert state == {
        "search": "person:x", "hops": 2, "predicates": ["JOINED"], "date-range": (datetime.date(2024, 1, 1),)
    }  # fmt: skip
    day = "2024-01-01"
    assert encoded("person:x", state) == {
        "entity": "person:x", "hops": "2", "predicates": "JOINED", "since": day, "until": day
    }  # fmt: skip
    assert parsed({"hops": "9", "since": "yesterday"}) == {}
    assert parsed({"hops": "²"}) == {}


@given(st.dictionaries(st.sampled_from(["entity", "hops", "predicates", "since", "until", "x"]), st.text()))
def test_any_url_parameters_parse_without_error(params: dict[str, str]) -> None:
    state = parsed(params)
    assert set(state) <= {"search", "hops", "predicates", "date-range"}
