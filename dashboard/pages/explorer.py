"""Entity explorer: find an entity, read its card and its facts with their evidence, explore its network."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from aikg.dashboard import session, url_state
from aikg.dashboard.curation_view import fact_actions, merge_button, merged_into, show_message
from aikg.dashboard.entity_view import articles_section, card, facts_section, neighbours_box
from aikg.dashboard.facts import FactRow
from aikg.dashboard.network_view import network_section
from aikg.dashboard.widgets import export_buttons
from aikg.graph.entity_search import names_exactly, rank
from aikg.graph.errors import AikgError
from aikg.graph.schema import Entity

MAX_MATCHES = 10  # close matches of the search text offered in the suggestions box


def choose_entity(query: str) -> str | None:
    """The entity the query names (exactly, by name, alias or id), or the one the analyst picks from
    the close matches (each with its type and number of facts); a close match is never opened by
    itself."""
    matches = rank(query, session.candidates(query))
    if not matches:  # the indexes found nothing close (a misspelt alias): rank every entity
        matches = rank(query, session.entities())
    exact = [m for m in matches if names_exactly(query, m.entity)]
    if exact:
        labels = {m.entity.id: m.label for m in exact}
        return st.selectbox("Matches", list(labels), format_func=labels.__getitem__, key="match")
    if not matches:
        st.warning(f"No entity matches {query!r}.")
        return None
    counts = session.fact_counts(m.entity.id for m in matches)
    labels = {
        m.entity.id: f"{m.label} · {counts.get(m.entity.id, 0)} facts — {min(m.score, 100.0):.0f}%"
        for m in matches
    }
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


def suggestion_label(entity: Entity, facts: int) -> str:
    aliases = f" ({', '.join(entity.aliases)})" if entity.aliases else ""
    return f"{entity.name}{aliases} · {entity.type.value} · {facts} facts"


def suggestions() -> None:
    """A box that suggests entities as you type (name, aliases, type, number of facts): the
    session.SUGGESTED most connected entities, and the close matches of the current search (found
    through the store's indexes). Nothing opens until one is picked; the empty page reads no
    list of every entity."""
    labels = {e.id: suggestion_label(e, n) for e, n in session.suggested()}
    query = str(st.session_state.get("search") or "").strip()
    if query:
        matches = [m.entity for m in rank(query, session.candidates(query), limit=MAX_MATCHES)]
        counts = session.fact_counts(e.id for e in matches if e.id not in labels)
        labels = {
            **{e.id: labels.get(e.id) or suggestion_label(e, counts.get(e.id, 0)) for e in matches},
            **labels,
        }
    st.selectbox(
        "Suggestions as you type",
        list(labels),
        index=None,
        format_func=labels.__getitem__,
        placeholder="start typing a name or alias, e.g. Antropic",
        key="suggest",
        on_change=_open_suggestion,
        help=f"The {session.SUGGESTED} most connected entities, and the close matches of the search "
        "below (any other entity: type its name there).",
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
    node = session.entity(chosen)
    if node is None:
        st.warning(f"{chosen} is no longer in the store.")
        return
    card(node)
    show_message()
    merge_button(store, node.id, str(node.properties.get("name") or node.id))
    since, until = date_range()
    neighbours_box(node.id)

    def actions(row: FactRow) -> None:
        fact_actions(store, row.fact_id, row.review, label=row.headline, correct_in_dialog=True)

    facts_section(node.id, since, until, actions=actions)
    articles_section(session.mentioning(node.id))
    shown = network_section(store, node.id, since, until)
    export_buttons(store, shown, stem=node.id.replace(":", "-"), key="ego-export")
    url_state.save(node.id)


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
