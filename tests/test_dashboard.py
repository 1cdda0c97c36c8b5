"""The explorer page renders the store's counts (Streamlit AppTest on the real embedded engine)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.stores.falkordb_store import FalkorDBStore
from tests.builders import leike_batch
from tests.conftest import ROOT


def test_explorer_shows_counts(embedded: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> None:
    embedded.upsert(leike_batch())
    monkeypatch.setenv("AIKG_DATA_DIR", str(embedded.data_dir))
    monkeypatch.setenv("AIKG_STORE", "embedded")
    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=30).run()
    assert not app.exception
    nodes, rels = (frame.value for frame in app.dataframe)
    assert dict(zip(nodes["label"], nodes["count"], strict=True)) == {
        "Model": 1,
        "Organization": 1,
        "Person": 1,
        "Source": 1,
    }
    assert dict(zip(rels["type"], rels["count"], strict=True))["DEPARTED"] == 1
    assert str(Path(embedded.data_dir)) in app.caption[0].value
