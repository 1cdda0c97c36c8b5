"""The faster paths give the same answers: status counts, the saved-query catalog cache."""

from __future__ import annotations

import shutil
from pathlib import Path

from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.queries.catalog import SAVED_DIR, load_catalog
from tests.sample_graph import sample_batch


def test_status_counts_match_a_full_scan(embedded: FalkorDBStore) -> None:
    embedded.upsert(sample_batch())
    stats = embedded.stats()
    labels: dict[str, int] = {}
    for row in embedded.run("MATCH (n) RETURN labels(n)").rows:
        for label in row[0]:
            if label != "Entity":
                labels[label] = labels.get(label, 0) + 1
    types: dict[str, int] = {}
    for row in embedded.run("MATCH ()-[r]->() RETURN type(r)").rows:
        types[row[0]] = types.get(row[0], 0) + 1
    assert stats.nodes == labels
    assert stats.relationships == types
    assert stats.nodes["Source"] > 0


def test_status_of_an_empty_store(embedded: FalkorDBStore) -> None:
    stats = embedded.stats()
    assert stats.nodes == {}
    assert stats.relationships == {}


def test_catalog_is_read_again_when_a_file_changes(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    shutil.copytree(SAVED_DIR, folder)
    first = load_catalog(folder)
    assert load_catalog(folder) == first
    path = folder / "timeline.cypher"
    path.write_text(path.read_text().replace("title: An entity's timeline", "title: A changed title"))
    assert load_catalog(folder)["timeline"].title == "A changed title"
    (folder / "timeline.cypher").unlink()
    assert "timeline" not in load_catalog(folder)
