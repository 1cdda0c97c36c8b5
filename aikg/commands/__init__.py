"""CLI command modules. Each module exposes ``register(app)``; add a module name here to add commands."""

from __future__ import annotations

from importlib import import_module

import typer

COMMAND_MODULES: list[str] = [
    "aikg.commands.store_cmds",
    "aikg.commands.query_cmds",
    "aikg.commands.export_cmds",
    "aikg.commands.demo_cmds",
    "aikg.commands.ingest_cmds",
    "aikg.commands.feeds_cmds",
    "aikg.commands.review_cmds",
]


def register_all(app: typer.Typer) -> None:
    for name in COMMAND_MODULES:
        import_module(name).register(app)
