"""Small builders shared by the ingest tests."""

from __future__ import annotations

from functools import lru_cache

from aikg.graph.schema import Source
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult
from aikg.ingest.extractors.rules import RulesExtractor


@lru_cache(maxsize=1)
def extractor() -> RulesExtractor:
    return RulesExtractor()


def doc(text: str, language: str = "en", published: str | None = "2025-07-19") -> Document:
    return Document(
        text=text,
        language=language,
        published=published,
        path="test.txt",
        content_hash=Source.hash_content(text),
    )


def extract(text: str, language: str = "en", published: str | None = "2025-07-19") -> ExtractionResult:
    return extractor().extract(doc(text, language, published))


def triples(result: ExtractionResult) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[f.subject], f.predicate.value, names[f.object]) for f in result.facts}
