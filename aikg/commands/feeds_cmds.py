"""`aikg feeds add|list|remove|import|poll|watch`: subscriptions to news feeds, polled politely."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from aikg.commands.fetch_options import (
    DEFAULT_DELAY_SECONDS,
    DEFAULT_MAX_BYTES,
    DEFAULT_TOTAL_SECONDS,
    DelayOption,
    MaxBytesOption,
    TimeoutOption,
    opened_fetcher,
    opened_state,
)
from aikg.graph.errors import InvalidInputError
from aikg.options import DataDirOption, StoreOption

if TYPE_CHECKING:
    from aikg.ingest.feeds.poll import FeedReport

feeds_app = typer.Typer(
    help="Subscribe to RSS/Atom feeds and poll them: new entries only, each followed to its article.",
    no_args_is_help=True,
)
console = Console()
ExtractorOption = Annotated[str, typer.Option("--extractor", help="Extractor name (rules).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

EXIT_SOME_FAILED = 1
EXIT_ALL_FAILED = 3
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """'30m', '1h', '90s', '1h30m' -> seconds; a clear error otherwise."""
    cleaned = text.strip().lower()
    parts = _DURATION.findall(cleaned)
    if not parts or "".join(n + u for n, u in parts) != cleaned:
        raise InvalidInputError(f"--every {text!r}: not a duration (examples: 90s, 30m, 1h, 1h30m)")
    seconds = sum(float(n) * _UNIT[u] for n, u in parts)
    if seconds <= 0:
        raise InvalidInputError(f"--every {text!r}: must be longer than 0 seconds")
    return seconds


@feeds_app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="The http(s) URL of an RSS or Atom feed.")],
    name: Annotated[str | None, typer.Option("--name", help="A short name (default: host and path).")] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Subscribe to a feed (stored in the data dir; nothing is fetched until `feeds poll`)."""
    from aikg.ingest.feeds.subscriptions import Subscriptions

    with opened_state(data_dir) as state:
        subscriptions = Subscriptions(state)
        added = subscriptions.add(url, name)
        feed = subscriptions.get(url.strip())
    assert feed is not None
    console.print(f"{'subscribed to' if added else 'already subscribed to'} {feed.name} ({feed.url})")


@feeds_app.command("list")
def list_feeds(data_dir: DataDirOption = None, as_json: JsonOption = False) -> None:
    """The subscribed feeds, with their last poll, entries stored and last error."""
    from aikg.ingest.feeds.seen import SeenEntries
    from aikg.ingest.feeds.subscriptions import Subscriptions

    with opened_state(data_dir) as state:
        feeds = Subscriptions(state).all()
        seen = SeenEntries(state)
        rows = [{**f.as_dict(), "entries_stored": seen.count(f.url)} for f in feeds]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    if not rows:
        console.print("no feeds subscribed (aikg feeds add URL)")
        return
    _print_rows("feeds", rows, ("name", "url", "last_poll", "entries_stored", "last_error"))


@feeds_app.command("remove")
def remove(
    feed: Annotated[str, typer.Argument(help="The feed's URL or name.")],
    data_dir: DataDirOption = None,
) -> None:
    """Unsubscribe from a feed (what was ingested from it stays in the store)."""
    from aikg.ingest.feeds.subscriptions import Subscriptions

    with opened_state(data_dir) as state:
        removed = Subscriptions(state).remove(feed)
    console.print(f"unsubscribed from {removed.name} ({removed.url})")


@feeds_app.command("import")
def import_opml(
    file: Annotated[Path, typer.Argument(help="An OPML file (every outline with an xmlUrl is a feed).")],
    poll_now: Annotated[bool, typer.Option("--poll", help="Poll every subscribed feed right after.")] = False,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    extractor: ExtractorOption = "rules",
    delay: DelayOption = DEFAULT_DELAY_SECONDS,
    timeout: TimeoutOption = DEFAULT_TOTAL_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    as_json: JsonOption = False,
) -> None:
    """Subscribe to every feed of an OPML file (a bad file subscribes to nothing); --poll polls them."""
    from aikg.ingest.feeds.opml import read_opml
    from aikg.ingest.feeds.subscriptions import Subscriptions

    feeds = read_opml(file)
    with opened_state(data_dir) as state:
        subscriptions = Subscriptions(state)
        added = sum(subscriptions.add(url, name) for url, name in feeds)
    out = Console(stderr=True) if as_json else console  # keep stdout pure JSON with --json
    out.print(f"{file}: {len(feeds)} feeds, {added} new subscriptions", highlight=False)
    if poll_now:
        poll(store, data_dir, extractor, delay, timeout, max_bytes, as_json)


