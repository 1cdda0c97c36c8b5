"""The explorer's pure helpers: search ranking, fact rows, cytoscape elements, ego-graph edits, forms."""

from __future__ import annotations

from aikg.dashboard.egograph import Exploration, keep_types, merge, reachable, without
from aikg.dashboard.elements import edge_styles, node_styles, to_elements
from aikg.dashboard.entity_view import card_attributes
from aikg.dashboard.facts import fact_rows, md_escape
from aikg.dashboard.forms import adhoc_start, given
from aikg.dashboard.settings import from_env
from aikg.dashboard.tables import result_frame, unique_columns
from aikg.graph.entity_search import did_you_mean, rank
from aikg.graph.schema import Entity, EntityType
from aikg.graph.stores.base import NodeValue, QueryResult, RelationshipValue
from aikg.graph.subgraph import Subgraph
from aikg.queries.catalog import load_catalog
from aikg.queries.params import guess_value, parse_assignments
from tests.sample_graph import sample_batch

ENTITIES = sample_batch().entities
CATALOG = load_catalog()


def node(id_: str, label: str, **props: object) -> NodeValue:
    labels = (label,) if label == "Source" else ("Entity", label)
    return NodeValue(id=id_, labels=labels, properties={"id": id_, **props})


def rel(start: str, type_: str, end: str, **props: object) -> RelationshipValue:
    return RelationshipValue(
        id=f"fact:{start}-{end}", type=type_, start=start, end=end, properties=dict(props)
    )


# search


def names(query: str) -> list[str]:
    return [m.entity.name for m in rank(query, ENTITIES)]


def test_rank_exact_name_alias_and_id_come_first() -> None:
    assert names("openai")[0] == "OpenAI"
    assert names("SSI")[0] == "Safe Superintelligence"
    assert names("codeium")[0] == "Windsurf"
    assert names("model:sora")[0] == "Sora"


def test_rank_forgives_typos_and_prefixes() -> None:
    assert names("Sutskevr")[0] == "Ilya Sutskever"
    assert names("antropic")[0] == "Anthropic"
    assert names("leike") == ["Jan Leike"]


def test_rank_blank_or_unknown_query_gives_nothing() -> None:
    assert rank("   ", ENTITIES) == []
    assert rank("qqqqxxxx", ENTITIES) == []


def test_rank_says_which_alias_matched_and_respects_limit() -> None:
    [match] = rank("Codeium", ENTITIES, limit=1)
    assert match.label == "Windsurf · Organization · organization:windsurf (matched 'Codeium')"
    ties = [Entity(type=EntityType.PERSON, name=n) for n in ("Bob Lee", "Ann Lee")]
    assert [m.entity.name for m in rank("lee", ties)] == ["Ann Lee", "Bob Lee"]


# fact rows

SOURCES = {
    "source:f": node(
        "source:f", "Source", title="Toner speaks out", url="https://news.test/f", published="2024"
    ),
    "source:reference-data": node("source:reference-data", "Source", title="Reference data"),
}


def test_fact_rows_carry_direction_evidence_and_source_titles() -> None:
    toner = node("person:helen-toner", "Person", name="Helen Toner")
    altman = node("person:sam-altman", "Person", name="Sam Altman")
    criticized = rel(
        "person:helen-toner",
        "CRITICIZED",
        "person:sam-altman",
        date="2024-05-28",
        reason="withheld information",
        sources=["source:f"],
        evidence=["he withheld information from the board"],
        evidence_sources=["source:f"],
        confidence=0.9,
    )
    [row] = fact_rows("person:sam-altman", [(criticized, toner)], SOURCES)
    assert row.relation == "← CRITICIZED"
    assert row.other_name == "Helen Toner"
    assert row.headline == "← CRITICIZED Helen Toner · 2024-05-28"
    [item] = row.evidence
    assert (
        item.markdown()
        == "> he withheld information from the board\n\n— [Toner speaks out](<https://news.test/f>) (2024)"
    )
    record = row.record()
    assert record["role / reason"] == "withheld information"
    assert (record["sources"], record["confidence"], record["reference only"]) == (1, 0.9, False)
    [outgoing] = fact_rows("person:helen-toner", [(criticized, altman)], SOURCES)
    assert outgoing.relation == "CRITICIZED →"


def test_fact_rows_order_newest_first_and_flag_reference_facts() -> None:
    openai = node("organization:openai", "Organization", name="OpenAI")
    reference = ["source:reference-data"]
    facts = [
        (
            rel("person:x", "JOINED", "organization:openai", first_reported="2026-11-23", sources=reference),
            openai,
        ),
        (rel("person:x", "DEPARTED", "organization:openai", date="2024-05", sources=["source:f"]), openai),
        (
            rel("person:x", "BOARD_MEMBER_OF", "organization:openai", first_reported="2023", sources=["s"]),
            openai,
        ),
    ]
    rows = fact_rows("person:x", facts, SOURCES)
    assert [r.predicate for r in rows] == ["DEPARTED", "BOARD_MEMBER_OF", "JOINED"]
    assert [r.reference_only for r in rows] == [False, False, True]
    assert rows[2].source_titles == ("Reference data",)
    # a reference fact's load date is not a date: no date, no "first reported"
    assert (rows[2].date, rows[2].record()["first reported"], rows[2].headline) == ("", "", "JOINED → OpenAI")
    assert rows[1].headline == "BOARD_MEMBER_OF → OpenAI · reported 2023"
    assert rows[1].record()["date"] == ""


