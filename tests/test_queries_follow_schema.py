"""Saved queries name only what the schema defines: predicate and type choices are the schema's
lists, and every relationship type and label in their Cypher exists."""

from __future__ import annotations

import re

import pytest

from aikg.graph.review import ReviewFilter
from aikg.graph.schema import EntityType, Predicate
from aikg.queries.catalog import load_catalog

CATALOG = load_catalog()
PREDICATES = [p.value for p in Predicate]
TYPES = [t.value for t in EntityType]
OTHER_RELATIONSHIPS = {"MENTIONS"}
OTHER_LABELS = {"Entity", "Source"}
REL_PATTERN = re.compile(r"\[\s*\w*\s*:\s*([A-Z_|]+)")
TYPE_LITERAL = re.compile(r"'([A-Z][A-Z_]{2,})'")
LABEL = re.compile(r"\(\s*\w*\s*:\s*([A-Z][A-Za-z]*)")


def test_choice_lists_are_the_schemas() -> None:
    checked = 0
    for query in CATALOG.values():
        for spec in query.params:
            if spec.choices is None:
                continue
            if spec.name.startswith("predicate"):
                assert spec.choices == PREDICATES, f"{query.name}.{spec.name}"
            elif spec.name.startswith(("type", "label")):
                assert spec.choices == TYPES, f"{query.name}.{spec.name}"
            elif spec.name == "review":
                assert spec.choices == [f.value for f in ReviewFilter], f"{query.name}.{spec.name}"
            else:
                pytest.fail(f"{query.name}.{spec.name}: choices of an unknown kind")
            checked += 1
    assert checked >= 3


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_relationship_types_and_labels_exist(name: str) -> None:
    cypher = CATALOG[name].cypher
    named = {t for group in REL_PATTERN.findall(cypher) for t in group.split("|") if t}
    named |= set(TYPE_LITERAL.findall(cypher))
    assert named <= set(PREDICATES) | OTHER_RELATIONSHIPS, sorted(named - set(PREDICATES))
    labels = set(LABEL.findall(cypher))
    assert labels <= set(TYPES) | OTHER_LABELS, sorted(labels)


def test_the_checks_see_the_names() -> None:
    """The patterns above find what they look for (else the checks would pass on nothing)."""
    cypher = "MATCH (a:Organization)-[r:GRANTED_ACCESS|REVOKED_ACCESS]->(b) WHERE type(r) = 'DEPARTED'"
    assert REL_PATTERN.findall(cypher) == ["GRANTED_ACCESS|REVOKED_ACCESS"]
    assert TYPE_LITERAL.findall(cypher) == ["DEPARTED"] and LABEL.findall(cypher) == ["Organization"]


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_entity_parameters_are_compared_as_ids(name: str) -> None:
    """The runner resolves entity parameters to ids: no query matches names or aliases itself."""
    query = CATALOG[name]
    for spec in query.params:
        if spec.type.value == "entity":
            assert f"toLower(${spec.name})" not in query.cypher
            # an entity's id, or a fact property that holds one (VOTED_TO_REMOVE's organization)
            by_id = rf"(\.(?:id|organization) = \${spec.name}\b|\{{id: \${spec.name}\}})"
            assert re.search(by_id, query.cypher), spec.name
