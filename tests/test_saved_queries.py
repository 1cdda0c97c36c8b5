"""Every saved query over the sample graph, checked row by row on both stores."""

from __future__ import annotations

from typing import Any

import pytest

from aikg.graph import selection
from aikg.graph.config import StoreConfig
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.queries.catalog import load_catalog
from aikg.queries.params import bind
from aikg.queries.render import to_subgraph
from aikg.queries.runner import run_saved

CATALOG = load_catalog()


@pytest.fixture
def sample_store(any_sample_store: GraphStore) -> GraphStore:
    """Every test of this module runs on both stores (Neo4j in the Neo4j lane)."""
    return any_sample_store


# (query, parameters, columns compared, expected rows in order)
CASES: list[tuple[str, dict[str, Any], tuple[str, ...], list[tuple[Any, ...]]]] = [
    (
        "departures_by_organization",
        {"organization": "openai"},
        ("person", "date", "sources"),
        [
            ("Mira Murati", "2024-09-25", 1),
            ("John Schulman", "2024-08-05", 1),
            ("Jan Leike", "2024-05-17", 1),
            ("Ilya Sutskever", "2024-05-14", 2),
        ],
    ),
    ("departures_by_organization", {"organization": "organization:google-deepmind"}, ("person",), []),
    (
        "as_of",
        {"organization": "OpenAI", "date": "2024-01-01"},
        ("tie", "name", "since"),
        [("board", "Ilya Sutskever", None), ("staff", "Ilya Sutskever", "2015-12")],
    ),
    ("as_of", {"organization": "OpenAI", "date": "2024-06-01"}, ("name",), []),
    (
        "as_of",
        {"organization": "Anthropic", "date": "2025-01-01"},
        ("tie", "name"),
        [("access", "Windsurf"), ("staff", "Jan Leike"), ("staff", "John Schulman")],
    ),
    ("as_of", {"organization": "Anthropic", "date": "2025-07-01"}, ("tie",), [("staff",), ("staff",)]),
    (
        "timeline",
        {"entity": "Jan Leike"},
        ("date", "predicate", "object"),
        [
            ("2016", "JOINED", "Google DeepMind"),
            ("2024-05-17", "CRITICIZED", "OpenAI"),
            ("2024-05-17", "DEPARTED", "OpenAI"),
            ("2024-05-28", "JOINED", "Anthropic"),
        ],
    ),
    (
        "timeline",
        {"entity": "OpenAI", "since": "2024-05", "until": "2024-05-15"},
        ("date", "subject", "predicate"),
        [("2024-05", "OpenAI", "DELAYED"), ("2024-05-14", "Ilya Sutskever", "DEPARTED")],
    ),
    (
        "departures_by_organization",
        {"organization": "Google DeepMind", "include_reference": "true"},
        ("person", "date"),
        [("Ilya Sutskever", "2015-12")],
    ),
    (
        "departures_by_period",
        {"since": "2024-05", "until": "2024-08"},
        ("date", "person"),
        [("2024-05-14", "Ilya Sutskever"), ("2024-05-17", "Jan Leike"), ("2024-08-05", "John Schulman")],
    ),
    (
        "departures_by_period",
        {"since": "2024-06", "until": "2024"},
        ("person", "role", "reason"),
        [("John Schulman", None, None), ("Mira Murati", "CTO", "to explore her own projects")],
    ),
    (
        "departures_by_period",
        {"since": "2024-05-15", "until": "2024-05-17"},
        ("person",),
        [("Jan Leike",)],
    ),
    (
        "departures_by_period",
        {"since": "2015-12-31", "until": "2015", "include_reference": "true"},
        ("date", "person", "organization"),
        [("2015-12", "Ilya Sutskever", "Google DeepMind")],
    ),
    ("departures_by_period", {"until": "2015"}, ("person",), []),
    (
        "board_votes",
        {"organization": "OpenAI"},
        ("date", "voter", "removed", "organization"),
        [
            ("2023-11-17", "Helen Toner", "Sam Altman", "OpenAI"),
            ("2023-11-17", "Ilya Sutskever", "Sam Altman", "OpenAI"),
        ],
    ),
    ("board_votes", {"organization": "Anthropic"}, ("voter",), []),
    (
        "model_access_timeline",
        {"organization": "Codeium"},
        ("date", "event", "provider", "recipient", "model", "reason"),
        [
            ("2024-12", "granted", "Anthropic", "Windsurf", "Claude 3.5 Sonnet", None),
            (
                "2025-06-03",
                "revoked",
                "Anthropic",
                "Windsurf",
                "Claude 3.5 Sonnet",
                "reported acquisition by OpenAI",
            ),
        ],
    ),
    ("model_access_timeline", {"organization": "OpenAI"}, ("event",), []),
    (
        "talent_flow",
        {},
        ("from_organization", "to_organization", "person", "departed", "joined"),
        [
            ("OpenAI", "Anthropic", "Jan Leike", "2024-05-17", "2024-05-28"),
            ("OpenAI", "Anthropic", "John Schulman", "2024-08-05", "2024-08-05"),
        ],
    ),
    (
        "talent_flow",
        {"include_reference": "yes", "to_organization": "OpenAI"},
        ("from_organization", "person"),
        [("Google DeepMind", "Ilya Sutskever")],
    ),
    ("talent_flow", {"from_organization": "Anthropic"}, ("person",), []),
    # Jan Leike joined Google DeepMind in 2016, before leaving OpenAI: not a move from OpenAI
    ("talent_flow", {"to_organization": "Google DeepMind"}, ("person",), []),
    (
        "talent_flow_summary",
        {},
        ("from_organization", "to_organization", "moves"),
        [("OpenAI", "Anthropic", 2)],
    ),
    ("talent_flow_summary", {"min_people": "3"}, ("moves",), []),
    ("shortest_path", {"from_entity": "Ilya", "to_entity": "organization:windsurf"}, ("hops",), [(3,)]),
    ("shortest_path", {"from_entity": "Jan Leike", "to_entity": "Sora", "max_hops": "1"}, ("hops",), []),
    (
        "most_connected",
        {"label": "Person", "limit": "3"},
        ("entity", "facts", "neighbours"),
        [("Jan Leike", 4, 3), ("Ilya Sutskever", 3, 3), ("Sam Altman", 3, 2)],
    ),
    (
        "most_connected",
        {"limit": "2"},
        ("entity", "facts", "neighbours"),
        [("OpenAI", 6, 5), ("Anthropic", 5, 4)],
    ),
    (
        "models_by_developer",
        {"organization": "OpenAI"},
        ("developer", "model", "model_id"),
        [("OpenAI", "GPT-4o", "model:gpt-4o"), ("OpenAI", "Sora", "model:sora")],
    ),
    ("models_by_developer", {}, ("model",), [("Claude 3.5 Sonnet",), ("GPT-4o",), ("Sora",)]),
    (
        "delayed_models",
        {},
        ("date", "developer", "model", "reason"),
        [("2024-05", "OpenAI", "Sora", "more safety testing")],
    ),
    ("delayed_models", {"organization": "Anthropic"}, ("model",), []),
    (
        "criticism",
        {},
        ("date", "critic", "target", "quote"),
        [
            ("2024-05-28", "Helen Toner", "Sam Altman", "he withheld information from the board"),
            ("2024-05-17", "Jan Leike", "OpenAI", "safety culture has taken a backseat to shiny products"),
        ],
    ),
    ("criticism", {"entity": "sam altman"}, ("critic", "reason"), [("Helen Toner", "withheld information")]),
    (
        "facts_from_source",
        {"source": "https://news.test/a"},
        ("subject", "predicate", "object", "quotes"),
        [
            ("Jan Leike", "CRITICIZED", "OpenAI", ["safety culture has taken a backseat to shiny products"]),
            ("Ilya Sutskever", "DEPARTED", "OpenAI", ["person:ilya-sutskever DEPARTED organization:openai"]),
            ("Jan Leike", "DEPARTED", "OpenAI", ["person:jan-leike DEPARTED organization:openai"]),
        ],
    ),
    ("facts_from_source", {"source": "source:nowhere"}, ("subject",), []),
    (
        "single_source_facts",
        {"predicate": "DEPARTED"},
        ("subject", "object", "source", "title"),
        [
            ("Jan Leike", "OpenAI", "source:a", "Sutskever and Leike leave OpenAI"),
            ("John Schulman", "OpenAI", "source:c", "Schulman moves to Anthropic"),
            ("Mira Murati", "OpenAI", "source:g", "Murati departs"),
        ],
    ),
    (
        "recent_events",
        {"since": "2025"},
        ("date", "subject", "predicate", "object"),
        [
            ("2025-06-04", "Anthropic", "DEVELOPED", "Claude 3.5 Sonnet"),
            ("2025-06-03", "Anthropic", "REVOKED_ACCESS", "Windsurf"),
        ],
    ),
    ("recent_events", {"limit": "1"}, ("predicate",), [("DEVELOPED",)]),
    (
        "co_mentions",
        {"entity": "Jan Leike"},
        ("entity", "articles"),
        [("Anthropic", 1), ("Ilya Sutskever", 1), ("OpenAI", 1)],
    ),
    (
        "co_mentions",
        {"entity": "OpenAI", "min_articles": "2"},
        ("entity", "articles"),
        [("Ilya Sutskever", 2)],
    ),
    (
        "competitors",
        {"organization": "OpenAI"},
        ("competitor", "reference_only"),
        [("Anthropic", True), ("Google DeepMind", True)],
    ),
    ("competitors", {"organization": "anthropic"}, ("competitor",), [("OpenAI",)]),
    (
        "entity_facts",
        {"entity": "person:jan-leike"},
        ("subject", "predicate", "object", "date"),
        [
            ("Jan Leike", "JOINED", "Anthropic", "2024-05-28"),
            ("Jan Leike", "CRITICIZED", "OpenAI", "2024-05-17"),
            ("Jan Leike", "DEPARTED", "OpenAI", "2024-05-17"),
            ("Jan Leike", "JOINED", "Google DeepMind", "2016"),
        ],
    ),
    (
        "entity_facts",
        {"entity": "Sam Altman", "include_reference": "false"},
        ("subject", "predicate", "object"),
        [
            ("Helen Toner", "CRITICIZED", "Sam Altman"),
            ("Helen Toner", "VOTED_TO_REMOVE", "Sam Altman"),
            ("Ilya Sutskever", "VOTED_TO_REMOVE", "Sam Altman"),
        ],
    ),
]


