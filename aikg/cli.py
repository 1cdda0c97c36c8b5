"""The `aikg` command: a thin typer layer over the library; every AikgError becomes one line."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from aikg.commands import register_all
from aikg.graph.errors import AikgError

app = typer.Typer(
    name="aikg",
    help="A knowledge graph of AI-industry actors, built from news articles with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def settings(
    store: Annotated[
        str | None,
        typer.Option("--store", help="Graph store of every command (env AIKG_STORE): embedded or neo4j."),
    ] = None,
    neo4j_uri: Annotated[
        str | None,
        typer.Option(
            "--neo4j-uri",
            help="Neo4j URI (env NEO4J_URI): bolt://HOST:7687, or neo4j+s:// for a cluster or Aura.",
        ),
    ] = None,
    neo4j_user: Annotated[
        str | None, typer.Option("--neo4j-user", help="Neo4j user (env NEO4J_USER).")
    ] = None,
    neo4j_password: Annotated[
        str | None, typer.Option("--neo4j-password", help="Neo4j password (env NEO4J_PASSWORD).")
    ] = None,
) -> None:
    """A knowledge graph of AI-industry actors, built from news articles with evidence."""
    for name, value in (
        ("AIKG_STORE", store),
        ("NEO4J_URI", neo4j_uri),
        ("NEO4J_USER", neo4j_user),
        ("NEO4J_PASSWORD", neo4j_password),
    ):
        if value is not None:
            os.environ[name] = value


register_all(app)


def main() -> None:
    try:
        app()
    except AikgError as exc:
        print(f"aikg: error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
