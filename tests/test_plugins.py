"""Plugins are found through package entry points: a third-party distribution adds an exporter or
a store without touching aikg, and aikg's own built-ins are declared the same way."""

from __future__ import annotations

import io
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from aikg.graph import plugins
from aikg.graph.config import StoreConfig
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.stores.registry import open_store, store_names
from aikg.graph.subgraph import Subgraph

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = """
class EdgeCountExporter:
    name = "edgecount"
    extension = "txt"
    description = "the number of relationships"

    def write(self, subgraph, stream):
        stream.write(str(len(subgraph.relationships)).encode())


class NullStore:
    name = "null"

    @classmethod
    def from_config(cls, config):
        store = cls()
        store.where = config.where
        return store
"""


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A distribution 'aikg-fake-plugin' installed on sys.path: a module and its .dist-info."""
    (tmp_path / "aikg_fake_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "aikg_fake_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: aikg-fake-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[aikg.exporters]\nedgecount = aikg_fake_plugin:EdgeCountExporter\n\n"
        "[aikg.stores]\nnull = aikg_fake_plugin:NullStore\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.refresh()
    yield tmp_path
    plugins.refresh()


def test_a_plugin_of_another_distribution_is_found(fake_distribution: Path) -> None:
    assert "edgecount" in exporter_names() and "graphml" in exporter_names()
    stream = io.BytesIO()
    get_exporter("edgecount").write(Subgraph(), stream)
    assert stream.getvalue() == b"0"
    assert "null" in store_names()
    store = open_store(StoreConfig(store="null", neo4j_uri="x://y"))
    assert type(store).__name__ == "NullStore" and store.where == "x://y"  # type: ignore[attr-defined]


def test_without_the_distribution_the_plugin_is_unknown() -> None:
    plugins.refresh()
    assert "edgecount" not in exporter_names()
    with pytest.raises(InvalidInputError, match="unknown export format 'edgecount': choose one of csv"):
        get_exporter("edgecount")


def test_builtins_are_declared_as_entry_points_in_pyproject() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    assert {group: dict(entries) for group, entries in declared.items()} == plugins.BUILTINS
    for group, entries in plugins.BUILTINS.items():
        for name in entries:
            assert plugins.load(group, name, "plugin") is not None
