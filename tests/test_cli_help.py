"""Every command documents itself."""

from __future__ import annotations

from typer.main import get_command
from typer.testing import CliRunner

from aikg.cli import app


def _command_paths(command, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, sub in getattr(command, "commands", {}).items():
        paths += _command_paths(sub, (*prefix, name))
    return paths


def test_every_command_has_help() -> None:
    root = get_command(app)
    paths = _command_paths(root)
    assert len(paths) > 5
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        command = root
        for name in path:
            command = command.commands[name]
        assert (command.help or "").strip(), f"aikg {' '.join(path)} has no help text"
