"""The one codec between a stored fact relationship's properties and the :class:`Fact` model.

A fact is stored as one relationship whose properties are flat (both engines store only scalars
and lists of scalars, never maps or nulls inside lists):

- the five fact properties (``date``, ``role``, ``reason``, ``model``, ``organization``);
- the evidence as parallel lists ``evidence`` (quotes), ``evidence_sources``,
  ``evidence_starts``, ``evidence_ends`` (character offsets, ``-1`` when unknown), keyed by
  ``evidence_keys`` (:attr:`Evidence.key`) so a repeated assertion adds nothing;
- ``sources`` (the cited source ids), ``confidence``, ``extractors`` with the parallel
  ``extractor_confidences``, ``rules``, ``llm_model``, ``prompt_version``, ``headline_only``,
  ``review``;
- bookkeeping the store derives itself: ``fact_id``, ``first_reported``, ``last_reported``.

:func:`encode` gives a write row, :func:`decode` a :class:`Fact` (strict: malformed lists are an
:class:`InvalidInputError`), :func:`stored_evidence` the evidence as stored (lenient, for readers
that show or export what is there).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import Evidence, Fact, FactProperties, noisy_or

UNKNOWN_OFFSET = -1
EVIDENCE_LISTS = ("evidence", "evidence_sources", "evidence_starts", "evidence_ends")
EVIDENCE_KEYS = "evidence_keys"
PROVENANCE_KEYS = ("extractors", "rules", "llm_model", "prompt_version", "headline_only", "review")
DERIVED_KEYS = ("fact_id", "first_reported", "last_reported")
# stored properties that only mean something decoded (hidden from property panels)
BOOKKEEPING_KEYS = frozenset({EVIDENCE_KEYS, "evidence_starts", "evidence_ends", "extractor_confidences"})
# every stored property this codec reads or writes
FACT_KEYS = frozenset(
    {
        *FactProperties.model_fields,
        *EVIDENCE_LISTS,
        EVIDENCE_KEYS,
        *PROVENANCE_KEYS,
        *DERIVED_KEYS,
        "sources",
        "confidence",
        "extractor_confidences",
    }
)


_ROW_ONLY = frozenset({"subject", "object", "reported"})


@dataclass(frozen=True)
class StoredEvidence:
    """One evidence item as stored; offsets are None when unknown."""

    quote: str
    source_id: str
    start: int | None
    end: int | None


def _offset(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _list(value: Any) -> list[Any]:
    """A stored list property (a lone string counts as a list of one)."""
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, list | tuple) else []


def _properties(fact: Fact) -> dict[str, Any]:
    """The fact's properties as ``model_dump`` gives them (read directly for the plain class)."""
    props = fact.properties
    if type(props) is FactProperties:
        return {key: getattr(props, key) for key in _PROPERTY_FIELDS}
    return props.model_dump()


_PROPERTY_FIELDS = tuple(FactProperties.model_fields)


def encode(fact: Fact, reported: str | None = None) -> dict[str, Any]:
    """The write row of a fact (what ``cypher_write.merge_facts`` unwinds)."""
    keys, quotes, cited, starts, ends = [], [], [], [], []
    for item in fact.evidence:
        start, end = item.start, item.end
        keys.append(item.key)
        quotes.append(item.quote)
        cited.append(item.source_id)
        starts.append(UNKNOWN_OFFSET if start is None else start)
        ends.append(UNKNOWN_OFFSET if end is None else end)
    scores = fact.per_extractor()
    return {
        "fact_id": fact.fact_id,
        "subject": fact.subject,
        "object": fact.object,
        **_properties(fact),
        "sources": list(dict.fromkeys(cited)),
        "confidence": fact.confidence,
        "extractors": list(scores),
        "extractor_confidences": list(scores.values()),
        "rules": list(fact.rules),
        "llm_model": fact.llm_model,
        "prompt_version": fact.prompt_version,
        "headline_only": fact.headline_only,
        "review": fact.review,
        "reported": reported,
        EVIDENCE_KEYS: keys,
        "evidence": quotes,
        "evidence_sources": cited,
        "evidence_starts": starts,
        "evidence_ends": ends,
    }


def encode_new(fact: Fact, reported: str | None = None) -> dict[str, Any]:
    """The write row of a fact the store does not hold yet: ``props`` are the relationship's
    properties exactly as merging ``encode(fact)`` into an empty relationship leaves them
    (what ``cypher_write.create_facts`` sets at once)."""
    row = encode(fact, reported)
    props = {k: v for k, v in row.items() if v is not None and k not in _ROW_ONLY}
    if reported is not None:
        props["first_reported"] = props["last_reported"] = reported
    return {"fact_id": row["fact_id"], "subject": row["subject"], "object": row["object"], "props": props}


# the stored properties :func:`adds_nothing` reads (a store's plan fetches only these)
MERGE_CHECK_KEYS = (
    EVIDENCE_KEYS,
    "sources",
    "extractors",
    "extractor_confidences",
    "confidence",
    "rules",
    *FactProperties.model_fields,
    "llm_model",
    "prompt_version",
    "headline_only",
    "review",
    "first_reported",
    "last_reported",
)


