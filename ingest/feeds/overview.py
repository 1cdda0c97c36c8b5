"""What `aikg status` says about feeds: each subscription, its last poll, entries stored, last error."""

from __future__ import annotations

from pathlib import Path

from aikg.ingest.state import STATE_FILE, State, state_dir


def feeds_overview(data_dir: Path | None) -> list[dict[str, object]]:
    """One row per subscribed feed; empty (and no file created) when nothing was ever subscribed."""
    from aikg.ingest.feeds.seen import SeenEntries
    from aikg.ingest.feeds.subscriptions import Subscriptions

    directory = state_dir(data_dir)
    if not (directory / STATE_FILE).exists():
        return []
    with State(directory) as state:
        seen = SeenEntries(state)
        return [{**f.as_dict(), "entries_stored": seen.count(f.url)} for f in Subscriptions(state).all()]
