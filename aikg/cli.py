"""The `aikg` command: a thin typer layer over the library; every AikgError becomes one line."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from aikg.commands import register_all
from aikg.graph.errors import AikgError
from aikg.options import GLOBAL_SETTINGS, GlobalSettings

app = typer.Typer(
    name="aikg",
    help="A knowledge graph of AI-industry actors, built from news articles with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def settings(
    neo4j_uri: Annotated[
        str | None, typer.Option("--neo4j-uri", help="Neo4j bolt URI (env NEO4J_URI).")
    ] = None,
    neo4j_user: Annotated[
        str | None, typer.Option("--neo4j-user", help="Neo4j user (env NEO4J_USER).")
    ] = None,
    neo4j_password: Annotated[
        str | None, typer.Option("--neo4j-password", help="Neo4j password (env NEO4J_PASSWORD).")
    ] = None,
) -> None:
    """A knowledge graph of AI-industry actors, built from news articles with evidence."""
    GLOBAL_SETTINGS.set(
        GlobalSettings(neo4j_uri=neo4j_uri, neo4j_user=neo4j_user, neo4j_password=neo4j_password)
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
