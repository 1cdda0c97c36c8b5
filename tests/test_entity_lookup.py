"""Entity parameters (a name, an alias or an id, any case) resolved through the engines' indexes,
with the same answers as reading every entity: ``graph.lookup.find_entity``."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.errors import InvalidInputError
from aikg.graph.lookup import FIND_ENTITY, find_entity
from aikg.graph.schema import GraphBatch
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.entity_keys import indexed_matches, words
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import entity, source


def lookup_batch() -> GraphBatch:
    doc = source("Quillfeather Dynamics and Quillfeather Analytics both hired from Moravec Polytechnic.")
    entities = [
        entity("Organization", "Quillfeather Dynamics", aliases=["QFD", "Quill Dyn"]),
        entity("Organization", "Quillfeather Analytics", aliases=["DeepQuill"]),
        entity("Organization", "Moravec Polytechnic", aliases=["moravec poly"]),
        entity("Person", "Ines Brackwater"),
        entity("Organization", "Twin Name"),
        entity("Person", "Twin Name"),
    ]
    return GraphBatch(sources=[doc], entities=entities, mentions=[(doc.id, e.id) for e in entities])


NAMES = [
    "Quillfeather Dynamics",
    "QFD",
    "Quill Dyn",
    "moravec poly",
    "Twin Name",
    "Ines Brackwater",
    "Quillfeather",
]


def entity_fulltext_state(store: FalkorDBStore) -> str | None:
    """The status of the Entity label's full-text index ("OPERATIONAL", ...), None without one."""
    rows = store.run(
        "CALL db.indexes() YIELD label, types, status, entitytype "
        "WHERE label = 'Entity' AND entitytype = 'NODE' RETURN types, status"
    ).rows
    for types, status in rows:
        if any("FULLTEXT" in kinds for kinds in types.values()):
            return str(status)
    return None


def wait_for_entity_fulltext(store: FalkorDBStore, *, present: bool, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = entity_fulltext_state(store)
        if (state == "OPERATIONAL") if present else (state is None):
            return
        time.sleep(0.05)
    raise AssertionError(f"the Entity full-text index is still {entity_fulltext_state(store)!r}")


def scan(store: GraphStore, key: str) -> list[tuple[str, bool]]:
    return sorted((str(r[0]), bool(r[1])) for r in store.run(FIND_ENTITY, {"key": key}).rows)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Quillfeather Dynamics", "organization:quillfeather-dynamics"),
        ("quillfeather dynamics", "organization:quillfeather-dynamics"),
        ("QUILLFEATHER DYNAMICS", "organization:quillfeather-dynamics"),
        ("qfd", "organization:quillfeather-dynamics"),  # an alias, in another case
        ("Quill Dyn", "organization:quillfeather-dynamics"),
        ("MORAVEC POLY", "organization:moravec-polytechnic"),
        ("organization:quillfeather-analytics", "organization:quillfeather-analytics"),
        ("ines brackwater", "person:ines-brackwater"),
    ],
)
def test_names_aliases_and_ids_in_any_case_find_their_entity(
    store: GraphStore, key: str, expected: str
) -> None:
    store.upsert(lookup_batch())
    assert find_entity(store, key) == expected


def test_the_indexes_answer_without_reading_every_entity(store: GraphStore) -> None:
    store.upsert(lookup_batch())
    assert indexed_matches(store, "quillfeather DYNAMICS") == [("organization:quillfeather-dynamics", False)]
    assert indexed_matches(store, "organization:moravec-polytechnic") == [
        ("organization:moravec-polytechnic", True)
    ]
    assert indexed_matches(store, "Nobody Here") == []


def test_a_name_two_entities_share_is_an_error_naming_both(store: GraphStore) -> None:
    store.upsert(lookup_batch())
    with pytest.raises(
        InvalidInputError, match="names several entities: organization:twin-name, person:twin-name"
    ):
        find_entity(store, "twin name")


def test_an_unknown_name_suggests_close_ones(store: GraphStore) -> None:
    store.upsert(lookup_batch())
    with pytest.raises(
        InvalidInputError, match="no entity has the id, name or alias 'Quillfeather Dynamix'"
    ) as err:
        find_entity(store, "Quillfeather Dynamix")
    assert "Quillfeather Dynamics" in str(err.value)


def test_an_alias_in_an_odd_case_is_still_found_by_reading_every_entity(embedded: FalkorDBStore) -> None:
    embedded.upsert(lookup_batch())
    assert indexed_matches(embedded, "deepquill") == []  # not one of the case variants the index is asked
    assert find_entity(embedded, "deepquill") == "organization:quillfeather-analytics"


def test_a_store_without_the_readers_indexes_falls_back_to_reading_every_entity(
    embedded: FalkorDBStore,
) -> None:
    embedded.upsert(lookup_batch())
    wait_for_entity_fulltext(embedded, present=True)  # FalkorDB builds and drops indexes in the background
    embedded.run("CALL db.idx.fulltext.drop('Entity')", write=True)
    wait_for_entity_fulltext(embedded, present=False)
    assert not indexed_matches(embedded, "Ines Brackwater")  # no full-text index: no hit (or None)
    assert find_entity(embedded, "ines BRACKWATER") == "person:ines-brackwater"


def test_words_are_letters_and_digits_lower_case_once_each() -> None:
    assert words("GPT-4o, gpt 4O!") == ["gpt", "4o"]
    assert words("  _-_ ") == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.one_of(
        # a NUL is refused by the store as a query parameter: its own test is below
        st.text(st.characters(blacklist_characters="\x00"), max_size=30),
        st.sampled_from(NAMES).flatmap(
            lambda n: st.sampled_from([n, n.lower(), n.upper(), n.swapcase(), n.title()])
        ),
    )
)
def test_any_typed_text_gets_the_answer_reading_every_entity_gives(embedded: FalkorDBStore, key: str) -> None:
    if not embedded.run("MATCH (n:Entity) RETURN count(n)").scalar():
        embedded.upsert(lookup_batch())
    found = indexed_matches(embedded, key)
    assert found is not None
    expected = scan(embedded, key)
    assert sorted(found) == expected or (not found and expected)  # a miss falls back to the scan


def test_a_key_holding_a_nul_matches_nothing_through_the_indexes(embedded: FalkorDBStore) -> None:
    embedded.upsert(lookup_batch())
    assert indexed_matches(embedded, "\x00") == []
    assert indexed_matches(embedded, f"{lookup_batch().entities[0].name}\x00") == []
