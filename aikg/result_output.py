"""Printing a query result as a table, JSON or CSV, and saying when the row cap cut it short."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from aikg.graph.stores.base import QueryResult


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def print_result(
    result: QueryResult, fmt: OutputFormat, *, graph: bool = False, max_rows: int | None = None
) -> None:
    from aikg.queries.render import to_csv, to_json

    if fmt is OutputFormat.JSON:
        print(json.dumps(to_json(result, graph=graph), indent=2, ensure_ascii=False))
    elif fmt is OutputFormat.CSV:
        sys.stdout.write(to_csv(result))
    else:
        print_table(result)
    if result.truncated:
        print(
            f"aikg: truncated: showing the first {len(result.rows)} rows; raise --max-rows"
            f"{f' (now {max_rows})' if max_rows else ''} to see more",
            file=sys.stderr,
        )


def print_table(result: QueryResult) -> None:
    from aikg.queries.render import table_rows

    console = Console(highlight=False)
    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in table_rows(result):
        table.add_row(*row)
    console.print(table, markup=False)
    console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", markup=False)
