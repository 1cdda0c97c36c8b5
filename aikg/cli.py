"""The `aikg` command: a thin typer layer over the library; every AikgError becomes one line."""

from __future__ import annotations

import sys

import typer

from aikg.commands import register_all
from graph.errors import AikgError

app = typer.Typer(
    name="aikg",
    help="A knowledge graph of AI-industry actors, built from news articles with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_all(app)


def main() -> None:
    try:
        app()
    except AikgError as exc:
        print(f"aikg: error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
