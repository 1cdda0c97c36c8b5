"""Starting the CLI loads no heavy library: they load only in the commands that use them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("trafilatura", "feedparser", "rdflib", "networkx", "streamlit", "pandas")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return {name.split(".")[0] for name in out.split()}


def test_importing_the_cli_loads_no_heavy_library() -> None:
    loaded = loaded_after("import aikg.cli")
    assert "typer" in loaded  # the probe sees what the import loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_importing_the_library_entry_point_loads_no_heavy_library() -> None:
    loaded = loaded_after("import aikg, aikg.kg, aikg.selections")
    assert "aikg" in loaded and loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_help_of_every_command_loads_no_heavy_library() -> None:
    code = (
        "from typer.testing import CliRunner\nfrom aikg.cli import app\n"
        "for args in (['--help'], ['status', '--help'], ['export', '--help'], ['ingest', '--help']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args"
    )
    loaded = loaded_after(code)
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_importing_the_cli_loads_no_pydantic() -> None:
    """Every command pays for the CLI's import: the models (pydantic) load in the commands using them."""
    loaded = loaded_after("import aikg.cli")
    assert "typer" in loaded and "pydantic" not in loaded
