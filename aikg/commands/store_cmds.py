"""Commands about the store itself: status, load, load-reference, server start|stop|status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from aikg.options import DataDirOption, StoreOption, opened_graph

if TYPE_CHECKING:
    from aikg.graph.stores.base import GraphStats, UpsertReport
    from aikg.graph.stores.falkordb_server import EmbeddedServer

console = Console()
server_app = typer.Typer(help="Start or stop the embedded FalkorDB server.", no_args_is_help=True)


def status(
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Show the backend, where it keeps the graph (and Neo4j's version), counts, subscribed feeds.

    Feeds (when any are subscribed) show their last poll, entries stored and last error.
    """
    from aikg.ingest.feeds.overview import feeds_overview

    with opened_graph(store, data_dir) as kg:
        stats = kg.status()
    feeds = feeds_overview(data_dir)
    if as_json:
        shown = {**stats.as_dict(), **({"feeds": feeds} if feeds else {})}
        print(json.dumps(shown, indent=2, sort_keys=True))
    else:
        print_stats(stats)
        print_feeds(feeds)


def print_stats(stats: GraphStats) -> None:
    server = f"   [bold]server[/] {stats.server}" if stats.server else ""
    console.print(f"[bold]backend[/] {stats.backend}   [bold]data[/] {stats.location}{server}")
    for title, counts in (("nodes", stats.nodes), ("relationships", stats.relationships)):
        table = Table(title=title, title_justify="left")
        table.add_column("label" if title == "nodes" else "type")
        table.add_column("count", justify="right")
        for key, value in sorted(counts.items()):
            table.add_row(key, str(value))
        table.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
        console.print(table)


def print_feeds(feeds: list[dict[str, object]]) -> None:
    if not feeds:
        return
    table = Table(title="feeds", title_justify="left")
    for column in ("name", "last poll", "last new", "entries stored", "last error"):
        table.add_column(column, overflow="fold")
    for feed in feeds:
        cells = (feed["name"], feed["last_poll"] or "never", feed["last_new"], feed["entries_stored"])
        table.add_row(*(str(c) for c in cells), str(feed["last_error"] or ""))
    console.print(table)


def print_report(report: UpsertReport, what: str) -> None:
    console.print(
        f"{what}: {report.sources_new} new sources, {report.entities_new} new entities, "
        f"{report.facts_new} new facts, {report.facts_corroborated} corroborated, "
        f"{report.facts_unchanged} unchanged"
        + (f", {report.facts_rejected_again} rejected by review" if report.facts_rejected_again else "")
    )


def load(
    file: Annotated[Path, typer.Argument(help="A JSON Lines file of sources, entities, facts, mentions.")],
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="Into an EMPTY embedded store, with FalkorDB's bulk import: same checks and same "
            "graph, much faster for a large file; refused on a store that holds anything.",
        ),
    ] = False,
) -> None:
    """Validate a JSON Lines file and load it in one atomic batch (a bad line loads nothing).

    Each line is an object with "record": source | entity | fact | mention, and the schema's fields.
    """
    from aikg.graph.jsonl import read_batch

    batch = read_batch(file)  # validated whole before any store is opened
    with opened_graph(store, data_dir, write=True) as kg:
        report = kg.load(batch, bulk=bulk)
    print_report(report, str(file))


def load_reference(store: StoreOption = "embedded", data_dir: DataDirOption = None) -> None:
    """Load the reference data of AI-industry actors as background knowledge.

    Its facts are sourced to 'source:reference-data', never to an article.
    """
    with opened_graph(store, data_dir, write=True) as kg:
        report = kg.load_reference()
    print_report(report, "reference data")


def embedded_server(data_dir: Path | None) -> EmbeddedServer:
    from aikg.graph.stores.falkordb_server import EmbeddedServer, default_data_dir

    return EmbeddedServer(data_dir or default_data_dir())


@server_app.command("start")
def server_start(data_dir: DataDirOption = None) -> None:
    """Start the embedded server for this data dir (reuses one already running)."""
    server = embedded_server(data_dir)
    socket = server.ensure_running()
    console.print(f"embedded FalkorDB running on {socket} (pid {server.pid()})")


@server_app.command("stop")
def server_stop(data_dir: DataDirOption = None) -> None:
    """Stop the embedded server for this data dir.

    A large tail of its append-only file is first folded into a new snapshot (waited for: seconds
    for a million facts), so the next start loads the snapshot instead of replaying the writes.
    """
    server = embedded_server(data_dir)
    if server.stop():
        console.print(f"embedded FalkorDB stopped ({server.data_dir})")
    else:
        console.print(f"no embedded FalkorDB was running for {server.data_dir}")


@server_app.command("status")
def server_status(data_dir: DataDirOption = None) -> None:
    """Say whether the embedded server for this data dir is running (exit 0), still starting, i.e.
    loading its data (exit 4), or not running (exit 3)."""
    server = embedded_server(data_dir)
    if server.is_running():
        console.print(f"running: pid {server.pid()}, socket {server.socket_path}")
    elif (pid := server.starting_pid()) is not None:
        console.print(f"starting: pid {pid} is loading the data of {server.data_dir}")
        raise typer.Exit(4)
    else:
        console.print(f"not running (data dir {server.data_dir})")
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command()(status)
    app.command()(load)
    app.command("load-reference")(load_reference)
    app.add_typer(server_app, name="server")
