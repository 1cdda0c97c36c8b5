"""An entity's facts as rows for the explorer: the other party, the date, and the evidence behind each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from aikg.graph.fact_codec import stored_evidence, stored_sources
from aikg.graph.review import state_of
from aikg.graph.stores.base import NodeValue, RelationshipValue

REFERENCE = "source:reference-data"
_MARKDOWN_SPECIAL = set("\\`*_[]()$~|<>#")


def md_escape(text: str) -> str:
    """Text shown as itself in Streamlit markdown: no emphasis, links, HTML or ``$...$`` maths
    (a quote about "$10 billion" must not turn into LaTeX), on one line."""
    flat = " ".join(text.split())
    return "".join(f"\\{c}" if c in _MARKDOWN_SPECIAL else c for c in flat)


def source_markdown(title: str, url: str | None, path: str | None) -> str:
    """Where a source can be read: a link to the article when it has a URL, else its title and
    the local file it was read from (never a link that is not the article)."""
    shown = md_escape(title)
    if url:
        return f"[{shown}](<{url}>)"
    return f"{shown} · file `{path.replace('`', '')}`" if path else shown


@dataclass(frozen=True)
class EvidenceItem:
    quote: str
    source_id: str
    title: str
    url: str | None
    published: str | None
    start: int | None = None
    end: int | None = None
    path: str | None = None
    syndications: tuple[str, ...] = ()  # later copies of the same story (not counted as sources)

    def markdown(self) -> str:
        """The quote, then where it comes from: a link to the article when it has a URL, else its
        title and the local file it was read from."""
        where = source_markdown(self.title, self.url, self.path)
        when = f" ({self.published})" if self.published else ""
        span = (
            f", characters {self.start}–{self.end}" if self.start is not None and self.end is not None else ""
        )
        copies = ""
        if self.syndications:
            copies = "\n\n  also published at (syndicated copies): " + ", ".join(
                _link(u) for u in self.syndications
            )
        return f"> {md_escape(self.quote)}\n\n— {where}{when}{span}{copies}"


def _link(where: str) -> str:
    """A syndicated copy as a markdown link (http(s) only, its text escaped), else as escaped text."""
    if not where.lower().startswith(("http://", "https://")):
        return md_escape(where)
    target = quote(where, safe=":/?#@!$&'()*+,;=%~-._")
    return f"[{md_escape(where)}](<{target}>)"


@dataclass(frozen=True)
class FactRow:
    fact_id: str
    predicate: str
    outgoing: bool
    other_id: str
    other_name: str
    date: str
    first_reported: str
    role: str
    reason: str
    sources: int
    confidence: float | None
    evidence: tuple[EvidenceItem, ...]
    source_ids: tuple[str, ...]
    source_titles: tuple[str, ...]
    review: str = "unreviewed"

    @property
    def reference_only(self) -> bool:
        """Known only from the reference data (background knowledge, not a reported event)."""
        return bool(self.source_ids) and all(s == REFERENCE for s in self.source_ids)

    @property
    def relation(self) -> str:
        """``DEPARTED →`` when the entity is the subject, ``← VOTED_TO_REMOVE`` when it is the object."""
        return f"{self.predicate} →" if self.outgoing else f"← {self.predicate}"

    @property
    def reported(self) -> str:
        """When an article first reported it; blank for reference data (its load date means nothing)."""
        return "" if self.reference_only else self.first_reported

    @property
    def when(self) -> str:
        """What orders the facts: the event's date, else its first report."""
        return self.date or self.reported

    @property
    def headline(self) -> str:
        when = f" · {self.date}" if self.date else f" · reported {self.reported}" if self.reported else ""
        return f"{self.relation} {self.other_name}{when}"

    def record(self) -> dict[str, Any]:
        """One row of the facts table."""
        return {
            "relation": self.relation,
            "other party": self.other_name,
            "date": self.date,
            "first reported": self.reported,
            "role / reason": " · ".join(x for x in (self.role, self.reason) if x),
            "sources": self.sources,
            "confidence": self.confidence,
            "evidence": " | ".join(e.quote for e in self.evidence),
            "source titles": " | ".join(self.source_titles),
            "reference only": self.reference_only,
            "review": self.review,
        }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _title(source_id: str, sources: Mapping[str, NodeValue]) -> tuple[str, str | None, str | None]:
    """A source's title (its file name when it has none), URL and publication date."""
    node = sources.get(source_id)
    if node is None:
        return source_id, None, None
    props = node.properties
    path = props.get("path")
    fallback = PurePath(str(path)).name if path else source_id
    return str(props.get("title") or fallback), props.get("url"), props.get("published")


def evidence_items(rel: RelationshipValue, sources: Mapping[str, NodeValue]) -> tuple[EvidenceItem, ...]:
    items = []
    for item in stored_evidence(rel.properties):
        title, url, published = _title(item.source_id, sources)
        node = sources.get(item.source_id)
        path = node.properties.get("path") if node is not None else None
        where = str(path) if path else None
        copies = tuple(str(u) for u in node.properties.get("syndications") or ()) if node is not None else ()
        span = (item.start, item.end)
        items.append(
            EvidenceItem(
                item.quote, item.source_id, title, url, published, *span, path=where, syndications=copies
            )
        )
    return tuple(items)


def fact_row(
    centre_id: str, rel: RelationshipValue, other: NodeValue, sources: Mapping[str, NodeValue]
) -> FactRow:
    props = rel.properties
    source_ids = stored_sources(props)
    confidence = props.get("confidence")
    return FactRow(
        fact_id=rel.id,
        predicate=rel.type,
        outgoing=rel.start == centre_id,
        other_id=other.id,
        other_name=str(other.properties.get("name") or other.id),
        date=_text(props.get("date")),
        first_reported=_text(props.get("first_reported")),
        role=_text(props.get("role")),
        reason=_text(props.get("reason")),
        sources=len(source_ids),
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        evidence=evidence_items(rel, sources),
        source_ids=tuple(source_ids),
        source_titles=tuple(_title(s, sources)[0] for s in source_ids),
        review=state_of(props).value,
    )


def fact_rows(
    centre_id: str, facts: Sequence[tuple[RelationshipValue, NodeValue]], sources: Mapping[str, NodeValue]
) -> list[FactRow]:
    """Newest first by date, else first report (undated reference facts last), then predicate, other party."""
    rows = [fact_row(centre_id, rel, other, sources) for rel, other in facts]
    rows.sort(key=lambda r: (r.predicate, r.other_name))
    rows.sort(key=lambda r: r.when, reverse=True)
    return rows
