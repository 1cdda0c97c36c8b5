"""No stored value runs as HTML in the explorer: every string the elements builder hands to the graph
component is HTML-safe (and ids come back intact), and in a real Chromium, selecting a node and an
edge whose values are a script payload shows the payload as text and opens no dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.dashboard.elements import edge_styles, node_styles, raw_id, to_elements
from aikg.graph.schema import Entity, EntityType, Evidence, Fact, FactProperties, GraphBatch, Source
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.subgraph import Subgraph
from tests.test_dashboard_browser import CHROMIUM, CHROMIUM_ARGS, serve_explorer, sync_playwright

PAYLOAD = "<img src=x onerror=alert(1)>"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def html_safe(text: str) -> bool:
    """No character that opens or closes an element (the panel writes values in a text context)."""
    return not set("<>") & set(text)


text = st.text(max_size=30)
scalars = st.one_of(
    text, st.integers(), st.booleans(), st.lists(text, max_size=3), st.dictionaries(text, text)
)


@given(
    st.lists(st.tuples(text, text, st.dictionaries(text, scalars, max_size=3)), min_size=2, max_size=4),
    text,
    st.dictionaries(text, scalars, max_size=3),
)
def test_every_string_leaving_the_elements_builder_is_html_safe(
    nodes: list[tuple[str, str, dict[str, Any]]], rel_type: str, rel_props: dict[str, Any]
) -> None:
    values = {
        node_id: NodeValue(id=node_id, labels=(label or "Node", "Entity"), properties=props)
        for node_id, label, props in nodes
    }
    ids = list(values)
    rel = RelationshipValue(
        id="fact:1", type=rel_type or "R", start=ids[0], end=ids[-1], properties=rel_props
    )
    subgraph = Subgraph(nodes=values, relationships={rel.id: rel})
    elements = to_elements(subgraph, centre=ids[0])
    labels = [style.label for style in [*node_styles(subgraph), *edge_styles(subgraph)]]
    unsafe = [s for s in _strings([elements, labels]) if not html_safe(s)]
    assert unsafe == []
    assert sorted(raw_id(n["data"]["id"]) for n in elements["nodes"]) == sorted(ids)


@given(text)
def test_ids_survive_the_round_trip_through_the_component(node_id: str) -> None:
    node = NodeValue(id=node_id, labels=("Person", "Entity"), properties={})
    element_id = to_elements(Subgraph(nodes={node_id: node}))["nodes"][0]["data"]["id"]
    assert html_safe(element_id) and raw_id(element_id) == node_id


def hostile_batch() -> GraphBatch:
    person = Entity(type=EntityType.PERSON, name=PAYLOAD)
    org = Entity(type=EntityType.ORGANIZATION, name="Quietwater Labs")
    source = Source(
        id="source:hostile", title=PAYLOAD, url="https://news.test/hostile", published="2025-02-03"
    )
    fact = Fact(
        subject=person.id,
        predicate="WORKS_AT",
        object=org.id,
        properties=FactProperties(role=PAYLOAD),
        evidence=[Evidence(source_id=source.id, quote=PAYLOAD)],
    )
    return GraphBatch(sources=[source], entities=[person, org], facts=[fact])


@pytest.fixture
def hostile_explorer(tmp_path: Path) -> Iterator[tuple[str, str]]:
    data_dir = tmp_path / "data"
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    batch = hostile_batch()
    store.upsert(batch)
    store.close()
    try:
        with serve_explorer(data_dir, tmp_path) as url:
            yield url, batch.entities[0].id
    finally:
        EmbeddedServer(data_dir).stop()


SELECT = """kind => {
  const cy = document.getElementById('cy')._cyreg.cy;
  cy.elements().unselect();
  (kind === 'node' ? cy.nodes('[label = "Person"]') : cy.edges()).first().select();
}"""


@pytest.mark.slow
@pytest.mark.skipif(sync_playwright is None, reason="the playwright Python package is not installed")
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
def test_clicking_a_node_and_an_edge_with_a_script_payload_runs_nothing(
    hostile_explorer: tuple[str, str],
) -> None:
    from playwright.sync_api import expect

    assert sync_playwright is not None
    url, entity_id = hostile_explorer
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2200})
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(f"{url}/?entity={entity_id}")
            graph = page.frame_locator("iframe[title*='st_link_analysis']")
            expect(graph.locator("canvas").first).to_be_visible(timeout=60_000)
            page.wait_for_timeout(2000)  # the layout settles
            frame = page.frame(url=lambda frame_url: "st_link_analysis" in frame_url)
            assert frame is not None
            panel = graph.locator("#infopanelProps")
            for kind in ("node", "edge"):
                frame.evaluate(SELECT, kind)
                expect(panel).to_contain_text(PAYLOAD, timeout=10_000)  # shown as text
                page.wait_for_timeout(1000)  # time for an injected onerror to fire
            assert graph.locator("#infopanelProps img").count() == 0
        finally:
            browser.close()
    assert dialogs == []


def test_ampersands_and_quotes_read_right_in_captions() -> None:
    node = NodeValue(id="organization:obrien-partners", labels=("Organization", "Entity"),
                     properties={"name": "O'Brien & Partners"})  # fmt: skip
    [element] = to_elements(Subgraph(nodes={node.id: node}))["nodes"]
    assert element["data"]["name"] == "O'Brien & Partners"
