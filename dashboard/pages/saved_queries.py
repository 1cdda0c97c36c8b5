"""Saved queries: pick one from the catalog, fill its typed parameters, run it, read or download it."""

from __future__ import annotations

import streamlit as st

from dashboard import session
from dashboard.forms import query_form
from dashboard.widgets import result_view
from graph.errors import AikgError
from queries.catalog import load_catalog
from queries.runner import run_saved


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
