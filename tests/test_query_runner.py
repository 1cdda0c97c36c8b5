"""The runner on the embedded engine: limits, read-only by default, errors, and result rendering."""

from __future__ import annotations

import csv
import io
import json

import pytest

from aikg.graph.errors import InvalidInputError, QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.queries.render import cell_text, table_rows, to_csv, to_json
from aikg.queries.runner import prepare_saved, run_adhoc, run_saved

COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
SLOW = "MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*)"  # billions of rows without a limit


def test_row_cap_truncates_and_says_so(sample_store: FalkorDBStore) -> None:
    result = run_adhoc(sample_store, "MATCH (n:Person) RETURN n.id AS id ORDER BY id", max_rows=2)
    assert result.truncated
    assert [row[0] for row in result.rows] == ["person:helen-toner", "person:ilya-sutskever"]
    assert to_json(result)["truncated"] is True


def test_a_result_within_the_cap_is_not_truncated(sample_store: FalkorDBStore) -> None:
    result = run_adhoc(sample_store, "MATCH (n:Person) RETURN n.id AS id", max_rows=6)
    assert len(result.rows) == 6
    assert not result.truncated


def test_saved_queries_are_capped_too(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "single_source_facts", {}, max_rows=3)
    assert result.truncated and len(result.rows) == 3


def test_adhoc_parameters_are_passed_not_pasted(sample_store: FalkorDBStore) -> None:
    sneaky = "x' OR 1=1 OR n.name = '"
    result = run_adhoc(sample_store, "MATCH (n:Entity) WHERE n.name = $name RETURN n.id", {"name": sneaky})
    assert result.rows == []
    result = run_adhoc(
        sample_store, "MATCH (n:Entity) WHERE n.name = $name RETURN n.id", {"name": "Ilya Sutskever"}
    )
    assert result.rows == [["person:ilya-sutskever"]]


def test_a_write_without_write_is_refused_by_the_engine(scratch_store: FalkorDBStore) -> None:
    before = scratch_store.run(COUNT_NODES).scalar()
    with pytest.raises(ReadOnlyViolationError, match="read-only"):
        run_adhoc(scratch_store, "MATCH (n:Person {id: 'person:jan-leike'}) DETACH DELETE n")
    assert scratch_store.run(COUNT_NODES).scalar() == before
    run_adhoc(scratch_store, "MATCH (n:Person {id: 'person:jan-leike'}) DETACH DELETE n", write=True)
    assert scratch_store.run(COUNT_NODES).scalar() == before - 1


def test_a_syntax_error_is_one_line(sample_store: FalkorDBStore) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        run_adhoc(sample_store, "MATCH (n RETURN n")
    assert "\n" not in str(info.value)
    assert "Invalid input" in str(info.value)


def test_a_slow_query_times_out(sample_store: FalkorDBStore) -> None:
    with pytest.raises(QueryTimeoutError, match="timed out"):
        run_adhoc(sample_store, SLOW, timeout=0.01)


@pytest.mark.parametrize(("timeout", "max_rows"), [(0, 10), (-1.0, 10), (1.0, 0)])
def test_limits_must_be_positive(sample_store: FalkorDBStore, timeout: float, max_rows: int) -> None:
    with pytest.raises(InvalidInputError):
        run_adhoc(sample_store, COUNT_NODES, timeout=timeout, max_rows=max_rows)


def test_empty_cypher_is_refused(sample_store: FalkorDBStore) -> None:
    with pytest.raises(InvalidInputError, match="empty"):
        run_adhoc(sample_store, "   ")


def test_nodes_and_relationships_render_as_names_and_key_properties(sample_store: FalkorDBStore) -> None:
    result = run_adhoc(
        sample_store,
        "MATCH (p:Person {id: 'person:mira-murati'})-[r:DEPARTED]->(o) RETURN p, r, o, r.sources AS sources",
    )
    [row] = table_rows(result)
    assert row[0] == "Mira Murati (person:mira-murati)"
    assert row[1] == "DEPARTED {date=2024-09-25, role=CTO, reason=to explore her own projects}"
    assert row[2] == "OpenAI (organization:openai)"
    assert row[3] == "source:g"


def test_paths_render_with_arrows_both_ways(sample_store: FalkorDBStore) -> None:
    result = run_adhoc(
        sample_store,
        "MATCH p = (:Person {id: 'person:jan-leike'})-[:JOINED]->(:Organization)<-[:JOINED]-"
        "(:Person {id: 'person:john-schulman'}) RETURN p",
    )
    assert cell_text(result.rows[0][0]) == "Jan Leike -[JOINED]-> Anthropic <-[JOINED]- John Schulman"


def test_json_is_plain_and_graph_results_carry_nodes_and_edges(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "ego_network", {"entity": "John Schulman"})
    data = json.loads(json.dumps(to_json(result, graph=True)))
    assert data["columns"] == ["a", "r", "b"]
    assert len(data["rows"]) == 3
    assert {n["id"] for n in data["graph"]["nodes"]} == {
        "person:john-schulman",
        "organization:openai",
        "organization:anthropic",
    }
    edges = {(e["start"], e["type"], e["end"]): e for e in data["graph"]["edges"]}
    assert set(edges) == {
        ("person:john-schulman", "DEPARTED", "organization:openai"),
        ("person:john-schulman", "JOINED", "organization:anthropic"),
        ("organization:anthropic", "COMPETES_WITH", "organization:openai"),
    }
    mine = [e for key, e in edges.items() if key[0] == "person:john-schulman"]
    assert len(mine) == 2 and all(e["properties"]["sources"] == ["source:c"] for e in mine)


def test_csv_has_a_header_and_one_line_per_row(sample_store: FalkorDBStore) -> None:
    result = run_saved(sample_store, "criticism", {})
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    assert rows[0] == ["date", "critic", "target", "reason", "quote", "sources"]
    assert rows[1][:3] == ["2024-05-28", "Helen Toner", "Sam Altman"]
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (True, "true"), ([1, "a"], "1; a"), ({"b": 1}, '{"b": 1}'), (2.0, "2.0"), (0.25, "0.25")],
)
def test_plain_values_render_as_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_prepare_saved_types_the_parameters_without_a_store() -> None:
    prepared = prepare_saved("departures_by_period", {"since": "2024", "include_reference": "yes"})
    assert prepared.query.name == "departures_by_period"
    assert prepared.params == {
        "since": "2024",
        "until": None,
        "include_reference": True,
        "review": "not-rejected",
    }
