"""Ad-hoc Cypher, read-only (the engine refuses writes), with a time limit and a row cap."""

from __future__ import annotations

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.forms import adhoc_start
from aikg.dashboard.widgets import result_view
from aikg.graph.errors import AikgError
from aikg.queries.catalog import load_catalog
from aikg.queries.params import guess_value, parse_assignments
from aikg.queries.runner import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, run_adhoc


def _start_from_saved() -> None:
    name = st.session_state.get("cypher-start")
    if name:
        cypher, params = adhoc_start(load_catalog()[name])
        st.session_state["cypher-text"] = cypher
        st.session_state["cypher-params"] = params


def main() -> None:
    store = session.store()
    st.title("Cypher")
    st.caption("Read-only: the engine refuses any write. Values go in as $parameters, one key=value a line.")
    st.selectbox(
        "Start from a saved query",
        sorted(load_catalog()),
        index=None,
        placeholder="pick one to copy its Cypher and parameters below",
        key="cypher-start",
        on_change=_start_from_saved,
    )
    if st.session_state.get("cypher-start"):
        st.caption("Entity parameters take ids here (organization:openai): saved queries compare ids.")
    with st.form("cypher-form"):
        cypher = st.text_area("Query", height=200, placeholder="Cypher (read-only)", key="cypher-text")
        params_text = st.text_area(
            "Parameters", value="", height=68, placeholder="name=Jan Leike", key="cypher-params"
        )
        left, right = st.columns(2)
        timeout = left.number_input(
            "Timeout (s)", 0.1, 300.0, DEFAULT_TIMEOUT_S, step=1.0, key="cypher-timeout"
        )
        max_rows = right.number_input("Row cap", 1, 100_000, DEFAULT_MAX_ROWS, step=100, key="cypher-rows")
        submitted = st.form_submit_button("Run", type="primary")
    if submitted:
        try:
            raw = parse_assignments(line for line in params_text.splitlines() if line.strip())
            params = {k: guess_value(v) for k, v in raw.items()}
            st.session_state["cypher-result"] = run_adhoc(
                store, cypher, params, timeout=float(timeout), max_rows=int(max_rows)
            )
        except AikgError as exc:
            st.session_state.pop("cypher-result", None)
            session.show_error(exc)
            return
    result = st.session_state.get("cypher-result")
    if result is not None:
        result_view(store, result, stem="cypher-result", key="cypher")


try:
    main()
except AikgError as exc:
    session.show_error(exc)
