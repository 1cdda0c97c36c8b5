"""Saved queries: pick one from the catalog, fill its typed parameters, run it, read or download it."""

from __future__ import annotations

from typing import Any

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.forms import query_form
from aikg.dashboard.widgets import result_view
from aikg.graph.entity_search import did_you_mean
from aikg.graph.errors import AikgError
from aikg.queries.catalog import load_catalog
from aikg.queries.model import ParamType, SavedQuery
from aikg.queries.runner import run_saved


def entity_hints(query: SavedQuery, values: dict[str, Any]) -> None:
    """Saved queries match names exactly: say so when an entity parameter names nothing."""
    for spec in query.params:
        value = values.get(spec.name)
        if spec.type is ParamType.ENTITY and isinstance(value, str):
            close = did_you_mean(value, session.entities())
            if close is not None:
                hint = f" Did you mean {', '.join(close)}?" if close else ""
                st.warning(f"No entity has the name, alias or id {value!r} ({spec.name}).{hint}")


def main() -> None:
    store = session.store()
    st.title("Saved queries")
    catalog = load_catalog()
    names = sorted(catalog, key=lambda n: catalog[n].title)
    name = st.selectbox("Query", names, format_func=lambda n: f"{catalog[n].title} ({n})", key="query-name")
    query = catalog[name]
    st.markdown(query.description)
    with st.expander("Cypher"):
        st.code(query.cypher, language="cypher")
    values = query_form(query)
    if values is not None:
        entity_hints(query, values)
        try:
            st.session_state["saved-result"] = (name, run_saved(store, name, values))
        except AikgError as exc:
            st.session_state.pop("saved-result", None)
            session.show_error(exc)
            return
    last = st.session_state.get("saved-result")
    if last and last[0] == name:
        result_view(store, last[1], stem=name, key=f"saved-{name}")


try:
    main()
except AikgError as exc:
    session.show_error(exc)
