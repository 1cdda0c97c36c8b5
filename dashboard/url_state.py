"""The explorer's state in the page URL, so a link reopens the same view: the entity, the hops, the
predicates and the date range (``?entity=person:jan-leike&hops=2&predicates=DEPARTED,JOINED&since=
2024-01-01&until=2024-12-31``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from aikg.graph.schema import Predicate

PREDICATES = {p.value for p in Predicate}


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def parsed(params: dict[str, str]) -> dict[str, Any]:
    """The widget values a URL's parameters give (bad values are ignored, never an error)."""
    state: dict[str, Any] = {}
    if params.get("entity"):
        state["search"] = params["entity"]
    if params.get("hops") in {"1", "2", "3"}:
        state["hops"] = int(params["hops"])
    wanted = [p for p in params.get("predicates", "").split(",") if p in PREDICATES]
    if wanted:
        state["predicates"] = wanted
    days = [d for d in (_day(params.get("since")), _day(params.get("until"))) if d]
    if days:
        state["date-range"] = tuple(days)
    return state


def restore() -> None:
    """Set the widgets from the URL when it is not the one this page last wrote: a shared link on
    the first run, or the browser's Back and Forward buttons stepping between entities."""
    params = dict(st.query_params)
    if st.session_state.get("url-written") == params:
        return
    st.session_state["url-written"] = params
    for key, value in parsed(params).items():
        st.session_state[key] = value


def encoded(entity: str, state: dict[str, Any]) -> dict[str, str]:
    """The URL parameters for the view (defaults left out)."""
    params = {"entity": entity}
    if state.get("hops", 1) != 1:
        params["hops"] = str(state["hops"])
    if state.get("predicates"):
        params["predicates"] = ",".join(state["predicates"])
    days = [d for d in (state.get("date-range") or []) if d]
    if days:
        params["since"], params["until"] = days[0].isoformat(), days[-1].isoformat()
    return params


def save(entity: str | None) -> None:
    """Write the view into the URL (only the page name when no entity is open)."""
    state = {str(key): st.session_state[key] for key in st.session_state}
    wanted = encoded(entity, state) if entity else {}
    for key in ("entity", "hops", "predicates", "since", "until"):
        if key not in wanted and key in st.query_params:
            del st.query_params[key]
    for key, value in wanted.items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value
    st.session_state["url-written"] = wanted
