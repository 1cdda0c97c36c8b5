"""Extractors by name: the ``aikg.extractors`` plugins (see ``graph/plugins.py``): ``rules``,
``llm`` and ``rules+llm`` (``extractors/llm/``). Another extractor is one more module and one more
entry point, in aikg or in another distribution."""

from __future__ import annotations

from aikg.graph import plugins
from aikg.graph.errors import InvalidInputError
from aikg.ingest.extractors.base import ExtractionResult, Extractor, Mention
from aikg.ingest.extractors.config import ExtractorConfig


def extractor_names() -> list[str]:
    return plugins.names(plugins.EXTRACTORS)


def get_extractor(choice: str | ExtractorConfig = "rules") -> Extractor:
    """The extractor a name or an :class:`ExtractorConfig` names, built with the config's options
    (through the class's ``from_config`` when it has one)."""
    config = ExtractorConfig(name=choice) if isinstance(choice, str) else choice
    factory = plugins.load(plugins.EXTRACTORS, config.name, "extractor")
    if hasattr(factory, "from_config"):
        extractor: Extractor = factory.from_config(config)
        return extractor
    try:
        built: Extractor = factory(**config.options)
        return built
    except TypeError as exc:
        raise InvalidInputError(f"extractor {config.name!r} does not take these options: {exc}") from None


__all__ = [
    "ExtractionResult",
    "Extractor",
    "ExtractorConfig",
    "Mention",
    "extractor_names",
    "get_extractor",
]
