"""The aikg explorer (Streamlit): what the graph holds.

Run with `streamlit run dashboard/app.py` (or `aikg demo`); the store is chosen by AIKG_STORE,
AIKG_DATA_DIR and NEO4J_* like the CLI.
"""

from __future__ import annotations

import os

import pandas as pd
import streamlit as st

from graph.stores.base import GraphStats
from graph.stores.registry import open_store


@st.cache_data(ttl=10)
def load_stats(store_name: str) -> GraphStats:
    store = open_store(store_name)
    try:
        store.ensure_schema()
        return store.stats()
    finally:
        store.close()


def main() -> None:
    st.set_page_config(page_title="aikg explorer", layout="wide")
    st.title("aikg: AI-industry knowledge graph")
    stats = load_stats(os.environ.get("AIKG_STORE", "embedded"))
    st.caption(f"backend {stats.backend} · {stats.location}")
    left, right = st.columns(2)
    left.subheader("Nodes")
    left.dataframe(pd.DataFrame(sorted(stats.nodes.items()), columns=["label", "count"]), hide_index=True)
    right.subheader("Relationships")
    right.dataframe(
        pd.DataFrame(sorted(stats.relationships.items()), columns=["type", "count"]), hide_index=True
    )


main()
