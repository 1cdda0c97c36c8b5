"""Without NEO4J_URI the Neo4j lane is skipped locally and fails in CI (a real pytest run each)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import NEO4J_MISSING_IN_CI, NEO4J_SKIP, ROOT

LANE_TEST = "tests/test_engine_differences.py::test_runs_the_same_on_both"


def run_lane(ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "CI")}
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", LANE_TEST, "-k", "neo4j"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_lane_without_server_is_skipped_locally() -> None:
    done = run_lane(ci=False)
    assert done.returncode == 0, done.stdout
    assert "3 skipped" in done.stdout and NEO4J_SKIP in done.stdout


def test_lane_without_server_fails_in_ci() -> None:
    done = run_lane(ci=True)
    assert done.returncode == 1, done.stdout
    assert "3 errors" in done.stdout and NEO4J_MISSING_IN_CI in done.stdout
