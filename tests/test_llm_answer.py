"""The answer's JSON schema comes from the graph schema; answers are parsed item by item."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.graph.schema import PREDICATES, EntityType, FactProperties, Predicate
from aikg.ingest.extractors.llm.answer import (
    PREDICATE_PROPERTIES,
    Answer,
    AnswerError,
    answer_schema,
    parse_answer,
)


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _walk(value)
    elif isinstance(node, list):
        for item in node:
            found += _walk(item)
    return found


def _values(node: dict[str, Any]) -> list[str]:
    """The values a schema node allows: its enum, or its one constant."""
    return sorted(node["enum"]) if "enum" in node else [node["const"]]


def _variants() -> dict[str, dict[str, Any]]:
    schema = answer_schema()
    variants = schema["properties"]["facts"]["items"]["anyOf"]
    return {v["properties"]["predicate"]["const"]: v for v in variants}


def test_schema_is_self_contained_and_strict() -> None:
    schema = answer_schema()
    nodes = _walk(schema)
    assert not any("$ref" in node or "$defs" in node for node in nodes)
    for node in nodes:
        if node.get("type") == "object":
            assert node["additionalProperties"] is False
            assert sorted(node["required"]) == sorted(node["properties"])


def test_one_fact_variant_per_predicate_with_its_endpoint_types() -> None:
    variants = _variants()
    assert set(variants) == {p.value for p in Predicate}
    for predicate, spec in PREDICATES.items():
        props = variants[predicate.value]["properties"]
        assert _values(props["subject_type"]) == sorted(t.value for t in spec.subjects)
        assert _values(props["object_type"]) == sorted(t.value for t in spec.objects)


def test_each_variant_asks_for_its_predicates_properties_only() -> None:
    variants = _variants()
    all_properties = set(FactProperties.model_fields)
    for predicate in Predicate:
        props = set(variants[predicate.value]["properties"])
        asked = props & all_properties
        assert asked == set(PREDICATE_PROPERTIES[predicate])
        for name in asked:
            assert {"type": "null"} in variants[predicate.value]["properties"][name]["anyOf"]


def test_entity_types_are_the_graphs() -> None:
    entity = answer_schema()["properties"]["entities"]["items"]
    assert _values(entity["properties"]["type"]) == sorted(t.value for t in EntityType)


def test_a_valid_answer_validates_against_the_strict_models() -> None:
    answer = {
        "entities": [{"name": "Ivo Brandt", "type": "Person", "mentions": ["Ivo Brandt"]}],
        "facts": [
            {
                "predicate": "FOUNDED",
                "quote": "Ivo Brandt founded Kestrel Loom.",
                "subject": "Ivo Brandt",
                "subject_type": "Person",
                "object": "Kestrel Loom",
                "object_type": "Organization",
                "date": None,
            }
        ],
    }
    Answer.model_validate_json(json.dumps(answer))
    wrong = json.loads(json.dumps(answer))
    wrong["facts"][0]["subject_type"] = "Model"
    with pytest.raises(ValueError):
        Answer.model_validate_json(json.dumps(wrong))


def test_parsing_keeps_good_items_and_reports_bad_ones() -> None:
    content = json.dumps(
        {
            "entities": [{"name": "Ivo Brandt", "type": "Person", "mentions": ["Ivo"]}, 7],
            "facts": [
                {"predicate": "JOINED", "subject": "Ivo Brandt", "object": "Kestrel Loom", "quote": "q"},
                "not a fact",
                {"predicate": "JOINED", "subject": None},
            ],
        }
    )
    parsed = parse_answer(content)
    assert [e.name for e in parsed.entities] == ["Ivo Brandt"]
    assert len(parsed.facts) == 1 and parsed.facts[0].object == "Kestrel Loom"
    assert len(parsed.malformed) == 3


def test_json_inside_a_code_fence_or_prose_is_read() -> None:
    assert parse_answer('```json\n{"entities": [], "facts": []}\n```').facts == []
    parsed = parse_answer('Here you go: {"entities": [{"name": "Ivo Brandt", "type": "Person"}]} Done.')
    assert parsed.entities[0].name == "Ivo Brandt"


@pytest.mark.parametrize("content", ["", "no json here", "[1, 2]", '{"entities": [', "{broken}"])
def test_unreadable_answers_raise_one_error(content: str) -> None:
    with pytest.raises(AnswerError):
        parse_answer(content)


def test_blank_and_null_like_properties_are_unset() -> None:
    parsed = parse_answer(
        json.dumps(
            {
                "facts": [
                    {"predicate": "DEPARTED", "subject": "a", "object": "b", "quote": "q", "date": "null",
                     "role": "  ", "reason": "not asked for DEPARTED"}
                ]
            }
        )
    )  # fmt: skip
    assert parsed.facts[0].properties() == {}


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_parsing_any_text_either_works_or_raises_answer_error(content: str) -> None:
    try:
        parsed = parse_answer(content)
    except AnswerError:
        return
    assert isinstance(parsed.facts, list)
