"""``rules+llm``: both extractors on every document, their facts merged into one per fact id.

The two results go through one entity resolver (the reference data, then what either extractor
found), so the same actor gets one id whichever extractor named it; the facts then go through the
one merge of facts (:func:`aikg.graph.merge.merge_facts`): evidence from both, the list of
extractors that found each fact, and a confidence that is the noisy-or of theirs, so a fact both
found ranks above one either found alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult, Extractor
from aikg.ingest.extractors.config import ExtractorConfig
from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.extractor import LLMExtractor


class RulesAndLLM:
    name = "rules+llm"

    def __init__(
        self, llm: LLMExtractor, rules: Extractor | None = None, reference: Iterable[Entity] | None = None
    ) -> None:
        from aikg.ingest.resolve import EntityResolver

        if reference is None:
            from aikg.ingest.reference import load_reference

            reference = load_reference().entities
        reference = list(reference)
        if rules is None:
            from aikg.ingest.extractors.rules import RulesExtractor

            rules = RulesExtractor(reference)
        self.rules = rules
        self.llm = llm
        self.resolver = EntityResolver(reference)

    @classmethod
    def from_config(cls, config: ExtractorConfig) -> RulesAndLLM:
        from aikg.ingest.reference import load_reference

        reference = load_reference().entities
        return cls(LLMExtractor(LLMConfig.from_options(config.options), reference), reference=reference)

    def extract(self, doc: Document) -> ExtractionResult:
        first = self.resolver.apply(self.rules.extract(doc))
        second = self.resolver.apply(self.llm.extract(doc))
        entities = {e.id: e for e in [*first.entities, *second.entities]}
        return ExtractionResult(
            source=first.source,
            entities=list(entities.values()),
            facts=merge_facts([*first.facts, *second.facts]),
            mentions=[*first.mentions, *second.mentions],
        )


__all__ = ["RulesAndLLM"]
