"""The explorer's entity page parts: the card, the facts with their evidence, the "go to" box.

The facts are read a page at a time (``session.entity_facts``: the engine filters, orders and
pages them), counted from one aggregated query (``session.fact_groups``), so a hub with tens of
thousands of facts draws as fast as a small entity.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import altair as alt
import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.curation_view import review_filter
from aikg.dashboard.facts import FactRow, fact_rows, source_markdown
from aikg.dashboard.time_filter import overlaps
from aikg.graph.review import DEFAULT_FILTER, ReviewFilter, parse_filter
from aikg.graph.stores.base import NodeValue
from aikg.graph.stores.explorer_reads import FactGroup

REVIEW_KEY = "entity-review"
EVIDENCE_PAGE = 25  # facts one page of the table draws, with their evidence and review buttons
NEIGHBOUR_CHOICES = 200  # the best-connected neighbours offered in the "go to" box
CARD_FIELDS = (
    "description",
    "kind",
    "country",
    "developer",
    "family",
    "released",
    "open_weights",
    "wikidata",
)


def card_attributes(props: Mapping[str, Any]) -> dict[str, str]:
    """The entity's recorded attributes, in a fixed order, as text."""
    return {k: str(props[k]) for k in CARD_FIELDS if props.get(k) not in (None, "")}


def card(node: NodeValue) -> None:
    props = node.properties
    st.header(str(props.get("name") or node.id))
    st.caption(f"{node.label} · `{node.id}`")
    aliases = props.get("aliases") or []
    st.markdown(f"**Aliases:** {', '.join(aliases)}" if aliases else "**Aliases:** none recorded")
    attributes = card_attributes(props)
    if attributes:
        st.table({"attribute": list(attributes), "value": list(attributes.values())})


def first_day(date: str) -> str:
    """A partial date's first day: 2024 -> 2024-01-01, 2024-05 -> 2024-05-01."""
    parts = date.split("-")
    return "-".join([*parts, *["01"] * (3 - len(parts))][:3])


def relation(group: FactGroup) -> str:
    """``DEPARTED →`` when the entity is the subject, ``← VOTED_TO_REMOVE`` when it is the object."""
    return f"{group.predicate} →" if group.outgoing else f"← {group.predicate}"


def other_parties(group: FactGroup) -> str:
    """The other parties of a group of facts: the first few names, and how many more."""
    more = group.facts - len(group.names)
    return ", ".join(group.names) + (f" and {more} more" if more > 0 else "")


def timeline_chart(groups: list[FactGroup]) -> alt.Chart | None:
    """The dated facts on a time axis, one row per relation, coloured by predicate (facts of one
    relation on one date are one point, sized by their number); None when nothing is dated."""
    points = [
        {"day": first_day(g.date), "date": g.date, "relation": relation(g), "predicate": g.predicate,
         "other party": other_parties(g), "facts": g.facts, "sources": g.sources}
        for g in groups
        if g.date
    ]  # fmt: skip
    if not points:
        return None
    import pandas as pd  # a data frame travels as one table; inline values are checked one by one

    return (
        alt.Chart(pd.DataFrame(points))
        .mark_circle()
        .encode(
            x=alt.X("day:T", title="date"),
            y=alt.Y("relation:N", title=None),
            color=alt.Color("predicate:N", legend=None),
            size=alt.Size("facts:Q", legend=None, scale=alt.Scale(range=[120, 600])),
            tooltip=["date:N", "relation:N", "other party:N", "facts:Q", "sources:Q"],
        )
        .properties(height=max(120, 28 * len({p["relation"] for p in points})))
    )


