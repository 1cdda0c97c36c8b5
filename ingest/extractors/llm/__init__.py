"""The LLM extractor (``--extractor llm``) and the ensemble with the rules (``--extractor rules+llm``).

Modules, in the order a document goes through them: ``config.py`` (settings), ``chunking.py``
(sentence chunks with overlap), ``prompt.py`` (the versioned prompt), ``answer.py`` (the answer's
JSON schema, generated from the graph schema, and its lenient parsing), ``cache.py`` (answers on
disk), ``client.py`` (the OpenAI-compatible endpoint), ``checks.py`` with ``grounding.py``
(what a fact must satisfy to be kept), ``report.py`` (counters and rejections),
``extractor.py`` and ``ensemble.py``.
"""

from __future__ import annotations

from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.ensemble import RulesAndLLM
from aikg.ingest.extractors.llm.extractor import LLMExtractor, extractor_summary

__all__ = ["LLMConfig", "LLMExtractor", "RulesAndLLM", "extractor_summary"]
