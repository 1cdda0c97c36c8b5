"""`aikg demo` (the main job on a fresh machine, in one command) and `aikg explore`."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from aikg.commands.store_cmds import console, print_report, print_stats
from aikg.options import DataDirOption, StoreOption, opened_store

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "corpus" / "articles"
DASHBOARD = PROJECT / "dashboard" / "app.py"

OpenOption = Annotated[bool, typer.Option("--open/--no-open", help="Open the Streamlit explorer afterwards.")]
PortOption = Annotated[int, typer.Option(help="Port of the explorer.")]


def run_explorer(store: str, data_dir: Path | None, port: int) -> None:
    """Serve the explorer on localhost until Ctrl-C, on the same store as the command."""
    env = {**os.environ, "AIKG_STORE": store}
    if data_dir is not None:
        env["AIKG_DATA_DIR"] = str(data_dir.resolve())
    url = f"http://localhost:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", str(DASHBOARD),
        "--server.port", str(port),
        "--server.address", "localhost",
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    console.print(f"explorer on {url} (Ctrl-C to stop)")
    threading.Timer(3.0, webbrowser.open, args=(url,)).start()
    with contextlib.suppress(KeyboardInterrupt):
        subprocess.run(command, env=env, check=False)


def demo(
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    open_explorer: OpenOption = True,
    port: PortOption = 8501,
) -> None:
    """Load the reference data, ingest the sample corpus, print the counts, open the explorer.

    Safe to run again: the reference data merges and documents already ingested are skipped.
    """
    from ingest.extractors import get_extractor
    from ingest.pipeline import ingest_documents
    from ingest.reference import load_reference

    with opened_store(store, data_dir) as graph_store:
        print_report(graph_store.upsert(load_reference().to_batch()), "reference data")
        with console.status(f"ingesting the sample corpus ({CORPUS.relative_to(PROJECT)})"):
            summary = ingest_documents([str(CORPUS)], graph_store, get_extractor("rules"))
        print_report(
            summary.loaded, f"sample corpus: {summary.documents} documents, {summary.skipped} skipped"
        )
        for message in summary.errors:
            console.print(f"[red]error[/] {message}")
        print_stats(graph_store.stats())
    if open_explorer:
        run_explorer(store, data_dir, port)


def explore(store: StoreOption = "embedded", data_dir: DataDirOption = None, port: PortOption = 8501) -> None:
    """Open the Streamlit explorer on the store."""
    run_explorer(store, data_dir, port)


def register(app: typer.Typer) -> None:
    app.command()(demo)
    app.command()(explore)