def by_relation(groups: list[FactGroup]) -> str:
    """How many facts of each relation, most first: ``JOINED → 12 · ← FOUNDED 3``."""
    counts: dict[str, int] = {}
    for g in groups:
        counts[relation(g)] = counts.get(relation(g), 0) + g.facts
    return " · ".join(f"{r} {n:,}" for r, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


@dataclass(frozen=True)
class FactSummary:
    """What the facts section says before its page: how many facts pass the reference and review
    filters, how many of those are in the date range and how many are undated, the counts by
    relation and the timeline."""

    kept: int
    shown: int
    undated: int
    by_relation: str
    chart: alt.Chart | None


@st.cache_resource(max_entries=64, show_spinner=False)
def fact_summary(
    stamp: tuple[Any, ...],
    entity_id: str,
    include_reference: bool,
    review: ReviewFilter,
    since: str | None,
    until: str | None,
) -> FactSummary:
    """The summary of the entity's facts under these filters, from ``session.fact_groups``; kept
    for the store's state (``stamp``), as a hub's thousands of groups take a while to sum and chart."""
    groups = session.fact_groups(entity_id)
    kept = [g for g in groups if (include_reference or not g.reference_only) and review.allows(g.review)]
    shown = [g for g in kept if overlaps(g.date or None, since, until)]
    return FactSummary(
        kept=sum(g.facts for g in kept),
        shown=sum(g.facts for g in shown),
        undated=sum(g.facts for g in kept if not g.date),
        by_relation=by_relation(shown),
        chart=timeline_chart(shown),
    )


def facts_section(
    entity_id: str,
    since: str | None = None,
    until: str | None = None,
    actions: Callable[[FactRow], None] | None = None,
) -> None:
    """The facts (filtered by reference data, review state and date range): their counts and
    timeline from one aggregated query, then one page of them (table, evidence and review buttons)
    read from the store; ``actions`` draws the review buttons under each fact."""
    left, right = st.columns([1, 1])
    with left:
        include_reference = st.toggle("Include reference-data facts", value=True, key="include-reference")
    with right:
        review = review_filter(REVIEW_KEY)
    summary = fact_summary(session.stamp(), entity_id, include_reference, review, since, until)
    st.subheader(f"Facts ({summary.shown:,})")
    if summary.shown < summary.kept:
        st.caption(
            f"{summary.kept - summary.shown:,} facts outside the date range are hidden"
            + (f", {summary.undated:,} of them undated" if summary.undated else "")
            + "."
        )
    if summary.chart is not None:
        st.altair_chart(summary.chart, width="stretch")
    if not summary.shown:
        st.info("No facts about this entity.")
        return
    st.caption(f"By relation: {summary.by_relation}")
    first = page_start(summary.shown)
    page = session.entity_facts(
        entity_id, reference=include_reference, review_states=review.state_values(), since=since,
        until=until, skip=first, limit=EVIDENCE_PAGE,
    )  # fmt: skip
    rows = fact_rows(entity_id, page.facts, page.sources)
    st.dataframe([r.record() for r in rows], hide_index=True, width="stretch")
    st.markdown("**Evidence, fact by fact**")
    with st.container(height=360):
        for row in rows:
            st.markdown(
                f"**{row.headline}** · {row.sources} source(s) · confidence {row.confidence} · *{row.review}*"
            )
            for item in row.evidence:
                st.markdown(item.markdown())
            if actions is not None:
                actions(row)


def page_start(count: int) -> int:
    """Where the page of facts drawn now starts: pages of EVIDENCE_PAGE in the table's order,
    chosen with a page number when there are more (a hub entity holds thousands of facts: the store
    reads one page, and only its evidence is drawn)."""
    if count <= EVIDENCE_PAGE:
        return 0
    pages = -(-count // EVIDENCE_PAGE)
    if int(st.session_state.get("evidence-page") or 1) > pages:  # fewer facts than on the last run
        st.session_state["evidence-page"] = 1
    page = st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, key="evidence-page")
    first = (int(page) - 1) * EVIDENCE_PAGE
    last = min(count, first + EVIDENCE_PAGE)
    st.caption(f"Facts {first + 1:,}–{last:,} of {count:,}, in the table's order.")
    return first


def articles_section(sources: list[NodeValue]) -> None:
    """The articles that mention the entity, newest first, each linked to itself when it has a URL."""
    with st.expander(f"Articles mentioning it ({len(sources)})"):
        for node in sources:
            props = node.properties
            path = str(props.get("path") or "")
            title = str(props.get("title") or PurePath(path).name or node.id)
            where = source_markdown(title, props.get("url"), path or None)
            st.markdown(f"- {props.get('published') or 'undated'} — {where}")


def _go_to(key: str) -> None:
    """Open the entity picked in a "go to" box: it becomes the search."""
    target = st.session_state.get(key)
    if target:
        st.session_state["search"] = target
        st.session_state[key] = None


def neighbours_box(entity_id: str) -> None:
    """A box to open a connected entity: the NEIGHBOUR_CHOICES best connected (facts weighed by
    their sources), by name."""
    review = session_review()
    weights = session.neighbour_weights(entity_id, review_states=review.state_values())
    best = heapq.nsmallest(NEIGHBOUR_CHOICES, ((-w.every, w.id, w.name) for w in weights if w.every))
    others = {i: name for _, i, name in best}
    if others:
        more = len(weights) - len(others)
        st.selectbox(
            "Go to a connected entity",
            sorted(others, key=lambda i: others[i].casefold()),
            index=None,
            format_func=others.__getitem__,
            placeholder="pick one to open its page"
            + (f" (the {len(others)} best connected of {len(weights):,})" if more > 0 else ""),
            key="go-to",
            on_change=_go_to,
            args=("go-to",),
        )


def session_review() -> ReviewFilter:
    """The review filter the facts table and the network use (its widget's value)."""
    return parse_filter(str(st.session_state.get(REVIEW_KEY) or DEFAULT_FILTER.value))
