"""Review: the queue of facts to check, lowest confidence and fewest sources first, each with its quotes
and source links, accepted, rejected or corrected in one click."""

from __future__ import annotations

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.curation_view import fact_actions, key_of, note_key, show_message
from aikg.dashboard.facts import EvidenceItem, md_escape
from aikg.graph.curation import ReviewItem, review_items
from aikg.graph.dossier import sources_by_id
from aikg.graph.errors import AikgError
from aikg.graph.review import ReviewState
from aikg.graph.stores.base import GraphStore, NodeValue

PAGE_SIZE = 20


def headline(item: ReviewItem) -> str:
    props = " · ".join(f"{k} {v}" for k, v in item.properties.items())
    conf = "?" if item.confidence is None else f"{item.confidence:.2f}"
    return (
        f"**{md_escape(item.subject_name)}** `{item.predicate}` **{md_escape(item.object_name)}**"
        + (f" · {md_escape(props)}" if props else "")
        + f" · confidence {conf} · {len(item.sources)} source(s) · *{item.review}*"
    )


def evidence(item: ReviewItem, sources: dict[str, NodeValue]) -> None:
    for quote, source_id in item.quotes:
        node = sources.get(source_id)
        props = node.properties if node is not None else {}
        title = str(props.get("title") or source_id)
        st.markdown(
            EvidenceItem(quote, source_id, title, props.get("url"), props.get("published")).markdown()
        )


def fact_card(store: GraphStore, item: ReviewItem, sources: dict[str, NodeValue]) -> None:
    label = f"{item.subject_name} {item.predicate} {item.object_name}"
    with st.container(border=True, key=f"review-{key_of(item.fact_id)}"):
        st.markdown(headline(item))
        evidence(item, sources)
        st.caption(f"`{item.fact_id}`")
        st.text_input("Note (optional, kept in the audit trail)", key=note_key(item.fact_id))
        fact_actions(store, item.fact_id, item.review, label=label)


def main() -> None:
    store = session.store()
    st.title("Review")
    show_message()
    left, middle, right = st.columns([2, 2, 1])
    states = left.multiselect(
        "Review state",
        [s.value for s in ReviewState],
        default=[ReviewState.UNREVIEWED.value],
        key="review-states",
    )
    entity = middle.text_input("Entity (name, alias or id; all when blank)", key="review-entity")
    min_confidence = right.number_input("Min. confidence", 0.0, 1.0, 0.0, 0.05, key="review-min-confidence")
    items = review_items(
        store,
        states={ReviewState(s) for s in states} if states else None,
        entity=entity.strip() or None,
        min_confidence=min_confidence or None,
    )
    st.caption(
        f"{len(items)} facts, lowest confidence first, then fewest sources. Tab moves between buttons."
    )
    if not items:
        st.info("Nothing to review with these filters.")
        return
    shown = items[: st.session_state.get("review-shown", PAGE_SIZE)]
    sources = sources_by_id(store, {s for item in shown for _, s in item.quotes})
    for item in shown:
        fact_card(store, item, sources)
    more = min(PAGE_SIZE, len(items) - len(shown))
    if more and st.button(f"Show {more} more", key="review-more"):
        st.session_state["review-shown"] = len(shown) + PAGE_SIZE
        st.rerun()


try:
    main()
except AikgError as exc:
    session.show_error(exc)
