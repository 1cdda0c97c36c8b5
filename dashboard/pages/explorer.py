"""Entity explorer: find an entity, read its card and its facts with their evidence, explore its network."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from aikg.dashboard import session, url_state
from aikg.dashboard.curation_view import fact_actions, merge_button, merged_into, show_message
from aikg.dashboard.entity_view import articles_section, card, facts_section, neighbours_box
from aikg.dashboard.facts import FactRow, fact_rows
from aikg.dashboard.network_view import network_section
from aikg.dashboard.widgets import export_buttons
from aikg.graph.dossier import mentioning_sources
from aikg.graph.entity_search import names_exactly, rank
from aikg.graph.errors import AikgError

MAX_SUGGESTIONS = 5000


def choose_entity(query: str) -> str | None:
    """The entity the query names (exactly, by name, alias or id), or the one the analyst picks from
    the close matches; a close match is never opened by itself."""
    matches = rank(query, session.candidates(query))
    exact = [m for m in matches if names_exactly(query, m.entity)]
    if exact:
        labels = {m.entity.id: m.label for m in exact}
        return st.selectbox("Matches", list(labels), format_func=labels.__getitem__, key="match")
    if not matches:
        st.warning(f"No entity matches {query!r}.")
        return None
    labels = {m.entity.id: f"{m.label} — {min(m.score, 100.0):.0f}%" for m in matches}
    chosen = st.radio(
        f"No entity is named {query!r}. Did you mean:",
        list(labels),
        format_func=labels.__getitem__,
        index=None,
        key=f"did-you-mean-{query}",
    )
    if chosen is None:
        st.caption("Pick one of the close matches above to open it.")
    return chosen


def _open_suggestion() -> None:
    """A suggestion picked as you typed becomes the search (its id opens it directly)."""
    picked = st.session_state.get("suggest")
    if picked:
        st.session_state["search"] = picked
        st.session_state["suggest"] = None


def suggestions() -> None:
    """A box that suggests entities as you type (name, aliases, type, number of facts); nothing
    opens until one is picked."""
    entities = session.entities()
    counts = session.fact_counts_by_entity()
    entities = sorted(entities, key=lambda e: (-counts.get(e.id, 0), e.name.casefold()))[:MAX_SUGGESTIONS]
    labels = {
        e.id: f"{e.name}{' (' + ', '.join(e.aliases) + ')' if e.aliases else ''} · {e.type.value}"
        f" · {counts.get(e.id, 0)} facts"
        for e in entities
    }
    st.selectbox(
        "Suggestions as you type",
        list(labels),
        index=None,
        format_func=labels.__getitem__,
        placeholder="start typing a name or alias, e.g. Antropic",
        key="suggest",
        on_change=_open_suggestion,
    )


def main() -> None:
    store = session.store()
    st.title("Entity explorer")
    url_state.restore()
    suggestions()
    query = st.text_input(
        "Search an entity", key="search", placeholder="name, alias or id, e.g. Jan Leike, SSI, model:sora"
    )
    if not query.strip():
        st.caption("Type a person, organization or model; typos are fine.")
        url_state.save(None)
        return
    chosen = merged_into(store, query) or choose_entity(query)
    if chosen is None:
        return
    found = session.entity_dossier(chosen)
    if found is None:
        st.warning(f"{chosen} is no longer in the store.")
        return
    card(found)
    show_message()
    merge_button(store, found.entity.id, str(found.entity.properties.get("name") or found.entity.id))
    since, until = date_range()
    rows = fact_rows(found.entity.id, found.facts, found.sources)
    neighbours_box(rows)

    def actions(row: FactRow) -> None:
        fact_actions(store, row.fact_id, row.review, label=row.headline)

    facts_section(rows, since, until, actions=actions)
    articles_section(mentioning_sources(store, found.entity.id))
    shown = network_section(store, found.entity.id, since, until)
    export_buttons(store, shown, stem=found.entity.id.replace(":", "-"), key="ego-export")
    url_state.save(found.entity.id)


def date_range() -> tuple[str | None, str | None]:
    """The date range the facts table and the network keep (open ends when not set)."""
    picked = st.date_input(
        "Date range (facts with a date inside it; undated facts are hidden while a range is set)",
        value=[],
        min_value=dt.date(1950, 1, 1),
        key="date-range",
    )
    days = [d.isoformat() for d in (picked if isinstance(picked, list | tuple) else [picked]) if d]
    if not days:
        return None, None
    return days[0], days[-1]


try:
    main()
except AikgError as exc:
    session.show_error(exc)
