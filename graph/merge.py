"""The one merge of facts that share a fact id (same subject, predicate and object).

Used by every extractor's assembly, by entity resolution and by the store's batch planning; the
store's write Cypher (``stores/cypher_write.py``) applies the same rules when a fact id arrives
again in a later batch:

- evidence is unioned, deduplicated by :attr:`Evidence.key`, in order of first appearance;
- the five fact properties: the first value that is set wins;
- ``extractors`` and ``rules`` are unioned; each extractor keeps its highest confidence, and the
  fact's confidence is the noisy-or of the per-extractor confidences, ``1 - prod(1 - c)``, so one
  extractor alone gives its own best confidence and independent extractors that agree raise it
  (0.8 and 0.7 give 0.94);
- ``llm_model`` and ``prompt_version``: the first value that is set;
- ``headline_only`` is true only if every merged fact is headline-only;
- ``review``: the first decision (accepted, rejected, corrected) wins over ``unreviewed``, so a
  re-ingest never resets a review.
"""

from __future__ import annotations

from collections.abc import Iterable

from aikg.graph.schema import UNREVIEWED, Evidence, Fact, FactProperties, noisy_or


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v is not None), None)


def _merge_group(group: list[Fact]) -> Fact:
    first = group[0]
    if len(group) == 1:
        return first
    evidence: dict[str, Evidence] = {}
    for fact in group:
        for item in fact.evidence:
            evidence.setdefault(item.key, item)
    scores: dict[str, float] = {}
    for fact in group:
        for name, score in fact.per_extractor().items():
            scores[name] = max(score, scores.get(name, score))
    props = {key: _first(getattr(f.properties, key) for f in group) for key in FactProperties.model_fields}
    review = next((f.review for f in group if f.review != UNREVIEWED), first.review)
    return first.model_copy(
        update={
            "properties": first.properties.model_copy(update=props),
            "evidence": list(evidence.values()),
            "extractors": list(scores),
            "extractor_confidences": scores,
            "confidence": noisy_or(list(scores.values())),
            "rules": list(dict.fromkeys(r for f in group for r in f.rules)),
            "llm_model": _first(f.llm_model for f in group),
            "prompt_version": _first(f.prompt_version for f in group),
            "headline_only": all(f.headline_only for f in group),
            "review": review,
        }
    )


def merge_facts(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per fact id, in order of first appearance (see the module docstring for the rules).
    The inputs are not modified; a fact without a duplicate is returned as it is."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.fact_id, []).append(fact)
    return [_merge_group(group) for group in groups.values()]


__all__ = ["merge_facts"]
