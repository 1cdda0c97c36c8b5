"""Extractors by name. An LLM-backed extractor is one more module and one more entry in EXTRACTORS."""

from __future__ import annotations

from aikg.graph.plugins import resolve
from aikg.ingest.extractors.base import ExtractionResult, Extractor, Mention

EXTRACTORS: dict[str, str] = {
    "rules": "aikg.ingest.extractors.rules:RulesExtractor",
}


def get_extractor(name: str) -> Extractor:
    return resolve(EXTRACTORS, name, "extractor")()


__all__ = ["EXTRACTORS", "ExtractionResult", "Extractor", "Mention", "get_extractor"]
