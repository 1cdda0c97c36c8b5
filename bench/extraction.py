"""Extraction rate of the rules extractor (documents per second), and spaCy's small French
pipeline on the same texts when it happens to be installed (it is never installed for this)."""

from __future__ import annotations

import importlib.util
import time
from typing import Any

from aikg.ingest.extractors import get_extractor
from bench.extract_throughput import generate


def measure(count: int) -> dict[str, Any]:
    docs = generate(count, 6)
    extractor = get_extractor("rules")
    extractor.extract(docs[0])  # warm-up: compiles the gazetteer and patterns
    started = time.perf_counter()
    facts = sum(len(extractor.extract(doc).facts) for doc in docs)
    elapsed = time.perf_counter() - started
    out: dict[str, Any] = {
        "documents": len(docs),
        "facts": facts,
        "docs_per_s": round(len(docs) / elapsed, 1),
    }
    spacy_rate = _spacy_rate([d.text for d in docs])
    out["spacy_fr_core_news_sm_docs_per_s"] = spacy_rate
    out["over_spacy"] = round(out["docs_per_s"] / spacy_rate, 2) if spacy_rate else None
    return out


def _spacy_rate(texts: list[str]) -> float | None:
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec("fr_core_news_sm") is None:
        return None
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    nlp(texts[0])
    started = time.perf_counter()
    for text in texts:
        nlp(text)
    return round(len(texts) / (time.perf_counter() - started), 1)
