"""`aikg demo` (the main job on a fresh machine, in one command) and `aikg explore`."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
import threading
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from aikg.commands.store_cmds import console, print_report, print_stats
from aikg.graph.config import StoreConfig
from aikg.graph.errors import InvalidInputError
from aikg.options import DataDirOption, StoreOption, opened_graph, store_config

PROJECT = Path(__file__).resolve().parents[2]


def dashboard_script() -> Path:
    """The explorer's Streamlit script, wherever the aikg.dashboard package is installed."""
    spec = importlib.util.find_spec("aikg.dashboard")
    assert spec is not None and spec.submodule_search_locations, "aikg.dashboard is part of aikg"
    return Path(next(iter(spec.submodule_search_locations))) / "app.py"


def sample_corpus() -> Path:
    """The sample corpus of a source checkout, or of the current directory (the project root)."""
    for candidate in (PROJECT / "corpus" / "articles", Path.cwd() / "corpus" / "articles"):
        if candidate.is_dir():
            return candidate
    raise InvalidInputError(
        "sample corpus not found: run `aikg demo` from the project root, or pass --corpus DIR"
    )


CorpusOption = Annotated[
    Path | None, typer.Option("--corpus", help="Folder of articles to ingest (default: the sample corpus).")
]
OpenOption = Annotated[bool, typer.Option("--open/--no-open", help="Open the Streamlit explorer afterwards.")]
PortOption = Annotated[int, typer.Option(help="Port of the explorer.")]


def run_explorer(config: StoreConfig, port: int) -> None:
    """Serve the explorer on localhost until Ctrl-C, on the same store as the command (its
    settings go to the child process's environment; ours is not changed)."""
    env = {**os.environ, **config.to_env()}
    url = f"http://localhost:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", str(dashboard_script()),
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
    corpus: CorpusOption = None,
) -> None:
    """Load the reference data, ingest the sample corpus, print the counts, open the explorer.

    Safe to run again: the reference data merges and documents already ingested are skipped.
    """
    corpus = corpus or sample_corpus()
    with opened_graph(store, data_dir, write=True) as kg:
        print_report(kg.load_reference(), "reference data")
        with console.status(f"ingesting the sample corpus ({corpus})"):
            summary = kg.ingest(corpus, "rules")
        print_report(
            summary.loaded, f"sample corpus: {summary.documents} documents, {summary.skipped} skipped"
        )
        for message in summary.errors:
            console.print(f"[red]error[/] {message}")
        print_stats(kg.status())
    if open_explorer:
        run_explorer(store_config(store, data_dir), port)


def explore(store: StoreOption = "embedded", data_dir: DataDirOption = None, port: PortOption = 8501) -> None:
    """Open the Streamlit explorer on the store."""
    run_explorer(store_config(store, data_dir), port)


def register(app: typer.Typer) -> None:
    app.command()(demo)
    app.command()(explore)
