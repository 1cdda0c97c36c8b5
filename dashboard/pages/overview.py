"""Overview: what the graph holds, who is most connected, what happened lately."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.tables import result_frame
from aikg.graph.errors import AikgError
from aikg.queries.runner import run_saved


def main() -> None:
    store = session.store()
    st.title("Overview")
    stats = store.stats()
    st.caption(f"backend {stats.backend} · {stats.location}")
    left, right = st.columns(2)
    left.subheader("Nodes by label")
    left.dataframe(pd.DataFrame(sorted(stats.nodes.items()), columns=["label", "count"]), hide_index=True)
    right.subheader("Relationships by type")
    right.dataframe(
        pd.DataFrame(sorted(stats.relationships.items()), columns=["type", "count"]), hide_index=True
    )
    include_reference = st.toggle("Count reference-data facts too", value=False, key="overview-reference")
    left, right = st.columns(2)
    left.subheader("Most connected actors")
    connected = run_saved(store, "most_connected", {"limit": 15, "include_reference": include_reference})
    left.dataframe(result_frame(connected), hide_index=True)
    right.subheader("Recent events")
    recent = run_saved(store, "recent_events", {"limit": 20, "include_reference": include_reference})
    right.dataframe(result_frame(recent), hide_index=True)


try:
    main()
except AikgError as exc:
    session.show_error(exc)
