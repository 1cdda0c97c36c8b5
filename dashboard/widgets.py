"""Streamlit pieces the pages share: the graph view, a query result with its downloads, export buttons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st
from st_link_analysis import st_link_analysis

from aikg.dashboard.downloads import (
    MIME,
    Download,
    export_extension,
    export_formats,
    export_subgraph,
    result_csv,
    result_json,
    with_sources,
)
from aikg.dashboard.elements import edge_styles, node_styles, to_elements
from aikg.dashboard.tables import result_frame
from aikg.graph.errors import AikgError
from aikg.graph.stores.base import GraphStore, QueryResult
from aikg.graph.subgraph import Subgraph
from aikg.queries.render import to_subgraph

GRAPH_HEIGHT = 520


LEGEND_COLOURS = {"Person": "blue", "Organization": "orange", "Model": "green", "Source": "gray"}


def legend(subgraph: Subgraph) -> str:
    """Markdown naming each node type drawn (in its colour) and each fact type, with counts."""
    types = Counter(n.label or "Node" for n in subgraph.nodes.values())
    facts = Counter(r.type for r in subgraph.relationships.values())
    nodes = " · ".join(f":{LEGEND_COLOURS.get(t, 'gray')}[●] {t} {n}" for t, n in sorted(types.items()))
    edges = " · ".join(f"{t} {n}" for t, n in sorted(facts.items()))
    return f"**Legend** — {nodes} · :red[◯] centre" + (f"  \n**Facts** — {edges}" if edges else "")


def graph_view(
    subgraph: Subgraph,
    *,
    key: str,
    centre: str | None = None,
    on_change: Callable[[], None] | None = None,
    expandable: bool = False,
    weights: Mapping[str, float] | None = None,
) -> Any:
    if not subgraph.nodes:
        st.info("Nothing to draw: no entity or fact matches.")
        return None
    st.caption(
        f"{len(subgraph.nodes)} nodes · {len(subgraph.relationships)} facts"
        + (
            " · double-click a node (or select it and press the expand button) to expand it"
            if expandable
            else ""
        )
    )
    elements = to_elements(subgraph, centre, weights)
    shown = st_link_analysis(
        elements,
        layout="cose",
        node_styles=node_styles(subgraph, weights),
        edge_styles=edge_styles(subgraph, centre, elements),
        height=GRAPH_HEIGHT,
        key=key,
        on_change=on_change,
        node_actions=["expand", "remove"] if expandable else [],
    )
    st.markdown(legend(subgraph))
    return shown


def download(item: Download, label: str, key: str) -> None:
    st.download_button(label, data=item.data, file_name=item.file_name, mime=item.mime, key=key)


def export_file(store: GraphStore, subgraph: Subgraph, fmt: str, stem: str) -> Callable[[], bytes]:
    """The export of the subgraph (with the sources its facts cite) in ``fmt``, written only when
    called, i.e. when the download button is pressed: drawing the page reads and writes nothing.
    A failure becomes the file's one line of text, as nothing can be drawn on the page then."""

    def written() -> bytes:
        try:
            return export_subgraph(with_sources(store, subgraph), fmt, stem).data
        except AikgError as exc:
            return f"Export to {fmt} failed: {exc}\n".encode()

    return written


def export_buttons(store: GraphStore, subgraph: Subgraph, stem: str, key: str) -> None:
    """Pick a format, download the subgraph (with the sources its facts cite) in it; the file is
    written when the button is pressed, not on every render."""
    formats = export_formats()
    left, right = st.columns([1, 2])
    fmt = left.selectbox("Export format", formats, key=f"{key}-format")
    with right:
        st.write("")
        st.download_button(
            f"Download subgraph ({fmt})",
            data=export_file(store, subgraph, fmt, stem),
            file_name=f"{stem}.{export_extension(fmt)}",
            mime=MIME.get(fmt, "application/octet-stream"),
            key=f"{key}-download",
        )


def result_view(store: GraphStore, result: QueryResult, *, stem: str, key: str) -> None:
    """A result as a table, plus a graph when it holds nodes or relationships, plus its downloads."""
    if result.truncated:
        st.warning(f"Showing the first {len(result.rows)} rows: the result was cut at the row cap.")
    st.caption(f"{len(result.rows)} rows")
    st.dataframe(result_frame(result), hide_index=True, width="stretch")
    left, right = st.columns(2)
    with left:
        download(result_csv(result, stem), "Download CSV", key=f"{key}-csv")
    with right:
        download(result_json(result, stem), "Download JSON", key=f"{key}-json")
    subgraph = to_subgraph(result)
    if subgraph.nodes or subgraph.relationships:
        st.subheader("Graph")
        graph_view(subgraph, key=f"{key}-graph")
        export_buttons(store, subgraph, stem, key=f"{key}-export")
