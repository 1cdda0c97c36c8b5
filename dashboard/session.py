"""The one store of a Streamlit session, opened once (cached) and checked, with clear messages; and
the explorer's reads, cached on the store's state.

Every cached read is keyed on the store's change stamp (:func:`stamp`, from
``explorer_reads.change_stamp``: counts by label and type, and the embedded server's count of
writes), never on a timer: each page run reads the stamp once (:func:`store`), so a warm re-render
reads nothing else, and a change to the store is seen on the next run. :func:`refresh` forgets
everything after this session writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import streamlit as st

from aikg.dashboard.egograph import among_subgraph, ego_subgraph
from aikg.dashboard.settings import from_env
from aikg.graph.config import StoreConfig
from aikg.graph.dossier import FactPage, entity_node, fact_page, mentioning_sources
from aikg.graph.errors import AikgError, StoreUnavailableError
from aikg.graph.schema import Entity
from aikg.graph.stores import explorer_reads
from aikg.graph.stores.base import GraphStore, NodeValue
from aikg.graph.stores.explorer_reads import FactGroup, NeighbourWeight
from aikg.graph.stores.reads import entity_index
from aikg.graph.subgraph import Subgraph
from aikg.kg import KnowledgeGraph

EMPTY_HINT = (
    "The graph store is empty: run `aikg demo` (or `aikg load FILE.jsonl`) to load facts, then reload."
)
STAMP_KEY = "aikg-store-stamp"
ENTRIES = 64  # entity pages, neighbour lists and networks kept per kind, for every session


@st.cache_resource(show_spinner="Opening the graph store...")
def _open_graph(settings: StoreConfig) -> KnowledgeGraph:
    return KnowledgeGraph(settings)


def _open(settings: StoreConfig) -> GraphStore:
    return _open_graph(settings).store


_WRITES = [0]  # writes made through this process (refresh), part of every stamp


def _stamp(settings: StoreConfig) -> tuple[Any, ...]:
    """Read the store's change stamp (once per page run, by :func:`store`)."""
    found = (_WRITES[0], *explorer_reads.change_stamp(_open(settings)))
    st.session_state[STAMP_KEY] = found
    return found


def stamp() -> tuple[Any, ...]:
    """The store's change stamp as this page run read it (what every cached read below is keyed on)."""
    found = st.session_state.get(STAMP_KEY)
    return found if found is not None else _stamp(settings())


def _entity_count(settings: StoreConfig) -> int:
    nodes = _stamp(settings)[1]
    return sum(n for label, n in nodes if label != "Source")


def settings() -> StoreConfig:
    return from_env()


def store() -> GraphStore:
    """The session's store; stops the page with one clear message if it is unreachable or empty."""
    chosen = settings()
    answered = st.session_state.get(STAMP_KEY) is not None
    try:
        graph_store = _open(chosen)
        entities = _entity_count(chosen)
    except StoreUnavailableError as exc:
        if answered:  # it answered this session before: it stopped (a reload reconnects)
            st.session_state.pop(STAMP_KEY, None)
            show_error(exc)
            st.stop()
        _open_graph.clear()
        st.error(f"Cannot open the {chosen.store} store at {chosen.where}: {exc}")
        st.stop()
    except Exception as exc:  # any failure to open is one message, never a traceback
        _open_graph.clear()
        reason = str(exc) if isinstance(exc, AikgError) else f"{type(exc).__name__}: {exc}"
        st.error(f"Cannot open the {chosen.store} store at {chosen.where}: {reason}")
        st.stop()
    if entities == 0:
        st.info(EMPTY_HINT)
        st.stop()
    return graph_store


@st.cache_resource(max_entries=2, show_spinner="Reading every entity...")
def _entities(settings: StoreConfig, stamp: tuple[Any, ...]) -> list[Entity]:
    return entity_index(_open(settings))


def entities() -> list[Entity]:
    """Every entity's id, name and aliases: read only when nothing narrower answers (a search no
    index finds, the merge dialog), once per state of the store."""
    return _entities(settings(), stamp())


SUGGESTED = 200  # the most connected entities offered in the empty suggestions box


@st.cache_resource(max_entries=2, show_spinner=False)
def _suggested(settings: StoreConfig, stamp: tuple[Any, ...]) -> list[tuple[Entity, int]]:
    return explorer_reads.most_connected(_open(settings), SUGGESTED)


def suggested() -> list[tuple[Entity, int]]:
    """The SUGGESTED entities with the most facts, with their number of facts."""
    return _suggested(settings(), stamp())


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _fact_counts(settings: StoreConfig, stamp: tuple[Any, ...], ids: tuple[str, ...]) -> dict[str, int]:
    return explorer_reads.fact_counts_of(_open(settings), ids)


def fact_counts(ids: Iterable[str]) -> dict[str, int]:
    """How many facts each of these (few) entities takes part in."""
    return _fact_counts(settings(), stamp(), tuple(sorted(set(ids))))


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _candidates(settings: StoreConfig, stamp: tuple[Any, ...], text: str) -> list[Entity] | None:
    return explorer_reads.search_candidates(_open(settings), text)


