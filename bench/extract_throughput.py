"""Extraction throughput: documents per second of the rules extractor on generated articles.

Articles are made by combining paragraphs of the sample corpus and the shared seeds
(python bench/extract_throughput.py [--documents 300] [--paragraphs 6]).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from aikg.graph.schema import Source
from aikg.ingest.document import Document
from aikg.ingest.extractors import get_extractor
from aikg.ingest.readers import DocumentError, read_documents

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "corpus" / "articles", ROOT / ".." / "shared" / "seeds"]


def paragraphs() -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = {"en": [], "fr": []}
    inputs = [str(p) for p in SOURCES if p.is_dir()]
    for doc in read_documents(inputs):
        if isinstance(doc, DocumentError):
            continue
        parts = [p.strip() for p in doc.text.split("\n\n") if len(p.strip()) > 80]
        by_language.setdefault(doc.language or "en", []).extend(parts)
    return {k: v for k, v in by_language.items() if v}


def generate(count: int, per_document: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    pools = paragraphs()
    if not pools:
        raise SystemExit("no corpus or seed articles found to build documents from")
    languages = sorted(pools)
    docs = []
    for index in range(count):
        language = languages[index % len(languages)]
        text = "\n\n".join(rng.choice(pools[language]) for _ in range(per_document))
        docs.append(
            Document(
                text=text,
                language=language,
                published="2025-07-19",
                path=f"bench-{index}.txt",
                content_hash=Source.hash_content(f"{index}:{text}"),
            )
        )
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--paragraphs", type=int, default=6)
    args = parser.parse_args()
    docs = generate(args.documents, args.paragraphs)
    extractor = get_extractor("rules")
    extractor.extract(docs[0])  # warm-up: compiles the gazetteer and patterns
    started, cpu = time.perf_counter(), time.process_time()
    facts = sum(len(extractor.extract(doc).facts) for doc in docs)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(d.text) for d in docs)
    # on a shared machine the wall-clock rate depends on the load; the CPU rate is the steadier figure
    print(
        f"{len(docs)} documents ({chars / len(docs):.0f} chars each), {facts} facts in {elapsed:.2f}s: "
        f"{len(docs) / elapsed:.1f} documents/second ({len(docs) / cpu:.1f} per CPU second)"
    )


if __name__ == "__main__":
    main()
