"""Run the real `aikg` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def aikg(*args: str, data_dir: Path, check: bool = False, env: dict[str, str] | None = None):
    environ = {**os.environ, "AIKG_DATA_DIR": str(data_dir), "COLUMNS": "200", **(env or {})}
    environ.pop("AIKG_STORE", None)
    result = subprocess.run(
        [sys.executable, "-m", "aikg", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"aikg {' '.join(args)} failed: {result.stderr}")
    return result
