"""The LLM lane: the extractor against a real local OpenAI-compatible server.

Start one with ``eval "$(scripts/llm-test-server.sh start)"`` (llama-cpp-python and a tiny Gemma
model). A model that small extracts badly, so these tests check the plumbing, whatever the model
answers: constrained JSON that parses into our schema, quotes stored as the document's own text at
their offsets, rejections counted, the cache, and one-line errors. Locally the lane skips without
``AIKG_LLM_BASE_URL``; in CI (``CI`` set) it fails instead (tests/conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aikg.ingest.document import Document
from aikg.ingest.extractors.llm.answer import Answer, answer_schema
from aikg.ingest.extractors.llm.client import ChatClient, LLMEndpointError
from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.ensemble import RulesAndLLM
from aikg.ingest.extractors.llm.extractor import LLMExtractor
from aikg.ingest.extractors.llm.prompt import PROMPT_VERSION, system_prompt
from aikg.ingest.extractors.llm.report import Reason
from aikg.ingest.readers import DocumentError, read_documents
from tests.cli import aikg
from tests.conftest import SHARED

pytestmark = pytest.mark.llm

ARTICLE = (
    "Brisa Lund, a robotics researcher, left Tamberlane Labs in January 2025. "
    "In February, she joined Quillon AI as head of research. "
    "Quillon AI released its model Pell-3 in March."
)


def _doc(text: str = ARTICLE, name: str = "invented.txt") -> Document:
    from aikg.graph.schema import Source

    return Document(text=text, path=name, language="en", published="2025-04-01", content_hash=Source.hash_content(text))


def _config(endpoint: tuple[str, str], tmp_path: Path, **options: object) -> LLMConfig:
    base, model = endpoint
    values = {"base_url": base, "model": model, "cache_dir": tmp_path / "llm-cache", "max_tokens": 768}
    values.update(options)
    return LLMConfig.from_options(values)


def test_constrained_answer_parses_into_the_schema(llm_endpoint: tuple[str, str], tmp_path: Path) -> None:
    client = ChatClient(_config(llm_endpoint, tmp_path))
    client.check_model()
    completion = client.complete(system_prompt, f"Published: 2025-04-01\nLanguage: en\n\nExcerpt:\n{ARTICLE}",
                                 answer_schema())  # fmt: skip
    assert client.mode in ("json_schema", "json_object")  # the server enforced the schema
    if completion.finish_reason != "length":
        Answer.model_validate_json(completion.content)  # strict: every fact one of the 16 variants


def test_every_stored_quote_is_the_text_at_its_offsets(llm_endpoint: tuple[str, str], tmp_path: Path) -> None:
    extractor = LLMExtractor(_config(llm_endpoint, tmp_path))
    result = extractor.extract(_doc())
    for fact in result.facts:
        assert fact.extractors == ["llm"]
        assert (fact.llm_model, fact.prompt_version) == (llm_endpoint[1], PROMPT_VERSION)
        for evidence in fact.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert ARTICLE[evidence.start : evidence.end] == evidence.quote
    report = extractor.report
    assert report.calls == 1 and report.cache_hits == 0
    assert report.proposed == report.kept + sum(report.rejected.values())
    assert report.kept >= len(result.facts)  # facts found in several chunks are merged
    assert all(r.reason in Reason for r in report.rejections)


def test_a_second_run_is_answered_from_the_cache(llm_endpoint: tuple[str, str], tmp_path: Path) -> None:
    config = _config(llm_endpoint, tmp_path, chunk_chars=200, chunk_overlap=0)
    first = LLMExtractor(config)
    before = first.extract(_doc())
    assert first.report.calls == first.report.chunks > 1
    second = LLMExtractor(config)
    after = second.extract(_doc())
    assert second.report.calls == 0
    assert second.report.cache_hits == first.report.chunks - first.report.bad_answers
    if first.report.bad_answers == 0:
        assert [f.model_dump() for f in after.facts] == [f.model_dump() for f in before.facts]


def test_an_unknown_model_is_one_line(llm_endpoint: tuple[str, str], tmp_path: Path) -> None:
    extractor = LLMExtractor(_config(llm_endpoint, tmp_path, model="no-such-model"))
    with pytest.raises(LLMEndpointError) as caught:
        extractor.extract(_doc())
    assert "\n" not in str(caught.value)
    assert "does not serve model 'no-such-model'" in str(caught.value)


def test_a_slow_answer_is_a_timeout_in_one_line(llm_endpoint: tuple[str, str], tmp_path: Path) -> None:
    extractor = LLMExtractor(_config(llm_endpoint, tmp_path, timeout=0.05, max_retries=0, max_tokens=16))
    with pytest.raises(LLMEndpointError) as caught:
        extractor.extract(_doc())
    assert "\n" not in str(caught.value)
    assert "did not answer within 0.05 s" in str(caught.value)


def test_ensemble_keeps_every_rules_fact_and_marks_who_found_each(
    llm_endpoint: tuple[str, str], tmp_path: Path
) -> None:
    from aikg.ingest.extractors.rules import RulesExtractor
    from aikg.ingest.reference import load_reference
    from aikg.ingest.resolve import EntityResolver

    reference = load_reference().entities
    llm = LLMExtractor(_config(llm_endpoint, tmp_path), reference)
    ensemble = RulesAndLLM(llm, reference=reference)
    merged = ensemble.extract(_doc())
    rules_only = EntityResolver(reference).apply(RulesExtractor(reference).extract(_doc()))
    by_id = {f.fact_id: f for f in merged.facts}
    assert {f.fact_id for f in rules_only.facts} <= set(by_id)
    for fact in rules_only.facts:
        both = by_id[fact.fact_id]
        assert "rules" in both.extractors
        if "llm" in both.extractors:
            assert both.confidence > fact.confidence  # agreement raises the confidence
    for fact in merged.facts:
        assert set(fact.extractors) <= {"rules", "llm"}


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason=f"shared seed articles not found at {SHARED}")
def test_cli_extract_on_the_seed_articles_stores_verbatim_quotes(
    llm_endpoint: tuple[str, str], tmp_path: Path
) -> None:
    base, model = llm_endpoint
    seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    result = aikg("extract", *seeds, "--format", "json", "--extractor", "llm", "--llm-base-url", base,
                  "--llm-model", model, data_dir=tmp_path / "data")  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    texts = {}
    for item in read_documents(seeds):
        assert not isinstance(item, DocumentError)
        texts[item.name] = item.text
    assert [r["source"] for r in records] == list(texts)
    for record in records:
        text = texts[record["source"]]
        for relation in record["relations"]:
            assert relation["extractors"] == ["llm"] and relation["llm_model"] == model
            for evidence in relation["evidence_spans"]:
                assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert "llm " + model in result.stderr and "calls" in result.stderr
