"""The explorer's network: the ego network with hop, predicate, type, time and reference filters,
hubs cut to their strongest neighbours (with "show more"), sizing by degree or sources, and
click-to-expand."""

from __future__ import annotations

import datetime as dt
import heapq

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.egograph import EXPAND_HOPS, Exploration, ego_subgraph, reachable
from aikg.dashboard.network_shape import (
    HUB_NEIGHBOURS,
    degrees,
    source_counts,
    strongest_neighbours,
    without_reference,
)
from aikg.dashboard.time_filter import as_of, in_range
from aikg.dashboard.widgets import graph_view
from aikg.graph.review import DEFAULT_FILTER, parse_filter
from aikg.graph.schema import EntityType, Predicate
from aikg.graph.stores.base import GraphStore
from aikg.graph.subgraph import Subgraph

TYPES = [t.value for t in EntityType]
SIZES = {"degree": degrees, "sources": source_counts}
MORE = 30


def network_section(
    store: GraphStore, centre: str, since: str | None = None, until: str | None = None
) -> Subgraph:
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
        st.session_state["ego-limit"] = HUB_NEIGHBOURS
    exploration: Exploration = st.session_state["ego"]
    key = f"ego-{centre}-{hops}-{'-'.join(predicates)}-{review}"

    def on_event() -> None:
        exploration.apply(
            st.session_state.get(key), lambda node: ego_subgraph(store, node, EXPAND_HOPS, predicates, review)
        )

    # a hub's direct neighbours, weighed by the store (one aggregated query): its thousands of
    # facts and neighbours are never read; only the best-sourced are drawn, with the facts among them
    picked_day = st.session_state.get("net-as-of")
    day_text = picked_day.isoformat() if isinstance(picked_day, dt.date) else None
    neighbours = session.neighbour_weights(
        centre, predicates=predicates, review_states=parse_filter(review).state_values(),
        types=None if set(types) >= set(TYPES) else types, removed=exploration.removed - {centre},
        since=since, until=until, day=day_text,
    )  # fmt: skip
    hub = len(neighbours) > HUB_NEIGHBOURS
    ref_col, size_col, day_col = st.columns([2, 1, 1])
    reference = ref_col.toggle(
        "Reference-data facts",
        value=not hub,
        key=f"net-reference-{centre}",
        help="Background facts from aikg's reference data; off by default for hubs.",
    )
    size_by = size_col.selectbox("Size nodes by", ["degree", "sources", "none"], key="net-size")
    day = day_col.date_input("As of", value=None, key="net-as-of", min_value=dt.date(1950, 1, 1))

    def filtered(graph: Subgraph) -> Subgraph:
        graph = graph if reference else without_reference(graph, centre)
        graph = in_range(graph, since, until)
        if day is not None:
            graph = as_of(graph, day.isoformat())
        return reachable(graph, centre)

    limit = int(st.session_state.get("ego-limit", HUB_NEIGHBOURS))
    direct = {w.id: w.every if reference else w.reported for w in neighbours}
    direct = {n: weight for n, weight in direct.items() if weight > 0}
    if len(direct) > limit:
        # more direct neighbours than are shown: the nearest come first, so only direct ones show,
        # the best-sourced (ties by id, as strongest_neighbours ranks them) with the facts among them
        kept = [n for _, n in heapq.nsmallest(limit, ((-weight, n) for n, weight in direct.items()))]
        base = session.among([centre, *kept], predicates, review)
        shown, _ = strongest_neighbours(filtered(exploration.view(base, centre, types)), centre, limit)
        total, what = len(direct), "direct neighbours"
    else:
        full = exploration.view(session.ego(centre, hops, predicates, review), centre, types)
        shown, total = strongest_neighbours(filtered(full), centre, limit)
        what = "connected entities"
    if total > limit:
        st.caption(f"Showing the {limit} nearest and best-sourced of {total} {what}.")
        if st.button(f"Show {min(MORE, total - limit)} more", key="net-more"):
            st.session_state["ego-limit"] = limit + MORE
            st.rerun()
    sizes = None if size_by == "none" else dict(SIZES[size_by](shown))
    graph_view(shown, key=key, centre=centre, expandable=True, on_change=on_event, weights=sizes)
    return shown
