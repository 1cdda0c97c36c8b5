"""Every registered format is complete, documented, and found by name or by extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg.commands.export_cmds import choose_format, parse_params
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.base import Exporter
from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.imports.registry import get_importer, importer_for, importer_names

README = Path(__file__).parent.parent / "graph" / "export" / "README.md"


@pytest.mark.parametrize("name", sorted(exporter_names()))
def test_exporter_is_complete_and_documented(name: str) -> None:
    exporter = get_exporter(name)
    assert isinstance(exporter, Exporter)
    assert exporter.name == name and exporter.extension and exporter.description
    assert f"`{name}`" in README.read_text(encoding="utf-8")
    assert choose_format(None, f"out.{exporter.extension}") == name


@pytest.mark.parametrize("name", sorted(importer_names()))
def test_importer_is_found_by_its_extensions(name: str) -> None:
    importer = get_importer(name)
    assert importer.name == name
    for extension in importer.extensions:
        assert importer_for(Path(f"x.{extension}")).name == name


def test_unknown_names_list_the_valid_ones() -> None:
    with pytest.raises(InvalidInputError, match="cypher, json"):
        get_importer("xml")
    with pytest.raises(InvalidInputError, match="--format"):
        importer_for(Path("x.graphml"))
    with pytest.raises(InvalidInputError, match="csv, cypher, gexf"):
        choose_format("dot", "-")


def test_params_are_key_value_pairs() -> None:
    assert parse_params(["entity=Jan Leike", "hops=2", "q=a=b"]) == {
        "entity": "Jan Leike",
        "hops": "2",
        "q": "a=b",
    }
    with pytest.raises(InvalidInputError, match="KEY=VALUE"):
        parse_params(["hops"])
