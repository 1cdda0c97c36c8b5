"""The aikg explorer (Streamlit): entity explorer, overview, review, saved queries, ad-hoc Cypher.

Run with `streamlit run dashboard/app.py` (or `aikg demo`); the store is chosen by AIKG_STORE,
AIKG_DATA_DIR and NEO4J_* like the CLI.
"""

from __future__ import annotations

import streamlit as st

PAGES = [
    st.Page("pages/explorer.py", title="Entity explorer", icon=":material/search:", default=True),
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:"),
    st.Page("pages/review.py", title="Review", icon=":material/fact_check:"),
    st.Page("pages/saved_queries.py", title="Saved queries", icon=":material/list:"),
    st.Page("pages/cypher.py", title="Cypher", icon=":material/code:"),
    st.Page("pages/ingest.py", title="Ingest", icon=":material/upload:"),
]

st.set_page_config(page_title="aikg explorer", layout="wide")
st.navigation(PAGES).run()
