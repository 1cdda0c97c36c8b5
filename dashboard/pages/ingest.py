"""Ingest: paste URLs or upload files (text, Markdown, HTML, JSON Lines, RSS/Atom), see the run's
progress, then the new and corroborated facts it stated, ready for review."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from aikg.dashboard import session
from aikg.dashboard.ingest_run import Upload, pasted_urls, run_fact_rows, run_ingest, save_uploads
from aikg.graph.errors import AikgError
from aikg.ingest.extractors import extractor_names

TYPES = ["txt", "md", "markdown", "html", "htm", "jsonl", "xml", "rss", "atom"]


def main() -> None:
    store = session.store()
    st.title("Ingest")
    st.caption(
        "Documents already ingested (same content) are skipped; each document is stored in one atomic "
        "batch, so a failure never leaves half a document."
    )
    urls = st.text_area("URLs, one per line (articles or feeds)", key="ingest-urls")
    files = st.file_uploader("Or upload files", type=TYPES, accept_multiple_files=True, key="ingest-files")
    names = sorted(extractor_names())
    extractor = st.selectbox("Extractor", names, index=names.index("rules") if "rules" in names else 0)
    if not st.button("Ingest", type="primary", key="ingest-run"):
        return
    with tempfile.TemporaryDirectory(prefix="aikg-upload-") as folder:
        uploads = [Upload(f.name, f.getvalue()) for f in files or []]
        inputs = pasted_urls(urls) + save_uploads(uploads, Path(folder))
        if not inputs:
            st.warning("Nothing to ingest: paste an http(s) URL or upload a file.")
            return
        progress = st.progress(0.0, text="starting")
        seen: list[str] = []

        def step(name: str) -> None:
            seen.append(name)
            progress.progress(min(1.0, len(seen) / max(1, len(inputs))), text=f"reading {Path(name).name}")

        summary = run_ingest(store, inputs, extractor, on_document=step)
    progress.progress(1.0, text="done")
    counts = summary.as_dict()
    rejected = counts["rejected_again"]
    st.success(
        f"{counts['documents']} documents, {counts['skipped']} skipped, {counts['new_facts']} new facts, "
        f"{counts['corroborated_facts']} corroborated, {counts['new_entities']} new entities"
        + (f", {rejected} asserted again but rejected by review" if rejected else "")
    )
    for message in summary.errors:
        st.error(message)
    rows = run_fact_rows(store, summary)
    st.subheader(f"Facts stated by this run ({len(rows)})")
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    session.refresh()


try:
    main()
except AikgError as exc:
    session.show_error(exc)