@feeds_app.command("poll")
def poll(
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    extractor: ExtractorOption = "rules",
    delay: DelayOption = DEFAULT_DELAY_SECONDS,
    timeout: TimeoutOption = DEFAULT_TOTAL_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    as_json: JsonOption = False,
) -> None:
    """Poll every subscribed feed once: new entries only, each followed to its article page.

    Prints a summary per feed. Safe to interrupt: a poll killed at any moment resumes next time.

    Exit codes (for cron): 0 every feed was polled, with or without new entries (or none is subscribed).

    1 some feeds or entries failed (the rest were stored). 2 bad usage. 3 no feed could be polled.
    """
    reports = _poll_once(store, data_dir, extractor, delay, timeout, max_bytes)
    _print_reports(reports, as_json)
    code = _exit_code(reports)
    if code:
        raise typer.Exit(code)


@feeds_app.command("watch")
def watch(
    every: Annotated[
        str, typer.Option("--every", help="Time between two polls: 90s, 30m, 1h, 1h30m.")
    ] = "30m",
    polls: Annotated[
        int | None,
        typer.Option("--polls", min=1, help="Stop after this many polls (default: run until Ctrl-C)."),
    ] = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    extractor: ExtractorOption = "rules",
    delay: DelayOption = DEFAULT_DELAY_SECONDS,
    timeout: TimeoutOption = DEFAULT_TOTAL_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Poll every subscribed feed, then again every --every, in the foreground (Ctrl-C stops)."""
    interval = parse_duration(every)
    done = 0
    try:
        while True:
            started = time.monotonic()
            reports = _poll_once(store, data_dir, extractor, delay, timeout, max_bytes)
            console.print(time.strftime("%Y-%m-%d %H:%M:%S"), highlight=False)
            _print_reports(reports, False)
            done += 1
            if polls is not None and done >= polls:
                return
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
    except KeyboardInterrupt:
        console.print("stopped")


def _poll_once(
    store: str, data_dir: Path | None, extractor: str, delay: float, timeout: float, max_bytes: int
) -> list[FeedReport]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from aikg.ingest.extractors import ExtractorConfig, get_extractor
    from aikg.ingest.feeds.poll import poll_feeds
    from aikg.ingest.feeds.subscriptions import Subscriptions
    from aikg.options import opened_graph

    chosen = get_extractor(ExtractorConfig.from_env(name=extractor))
    err = Console(stderr=True)
    with opened_state(data_dir) as state:
        feeds = Subscriptions(state).all()
        if not feeds:
            err.print("no feeds subscribed (aikg feeds add URL, aikg feeds import FILE.opml)")
            return []
        with (
            opened_graph(store, data_dir, write=True) as kg,
            opened_fetcher(state, delay=delay, timeout=timeout, max_bytes=max_bytes) as fetcher,
            Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err,
                transient=True,
            ) as progress,
        ):
            task = progress.add_task("polling", total=len(feeds))
            first = [True]

            def next_feed(feed: object) -> None:
                if not first[0]:
                    progress.advance(task)
                first[0] = False
                progress.update(task, description=f"polling {getattr(feed, 'name', '')[:40]}")

            def document(name: str) -> None:
                progress.update(task, description=f"reading {name[-50:]}")

            return poll_feeds(
                feeds, kg.store, chosen, state, fetcher, on_document=document, on_feed=next_feed
            )


def _print_reports(reports: list[FeedReport], as_json: bool) -> None:
    rows = [r.row() for r in reports]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    elif rows:
        _print_rows("poll summary", rows, tuple(rows[0]))
    err = Console(stderr=True)
    for report in reports:
        for message in report.summary.errors:
            err.print(f"aikg: error: {' '.join(message.split())}", highlight=False, soft_wrap=True)


def _exit_code(reports: list[FeedReport]) -> int:
    if reports and all(r.feed_failed for r in reports):
        return EXIT_ALL_FAILED
    if any(r.summary.errors for r in reports):
        return EXIT_SOME_FAILED
    return 0


def _print_rows(title: str, rows: list[dict[str, object]], columns: tuple[str, ...]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")
