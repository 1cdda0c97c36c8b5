"""graph.dossier: an entity, its facts either way, and the sources they cite, on both stores."""

from __future__ import annotations

import pytest

from aikg.graph.dossier import dossier
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_store import FalkorDBStore


@pytest.fixture
def sample_store(any_sample_store: GraphStore) -> GraphStore:
    """Every test of this module runs on both stores (Neo4j in the Neo4j lane)."""
    return any_sample_store


def test_dossier_of_an_entity(sample_store: FalkorDBStore) -> None:
    found = dossier(sample_store, "person:sam-altman")
    assert found is not None
    assert found.entity.properties["name"] == "Sam Altman"
    facts = sorted((rel.type, rel.start, other.id) for rel, other in found.facts)
    assert facts == [
        ("CRITICIZED", "person:helen-toner", "person:helen-toner"),
        ("VOTED_TO_REMOVE", "person:helen-toner", "person:helen-toner"),
        ("VOTED_TO_REMOVE", "person:ilya-sutskever", "person:ilya-sutskever"),
    ]
    assert {k: v.properties["title"] for k, v in found.sources.items()} == {
        "source:e": "OpenAI board removes Altman",
        "source:f": "Toner speaks out",
    }


def test_dossier_leaves_out_mentions_and_unknown_ids(sample_store: FalkorDBStore) -> None:
    found = dossier(sample_store, "person:jan-leike")
    assert found is not None
    assert "MENTIONS" not in {rel.type for rel, _ in found.facts}
    assert len(found.facts) == 4
    assert dossier(sample_store, "person:nobody") is None
