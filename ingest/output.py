"""The public JSON shape of `aikg extract`: one object per document."""

from __future__ import annotations

from typing import Any

from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult


def extraction_record(doc: Document, result: ExtractionResult) -> dict[str, Any]:
    names = {e.id: e.name for e in result.entities}
    return {
        "source": doc.name,
        "title": doc.title,
        "language": doc.language,
        "published": doc.published,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type.value, "aliases": list(e.aliases)}
            for e in result.entities
        ],
        "relations": [
            {
                "subject": names.get(f.subject, f.subject),
                "subject_id": f.subject,
                "predicate": f.predicate.value,
                "object": names.get(f.object, f.object),
                "object_id": f.object,
                "properties": f.properties.present(),
                "evidence": f.evidence[0].quote if f.evidence else None,
                "evidence_spans": [{"quote": e.quote, "start": e.start, "end": e.end} for e in f.evidence],
                "confidence": round(f.confidence, 3),
                "rules": list(f.rules),
                "headline_only": f.headline_only,
                "extractors": list(f.extractors),
                **({"llm_model": f.llm_model} if f.llm_model else {}),
                **({"prompt_version": f.prompt_version} if f.prompt_version else {}),
            }
            for f in result.facts
        ],
    }
