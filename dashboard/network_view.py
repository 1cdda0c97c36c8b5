"""The explorer's network: the ego network with hop, predicate and type filters, click-to-expand."""

from __future__ import annotations

import streamlit as st

from aikg.dashboard.egograph import EXPAND_HOPS, Exploration, ego_subgraph
from aikg.dashboard.widgets import graph_view
from aikg.graph.review import DEFAULT_FILTER
from aikg.graph.schema import EntityType, Predicate
from aikg.graph.stores.base import GraphStore
from aikg.graph.subgraph import Subgraph

TYPES = [t.value for t in EntityType]


def network_section(store: GraphStore, centre: str) -> Subgraph:
    st.subheader("Network")
    hops_col, pred_col, type_col = st.columns([1, 3, 2])
    hops = hops_col.slider("Hops", 1, 3, 1, key="hops")
    predicates = pred_col.multiselect(
        "Predicates (all when empty)", [p.value for p in Predicate], key="predicates"
    )
    types = type_col.multiselect("Entity types", TYPES, default=TYPES, key="types")
    review = str(st.session_state.get("entity-review") or DEFAULT_FILTER.value)
    view = (centre, hops, tuple(predicates), review)
    if st.session_state.get("ego-view") != view:
        st.session_state["ego-view"] = view
        st.session_state["ego"] = Exploration()
    exploration: Exploration = st.session_state["ego"]
    key = f"ego-{centre}-{hops}-{'-'.join(predicates)}-{review}"

    def on_event() -> None:
        exploration.apply(
            st.session_state.get(key), lambda node: ego_subgraph(store, node, EXPAND_HOPS, predicates, review)
        )

    shown = exploration.view(ego_subgraph(store, centre, hops, predicates, review), centre, types)
    graph_view(shown, key=key, centre=centre, expandable=True, on_change=on_event)
    return shown
