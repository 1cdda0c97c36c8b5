"""docker compose and CI files say what the README promises (no Docker engine runs here)."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def test_compose_has_neo4j_app_and_tests() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["neo4j"]["image"].startswith("neo4j:5")
    assert "healthcheck" in services["neo4j"]
    assert any(v.startswith("neo4j-data:") for v in services["neo4j"]["volumes"])
    assert "neo4j-data" in compose["volumes"]
    app = services["app"]
    assert app["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert "8501:8501" in app["ports"]
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"
    tests = services["tests"]
    assert tests["environment"]["NEO4J_URI"].startswith("bolt://")
    assert "pytest" in tests["command"]


def test_compose_runs_the_neo4j_version_the_tests_use() -> None:
    """docker compose's Neo4j images and scripts/neo4j-server.sh's (scripts/neo4j/pom.xml) are one
    release line, so production runs the Neo4j the lane tested."""
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text()
    version = re.search(r"<neo4j.version>(\d+\.\d+)\.\d+</neo4j.version>", pom)
    assert version is not None
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    images = {s["image"] for s in services.values() if s.get("image", "").startswith("neo4j:")}
    assert images == {f"neo4j:{version.group(1)}-community"}


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)
    assert len(blocks) >= 2
    test_command = blocks[1].strip()
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text()
