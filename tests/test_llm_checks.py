"""What a proposed fact must satisfy to be kept, with invented articles and invented answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.graph.schema import Entity, EntityType, Predicate
from aikg.ingest.extractors.llm.answer import parse_answer
from aikg.ingest.extractors.llm.checks import (
    CONFIDENCE,
    FoldedText,
    KnownNames,
    Provenance,
    check_answer,
    fold_with_map,
)
from aikg.ingest.extractors.llm.report import Reason

TEXT = (
    "Selma Okoro a quitté Harrowgate en mars 2024. "
    "Elle rejoint la Fondation Velin comme directrice de la recherche.\n"
    "Harrowgate a lancé Corvid-7 la semaine dernière."
)
REFERENCE = [Entity(type=EntityType.ORGANIZATION, name="Harrowgate Labs", aliases=["Harrowgate"])]
PROVENANCE = Provenance("source:0123456789abcdef", "doc.md", "tiny-model", "test-prompt")


def _fact(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "predicate": "DEPARTED",
        "quote": "Selma Okoro a quitté Harrowgate en mars 2024.",
        "subject": "Selma Okoro",
        "subject_type": "Person",
        "object": "Harrowgate Labs",
        "object_type": "Organization",
        "date": "2024-03",
        "role": None,
    }
    base.update(fields)
    return base


def _check(facts: list[dict[str, Any]], entities: list[dict[str, Any]] | None = None, text: str = TEXT):
    answer = parse_answer(json.dumps({"entities": entities or [], "facts": facts}))
    return check_answer(answer, FoldedText(text), None, KnownNames(REFERENCE), PROVENANCE)


def test_a_good_fact_is_kept_with_the_texts_own_quote_and_provenance() -> None:
    kept, rejected = _check([_fact()])
    assert rejected == []
    (fact,) = kept.facts
    assert (fact.subject, fact.predicate, fact.object) == (
        "person:selma-okoro",
        Predicate.DEPARTED,
        "organization:harrowgate-labs",
    )
    evidence = fact.evidence[0]
    assert TEXT[evidence.start : evidence.end] == evidence.quote
    assert fact.properties.date == "2024-03"
    assert fact.extractors == ["llm"]
    assert (fact.llm_model, fact.prompt_version) == ("tiny-model", "test-prompt")
    assert fact.confidence == CONFIDENCE["exact"]
    assert {m.entity_id for m in kept.mentions} == {"person:selma-okoro", "organization:harrowgate-labs"}
    for mention in kept.mentions:
        assert TEXT[mention.start : mention.end] == mention.text


def test_a_paraphrased_quote_is_rejected_as_ungrounded() -> None:
    kept, rejected = _check([_fact(quote="Selma Okoro left Harrowgate in March 2024.")])
    assert kept.facts == []
    assert [r.reason for r in rejected] == [Reason.UNGROUNDED]


def test_a_missing_quote_is_ungrounded() -> None:
    _, rejected = _check([_fact(quote="")])
    assert [r.reason for r in rejected] == [Reason.UNGROUNDED]


def test_endpoint_types_that_do_not_fit_the_predicate_are_rejected() -> None:
    _, rejected = _check([_fact(predicate="DEVELOPED")])
    assert [r.reason for r in rejected] == [Reason.MISTYPED]
    assert "must be Organization" in rejected[0].detail


def test_a_type_contradicting_the_reference_data_is_rejected() -> None:
    quote = "Harrowgate a lancé Corvid-7 la semaine dernière."
    fact = _fact(predicate="DEVELOPED", subject="Selma Okoro", subject_type="Organization",
                 object="Harrowgate", object_type="Model", quote=quote)  # fmt: skip
    _, rejected = _check([fact])
    assert [r.reason for r in rejected] == [Reason.MISTYPED]
    assert "reference data" in rejected[0].detail


def test_a_type_contradicting_the_answers_entity_list_is_rejected() -> None:
    entities = [{"name": "Selma Okoro", "type": "Organization", "mentions": ["Selma Okoro"]}]
    _, rejected = _check([_fact()], entities)
    assert [r.reason for r in rejected] == [Reason.MISTYPED]


def test_an_endpoint_the_text_does_not_name_is_rejected() -> None:
    _, rejected = _check([_fact(subject="Ada Brennick")])
    assert [r.reason for r in rejected] == [Reason.UNNAMED_ENDPOINT]


def test_an_english_name_is_named_through_the_mentions_the_answer_lists() -> None:
    quote = "Elle rejoint la Fondation Velin comme directrice de la recherche."
    fact = _fact(predicate="JOINED", subject="Selma Okoro", object="Velin Foundation", date=None,
                 role="research director", quote=quote)  # fmt: skip
    _, rejected = _check([fact])
    assert [r.reason for r in rejected] == [Reason.UNNAMED_ENDPOINT]
    entities = [{"name": "Velin Foundation", "type": "Organization", "mentions": ["Fondation Velin"]}]
    kept, rejected = _check([fact], entities)
    assert rejected == []
    assert kept.facts[0].object == "organization:velin-foundation"
    assert kept.facts[0].properties.role == "research director"


def test_a_mention_used_as_endpoint_becomes_the_listed_canonical_name() -> None:
    entities = [{"name": "Selma Okoro", "type": "Person", "mentions": ["Okoro"]}]
    kept, _ = _check([_fact(subject="Okoro")], entities)
    assert kept.facts[0].subject == "person:selma-okoro"


@pytest.mark.parametrize("date", ["March 2024", "2024-13", "2024-02-30", "24-03"])
def test_an_invalid_date_is_rejected(date: str) -> None:
    _, rejected = _check([_fact(date=date)])
    assert [r.reason for r in rejected] == [Reason.BAD_DATE]


def test_unknown_predicate_same_entity_and_missing_object_are_rejected() -> None:
    facts = [
        _fact(predicate="ADMIRES"),
        _fact(predicate="ACQUIRED", subject="Harrowgate Labs", subject_type="Organization"),
        _fact(object=""),
    ]
    _, rejected = _check(facts)
    assert [r.reason for r in rejected] == [Reason.UNKNOWN_PREDICATE, Reason.SAME_ENTITY, Reason.MALFORMED]


def test_rejections_name_the_fact_and_its_reason_in_one_line() -> None:
    _, rejected = _check([_fact(quote="Not in the article at all, not even close to it.")])
    line = rejected[0].line()
    assert "\n" not in line
    assert line.startswith("rejected (ungrounded): doc.md: Selma Okoro DEPARTED Harrowgate Labs:")


def test_listed_entities_named_in_the_text_are_kept_even_without_facts() -> None:
    entities = [
        {"name": "Corvid-7", "type": "Model", "mentions": ["Corvid-7"]},
        {"name": "Imaginary Corp", "type": "Organization", "mentions": ["Imaginary Corp"]},
    ]
    kept, _ = _check([], entities)
    assert set(kept.entities) == {"model:corvid-7"}


@given(st.text(max_size=200))
@settings(max_examples=200)
def test_folding_maps_every_character_back_into_the_text(text: str) -> None:
    folded, where = fold_with_map(text)
    assert len(folded) == len(where)
    assert all(0 <= i < len(text) for i in where)
    assert where == sorted(where)


@given(st.text(min_size=2, max_size=40).filter(lambda s: s.strip()))
@settings(max_examples=200)
def test_a_name_found_in_a_text_is_found_at_offsets_holding_it(name: str) -> None:
    text = f"Before. {name} after."
    span = FoldedText(text).find(name)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
