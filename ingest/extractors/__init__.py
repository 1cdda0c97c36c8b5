"""Extractors by name. An LLM-backed extractor is one more module and one more entry in FACTORIES."""

from __future__ import annotations

from collections.abc import Callable

from graph.errors import InvalidInputError
from ingest.extractors.base import ExtractionResult, Extractor, Mention


def _rules() -> Extractor:
    from ingest.extractors.rules import RulesExtractor

    return RulesExtractor()


FACTORIES: dict[str, Callable[[], Extractor]] = {"rules": _rules}


def get_extractor(name: str) -> Extractor:
    try:
        factory = FACTORIES[name]
    except KeyError:
        valid = ", ".join(sorted(FACTORIES))
        raise InvalidInputError(f"unknown extractor {name!r}; valid extractors: {valid}") from None
    return factory()


__all__ = ["ExtractionResult", "Extractor", "Mention", "get_extractor"]
