"""Validation of the domain model: ids, predicates, endpoint types, dates, evidence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from aikg.graph.ids import slugify
from aikg.graph.schema import PREDICATES, Entity, Evidence, Fact, Predicate, Source, check_partial_date


def test_entity_id_is_derived_from_type_and_name() -> None:
    assert Entity(type="Person", name="Jan Leike").id == "person:jan-leike"
    assert Entity(type="Organization", name="Société Générale").id == "organization:societe-generale"
    assert Entity(type="Model", name="GPT-4o").id == "model:gpt-4o"


def test_entity_id_must_match_type() -> None:
    with pytest.raises(ValidationError, match="does not match type Person"):
        Entity(id="organization:openai", type="Person", name="OpenAI")


def test_unknown_predicate_is_rejected_naming_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Fact(subject="person:a", predicate="LIKES", object="organization:b")
    assert info.value.errors()[0]["loc"] == ("predicate",)


@pytest.mark.parametrize(
    ("predicate", "subject", "obj", "field"),
    [
        ("DEPARTED", "model:gpt-4o", "organization:openai", "subject"),
        ("DEVELOPED", "organization:openai", "person:sam-altman", "object"),
        ("VOTED_TO_REMOVE", "person:a", "organization:b", "object"),
    ],
)
def test_wrong_endpoint_types_are_rejected(predicate: str, subject: str, obj: str, field: str) -> None:
    with pytest.raises(ValidationError, match=f"{field} of {predicate} must be"):
        Fact(subject=subject, predicate=predicate, object=obj)


def test_bad_date_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Fact(
            subject="person:a",
            predicate="DEPARTED",
            object="organization:b",
            properties={"date": "2024-02-30"},
        )
    assert info.value.errors()[0]["loc"] == ("properties", "date")


def test_symmetric_facts_have_one_canonical_direction() -> None:
    for predicate, spec in PREDICATES.items():
        if not spec.symmetric:
            continue
        ab = Fact(subject="organization:a", predicate=predicate, object="organization:b")
        ba = Fact(subject="organization:b", predicate=predicate, object="organization:a")
        assert (ab.subject, ab.object, ab.fact_id) == (ba.subject, ba.object, ba.fact_id)


def test_every_predicate_has_a_spec() -> None:
    assert set(PREDICATES) == set(Predicate)


def test_evidence_offsets_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="before start"):
        Evidence(source_id="s", quote="q", start=10, end=2)


def test_source_id_is_content_hash() -> None:
    a = Source(content_hash=Source.hash_content("Hello   World"))
    b = Source(content_hash=Source.hash_content("hello world"))
    assert a.id == b.id and a.id.startswith("source:")


@given(st.text())
def test_partial_date_accepts_only_iso_prefixes(text: str) -> None:
    try:
        value = check_partial_date(text)
    except ValueError:
        return
    assert len(value) in (4, 7, 10) and value[:4].isdigit()


@given(st.text(min_size=1))
def test_slugify_is_ascii_or_refuses(text: str) -> None:
    try:
        slug = slugify(text)
    except ValueError:
        return
    assert slug and slug.isascii() and not slug.startswith("-") and "--" not in slug
