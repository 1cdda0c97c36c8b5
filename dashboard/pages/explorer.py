"""Entity explorer: find an entity, read its card and its facts with their evidence, explore its network."""

from __future__ import annotations

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.entity_view import card, facts_section, neighbours_box
from aikg.dashboard.facts import fact_rows
from aikg.dashboard.network_view import network_section
from aikg.dashboard.search import rank
from aikg.dashboard.widgets import export_buttons
from aikg.graph.dossier import dossier
from aikg.graph.errors import AikgError


def main() -> None:
    store = session.store()
    st.title("Entity explorer")
    if "search" not in st.session_state and st.query_params.get("entity"):
        st.session_state["search"] = st.query_params["entity"]  # a shared link: ?entity=person:jan-leike
    query = st.text_input(
        "Search an entity", key="search", placeholder="name, alias or id, e.g. Jan Leike, SSI, model:sora"
    )
    matches = rank(query, session.candidates(query))
    if not query.strip():
        st.caption("Type a person, organization or model; typos are fine.")
        st.query_params.pop("entity", None)
        return
    if not matches:
        st.warning(f"No entity matches {query!r}.")
        return
    labels = {m.entity.id: m.label for m in matches}
    chosen = st.selectbox("Matches", list(labels), format_func=labels.__getitem__, key="match")
    found = dossier(store, chosen)
    if found is None:
        st.warning(f"{chosen} is no longer in the store.")
        return
    st.query_params["entity"] = found.entity.id
    card(found)
    rows = fact_rows(found.entity.id, found.facts, found.sources)
    neighbours_box(rows)
    facts_section(rows)
    shown = network_section(store, found.entity.id)
    export_buttons(store, shown, stem=found.entity.id.replace(":", "-"), key="ego-export")


try:
    main()
except AikgError as exc:
    session.show_error(exc)