def candidates(text: str) -> list[Entity]:
    """The entities to rank for what was typed, through the store's indexes (names sharing a word,
    a prefix or a one-typo word; an exact id, name or alias); every entity when the store has no
    such index."""
    found = _candidates(settings(), stamp(), text)
    return entities() if found is None else found


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _entity(settings: StoreConfig, stamp: tuple[Any, ...], entity_id: str) -> NodeValue | None:
    return entity_node(_open(settings), entity_id)


def entity(entity_id: str) -> NodeValue | None:
    """The entity's node (its card), or None when the store no longer holds it."""
    return _entity(settings(), stamp(), entity_id)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _mentioning(settings: StoreConfig, stamp: tuple[Any, ...], entity_id: str) -> list[NodeValue]:
    return mentioning_sources(_open(settings), entity_id)


def mentioning(entity_id: str) -> list[NodeValue]:
    """The articles mentioning the entity, newest first (:func:`aikg.graph.dossier.mentioning_sources`)."""
    return _mentioning(settings(), stamp(), entity_id)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _groups(settings: StoreConfig, stamp: tuple[Any, ...], entity_id: str) -> list[FactGroup]:
    return explorer_reads.fact_groups(_open(settings), entity_id)


def fact_groups(entity_id: str) -> list[FactGroup]:
    """The entity's facts counted by date, predicate, direction, reference flag and review state."""
    return _groups(settings(), stamp(), entity_id)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _page(settings: StoreConfig, stamp: tuple[Any, ...], entity_id: str, *filters: Any) -> FactPage:
    reference, states, since, until, skip, limit = filters
    return fact_page(
        _open(settings), entity_id, reference=reference, review_states=states, since=since, until=until,
        skip=skip, limit=limit,
    )  # fmt: skip


def entity_facts(
    entity_id: str,
    *,
    reference: bool,
    review_states: Sequence[str] | None,
    since: str | None,
    until: str | None,
    skip: int,
    limit: int,
) -> FactPage:
    """One page of the entity's facts passing the filters, with the sources they cite."""
    states = tuple(review_states) if review_states is not None else None
    return _page(settings(), stamp(), entity_id, reference, states, since, until, skip, limit)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _neighbours(
    settings: StoreConfig, stamp: tuple[Any, ...], entity_id: str, *filters: Any
) -> list[NeighbourWeight]:
    predicates, states, types, removed, since, until, day = filters
    return explorer_reads.neighbour_weights(
        _open(settings), entity_id, predicates=predicates, review_states=states, types=types,
        removed=removed, since=since, until=until, day=day,
    )  # fmt: skip


def neighbour_weights(
    entity_id: str,
    *,
    predicates: Sequence[str] = (),
    review_states: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    removed: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    day: str | None = None,
) -> list[NeighbourWeight]:
    """The entity's direct neighbours with their weights, aggregated by the store."""
    return _neighbours(
        settings(), stamp(), entity_id, tuple(predicates),
        tuple(review_states) if review_states is not None else None,
        tuple(sorted(types)) if types is not None else None, tuple(sorted(set(removed))), since, until, day,
    )  # fmt: skip


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _among(
    settings: StoreConfig,
    stamp: tuple[Any, ...],
    ids: tuple[str, ...],
    predicates: tuple[str, ...],
    review: str,
) -> Subgraph:
    return among_subgraph(_open(settings), ids, predicates, review)


def among(ids: Iterable[str], predicates: Sequence[str], review: str) -> Subgraph:
    """These entities and the facts between them (never changed by the caller)."""
    return _among(settings(), stamp(), tuple(sorted(set(ids))), tuple(predicates), review)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _ego(
    settings: StoreConfig,
    stamp: tuple[Any, ...],
    entity_id: str,
    hops: int,
    predicates: tuple[str, ...],
    review: str,
) -> Subgraph:
    return ego_subgraph(_open(settings), entity_id, hops, predicates, review)


def ego(entity_id: str, hops: int, predicates: Sequence[str], review: str) -> Subgraph:
    """The entity's ego network (never changed by the caller)."""
    return _ego(settings(), stamp(), entity_id, hops, tuple(predicates), review)


def refresh() -> None:
    """Forget every cached read (after this session wrote to the store)."""
    kept = (_entities, _suggested, _fact_counts, _candidates, _entity, _mentioning, _groups, _page)
    for cached in (*kept, _neighbours, _among, _ego):
        cached.clear()
    _WRITES[0] += 1  # what else is keyed on the stamp (the facts summary) is read again too
    st.session_state.pop(STAMP_KEY, None)


def show_error(exc: AikgError) -> None:
    """One clear message; a lost connection also drops the cached store so a reload reconnects."""
    if isinstance(exc, StoreUnavailableError):
        _open_graph.clear()
        st.error(f"The graph store stopped answering ({str(exc).rstrip('.')}). Reload the page to reconnect.")
    else:
        st.error(str(exc))
