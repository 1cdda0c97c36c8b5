"""The explorer's entity page parts: the card, the facts with their evidence, the "go to" box."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from aikg.dashboard.curation_view import review_filter
from aikg.dashboard.facts import FactRow
from aikg.graph.dossier import Dossier

REVIEW_KEY = "entity-review"
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


def facts_section(rows: list[FactRow], actions: Callable[[FactRow], None] | None = None) -> None:
    """The facts table and the evidence of each fact, filtered by reference data and review state;
    ``actions`` draws the review buttons under each fact."""
    left, right = st.columns([1, 1])
    with left:
        include_reference = st.toggle("Include reference-data facts", value=True, key="include-reference")
    with right:
        review = review_filter(REVIEW_KEY)
    shown = [r for r in rows if (include_reference or not r.reference_only) and review.allows(r.review)]
    st.subheader(f"Facts ({len(shown)})")
    if not shown:
        st.info("No facts about this entity.")
        return
    st.dataframe([r.record() for r in shown], hide_index=True, width="stretch")
    st.markdown("**Evidence, fact by fact**")
    with st.container(height=360):
        for row in shown:
            st.markdown(
                f"**{row.headline}** · {row.sources} source(s) · confidence {row.confidence} · *{row.review}*"
            )
            for item in row.evidence:
                st.markdown(item.markdown())
            if actions is not None:
                actions(row)


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
