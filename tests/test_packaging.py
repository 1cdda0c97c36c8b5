"""The built wheel installs one top-level package, `aikg`, with the data files the code reads."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    build = ["pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)]
    subprocess.run(
        [sys.executable, "-m", *build],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("aikg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_only_aikg_at_the_top_level(wheel_names: list[str]) -> None:
    top = {name.split("/", 1)[0] for name in wheel_names}
    assert {name for name in top if not name.endswith(".dist-info")} == {"aikg"}


@pytest.mark.parametrize(
    "expected",
    [
        "aikg/graph/schema.py",
        "aikg/ingest/pipeline.py",
        "aikg/queries/saved/ego_network.cypher",
        "aikg/ingest/reference/data/people.yaml",
        "aikg/dashboard/app.py",
        "aikg/dashboard/pages/explorer.py",
    ],
)
def test_code_and_data_files_are_in_the_wheel(wheel_names: list[str], expected: str) -> None:
    assert expected in wheel_names
