"""Curation in the explorer: the review filter, accept / reject / correct on a fact, the entity merge
dialog. Every action goes through the library (:mod:`aikg.graph.curation`,
:mod:`aikg.graph.entity_curation`), so it is atomic and audited like the CLI's; the user is
``AIKG_USER`` or the OS user of the explorer's process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from aikg.dashboard import session
from aikg.graph import curation, entity_curation
from aikg.graph.errors import AikgError
from aikg.graph.review import DEFAULT_FILTER, ReviewFilter, ReviewState
from aikg.graph.schema import Predicate
from aikg.graph.stores.base import GraphStore

MESSAGE = "curation-message"
MERGE_OPEN = "merge-dialog-open"
CORRECT_OPEN = "correct-dialog-open"
FILTER_HELP = "not-rejected hides rejected facts; accepted-only shows the facts a person vouched for."


def key_of(fact_id: str) -> str:
    """A widget key part for a fact (ids hold ':', which CSS class names would need escaped)."""
    return fact_id.replace(":", "-")


def review_filter(key: str) -> ReviewFilter:
    options = [f.value for f in ReviewFilter]
    chosen = st.selectbox(
        "Facts by review", options, index=options.index(DEFAULT_FILTER.value), key=key, help=FILTER_HELP
    )
    return ReviewFilter(chosen)


def _run(action: Callable[[], Any], done: str) -> None:
    """Run one curation action from a widget callback; the outcome is shown on the next run."""
    try:
        record = action()
    except AikgError as exc:
        st.session_state[MESSAGE] = ("error", str(exc))
        return
    session.refresh()
    st.session_state[MESSAGE] = ("success", done if record is not None else "Nothing changed.")


def show_message() -> None:
    """The outcome of the last action (once)."""
    kind, text = st.session_state.pop(MESSAGE, (None, None))
    if kind == "error":
        st.error(text)
    elif kind == "success":
        st.success(text)


def note_key(fact_id: str) -> str:
    return f"note-{key_of(fact_id)}"


def fact_actions(
    store: GraphStore, fact_id: str, review: str, *, label: str, correct_in_dialog: bool = False
) -> None:
    """Accept and Reject buttons (the one matching the current state disabled) and a Correct form:
    in a popover, or with ``correct_in_dialog`` in a dialog built only when its button is pressed
    (a page of 25 facts then draws 75 buttons, not 25 forms of seven fields each)."""
    key = key_of(fact_id)

    def decide(state: ReviewState) -> None:
        note = st.session_state.get(note_key(fact_id)) or None
        verb = "Accepted" if state is ReviewState.ACCEPTED else "Rejected"
        _run(lambda: curation.set_review(store, fact_id, state, note=note), f"{verb}: {label}")

    accept_col, reject_col, correct_col = st.columns(3)
    accept_col.button(
        "Accept",
        key=f"accept-{key}",
        disabled=review == ReviewState.ACCEPTED.value,
        on_click=decide,
        args=(ReviewState.ACCEPTED,),
        width="stretch",
    )
    reject_col.button(
        "Reject",
        key=f"reject-{key}",
        disabled=review == ReviewState.REJECTED.value,
        on_click=decide,
        args=(ReviewState.REJECTED,),
        width="stretch",
    )
    if not correct_in_dialog:
        with correct_col.popover("Correct", width="stretch"):
            correct_form(store, fact_id, label)
        return
    if correct_col.button("Correct…", key=f"correct-open-{key}", width="stretch"):
        st.session_state[CORRECT_OPEN] = fact_id
    if st.session_state.get(CORRECT_OPEN) == fact_id:
        correct_dialog(store, fact_id, label)


def _close_correct() -> None:
    st.session_state.pop(CORRECT_OPEN, None)


@st.dialog("Correct a fact", on_dismiss=_close_correct)
def correct_dialog(store: GraphStore, fact_id: str, label: str) -> None:
    st.caption(label)
    correct_form(store, fact_id, label)


def correct_form(store: GraphStore, fact_id: str, label: str) -> None:
    key = key_of(fact_id)
    with st.form(f"correct-{key}"):
        predicates = ["", *(p.value for p in Predicate)]
        predicate = st.selectbox("Predicate (unchanged when blank)", predicates, key=f"fix-predicate-{key}")
        subject = st.text_input("Subject (name, alias or id; unchanged when blank)", key=f"fix-subject-{key}")
        obj = st.text_input("Object (unchanged when blank)", key=f"fix-object-{key}")
        date = st.text_input("Date (YYYY[-MM[-DD]]; unchanged when blank)", key=f"fix-date-{key}")
        role = st.text_input("Role (unchanged when blank)", key=f"fix-role-{key}")
        reason = st.text_input("Reason (unchanged when blank)", key=f"fix-reason-{key}")
        note = st.text_input("Note", key=f"fix-note-{key}")
        submitted = st.form_submit_button("Save correction", type="primary")
    if submitted:
        given = {
            "predicate": predicate,
            "subject": subject,
            "object": obj,
            "date": date,
            "role": role,
            "reason": reason,
        }
        changes: dict[str, str | None] = {k: v.strip() for k, v in given.items() if v and v.strip()}
        if not changes:
            st.warning("Change at least one field.")
            return
        _run(lambda: curation.correct(store, fact_id, changes, note=note or None), f"Corrected: {label}")
        _close_correct()
        st.rerun()


def merged_into(store: GraphStore, query: str) -> str | None:
    """The entity an id merged away now redirects to (a link or search naming it), said in a caption."""
    from aikg.graph.redirects import redirects

    wanted = query.strip()
    target = redirects(store, {wanted}).get(wanted) if ":" in wanted else None
    if target is not None:
        st.caption(f"`{wanted}` was merged into `{target}`.")
    return target


def merge_button(store: GraphStore, entity_id: str, name: str) -> None:
    """A button opening the merge dialog; the dialog stays open until merged or dismissed."""
    if st.button("Merge a duplicate into this entity…", key="merge-open"):
        st.session_state[MERGE_OPEN] = entity_id
    if st.session_state.get(MERGE_OPEN) == entity_id:
        merge_dialog(store, entity_id, name)


def _close_merge() -> None:
    st.session_state.pop(MERGE_OPEN, None)


@st.dialog("Merge entities", width="large", on_dismiss=_close_merge)
def merge_dialog(store: GraphStore, entity_id: str, name: str) -> None:
    merge_panel(store, entity_id, name)


def merge_panel(store: GraphStore, entity_id: str, name: str) -> None:
    """Pick the duplicate, read what would move, merge."""
    prefix = entity_id.split(":", 1)[0]
    others = {e.id: e.name for e in session.entities() if e.id != entity_id and e.id.startswith(prefix + ":")}
    st.markdown(f"Keep **{name}** (`{entity_id}`) and merge into it:")
    other = st.selectbox(
        "Duplicate",
        sorted(others, key=lambda i: others[i].casefold()),
        index=None,
        format_func=lambda i: f"{others[i]} ({i})",
        placeholder="pick the duplicate",
        key="merge-other",
    )
    if other is None:
        return
    preview = entity_curation.merge_preview(store, entity_id, other)
    facts = preview["facts"]
    joining = sum(1 for f in facts if f["joins_existing"])
    st.markdown(
        f"**{len(facts)} facts** move ({joining} join a fact it already has), "
        f"**{len(preview['mentions'])} mentions** move, "
        f"{len(preview['dropped_self_links'])} fact(s) between the two are dropped (kept in the audit trail)."
    )
    if facts:
        st.dataframe(
            [
                {
                    "fact": f["fact_id"],
                    "predicate": f["predicate"],
                    "subject": f["new_subject"],
                    "object": f["new_object"],
                    "review": f["review"],
                    "joins existing": f["joins_existing"],
                }
                for f in facts
            ],
            hide_index=True,
            width="stretch",
        )
    st.markdown(f"Aliases after: {', '.join(preview['aliases_after']) or 'none'}")
    note = st.text_input("Note", key="merge-note")
    if st.button("Merge", type="primary", key="merge-confirm"):
        _run(
            lambda: entity_curation.merge(store, entity_id, other, note=note or None),
            f"Merged {other} into {entity_id}",
        )
        st.rerun()
