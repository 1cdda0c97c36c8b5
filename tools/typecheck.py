"""Run mypy on aikg as it is installed (``aikg.graph``, ``aikg.queries``, ...) from a checkout.

mypy cannot follow the import hook of an editable install, and the source folders (``graph/``,
``queries/``...) are not named like their modules (``aikg.graph``...), so this builds a tree of
symlinks shaped like the installed package in a temporary directory and runs mypy there with the
``[tool.mypy]`` settings of ``pyproject.toml``; reported paths are the checkout's.

    python tools/typecheck.py                  # the packages [tool.mypy] lists
    python tools/typecheck.py -p aikg.ingest   # any mypy arguments
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"graph": "graph", "ingest": "ingest", "queries": "queries", "dashboard": "dashboard"}


def link_tree(target: Path) -> Path:
    """``target/aikg``: the checkout's ``aikg/`` entries, plus graph/, ingest/... as subpackages."""
    package = target / "aikg"
    package.mkdir()
    for entry in (ROOT / "aikg").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for name, folder in MAPPED.items():
        (package / name).symlink_to(ROOT / folder)
    return package


def checkout_path(line: str) -> str:
    """``aikg/graph/x.py:3: error`` -> ``graph/x.py:3: error``."""
    for name, folder in MAPPED.items():
        prefix = f"aikg/{name}/"
        if line.startswith(prefix):
            return folder + "/" + line[len(prefix) :]
    return line


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="aikg-typecheck-") as tmp:
        link_tree(Path(tmp))
        command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), *argv]
        done = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        print(checkout_path(line))
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
