"""The explorer pages (Streamlit AppTest) on the real stores holding the sample graph: the embedded
engine, and Neo4j in the Neo4j lane (where the search goes through the full-text index)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import leike_batch
from tests.conftest import ROOT

PAGES = ROOT / "dashboard" / "pages"
TIMEOUT = 60


@pytest.fixture
def sample_env(any_sample_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    monkeypatch.setenv("AIKG_STORE", any_sample_store.name)
    if isinstance(any_sample_store, FalkorDBStore):
        monkeypatch.setenv("AIKG_DATA_DIR", str(any_sample_store.data_dir))
    return any_sample_store


def page(name: str) -> AppTest:
    return AppTest.from_file(str(PAGES / f"{name}.py"), default_timeout=TIMEOUT)


def texts(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


def test_app_opens_on_the_explorer(sample_env: GraphStore) -> None:
    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=TIMEOUT).run()
    assert not app.exception
    assert app.title[0].value == "Entity explorer"
    assert app.text_input(key="search").value == ""


def test_search_finds_an_entity_and_shows_its_evidence(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("helen tonr").run()
    assert not app.exception
    assert not app.header, "a close match is not opened until it is chosen"
    [choices] = app.radio
    assert choices.value is None and choices.options[0].startswith("Helen Toner")
    choices.set_value("person:helen-toner").run()
    assert app.header[0].value == "Helen Toner"
    facts = app.dataframe[0].value
    assert set(facts["relation"]) == {"CRITICIZED →", "VOTED_TO_REMOVE →"}
    criticized = facts[facts["relation"] == "CRITICIZED →"].iloc[0]
    assert criticized["other party"] == "Sam Altman"
    assert criticized["evidence"] == "he withheld information from the board"
    assert criticized["source titles"] == "Toner speaks out"
    shown = texts(app)
    assert "> he withheld information from the board" in shown
    assert "[Toner speaks out](<https://news.test/f>)" in shown


def test_search_by_alias_shows_card_and_hides_reference_facts_on_request(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Ilya").run()
    assert app.header[0].value == "Ilya Sutskever"
    assert "**Aliases:** Ilya" in texts(app)
    assert len(app.dataframe[0].value) == 6
    app.toggle(key="include-reference").set_value(False).run()
    relations = list(app.dataframe[0].value["relation"])
    assert sorted(relations) == ["DEPARTED →", "FOUNDED →", "VOTED_TO_REMOVE →"]


def test_a_name_no_entity_has_opens_nothing(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jean Dupont").run()
    assert not app.exception
    assert not app.header
    assert all(radio.value is None for radio in app.radio)


def test_search_without_match_says_so(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("qqqqxxxx").run()
    assert not app.exception
    assert "No entity matches" in app.warning[0].value


def test_saved_query_page_runs_a_query(sample_env: GraphStore) -> None:
    app = page("saved_queries").run()
    app.selectbox(key="query-name").select("departures_by_organization").run()
    app.text_input(key="param-departures_by_organization-organization").input("OpenAI")
    app.button[0].click().run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["person"]) == ["Mira Murati", "John Schulman", "Jan Leike", "Ilya Sutskever"]
    assert list(table["date"]) == ["2024-09-25", "2024-08-05", "2024-05-17", "2024-05-14"]


def test_saved_query_page_reports_a_missing_parameter(sample_env: GraphStore) -> None:
    app = page("saved_queries").run()
    app.selectbox(key="query-name").select("entity_facts").run()
    app.button[0].click().run()
    assert not app.exception
    assert "needs parameter 'entity'" in app.error[0].value


def test_cypher_page_runs_a_read(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    app.text_area(key="cypher-text").input("MATCH (m:Model) RETURN m.name AS model ORDER BY model")
    app.button[0].click().run()
    assert not app.exception
    assert list(app.dataframe[0].value["model"]) == ["Claude 3.5 Sonnet", "GPT-4o", "Sora"]


def test_cypher_page_refuses_a_write_with_one_message(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    app.text_area(key="cypher-text").input("CREATE (:Person {id: 'person:x', name: 'X'})")
    app.button[0].click().run()
    assert not app.exception
    assert len(app.error) == 1
    assert "read-only" in app.error[0].value
    count = sample_env.run("MATCH (p:Person {id: 'person:x'}) RETURN count(p)").scalar()
    assert count == 0


def test_cypher_page_reports_a_syntax_error(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    app.text_area(key="cypher-text").input("MATCH (n RETURN n")
    app.button[0].click().run()
    assert not app.exception
    assert len(app.error) == 1
    engine = "Neo4j:" if sample_env.name == "neo4j" else "FalkorDB:"
    assert app.error[0].value.startswith(engine) and "\n" not in app.error[0].value
    assert not app.dataframe


def test_overview_shows_counts(embedded: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> None:
    embedded.upsert(leike_batch())
    monkeypatch.setenv("AIKG_DATA_DIR", str(embedded.data_dir))
    monkeypatch.setenv("AIKG_STORE", "embedded")
    app = page("overview").run()
    assert not app.exception
    nodes, rels = (frame.value for frame in app.dataframe[:2])
    assert dict(zip(nodes["label"], nodes["count"], strict=True)) == {
        "Model": 1,
        "Organization": 1,
        "Person": 1,
        "Source": 1,
    }
    assert dict(zip(rels["type"], rels["count"], strict=True))["DEPARTED"] == 1
    assert str(Path(embedded.data_dir)) in app.caption[0].value


def test_empty_store_says_run_aikg_demo(embedded: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIKG_DATA_DIR", str(embedded.data_dir))
    monkeypatch.setenv("AIKG_STORE", "embedded")
    app = page("explorer").run()
    assert not app.exception
    assert "run `aikg demo`" in app.info[0].value


def test_unreachable_store_is_one_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIKG_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    app = page("overview").run()
    assert not app.exception
    assert app.error[0].value.startswith("Cannot open the neo4j store at bolt://127.0.0.1:1")


def graph_elements(app: AppTest) -> dict:
    [component] = app.get("component_instance")
    return json.loads(component.proto.json_args)["elements"]


def test_explorer_draws_the_ego_network_with_filters(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    elements = graph_elements(app)
    assert {n["data"]["id"] for n in elements["nodes"]} == {
        "person:jan-leike",
        "organization:openai",
        "organization:anthropic",
        "organization:google-deepmind",
    }
    # the two facts from Jan Leike to OpenAI are one edge labelled with their count; the facts
    # between two neighbours are drawn too (the same network as the export)
    assert sorted(e["data"]["label"] for e in elements["edges"]) == [
        "2 facts", "COMPETES_WITH", "COMPETES_WITH", "JOINED", "JOINED"]  # fmt: skip
    [pair] = [e["data"] for e in elements["edges"] if e["data"]["label"] == "2 facts"]
    assert pair["target"] == "organization:openai"
    assert "CRITICIZED" in pair["facts"] and "DEPARTED" in pair["facts"]
    app.slider(key="hops").set_value(2).run()
    app.multiselect(key="predicates").set_value(["DEPARTED"]).run()
    app.multiselect(key="types").set_value(["Person"]).run()
    elements = graph_elements(app)
    ids = {n["data"]["id"] for n in elements["nodes"]}
    assert ids == {"person:jan-leike"}
    app.multiselect(key="types").set_value(["Person", "Organization"]).run()
    ids = {n["data"]["id"] for n in graph_elements(app)["nodes"]}
    assert ids == {
        "person:jan-leike",
        "organization:openai",
        "person:ilya-sutskever",
        "person:john-schulman",
        "person:mira-murati",
    }


def test_explorer_offers_the_network_in_every_export_format(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    formats = app.selectbox(key="ego-export-format")
    assert {"graphml", "json", "turtle"} <= set(formats.options)
    formats.select("turtle").run()
    labels = [button.proto.label for button in app.get("download_button")]
    assert "Download subgraph (turtle)" in labels


def test_saved_graph_query_draws_a_graph(sample_env: GraphStore) -> None:
    app = page("saved_queries").run()
    app.selectbox(key="query-name").select("shortest_path").run()
    app.text_input(key="param-shortest_path-from_entity").input("Jan Leike")
    app.text_input(key="param-shortest_path-to_entity").input("Sora")
    app.button[0].click().run()
    assert not app.exception
    assert list(app.dataframe[0].value["hops"]) == ["2"]
    ids = {n["data"]["id"] for n in graph_elements(app)["nodes"]}
    assert ids == {"person:jan-leike", "organization:openai", "model:sora"}
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels[:2] == ["Download CSV", "Download JSON"]


def today() -> str:
    return datetime.date.today().isoformat()


def test_overview_lists_most_connected_and_recent_events(sample_env: GraphStore) -> None:
    app = page("overview").run()
    assert not app.exception
    connected, recent = app.dataframe[2].value, app.dataframe[3].value
    assert list(connected["entity"][:3]) == ["OpenAI", "Anthropic", "Jan Leike"]
    assert list(recent["predicate"][:2]) == ["DEVELOPED", "REVOKED_ACCESS"]
    assert "DEVELOPED" not in set(recent[recent["object"] == "Sora"]["predicate"])
    app.toggle(key="overview-reference").set_value(True).run()
    recent = app.dataframe[3].value
    # reference-only facts come in, but an undated fact is never dated by the day it was loaded
    assert today() not in set(recent["date"].dropna())


def test_a_store_that_stops_is_one_message_then_reconnects(
    scratch_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(scratch_store.data_dir))
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    assert app.header[0].value == "Jan Leike"
    scratch_store.server.stop()
    app.run()
    assert not app.exception
    assert "stopped answering" in app.error[0].value
    app.run()
    assert not app.exception
    assert not app.error
    assert app.header[0].value == "Jan Leike"


def test_explorer_goes_to_a_connected_entity_and_keeps_a_shareable_link(sample_env: GraphStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    assert app.query_params["entity"] == "person:jan-leike"
    app.selectbox(key="go-to").select("organization:anthropic").run()
    assert not app.exception
    assert app.header[0].value == "Anthropic"
    assert app.text_input(key="search").value == "organization:anthropic"
    assert app.query_params["entity"] == "organization:anthropic"


def test_explorer_opens_the_entity_of_a_link(sample_env: GraphStore) -> None:
    app = page("explorer")
    app.query_params["entity"] = "model:sora"
    app.run()
    assert not app.exception
    assert app.header[0].value == "Sora"
    assert "DELAYED" in " ".join(app.dataframe[0].value["relation"])


def test_cypher_page_passes_parameters(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    app.text_area(key="cypher-text").input("MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id")
    app.text_area(key="cypher-params").input("name=Helen Toner")
    app.button[0].click().run()
    assert not app.exception
    assert list(app.dataframe[0].value["id"]) == ["person:helen-toner"]
    app.text_area(key="cypher-params").input("not an assignment")
    app.button[0].click().run()
    assert "must look like key=value" in app.error[0].value


def test_cypher_page_starts_from_a_saved_query(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    assert app.text_area(key="cypher-text").value == ""
    app.selectbox(key="cypher-start").select("models_by_developer").run()
    assert app.text_area(key="cypher-text").value.startswith(
        "MATCH (o:Organization)-[r:DEVELOPED]->(m:Model)"
    )
    assert app.text_area(key="cypher-params").value == "organization=null\nreview=not-rejected"
    app.text_area(key="cypher-params").input("organization=organization:anthropic\nreview=not-rejected")
    app.button[0].click().run()
    assert not app.exception
    assert list(app.dataframe[0].value["model"]) == ["Claude 3.5 Sonnet"]


def test_cypher_page_refuses_an_empty_query(sample_env: GraphStore) -> None:
    app = page("cypher").run()
    app.button[0].click().run()
    assert app.error[0].value == "the Cypher query is empty"


def test_saved_query_page_suggests_a_name_for_a_typo(sample_env: GraphStore) -> None:
    app = page("saved_queries").run()
    app.selectbox(key="query-name").select("entity_facts").run()
    app.text_input(key="param-entity_facts-entity").input("Sutskevr")
    app.button[0].click().run()
    assert not app.exception
    assert app.warning[0].value.endswith("Did you mean Ilya Sutskever?")
    assert "no entity has the id, name or alias 'Sutskevr'" in app.error[0].value
    assert not app.dataframe


STAFF = 32  # more than a page of evidence and more than a hub's first cut of neighbours


@pytest.fixture
def staff_env(scratch_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> FalkorDBStore:
    """An organization with STAFF employees (the first three cited by two sources, the others by
    one) and one of them who criticized another, named in the environment the explorer reads."""
    from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Source

    hub = Entity(type=EntityType.ORGANIZATION, name="Quillfeather Labs")
    people = [Entity(type=EntityType.PERSON, name=f"Staffer Number{i:02d}") for i in range(STAFF)]
    sources = [
        Source(id="source:staff-list", title="Who works where", url="https://news.test/staff"),
        Source(id="source:staff-update", title="Staff update", url="https://news.test/update"),
    ]

    def evidence(i: int) -> list[Evidence]:
        cited = sources if i < 3 else sources[:1]
        return [Evidence(source_id=s.id, quote=f"quote about staffer {i:02d}") for s in cited]

    facts = [
        Fact(subject=p.id, predicate="WORKS_AT", object=hub.id, evidence=evidence(i))
        for i, p in enumerate(people)
    ]
    facts.append(
        Fact(
            subject=people[0].id,
            predicate="CRITICIZED",
            object=people[1].id,
            evidence=[Evidence(source_id=sources[0].id, quote="one staffer faulted the other")],
        )
    )
    scratch_store.upsert(GraphBatch(sources=sources, entities=[hub, *people], facts=facts))
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(scratch_store.data_dir))
    return scratch_store


def test_a_hub_draws_the_evidence_of_one_page_of_facts_at_a_time(staff_env: FalkorDBStore) -> None:
    from aikg.dashboard.entity_view import EVIDENCE_PAGE

    app = page("explorer").run()
    app.text_input(key="search").input("Quillfeather Labs").run()
    assert not app.exception
    assert f"Facts ({STAFF})" in [h.value for h in app.subheader]
    first = list(app.dataframe[0].value["other party"])
    assert len(first) == EVIDENCE_PAGE  # the table shows one page, read from the store
    quotes = [q for q in texts(app).split("\n") if q.startswith("> quote about staffer")]
    assert len(set(quotes)) == EVIDENCE_PAGE
    app.number_input(key="evidence-page").set_value(2).run()
    second = list(app.dataframe[0].value["other party"])
    assert len(second) == STAFF - EVIDENCE_PAGE and not set(first) & set(second)
    assert sorted(first + second) == sorted(f"Staffer Number{i:02d}" for i in range(STAFF))
    rest = [q for q in texts(app).split("\n") if q.startswith("> quote about staffer")]
    assert len(set(rest)) == STAFF - EVIDENCE_PAGE and not set(rest) & set(quotes)
    assert f"Facts {EVIDENCE_PAGE + 1}–{STAFF} of {STAFF}, in the table's order." in [
        c.value for c in app.caption
    ]


def test_a_hub_network_shows_its_best_sourced_neighbours_then_more(staff_env: FalkorDBStore) -> None:
    from aikg.dashboard.network_shape import HUB_NEIGHBOURS

    app = page("explorer").run()
    app.text_input(key="search").input("Quillfeather Labs").run()
    elements = graph_elements(app)
    ids = {n["data"]["id"] for n in elements["nodes"]}
    assert len(ids) == HUB_NEIGHBOURS + 1
    assert {"person:staffer-number00", "person:staffer-number01", "person:staffer-number02"} <= ids
    assert "person:staffer-number31" not in ids  # one source, last by id
    # the facts among the neighbours shown are drawn too, as in the whole ego network
    assert "CRITICIZED" in {e["data"]["label"] for e in elements["edges"]}
    assert f"Showing the {HUB_NEIGHBOURS} nearest and best-sourced of {STAFF} direct neighbours." in [
        c.value for c in app.caption
    ]
    app.button(key="net-more").click().run()
    assert len({n["data"]["id"] for n in graph_elements(app)["nodes"]}) == STAFF + 1