def _rows(store: FalkorDBStore, name: str, params: dict[str, Any], columns: tuple[str, ...]) -> list[tuple]:
    result = run_saved(store, name, params)
    return [tuple(record[c] for c in columns) for record in result.records()]


@pytest.mark.parametrize(
    ("name", "params", "columns", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_saved_query_rows(
    sample_store: FalkorDBStore,
    name: str,
    params: dict[str, Any],
    columns: tuple[str, ...],
    expected: list[tuple[Any, ...]],
) -> None:
    assert _rows(sample_store, name, params, columns) == expected


def test_every_saved_query_has_a_case() -> None:
    covered = {case[0] for case in CASES} | {"ego_network"}
    assert covered == set(CATALOG)


def test_talent_flow_summary_names_the_people(sample_store: FalkorDBStore) -> None:
    [record] = run_saved(sample_store, "talent_flow_summary", {}).records()
    assert record["people"] == ["Jan Leike", "John Schulman"]  # in name order, on every store


def test_co_mentions_lists_shared_article_titles(sample_store: FalkorDBStore) -> None:
    records = run_saved(sample_store, "co_mentions", {"entity": "Sam Altman"}).records()
    assert {r["entity"]: r["titles"] for r in records} == {
        "Helen Toner": ["OpenAI board removes Altman"],
        "Ilya Sutskever": ["OpenAI board removes Altman"],
        "OpenAI": ["OpenAI board removes Altman"],
    }


def test_ego_network_one_hop(sample_store: FalkorDBStore) -> None:
    graph = to_subgraph(run_saved(sample_store, "ego_network", {"entity": "Jan Leike"})).to_networkx()
    assert set(graph.nodes) == {
        "person:jan-leike",
        "organization:openai",
        "organization:anthropic",
        "organization:google-deepmind",
    }
    # every fact among the four, also those between two neighbours (as the export selects)
    assert sorted(t for _, _, t in graph.edges(data="type")) == [
        "COMPETES_WITH", "COMPETES_WITH", "CRITICIZED", "DEPARTED", "JOINED", "JOINED"]  # fmt: skip


@pytest.mark.parametrize(
    ("entity", "hops", "predicates"),
    [
        ("Jan Leike", 1, ()),
        ("jan leike", 2, ("DEPARTED",)),
        ("OpenAI", 2, ()),
        ("OpenAI", 3, ("JOINED", "DEPARTED")),
    ],
)
def test_ego_network_query_selects_what_the_export_and_explorer_select(
    sample_store: FalkorDBStore, entity: str, hops: int, predicates: tuple[str, ...]
) -> None:
    params = {"entity": entity, "hops": hops, "predicates": list(predicates)}
    queried = to_subgraph(run_saved(sample_store, "ego_network", params))
    facts = selection.FactFilter(predicates=predicates or None)
    selected = selection.ego(sample_store, entity, hops, facts=facts, with_sources=False)
    assert len(selected.relationships) > 0
    assert set(queried.nodes) == set(selected.nodes)
    assert {r.id for r in queried.relationships.values()} == {r.id for r in selected.relationships.values()}


def test_ego_network_follows_only_the_given_predicates(sample_store: FalkorDBStore) -> None:
    params = {"entity": "jan leike", "hops": "2", "predicates": "DEPARTED"}
    graph = to_subgraph(run_saved(sample_store, "ego_network", params)).to_networkx()
    assert set(graph.nodes) == {
        "person:jan-leike",
        "organization:openai",
        "person:ilya-sutskever",
        "person:john-schulman",
        "person:mira-murati",
    }
    assert {t for _, _, t in graph.edges(data="type")} == {"DEPARTED"}


def test_ego_network_leaves_out_article_mentions(sample_store: FalkorDBStore) -> None:
    graph = to_subgraph(run_saved(sample_store, "ego_network", {"entity": "OpenAI", "hops": 3})).to_networkx()
    assert "person:mira-murati" in graph
    assert not any(node.startswith("source:") for node in graph.nodes)
    assert "MENTIONS" not in {t for _, _, t in graph.edges(data="type")}


def test_shortest_path_is_a_path_between_the_two(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "shortest_path", {"from_entity": "Jan Leike", "to_entity": "Sora"})
    [[path, hops]] = result.rows
    assert hops == 2
    assert [n.id for n in path.nodes] == ["person:jan-leike", "organization:openai", "model:sora"]


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_saved_query_runs_on_falkordb_with_defaults(sample_store: FalkorDBStore, name: str) -> None:
    query = CATALOG[name]
    result = sample_store.run(query.cypher, bind(query, _required_samples(name)))
    assert result.columns, f"{name} returned no columns"


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(CATALOG))
def test_saved_query_parses_on_neo4j(name: str) -> None:
    from aikg.graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    try:
        query = CATALOG[name]
        result = store.run(f"EXPLAIN {query.cypher}", bind(query, _required_samples(name)))
        assert result.rows == []
    finally:
        store.close()


def _required_samples(name: str) -> dict[str, str]:
    samples = {
        "organization": "OpenAI",
        "entity": "Jan Leike",
        "from_entity": "Jan Leike",
        "to_entity": "OpenAI",
        "source": "source:a",
        "date": "2024-06-01",
    }
    return {p.name: samples[p.name] for p in CATALOG[name].params if p.required}


@pytest.mark.parametrize(
    ("name", "params", "key"),
    [
        ("single_source_facts", {"review": "all"}, ("predicate", "subject", "object")),
        ("co_mentions", {"entity": "OpenAI"}, ("entity", "articles")),
        ("most_connected", {"review": "all", "include_reference": True}, ("entity", "facts", "neighbours")),
    ],
)
def test_a_limit_keeps_the_first_rows_of_the_whole_list(
    sample_store: FalkorDBStore, name: str, params: dict[str, Any], key: tuple[str, ...]
) -> None:
    """These queries stop reading once ``limit`` rows are certain (single_source_facts skips the
    fact types after the one that fills the list): every limit gives a prefix of the whole list."""
    whole = _rows(sample_store, name, {**params, "limit": 10000}, key)
    assert len(whole) >= 4
    for limit in range(1, len(whole) + 1):
        assert _rows(sample_store, name, {**params, "limit": limit}, key) == whole[:limit]


@pytest.mark.parametrize("limit", [1, 3, 5])
def test_ego_network_of_a_centre_with_more_facts_than_the_limit(
    sample_store: FalkorDBStore, limit: int
) -> None:
    """Once the centre's own facts reach ``limit``, the answer is ``limit`` of them (the rest of a
    hub's network is not read): still facts of the network, each with both its ends."""
    whole = to_subgraph(run_saved(sample_store, "ego_network", {"entity": "OpenAI", "limit": 10000}))
    part = to_subgraph(run_saved(sample_store, "ego_network", {"entity": "OpenAI", "limit": limit}))
    assert len(whole.relationships) > 5
    assert len(part.relationships) == limit
    for key, fact in part.relationships.items():
        assert whole.relationships[key] == fact
        assert "organization:openai" in (fact.start, fact.end)
        assert {fact.start, fact.end} <= set(part.nodes)
