"""Entity explorer: find an entity, read its card and its facts with their evidence, explore its network."""

from __future__ import annotations

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.curation_view import fact_actions, merge_button, show_message
from aikg.dashboard.entity_view import card, facts_section, neighbours_box
from aikg.dashboard.facts import fact_rows
from aikg.dashboard.network_view import network_section
from aikg.dashboard.widgets import export_buttons
from aikg.graph.dossier import dossier
from aikg.graph.entity_search import names_exactly, rank
from aikg.graph.errors import AikgError


def choose_entity(query: str) -> str | None:
    """The entity the query names (exactly, by name, alias or id), or the one the analyst picks from
    the close matches; a close match is never opened by itself."""
    matches = rank(query, session.entities())
    exact = [m for m in matches if names_exactly(query, m.entity)]
    if exact:
        labels = {m.entity.id: m.label for m in exact}
        return st.selectbox("Matches", list(labels), format_func=labels.__getitem__, key="match")
    if not matches:
        st.warning(f"No entity matches {query!r}.")
        return None
    labels = {m.entity.id: f"{m.label} — {min(m.score, 100.0):.0f}%" for m in matches}
    chosen = st.radio(
        f"No entity is named {query!r}. Did you mean:",
        list(labels),
        format_func=labels.__getitem__,
        index=None,
        key=f"did-you-mean-{query}",
    )
    if chosen is None:
        st.caption("Pick one of the close matches above to open it.")
    return chosen


def main() -> None:
    store = session.store()
    st.title("Entity explorer")
    if "search" not in st.session_state and st.query_params.get("entity"):
        st.session_state["search"] = st.query_params["entity"]  # a shared link: ?entity=person:jan-leike
    query = st.text_input(
        "Search an entity", key="search", placeholder="name, alias or id, e.g. Jan Leike, SSI, model:sora"
    )
    if not query.strip():
        st.caption("Type a person, organization or model; typos are fine.")
        st.query_params.pop("entity", None)
        return
    chosen = choose_entity(query)
    if chosen is None:
        return
    found = dossier(store, chosen)
    if found is None:
        st.warning(f"{chosen} is no longer in the store.")
        return
    st.query_params["entity"] = found.entity.id
    card(found)
    show_message()
    merge_button(store, found.entity.id, str(found.entity.properties.get("name") or found.entity.id))
    rows = fact_rows(found.entity.id, found.facts, found.sources)
    neighbours_box(rows)
    facts_section(rows, lambda row: fact_actions(store, row.fact_id, row.review, label=row.headline))
    shown = network_section(store, found.entity.id)
    export_buttons(store, shown, stem=found.entity.id.replace(":", "-"), key="ego-export")


try:
    main()
except AikgError as exc:
    session.show_error(exc)
