"""The `aikg` command: a thin typer layer over the library; every AikgError becomes one line."""

from __future__ import annotations

import sys
from typing import Annotated, Any

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


def store_defaults(command: Any, store: str) -> dict[str, Any]:
    """A default_map giving every subcommand that has a --store option this store. Groups are told
    by their ``commands`` (typer may bring its own copy of click, so no isinstance check)."""
    out: dict[str, Any] = {}
    for name, sub in getattr(command, "commands", {}).items():
        if hasattr(sub, "commands"):
            out[name] = store_defaults(sub, store)
        elif any(param.name == "store" for param in sub.params):
            out[name] = {"store": store}
    return out


@app.callback()
def settings(
    ctx: typer.Context,
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            help="Graph store of every command: embedded or neo4j (a command's --store or AIKG_STORE wins).",
        ),
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
    if store is not None:
        ctx.default_map = {**(ctx.default_map or {}), **store_defaults(ctx.command, store)}
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