def test_evidence_from_an_unknown_source_shows_its_id() -> None:
    fact = rel("person:x", "DEPARTED", "organization:o", evidence=["q"], evidence_sources=["source:gone"])
    [row] = fact_rows("person:x", [(fact, node("organization:o", "Organization"))], {})
    assert row.evidence[0].markdown() == "> q\n\n— source:gone"
    assert row.other_name == "organization:o"


# elements

LEIKE = node("person:jan-leike", "Person", name="Jan Leike", aliases=["JL"])
OPENAI = node("organization:openai", "Organization", name="OpenAI")
SORA = node("model:sora", "Model", name="Sora")
DEPARTED = rel("person:jan-leike", "DEPARTED", "organization:openai", date="2024-05-17", sources=["source:a"])
DEVELOPED = rel("organization:openai", "DEVELOPED", "model:sora")


def small_graph() -> Subgraph:
    return Subgraph.from_values([LEIKE, OPENAI, SORA, DEPARTED, DEVELOPED])


def test_elements_have_labels_captions_and_directed_edges() -> None:
    elements = to_elements(small_graph(), centre="person:jan-leike")
    nodes = {n["data"]["id"]: n["data"] for n in elements["nodes"]}
    assert nodes["person:jan-leike"] == {
        "id": "person:jan-leike",
        "label": "Person",
        "name": "Jan Leike",
        "aliases": "JL",
        "centre": True,
    }
    assert nodes["model:sora"]["label"] == "Model"
    edge = next(e["data"] for e in elements["edges"] if e["data"]["label"] == "DEPARTED")
    assert (edge["source"], edge["target"], edge["date"], edge["sources"]) == (
        "person:jan-leike",
        "organization:openai",
        "2024-05-17",
        "source:a",
    )
    assert len({e["data"]["id"] for e in elements["edges"]}) == 2


def test_elements_drop_edges_whose_end_is_not_drawn() -> None:
    graph = Subgraph.from_values([LEIKE, DEPARTED])
    elements = to_elements(graph)
    assert [n["data"]["id"] for n in elements["nodes"]] == ["person:jan-leike"]
    assert elements["edges"] == []


def test_styles_one_per_label_and_type() -> None:
    styles = [s.dump() for s in node_styles(small_graph())]
    assert [s["selector"] for s in styles] == [
        "node",
        "node[label='Model']",
        "node[label='Organization']",
        "node[label='Person']",
        "node[?centre]",
    ]
    assert styles[3]["style"]["background-color"] == "#2f6fdf"
    assert styles[-1]["style"]["border-width"] > 0, "the centre is ringed, after the label colours"
    sized = [s.dump() for s in node_styles(small_graph(), {"person:jan-leike": 4.0})]
    assert sized[-2]["selector"] == "node[weight]" and "mapData(weight, 1, 4.0" in sized[-2]["style"]["width"]
    edges = [s.dump() for s in edge_styles(small_graph())]
    assert [e["selector"] for e in edges] == ["edge", "edge[label='DEPARTED']", "edge[label='DEVELOPED']"]
    assert edges[1]["style"]["target-arrow-shape"] == "triangle"
    assert styles[0]["style"]["min-zoomed-font-size"] == edges[0]["style"]["min-zoomed-font-size"] == 0


# ego-graph edits


def test_without_and_reachable_and_keep_types() -> None:
    graph = small_graph()
    assert set(without(graph, ["organization:openai"]).nodes) == {"person:jan-leike", "model:sora"}
    assert without(graph, ["organization:openai"]).relationships == {}
    cut = without(graph, ["organization:openai"])
    assert set(reachable(cut, "person:jan-leike").nodes) == {"person:jan-leike"}
    # Sora is reached only through OpenAI: dropping organizations drops it too; the centre always stays
    assert set(keep_types(graph, "person:jan-leike", ["Model"]).nodes) == {"person:jan-leike"}
    assert set(keep_types(graph, "person:jan-leike", ["Organization", "Model"]).nodes) == set(graph.nodes)


