"""The explorer's entity page parts: the card, the facts with their evidence, the "go to" box."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import PurePath
from typing import Any

import altair as alt
import streamlit as st

from aikg.dashboard.curation_view import review_filter
from aikg.dashboard.facts import FactRow, source_markdown
from aikg.dashboard.time_filter import overlaps
from aikg.graph.dossier import Dossier
from aikg.graph.stores.base import NodeValue

REVIEW_KEY = "entity-review"
EVIDENCE_PAGE = 25  # facts whose evidence and review buttons one page draws
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


def card(found: Dossier) -> None:
    node = found.entity
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


def timeline_chart(rows: list[FactRow]) -> alt.Chart | None:
    """The dated facts on a time axis, one row per relation, coloured by predicate; None when
    nothing is dated."""
    points = [
        {"day": first_day(r.date), "date": r.date, "relation": r.relation, "predicate": r.predicate,
         "other party": r.other_name, "sources": r.sources}
        for r in rows
        if r.date
    ]  # fmt: skip
    if not points:
        return None
    import pandas as pd  # a data frame travels as one table; inline values are checked one by one

    return (
        alt.Chart(pd.DataFrame(points))
        .mark_circle(size=120)
        .encode(
            x=alt.X("day:T", title="date"),
            y=alt.Y("relation:N", title=None),
            color=alt.Color("predicate:N", legend=None),
            tooltip=["date:N", "relation:N", "other party:N", "sources:Q"],
        )
        .properties(height=max(120, 28 * len({p["relation"] for p in points})))
    )


def facts_section(
    rows: list[FactRow],
    since: str | None = None,
    until: str | None = None,
    actions: Callable[[FactRow], None] | None = None,
) -> None:
    """The facts (filtered by reference data, review state and date range), their timeline and the
    evidence of each; ``actions`` draws the review buttons under each fact."""
    left, right = st.columns([1, 1])
    with left:
        include_reference = st.toggle("Include reference-data facts", value=True, key="include-reference")
    with right:
        review = review_filter(REVIEW_KEY)
    kept = [r for r in rows if (include_reference or not r.reference_only) and review.allows(r.review)]
    shown = [r for r in kept if overlaps(r.date or None, since, until)]
    st.subheader(f"Facts ({len(shown)})")
    if len(shown) < len(kept):
        undated = sum(1 for r in kept if not r.date)
        st.caption(
            f"{len(kept) - len(shown)} facts outside the date range are hidden"
            + (f", {undated} of them undated" if undated else "")
            + "."
        )
    chart = timeline_chart(shown)
    if chart is not None:
        st.altair_chart(chart, width="stretch")
    if not shown:
        st.info("No facts about this entity.")
        return
    st.dataframe([r.record() for r in shown], hide_index=True, width="stretch")
    st.markdown("**Evidence, fact by fact**")
    with st.container(height=360):
        for row in evidence_page(shown):
            st.markdown(
                f"**{row.headline}** · {row.sources} source(s) · confidence {row.confidence} · *{row.review}*"
            )
            for item in row.evidence:
                st.markdown(item.markdown())
            if actions is not None:
                actions(row)


def evidence_page(rows: list[FactRow]) -> list[FactRow]:
    """The facts whose evidence and review buttons are drawn now: a page of EVIDENCE_PAGE in the
    table's order, chosen with a page number when there are more (a hub entity holds thousands of
    facts, and drawing every one's evidence and buttons would stall the page and the browser)."""
    if len(rows) <= EVIDENCE_PAGE:
        return rows
    pages = -(-len(rows) // EVIDENCE_PAGE)
    if int(st.session_state.get("evidence-page") or 1) > pages:  # fewer facts than on the last run
        st.session_state["evidence-page"] = 1
    page = st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, key="evidence-page")
    first = (int(page) - 1) * EVIDENCE_PAGE
    shown = rows[first : first + EVIDENCE_PAGE]
    st.caption(f"Facts {first + 1:,}–{first + len(shown):,} of {len(rows):,}, in the table's order.")
    return shown


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


def neighbours_box(rows: list[FactRow]) -> None:
    others = {r.other_id: r.other_name for r in rows}
    if others:
        st.selectbox(
            "Go to a connected entity",
            sorted(others, key=lambda i: others[i].casefold()),
            index=None,
            format_func=others.__getitem__,
            placeholder="pick one to open its page",
            key="go-to",
            on_change=_go_to,
            args=("go-to",),
        )