def adds_nothing(stored: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """True when merging the write row ``row`` (from :func:`encode`) into a relationship with the
    ``stored`` properties would change none of them (the rules of ``cypher_write.merge_facts``),
    so a re-load of known facts can skip the write. When unsure (an older layout), False."""
    scores = _list(stored.get("extractor_confidences"))
    extractors = _list(stored.get("extractors"))
    keys = _list(stored.get(EVIDENCE_KEYS))
    if not scores or len(scores) != len(extractors) or not keys:
        return False
    if not (
        set(row[EVIDENCE_KEYS]) <= set(keys) and set(row["sources"]) <= set(_list(stored.get("sources")))
    ):
        return False
    best = dict(zip(extractors, scores, strict=True))
    for name, score in zip(row["extractors"], row["extractor_confidences"], strict=True):
        if name not in best or score > best[name]:
            return False
    if not set(row["rules"]) <= set(_list(stored.get("rules"))):
        return False
    for key in (*FactProperties.model_fields, "llm_model", "prompt_version"):
        if stored.get(key) is None and row.get(key) is not None:
            return False
    if stored.get("headline_only") and not row["headline_only"]:
        return False
    if stored.get("review") in (None, "unreviewed") and row["review"] != stored.get("review"):
        return False
    reported = row.get("reported")
    first, last = stored.get("first_reported"), stored.get("last_reported")
    if reported is not None and (first is None or last is None or not first <= reported <= last):
        return False
    return stored.get("confidence") == (scores[0] if len(scores) == 1 else noisy_or(scores))


def stored_evidence(props: Mapping[str, Any]) -> list[StoredEvidence]:
    """The evidence of stored properties, leniently: a missing source is '', a bad offset None."""
    quotes = _list(props.get("evidence"))
    cited = _list(props.get("evidence_sources"))
    starts = _list(props.get("evidence_starts"))
    ends = _list(props.get("evidence_ends"))
    items = []
    for index, quote in enumerate(quotes):
        source = str(cited[index]) if index < len(cited) and cited[index] is not None else ""
        start = _offset(starts[index]) if index < len(starts) else None
        end = _offset(ends[index]) if index < len(ends) else None
        known = start is not None and end is not None
        items.append(StoredEvidence(str(quote), source, start if known else None, end if known else None))
    return items


def cited_source_ids(props: Mapping[str, Any]) -> set[str]:
    """Every source id a stored fact names (``sources`` and ``evidence_sources``)."""
    return {str(v) for key in ("sources", "evidence_sources") for v in _list(props.get(key)) if v is not None}


def stored_sources(props: Mapping[str, Any]) -> list[str]:
    """The source ids a stored fact cites, in stored order."""
    return [str(v) for v in _list(props.get("sources")) if v is not None]


def stored_extractors(props: Mapping[str, Any]) -> list[str]:
    """The extractors that found a stored fact, in stored order."""
    return [str(v) for v in _list(props.get("extractors")) if v is not None]


def decode_evidence(props: Mapping[str, Any], where: str = "fact") -> list[Evidence]:
    """The evidence of stored properties, strictly: the parallel lists must have one length."""
    quotes = _list(props.get("evidence"))
    lengths = {len(quotes), len(_list(props.get("evidence_sources")))}
    for key in ("evidence_starts", "evidence_ends"):
        if props.get(key) is not None:
            lengths.add(len(_list(props.get(key))))
    if len(lengths) > 1:
        raise InvalidInputError(f"{where}: evidence lists have different lengths")
    items = stored_evidence(props)
    return [Evidence(source_id=e.source_id, quote=e.quote, start=e.start, end=e.end) for e in items]


def _scores(props: Mapping[str, Any], extractors: Sequence[str]) -> dict[str, float]:
    values = _list(props.get("extractor_confidences"))
    if len(values) != len(extractors):
        return {}
    return {name: float(v) for name, v in zip(extractors, values, strict=True) if isinstance(v, int | float)}


def decode(subject: str, predicate: str, obj: str, props: Mapping[str, Any], where: str = "fact") -> Fact:
    """The :class:`Fact` a stored relationship holds; raises InvalidInputError when it is malformed.
    Properties this codec does not know are ignored (see :data:`FACT_KEYS`)."""
    extractors = [str(x) for x in _list(props.get("extractors"))] or ["manual"]
    fields: dict[str, Any] = {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "properties": {k: props[k] for k in FactProperties.model_fields if props.get(k) is not None},
        "evidence": decode_evidence(props, where),
        "extractors": extractors,
        "extractor_confidences": _scores(props, extractors),
        "rules": [str(x) for x in _list(props.get("rules"))],
        "llm_model": props.get("llm_model"),
        "prompt_version": props.get("prompt_version"),
        "headline_only": bool(props.get("headline_only", False)),
        "review": props.get("review") or "unreviewed",
    }
    if props.get("confidence") is not None:
        fields["confidence"] = props["confidence"]
    try:
        return Fact(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise InvalidInputError(f"{where}: {loc + ': ' if loc else ''}{err['msg']}") from None


__all__ = [
    "BOOKKEEPING_KEYS",
    "EVIDENCE_LISTS",
    "FACT_KEYS",
    "MERGE_CHECK_KEYS",
    "StoredEvidence",
    "adds_nothing",
    "cited_source_ids",
    "decode",
    "decode_evidence",
    "encode",
    "encode_new",
    "stored_evidence",
    "stored_extractors",
    "stored_sources",
]
