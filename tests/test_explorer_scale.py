"""The explorer at scale, by what it asks the store (Streamlit AppTest on a real embedded store,
every query recorded on its way to the engine): no page reads every entity or every fact of the
entity shown, and a warm re-render reads nothing new."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from aikg.graph import dossier, selection
from aikg.graph.stores import explorer_reads, reads
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.test_dashboard import page


@pytest.fixture
def asked(scratch_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The Cypher of every query the explorer sends to the store, in order."""
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(scratch_store.data_dir))
    seen: list[str] = []
    query, read_values = FalkorDBStore._query, FalkorDBStore.read_values

    def recorded_query(self: FalkorDBStore, cypher: str, params: dict[str, Any], **kwargs: Any) -> Any:
        seen.append(cypher)
        return query(self, cypher, params, **kwargs)

    def recorded_values(self: FalkorDBStore, cypher: str, params: Any = None) -> list[list[Any]]:
        seen.append(cypher)
        return read_values(self, cypher, params)

    monkeypatch.setattr(FalkorDBStore, "_query", recorded_query)
    monkeypatch.setattr(FalkorDBStore, "read_values", recorded_values)
    yield seen


WHOLE_GRAPH = {reads.ENTITY_INDEX, reads.FACT_COUNTS}
EVERY_FACT_OF_ONE = {dossier.FACTS, selection.STAR}


def test_the_empty_page_reads_a_bounded_list_not_every_entity(asked: list[str]) -> None:
    app = page("explorer").run()
    assert not app.exception
    assert not WHOLE_GRAPH & set(asked)
    assert explorer_reads.FALKORDB_MOST_CONNECTED in asked
    assert len(app.selectbox(key="suggest").options) <= 200


def test_an_entity_page_reads_each_part_once_and_a_warm_render_reads_nothing(asked: list[str]) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Sam Altman").run()
    assert app.header[0].value == "Sam Altman"
    assert not (WHOLE_GRAPH | EVERY_FACT_OF_ONE) & set(asked)
    assert asked.count(explorer_reads.FACT_GROUPS) == 1
    assert sum(explorer_reads.PAGE_ORDER in q for q in asked) == 1
    assert sum(" AS every" in q for q in asked) == 1  # the box and the network share the neighbours
    asked.clear()
    app.run()
    assert not app.exception and app.header[0].value == "Sam Altman"
    assert set(asked) == {"CALL db.meta.stats() YIELD labels, relTypes RETURN labels, relTypes"}  # the stamp


def test_a_misspelt_name_offers_close_matches_with_their_facts(asked: list[str]) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Antropic").run()
    assert not app.exception
    assert not app.header, "a close match is not opened until it is chosen"
    [choices] = app.radio
    assert choices.options[0].startswith("Anthropic · Organization · organization:anthropic")
    assert " facts — " in choices.options[0]
    assert not WHOLE_GRAPH & set(asked)
    box = app.selectbox(key="suggest")
    assert any(label.startswith("Anthropic · Organization") for label in box.options)
    choices.set_value("organization:anthropic").run()
    assert app.header[0].value == "Anthropic"