def test_exploration_expands_and_removes() -> None:
    base = Subgraph.from_values([LEIKE, OPENAI, DEPARTED])
    exploration = Exploration()
    calls: list[str] = []

    def expand(node_id: str) -> Subgraph:
        calls.append(node_id)
        return Subgraph.from_values([OPENAI, SORA, DEVELOPED])

    exploration.apply({"action": "expand", "data": {"node_ids": ["organization:openai"]}}, expand)
    assert calls == ["organization:openai"]
    shown = exploration.view(base, "person:jan-leike", ["Person", "Organization", "Model"])
    assert set(shown.nodes) == {"person:jan-leike", "organization:openai", "model:sora"}
    exploration.apply({"action": "remove", "data": {"node_ids": ["model:sora", "person:jan-leike"]}}, expand)
    shown = exploration.view(base, "person:jan-leike", ["Person", "Organization", "Model"])
    assert set(shown.nodes) == {"person:jan-leike", "organization:openai"}
    exploration.apply(None, expand)
    assert calls == ["organization:openai"]
    assert set(merge(base, shown).nodes) == {"person:jan-leike", "organization:openai"}


# forms, tables, settings


def test_given_drops_blank_values_only() -> None:
    values = {"a": "", "b": "  x ", "c": None, "d": 0, "e": False, "f": []}
    assert given(values) == {"b": "x", "d": 0, "e": False, "f": []}


def test_result_frame_has_unique_columns_and_text_cells() -> None:
    assert unique_columns(["n", "n", "m", "n"]) == ["n", "n (2)", "m", "n (3)"]
    frame = result_frame(QueryResult(columns=["x", "x"], rows=[[LEIKE, ["a", "b"]], [None, True]]))
    assert list(frame.columns) == ["x", "x (2)"]
    assert frame.iloc[0].tolist() == ["Jan Leike (person:jan-leike)", "a; b"]
    assert frame.iloc[1].tolist() == ["", "true"]


def test_settings_from_env_like_the_cli() -> None:
    assert from_env({}).store == "embedded"
    chosen = from_env({"AIKG_STORE": "neo4j", "NEO4J_URI": "bolt://db:7687", "AIKG_DATA_DIR": "/d"})
    assert (chosen.store, chosen.where, str(chosen.data_dir)) == ("neo4j", "bolt://db:7687", "/d")
    assert from_env({"AIKG_DATA_DIR": "/d"}).where == "/d"


def test_card_attributes_in_order_without_blanks() -> None:
    props = {
        "name": "GPT-4o",
        "released": "2024-05",
        "description": "",
        "open_weights": False,
        "family": None,
    }
    assert card_attributes(props) == {"released": "2024-05", "open_weights": "False"}


def test_adhoc_start_fills_parameter_defaults() -> None:
    cypher, params = adhoc_start(CATALOG["ego_network"])
    assert cypher == CATALOG["ego_network"].cypher
    assert params.splitlines() == ["entity=", "hops=1", "predicates=[]", "limit=500", "review=not-rejected"]
    parsed = {k: guess_value(v) for k, v in parse_assignments(params.splitlines()).items()}
    assert parsed == {"entity": "", "hops": 1, "predicates": [], "limit": 500, "review": "not-rejected"}
    _, params = adhoc_start(CATALOG["recent_events"])
    assert params.splitlines() == ["since=null", "limit=50", "include_reference=false", "review=not-rejected"]


def test_did_you_mean_only_when_no_entity_is_named_so() -> None:
    assert did_you_mean("OPENAI", ENTITIES) is None
    assert did_you_mean("person:jan-leike", ENTITIES) is None
    assert did_you_mean("codeium", ENTITIES) is None
    assert did_you_mean("Sutskevr", ENTITIES) == ["Ilya Sutskever"]
    assert did_you_mean("qqqqxxxx", ENTITIES) == []


def test_evidence_markdown_escapes_quotes_and_gives_offsets() -> None:
    fact = rel(
        "person:x",
        "INVESTED_IN",
        "organization:o",
        evidence=["it paid $10 billion for *half*\nof <b>it</b>", "second"],
        evidence_sources=["source:f", "source:f"],
        evidence_starts=[120, -1],
        evidence_ends=[170, -1],
    )
    [row] = fact_rows("person:x", [(fact, node("organization:o", "Organization"))], SOURCES)
    first, second = row.evidence
    assert first.markdown() == (
        "> it paid \\$10 billion for \\*half\\* of \\<b\\>it\\</b\\>\n\n"
        "— [Toner speaks out](<https://news.test/f>) (2024), characters 120–170"
    )
    assert (second.start, second.end) == (None, None)
    assert second.markdown().endswith("(2024)")
    assert md_escape("a_b [c]") == "a\\_b \\[c\\]"


def test_evidence_from_a_local_file_names_the_file_not_a_borrowed_link() -> None:
    sources = {"source:t": node("source:t", "Source", path="/notes/2024/board-memo.txt")}
    fact = rel(
        "person:x", "DEPARTED", "organization:o",
        evidence=["she left the lab"], evidence_sources=["source:t"], evidence_starts=[4], evidence_ends=[20],
    )  # fmt: skip
    [row] = fact_rows("person:x", [(fact, node("organization:o", "Organization"))], sources)
    [item] = row.evidence
    assert item.title == "board-memo.txt" and item.url is None
    assert item.markdown().endswith("— board-memo.txt · file `/notes/2024/board-memo.txt`, characters 4–20")
    assert "](" not in item.markdown()
