"""The LLM lane: the extractor against a real local OpenAI-compatible server.

Start one with ``eval "$(scripts/llm-test-server.sh start)"`` (llama-cpp-python and a tiny Gemma
model). A model that small extracts badly, so these tests check the plumbing, whatever the model
answers: constrained JSON that parses into our schema, quotes stored as the document's own text at
their offsets, rejections counted, the cache, and one-line errors. Locally the lane skips without
``AIKG_LLM_BASE_URL``; in CI (``CI`` set) it fails instead (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult
from aikg.ingest.extractors.llm.answer import Answer
from aikg.ingest.extractors.llm.client import LLMEndpointError
from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.ensemble import RulesAndLLM
from aikg.ingest.extractors.llm.extractor import LLMExtractor
from aikg.ingest.extractors.llm.prompt import PROMPT_VERSION
from aikg.ingest.extractors.llm.report import Reason
from aikg.ingest.readers import DocumentError, read_documents
from tests.conftest import SHARED

pytestmark = pytest.mark.llm

ARTICLE = (
    "Brisa Lund, a robotics researcher, left Tamberlane Labs in January 2025. "
    "In February, she joined Quillon AI as head of research. "
    "Quillon AI released its model Pell-3 in March.\n\n"
    "Tamberlane Labs and Quillon AI compete for the same warehouse clients. "
    "Neither company commented on the move."
)


def _doc(text: str = ARTICLE, name: str = "invented.txt") -> Document:
    from aikg.graph.schema import Source

    return Document(
        text=text, path=name, language="en", published="2025-04-01", content_hash=Source.hash_content(text)
    )


def _config(endpoint: tuple[str, str], cache: Path, **options: object) -> LLMConfig:
    base, model = endpoint
    values = {"base_url": base, "model": model, "cache_dir": cache, "max_tokens": 512, "chunk_chars": 200}
    values.update(options)
    return LLMConfig.from_options(values)


@dataclass
class FirstRun:
    extractor: LLMExtractor
    result: ExtractionResult
    cache: Path


@pytest.fixture(scope="module")
def first_run(llm_endpoint: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    """The invented article through the LLM extractor once (two chunks, two calls), cached."""
    cache = tmp_path_factory.mktemp("llm-cache")
    extractor = LLMExtractor(_config(llm_endpoint, cache))
    return FirstRun(extractor, extractor.extract(_doc()), cache)


def test_the_server_enforces_the_schema_and_answers_parse_into_it(first_run: FirstRun) -> None:
    assert first_run.extractor.client.mode in ("json_schema", "json_object")
    cached = [json.loads(p.read_text(encoding="utf-8")) for p in first_run.cache.rglob("*.json")]
    assert len(cached) == first_run.extractor.report.chunks - first_run.extractor.report.bad_answers
    for entry in cached:
        Answer.model_validate_json(entry["content"])  # strict: every fact one of the 16 variants


def test_every_stored_quote_is_the_text_at_its_offsets(
    first_run: FirstRun, llm_endpoint: tuple[str, str]
) -> None:
    for fact in first_run.result.facts:
        assert fact.extractors == ["llm"]
        assert (fact.llm_model, fact.prompt_version) == (llm_endpoint[1], PROMPT_VERSION)
        for evidence in fact.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert ARTICLE[evidence.start : evidence.end] == evidence.quote
    for mention in first_run.result.mentions:
        assert ARTICLE[mention.start : mention.end] == mention.text


def test_proposed_facts_are_kept_or_rejected_with_a_reason(first_run: FirstRun) -> None:
    report = first_run.extractor.report
    assert report.chunks == 2 and report.calls == 2 and report.cache_hits == 0
    assert report.proposed == report.kept + sum(report.rejected.values())
    assert report.kept >= len(first_run.result.facts)  # the same fact from two chunks is merged
    for rejection in report.rejections:
        assert rejection.reason in Reason and "\n" not in rejection.line()
    assert f"{report.calls} calls" in first_run.extractor.summary()


def test_a_second_run_is_answered_from_the_cache(first_run: FirstRun, llm_endpoint: tuple[str, str]) -> None:
    again = LLMExtractor(_config(llm_endpoint, first_run.cache))
    result = again.extract(_doc())
    assert again.report.calls == 0
    assert (
        again.report.cache_hits == first_run.extractor.report.chunks - first_run.extractor.report.bad_answers
    )
    if first_run.extractor.report.bad_answers == 0:
        assert [f.model_dump() for f in result.facts] == [f.model_dump() for f in first_run.result.facts]


def test_ensemble_keeps_every_rules_fact_and_marks_who_found_each(
    first_run: FirstRun, llm_endpoint: tuple[str, str]
) -> None:
    from aikg.ingest.extractors.rules import RulesExtractor
    from aikg.ingest.reference import load_reference
    from aikg.ingest.resolve import EntityResolver

    reference = load_reference().entities
    llm = LLMExtractor(_config(llm_endpoint, first_run.cache), reference)
    merged = RulesAndLLM(llm, reference=reference).extract(_doc())
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


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason=f"shared seed articles not found at {SHARED}")
def test_cli_extract_on_the_seed_articles_stores_verbatim_quotes(
    llm_endpoint: tuple[str, str], tmp_path: Path
) -> None:
    base, model = llm_endpoint
    seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    # one chunk per article and short answers keep the lane quick on a small CPU (a run can still
    # take minutes on a busy one: no time limit below half an hour)
    env = {
        **os.environ,
        "AIKG_DATA_DIR": str(tmp_path / "data"),
        "AIKG_EXTRACTOR_CHUNK_CHARS": "9000",
        "AIKG_EXTRACTOR_MAX_TOKENS": "256",
    }
    command = [sys.executable, "-m", "aikg", "extract", *seeds, "--format", "json", "--extractor", "llm",
               "--llm-base-url", base, "--llm-model", model]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800, check=False)
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
