"""The one store of a Streamlit session, opened once (cached) and checked, with clear messages."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from aikg.dashboard.egograph import star_subgraph
from aikg.dashboard.settings import from_env
from aikg.graph.config import StoreConfig
from aikg.graph.dossier import Dossier, dossier
from aikg.graph.errors import AikgError, StoreUnavailableError
from aikg.graph.schema import Entity
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.reads import entity_candidates, entity_index, fact_counts
from aikg.graph.subgraph import Subgraph
from aikg.kg import KnowledgeGraph

EMPTY_HINT = (
    "The graph store is empty: run `aikg demo` (or `aikg load FILE.jsonl`) to load facts, then reload."
)


@st.cache_resource(show_spinner="Opening the graph store...")
def _open_graph(settings: StoreConfig) -> KnowledgeGraph:
    return KnowledgeGraph(settings)


def _open(settings: StoreConfig) -> GraphStore:
    return _open_graph(settings).store


@st.cache_data(ttl=5, show_spinner=False)
def _entity_count(settings: StoreConfig) -> int:
    nodes = _open_graph(settings).status().nodes
    return sum(n for label, n in nodes.items() if label != "Source")


def settings() -> StoreConfig:
    return from_env()


def store() -> GraphStore:
    """The session's store; stops the page with one clear message if it is unreachable or empty."""
    chosen = settings()
    try:
        graph_store = _open(chosen)
        entities = _entity_count(chosen)
    except Exception as exc:  # any failure to open is one message, never a traceback
        _open_graph.clear()
        reason = str(exc) if isinstance(exc, AikgError) else f"{type(exc).__name__}: {exc}"
        st.error(f"Cannot open the {chosen.store} store at {chosen.where}: {reason}")
        st.stop()
    if entities == 0:
        st.info(EMPTY_HINT)
        st.stop()
    return graph_store


@st.cache_data(ttl=60, show_spinner=False)
def _entities(settings: StoreConfig) -> list[Entity]:
    return entity_index(_open(settings))


def entities() -> list[Entity]:
    """Every entity's id, name and aliases (for the search box), refreshed every minute."""
    return _entities(settings())


@st.cache_data(ttl=60, show_spinner=False)
def _fact_counts(settings: StoreConfig) -> dict[str, int]:
    return fact_counts(_open(settings))


def fact_counts_by_entity() -> dict[str, int]:
    """How many facts each entity takes part in (for the suggestions), refreshed every minute."""
    return _fact_counts(settings())


# an entity page re-runs on every click on it (a page of evidence, a filter): a hub's facts are
# read once and kept a little while, for every session (never changed by the pages that read them)
PAGE_TTL_S = 30


@st.cache_resource(ttl=PAGE_TTL_S, max_entries=16, show_spinner=False)
def _dossier(settings: StoreConfig, entity_id: str) -> Dossier | None:
    return dossier(_open(settings), entity_id)


def entity_dossier(entity_id: str) -> Dossier | None:
    """The entity's card, facts and cited sources (:func:`aikg.graph.dossier.dossier`), kept for
    PAGE_TTL_S seconds or until this session writes."""
    return _dossier(settings(), entity_id)


@st.cache_resource(ttl=PAGE_TTL_S, max_entries=16, show_spinner=False)
def _star(settings: StoreConfig, entity_id: str, predicates: tuple[str, ...], review: str) -> Subgraph:
    return star_subgraph(_open(settings), entity_id, predicates, review)


def entity_star(entity_id: str, predicates: Sequence[str], review: str) -> Subgraph:
    """The entity, its facts passing the filters and its direct neighbours, kept like the dossier."""
    return _star(settings(), entity_id, tuple(predicates), review)


def refresh() -> None:
    """Forget the cached entity list, counts and entity pages (after this session wrote to the store)."""
    _dossier.clear()
    _star.clear()
    _entities.clear()
    _fact_counts.clear()
    _entity_count.clear()
    _candidates.clear()


@st.cache_data(ttl=60, show_spinner=False)
def _candidates(settings: StoreConfig, text: str) -> list[Entity]:
    return entity_candidates(_open(settings), text)


def candidates(text: str) -> list[Entity]:
    """The entities to rank for what was typed: on Neo4j, the hits of its full-text index of names
    and aliases; on the embedded store, every entity."""
    chosen = settings()
    return _candidates(chosen, text) if chosen.store == "neo4j" else entities()


def show_error(exc: AikgError) -> None:
    """One clear message; a lost connection also drops the cached store so a reload reconnects."""
    if isinstance(exc, StoreUnavailableError):
        _open_graph.clear()
        st.error(f"The graph store stopped answering ({str(exc).rstrip('.')}). Reload the page to reconnect.")
    else:
        st.error(str(exc))
