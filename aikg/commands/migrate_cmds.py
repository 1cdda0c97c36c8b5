"""`aikg migrate`: copy the whole graph from one store to another (embedded -> Neo4j, or back)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from aikg.commands.store_cmds import console
from aikg.graph.errors import InvalidInputError
from aikg.graph.limits import MIGRATE_BATCH
from aikg.graph.stores.registry import store_names
from aikg.options import DataDirOption, opened_graph

if TYPE_CHECKING:  # the migration (and the audit log's models) load when a migration runs
    from aikg.graph.migrate import MigrationReport

ToOption = Annotated[str, typer.Option("--to", help=f"Store to copy into: {' or '.join(store_names())}.")]
FromOption = Annotated[
    str | None,
    typer.Option("--from", help="Store to copy from (default: the other one)."),
]
BatchOption = Annotated[
    int, typer.Option("--batch-size", min=1, help="Entities, sources or facts per atomic batch.")
]


def _other(store: str) -> str:
    return next((name for name in store_names() if name != store), store)


def _check(source: str, target: str) -> None:
    for name in (source, target):
        if name not in store_names():
            raise InvalidInputError(f"unknown store {name!r}: choose {' or '.join(store_names())}")
    if source == target:
        raise InvalidInputError(f"--from and --to are both {source!r}: choose two different stores")


def counts_table(report: MigrationReport, source: str, target: str) -> Table:
    """Every label and relationship type with its count in each store."""
    assert report.after is not None and report.target is not None
    table = Table(title="counts", title_justify="left")
    for column in ("", f"from {source}", f"to {target}"):
        table.add_column(column, justify="left" if not column else "right")
    for kind, left, right in (
        ("node", report.after.nodes, report.target.nodes),
        ("relationship", report.after.relationships, report.target.relationships),
    ):
        for key in sorted(set(left) | set(right)):
            table.add_row(f"{key} ({kind})", str(left.get(key, 0)), str(right.get(key, 0)))
    return table


def run_migration(source: str, target: str, data_dir: DataDirOption, batch_size: int) -> MigrationReport:
    from aikg.graph.migrate import STEPS, migrate, totals

    with opened_graph(source, data_dir) as from_graph, opened_graph(target, data_dir, write=True) as to_graph:
        from_store, to_store = from_graph.store, to_graph.store
        expected = totals(from_store.stats())
        columns = (
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
            tasks = {step: progress.add_task(f"copying {step}", total=expected[step]) for step in STEPS}
            return migrate(
                from_store,
                to_store,
                batch_size=batch_size,
                on_progress=lambda step, n: progress.advance(tasks[step], n),
            )


def migrate_command(
    to: ToOption,
    source: FromOption = None,
    data_dir: DataDirOption = None,
    batch_size: BatchOption = MIGRATE_BATCH,
) -> None:
    """Copy every entity, source, fact (with its evidence and provenance), mention, review decision,
    merge and audit record between stores.

    `aikg migrate --to neo4j` moves the embedded store (of --data-dir) up to the Neo4j server of
    NEO4J_URI; `aikg migrate --from neo4j --to embedded` brings it back. Each batch is atomic and
    every write merges: running it again adds nothing, and an interrupted run can be run again to
    completion. Prints both stores' counts at the end.
    """
    source = source or _other(to)
    _check(source, to)
    report = run_migration(source, to, data_dir, batch_size)
    written = report.written
    console.print(
        f"read {report.read['entities']} entities, {report.read['sources']} sources, "
        f"{report.read['facts']} facts, {report.read['audit records']} audit records from {source}; "
        f"new in {to}: {written.entities_new} entities, "
        f"{written.sources_new} sources, {written.facts_new} facts ({written.facts_corroborated} facts "
        f"gained evidence)"
    )
    if report.ignored_properties:
        names = ", ".join(sorted(report.ignored_properties))
        console.print(f"[yellow]not copied[/] (properties outside the schema): {names}")
    console.print(counts_table(report, source, to))
    if report.equal:
        console.print(f"{to} now holds the same counts as {source}")
    else:
        console.print(
            f"[yellow]the counts differ[/]: {to} held other data already, "
            f"or {source} holds nodes outside the model"
        )


def register(app: typer.Typer) -> None:
    app.command("migrate")(migrate_command)
