"""The LLM extractor: chunks of a document to an OpenAI-compatible model, answers checked and
grounded, facts merged across chunks.

Per document: the text is cut into overlapping chunks of sentences (``chunking.py``); each
chunk's answer comes from the cache or from the endpoint (``cache.py``, ``client.py``; at most
``concurrency`` requests at once); each answer is parsed (``answer.py``) and checked
(``checks.py``); the facts of all chunks go through the one merge of facts
(:func:`aikg.graph.merge.merge_facts`). Facts carry ``extractors=["llm"]``, ``llm_model`` and
``prompt_version``. The run's counters and rejected facts are in :attr:`LLMExtractor.report`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult, Mention
from aikg.ingest.extractors.config import ExtractorConfig
from aikg.ingest.extractors.llm.answer import AnswerError, answer_schema, parse_answer
from aikg.ingest.extractors.llm.cache import CachedAnswer, ResponseCache, cache_key
from aikg.ingest.extractors.llm.checks import FoldedText, Kept, KnownNames, Provenance, check_answer
from aikg.ingest.extractors.llm.chunking import Chunk, chunk_text
from aikg.ingest.extractors.llm.client import ChatClient
from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.prompt import PROMPT_VERSION, system_prompt, user_message
from aikg.ingest.extractors.llm.report import LLMReport, Reason, Rejection


class LLMExtractor:
    name = "llm"

    def __init__(
        self,
        config: LLMConfig,
        reference: Iterable[Entity] | None = None,
        client: ChatClient | None = None,
    ) -> None:
        if reference is None:
            from aikg.ingest.reference import load_reference

            reference = load_reference().entities
        self.config = config
        self.known = KnownNames(reference)
        self.client = client or ChatClient(config)
        self.cache = ResponseCache(config.cache_dir)
        self.schema = answer_schema()
        self.report = LLMReport()
        self.prompt_version = PROMPT_VERSION
        self._check_lock = threading.Lock()

    @classmethod
    def from_config(cls, config: ExtractorConfig) -> LLMExtractor:
        return cls(LLMConfig.from_options(config.options))

    def summary(self) -> str:
        return self.report.summary(self.config.model, self.prompt_version)

    def extract(self, doc: Document) -> ExtractionResult:
        started = time.monotonic()
        source = doc.to_source()
        chunks = chunk_text(doc.text, self.config.chunk_chars, self.config.chunk_overlap)
        text = FoldedText(doc.text)
        provenance = Provenance(source.id, doc.name, self.config.model, self.prompt_version)
        try:
            if len(chunks) > 1 and self.config.concurrency > 1:
                with ThreadPoolExecutor(max_workers=min(self.config.concurrency, len(chunks))) as pool:
                    answers = list(pool.map(lambda c: self._answer(c, doc, len(chunks)), chunks))
            else:
                answers = [self._answer(c, doc, len(chunks)) for c in chunks]
            kept = Kept()
            for chunk, (content, cut) in zip(chunks, answers, strict=True):
                self._read(content, cut, chunk, text, provenance, kept)
        finally:
            self.report.seconds += time.monotonic() - started
        self.report.documents += 1
        mentions = _first_mentions(kept.mentions)
        return ExtractionResult(
            source=source,
            entities=list(kept.entities.values()),
            facts=merge_facts(kept.facts),
            mentions=mentions,
        )

    def _answer(self, chunk: Chunk, doc: Document, chunks: int) -> tuple[str, bool]:
        """The model's answer for one chunk, and whether it was cut at the token limit: from the
        cache, else from the endpoint (then cached, unless cut)."""
        message = user_message(chunk, doc, chunks)
        key = cache_key(self.config.model, self.prompt_version, message)
        cached = self.cache.get(key)
        if cached is not None:
            self.report.answer(True, cached.prompt_tokens, cached.completion_tokens)
            return cached.content, False
        self.client.check_model()
        completion = self.client.complete(system_prompt, message, self.schema)
        self.report.answer(False, completion.prompt_tokens, completion.completion_tokens)
        cut = completion.finish_reason == "length"
        if not cut:
            answer = CachedAnswer(completion.content, completion.prompt_tokens, completion.completion_tokens)
            self.cache.put(key, answer, self.config.model, self.prompt_version)
        return completion.content, cut

    def _read(
        self, content: str, cut: bool, chunk: Chunk, text: FoldedText, provenance: Provenance, kept: Kept
    ) -> None:
        """Check one chunk's answer into ``kept``; count and record what is rejected."""
        where = f"chunk {chunk.index + 1} (characters {chunk.start}-{chunk.end})"
        if cut:
            self.report.reject(
                Rejection(
                    provenance.document,
                    Reason.BAD_ANSWER,
                    f"{where}: the answer was cut at {self.config.max_tokens} tokens",
                )
            )
            return
        try:
            parsed = parse_answer(content)
        except AnswerError as exc:
            self.report.reject(Rejection(provenance.document, Reason.BAD_ANSWER, f"{where}: {exc}"))
            return
        found, rejections = check_answer(parsed, text, (chunk.start, chunk.end), self.known, provenance)
        for rejection in rejections:
            self.report.reject(rejection)
        with self._check_lock:
            self.report.proposed += len(found.facts) + len(rejections)
            self.report.kept += len(found.facts)
        kept.facts += found.facts
        for entity_id, entity in found.entities.items():
            kept.entities.setdefault(entity_id, entity)
        kept.mentions += found.mentions


def _first_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: dict[tuple[str, int, int], Mention] = {}
    for mention in mentions:
        seen.setdefault((mention.entity_id, mention.start, mention.end), mention)
    return list(seen.values())


def extractor_summary(extractor: Any) -> tuple[str | None, list[str]]:
    """The LLM summary line and the rejected-fact lines of an extractor (or of the LLM part of an
    ensemble); ``(None, [])`` for an extractor that calls no model."""
    llm = extractor if isinstance(extractor, LLMExtractor) else getattr(extractor, "llm", None)
    if not isinstance(llm, LLMExtractor):
        return None, []
    return llm.summary(), [r.line() for r in llm.report.rejections]


__all__ = ["LLMExtractor", "extractor_summary"]
