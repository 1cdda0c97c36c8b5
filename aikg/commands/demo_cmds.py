"""`aikg demo`: the main job on a fresh machine, in one command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from aikg.commands.store_cmds import console, print_report, print_stats
from aikg.options import DataDirOption, StoreOption, opened_store
from graph.jsonl import read_batch

PROJECT = Path(__file__).resolve().parents[2]
SAMPLE_FACTS = PROJECT / "samples" / "facts.jsonl"
DASHBOARD = PROJECT / "dashboard" / "app.py"


def demo(
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    open_explorer: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the Streamlit explorer afterwards.")
    ] = True,
    port: Annotated[int, typer.Option(help="Port of the explorer.")] = 8501,
) -> None:
    """Load the reference data and the sample facts, print the counts, open the explorer."""
    from ingest.reference import load_reference

    with opened_store(store, data_dir) as graph_store:
        print_report(graph_store.upsert(load_reference().to_batch()), "reference data")
        print_report(graph_store.upsert(read_batch(SAMPLE_FACTS)), "sample facts")
        print_stats(graph_store.stats())
    if open_explorer:
        console.print(f"opening the explorer on http://localhost:{port} (Ctrl-C to stop)")
        command = [sys.executable, "-m", "streamlit", "run", str(DASHBOARD), "--server.port", str(port)]
        subprocess.run(command, check=False)


def register(app: typer.Typer) -> None:
    app.command()(demo)
