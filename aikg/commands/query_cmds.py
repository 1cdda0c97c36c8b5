"""Saved queries (`aikg query list|show|run`) and ad-hoc Cypher (`aikg cypher`)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from aikg.options import DataDirOption, StoreOption, opened_graph
from aikg.queries.limits import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S
from aikg.result_output import OutputFormat, print_result

if TYPE_CHECKING:
    from aikg.queries.model import SavedQuery


class ListFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


query_app = typer.Typer(help="Saved Cypher queries: list them, show one, run one.", no_args_is_help=True)

ParamsOption = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A query parameter as key=value (repeat for several)."),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", help="Stop the query after this many seconds.", min=0.001)
]
MaxRowsOption = Annotated[
    int, typer.Option("--max-rows", help="Return at most this many rows (the output says when cut).", min=1)
]


@query_app.command("list")
def list_queries(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.TABLE,
) -> None:
    """List the saved queries with their parameters."""
    from aikg.queries.catalog import load_catalog

    catalog = load_catalog()
    if fmt is ListFormat.JSON:
        print(json.dumps([q.header() for q in catalog.values()], indent=2, ensure_ascii=False))
        return
    table = Table()
    for column in ("name", "title", "parameters", "result"):
        table.add_column(column, overflow="fold")
    for query in catalog.values():
        table.add_row(query.name, query.title, _param_summary(query), query.result)
    Console(highlight=False).print(table, markup=False)


@query_app.command("show")
def show(name: Annotated[str, typer.Argument(help="Saved query name (see `aikg query list`).")]) -> None:
    """Show a saved query: its description, parameters and Cypher."""
    from aikg.queries.catalog import get_query

    query = get_query(name)
    print(f"{query.name}: {query.title}  [{query.result}]")
    print()
    print(query.description.strip())
    print()
    print("parameters:" if query.params else "parameters: none")
    for spec in query.params:
        default = "required" if spec.required else f"default {json.dumps(spec.default)}"
        print(f"  {spec.name} ({spec.type.value}, {default}): {spec.description}")
    print()
    print(query.cypher)


@query_app.command("run")
def run(
    name: Annotated[str, typer.Argument(help="Saved query name (see `aikg query list`).")],
    params: ParamsOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    max_rows: MaxRowsOption = DEFAULT_MAX_ROWS,
    review: Annotated[
        str | None,
        typer.Option("--review", help="Facts by review state: accepted-only, not-rejected (default) or all."),
    ] = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Run a saved query, e.g. `aikg query run departures_by_organization -p organization=OpenAI`."""
    from aikg.queries.params import parse_assignments
    from aikg.queries.runner import prepare_saved

    prepared = prepare_saved(name, parse_assignments(params or []))
    with opened_graph(store, data_dir) as kg:
        result = kg.query(name, prepared.params, timeout=timeout, max_rows=max_rows).result
    print_result(result, fmt, graph=prepared.query.result == "graph", max_rows=max_rows)


def cypher(
    text: Annotated[str, typer.Argument(metavar="CYPHER", help="The Cypher query.")],
    params: ParamsOption = None,
    write: Annotated[
        bool,
        typer.Option("--write", help="Allow the query to change the graph (one writer at a time)."),
    ] = False,
    fmt: FormatOption = OutputFormat.TABLE,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    max_rows: MaxRowsOption = DEFAULT_MAX_ROWS,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Run ad-hoc Cypher, read-only unless --write (the engine refuses writes).

    Parameter values are JSON when they parse as JSON (numbers, true, null, lists), else text.
    """
    from aikg.queries.params import guess_value, parse_assignments
    from aikg.queries.render import has_graph_values

    values = {key: guess_value(value) for key, value in parse_assignments(params or []).items()}
    with opened_graph(store, data_dir, write=write) as kg:
        result = kg.cypher(text, values, write=write, timeout=timeout, max_rows=max_rows).result
    print_result(result, fmt, graph=has_graph_values(result), max_rows=max_rows)


def _param_summary(query: SavedQuery) -> str:
    return ", ".join(f"{p.name}{'*' if p.required else ''}: {p.type.value}" for p in query.params)


def register(app: typer.Typer) -> None:
    app.add_typer(query_app, name="query")
    app.command("cypher")(cypher)
