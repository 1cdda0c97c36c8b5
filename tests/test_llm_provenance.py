"""An LLM fact's provenance (extractor, model, prompt version) reaches the graph and every export."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest

from aikg.graph import fact_codec, selection
from aikg.graph.export.registry import get_exporter
from aikg.graph.plugins import EXPORTERS, names
from aikg.graph.schema import Evidence, Fact, GraphBatch
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import entity, source

MODEL, PROMPT = "invented-model-7b", "invented-prompt-3"


@pytest.fixture(scope="module")
def llm_store(open_falkordb, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorDBStore]:  # type: ignore[no-untyped-def]
    store = open_falkordb(tmp_path_factory.mktemp("llm-provenance"))
    src = source("Wenna Strale joined Oxbury Robotics as its chief engineer last spring.")
    quote = "Wenna Strale joined Oxbury Robotics"
    fact = Fact(
        subject="person:wenna-strale",
        predicate="JOINED",
        object="organization:oxbury-robotics",
        evidence=[Evidence(source_id=src.id, quote=quote, start=0, end=len(quote))],
        confidence=0.8,
        extractors=["llm"],
        llm_model=MODEL,
        prompt_version=PROMPT,
    )
    entities = [entity("Person", "Wenna Strale"), entity("Organization", "Oxbury Robotics")]
    store.upsert(GraphBatch(sources=[src], entities=entities, facts=[fact]))
    yield store
    store.close()


def test_the_graph_keeps_extractor_model_and_prompt_version(llm_store: FalkorDBStore) -> None:
    rel = llm_store.run("MATCH ()-[r:JOINED]->() RETURN r").scalar()
    fact = fact_codec.decode(rel.start, rel.type, rel.end, rel.properties)
    assert (fact.extractors, fact.llm_model, fact.prompt_version) == (["llm"], MODEL, PROMPT)


@pytest.mark.parametrize("name", names(EXPORTERS))
def test_every_export_carries_the_model_and_prompt_version(llm_store: FalkorDBStore, name: str) -> None:
    stream = io.BytesIO()
    get_exporter(name).write(selection.whole(llm_store), stream)
    data = stream.getvalue()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = b"".join(archive.read(member) for member in archive.namelist())
    text = data.decode("utf-8")
    assert MODEL in text and PROMPT in text
