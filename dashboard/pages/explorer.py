"""Entity explorer: find an entity, read its card and its facts with their evidence, explore its network."""

from __future__ import annotations

import streamlit as st

from dashboard import session
from dashboard.egograph import EXPAND_HOPS, Exploration, ego_subgraph
from dashboard.facts import FactRow, fact_rows
from dashboard.search import rank
from dashboard.widgets import export_buttons, graph_view
from graph.dossier import Dossier, dossier
from graph.errors import AikgError
from graph.schema import EntityType, Predicate
from graph.stores.base import GraphStore
from graph.subgraph import Subgraph

CARD_FIELDS = (
    "description",
    "kind",
    "country",
    "developer",
    "family",
    "released",
    "open_weights",
    "wikidata",
)
TYPES = [t.value for t in EntityType]


def card(found: Dossier) -> None:
    node = found.entity
    props = node.properties
    st.header(str(props.get("name") or node.id))
    st.caption(f"{node.label} · `{node.id}`")
    aliases = props.get("aliases") or []
    st.markdown(f"**Aliases:** {', '.join(aliases)}" if aliases else "**Aliases:** none recorded")
    attributes = {k: props[k] for k in CARD_FIELDS if props.get(k) not in (None, "")}
    if attributes:
        st.table({"attribute": list(attributes), "value": [str(v) for v in attributes.values()]})


def facts_section(rows: list[FactRow]) -> None:
    include_reference = st.toggle("Include reference-data facts", value=True, key="include-reference")
    shown = [r for r in rows if include_reference or not r.reference_only]
    st.subheader(f"Facts ({len(shown)})")
    if not shown:
        st.info("No facts about this entity.")
        return
    st.dataframe([r.record() for r in shown], hide_index=True, width="stretch")
    st.markdown("**Evidence, fact by fact**")
    with st.container(height=360):
        for row in shown:
            st.markdown(f"**{row.headline}** · {row.sources} source(s) · confidence {row.confidence}")
            for item in row.evidence:
                st.markdown(item.markdown())


def network_section(store: GraphStore, centre: str) -> Subgraph:
    st.subheader("Network")
    hops_col, pred_col, type_col = st.columns([1, 3, 2])
    hops = hops_col.slider("Hops", 1, 3, 1, key="hops")
    predicates = pred_col.multiselect(
        "Predicates (all when empty)", [p.value for p in Predicate], key="predicates"
    )
    types = type_col.multiselect("Entity types", TYPES, default=TYPES, key="types")
    view = (centre, hops, tuple(predicates))
    if st.session_state.get("ego-view") != view:
        st.session_state["ego-view"] = view
        st.session_state["ego"] = Exploration()
    exploration: Exploration = st.session_state["ego"]
    key = f"ego-{centre}-{hops}-{'-'.join(predicates)}"

    def on_event() -> None:
        exploration.apply(
            st.session_state.get(key), lambda node: ego_subgraph(store, node, EXPAND_HOPS, predicates)
        )

    shown = exploration.view(ego_subgraph(store, centre, hops, predicates), centre, types)
    graph_view(shown, key=key, centre=centre, expandable=True, on_change=on_event)
    return shown


def _go_to(key: str) -> None:
    """Open the entity picked in a "go to" box: it becomes the search."""
    target = st.session_state.get(key)
    if target:
        st.session_state["search"] = target
        st.session_state[key] = None


def neighbours_box(rows: list[FactRow]) -> None:
    others = {r.other_id: r.other_name for r in rows}
    if others:
        st.selectbox(
            "Go to a connected entity",
            sorted(others, key=lambda i: others[i].casefold()),
            index=None,
            format_func=others.__getitem__,
            placeholder="pick one to open its page",
            key="go-to",
            on_change=_go_to,
            args=("go-to",),
        )


def main() -> None:
    store = session.store()
    st.title("Entity explorer")
    if "search" not in st.session_state and st.query_params.get("entity"):
        st.session_state["search"] = st.query_params["entity"]  # a shared link: ?entity=person:jan-leike
    query = st.text_input(
        "Search an entity", key="search", placeholder="name, alias or id, e.g. Jan Leike, SSI, model:sora"
    )
    matches = rank(query, session.entities())
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
