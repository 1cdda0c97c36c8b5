"""Options of the commands that fetch URLs, and the one way they build the polite client."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aikg.ingest.limits import DEFAULT_DELAY_SECONDS, DEFAULT_MAX_BYTES, DEFAULT_TOTAL_SECONDS

if TYPE_CHECKING:  # the fetching client loads only in the commands that fetch
    from aikg.ingest.fetch import Fetcher
    from aikg.ingest.state import State

DelayOption = Annotated[
    float,
    typer.Option(
        "--delay",
        min=0.0,
        help="Seconds between two requests to the same host (or the host's robots.txt Crawl-delay).",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=0.1,
        help="Total time limit of one download, redirects included, in seconds.",
    ),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes", min=1, help="Documents larger than this are refused (checked while streaming)."
    ),
]

__all__ = [
    "DEFAULT_DELAY_SECONDS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TOTAL_SECONDS",
    "DelayOption",
    "MaxBytesOption",
    "TimeoutOption",
    "opened_fetcher",
    "opened_state",
]


@contextmanager
def opened_state(data_dir: Path | None) -> Iterator[State]:
    """The state file of the data dir (created 0600 on first use)."""
    from aikg.ingest.state import State, state_dir

    state = State(state_dir(data_dir))
    try:
        yield state
    finally:
        state.close()


@contextmanager
def opened_fetcher(
    state: State, *, delay: float, timeout: float, max_bytes: int, conditional: bool = True
) -> Iterator[Fetcher]:
    from aikg.ingest.fetch import Fetcher, Limits

    fetcher = Fetcher(
        state=state,
        limits=Limits(max_bytes=max_bytes, total_seconds=timeout),
        delay=delay,
        conditional=conditional,
    )
    try:
        yield fetcher
    finally:
        fetcher.close()
