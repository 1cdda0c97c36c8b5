"""The explorer's time, suggestions, articles and shareable URL, on the sample graph (AppTest)."""

from __future__ import annotations

import datetime

from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.test_dashboard import graph_elements, page


def test_the_date_range_filters_the_facts_table_and_the_network(sample_env: FalkorDBStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    assert len(app.dataframe[0].value) == 4
    span = (datetime.date(2024, 5, 20), datetime.date(2024, 12, 31))
    app.date_input(key="date-range").set_value(span).run()
    assert not app.exception
    facts = app.dataframe[0].value
    assert list(facts["relation"]) == ["JOINED →"] and list(facts["other party"]) == ["Anthropic"]
    ids = {n["data"]["id"] for n in graph_elements(app)["nodes"]}
    assert ids == {"person:jan-leike", "organization:anthropic"}
    assert app.query_params["since"] in ("2024-05-20", ["2024-05-20"])


def test_the_timeline_chart_shows_the_dated_facts(sample_env: FalkorDBStore) -> None:
    app = page("explorer").run()
    app.text_input(key="search").input("Jan Leike").run()
    charts = app.get("vega_lite_chart")
    assert charts, "a timeline chart is drawn"
    proto = charts[0].proto  # the chart's table, inline or as a named data set
    data = proto.data.data + b"".join(d.data.data for d in proto.datasets)
    assert b"2024-05-28" in data and b"Google DeepMind" in data


def test_a_suggestion_opens_only_when_picked(sample_env: FalkorDBStore) -> None:
    app = page("explorer").run()
    box = app.selectbox(key="suggest")
    assert box.value is None and not app.header
    assert any(label.startswith("Anthropic") for label in box.options)
    box.set_value("organization:anthropic").run()
    assert app.header[0].value == "Anthropic"


def test_a_shared_link_reopens_entity_hops_and_range(sample_env: FalkorDBStore) -> None:
    app = page("explorer")
    link = {"entity": "person:jan-leike", "hops": "2", "since": "2024-01-01", "until": "2024-12-31"}
    for key, value in link.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert app.header[0].value == "Jan Leike"
    assert app.slider(key="hops").value == 2
    span = (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    assert tuple(app.date_input(key="date-range").value) == span
