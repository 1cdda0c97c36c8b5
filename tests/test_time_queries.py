"""Validity intervals: `as_of` lists the ties an organization had on a day, `timeline` orders events."""

from __future__ import annotations

import pytest

from aikg.graph.schema import GraphBatch
from aikg.graph.stores.base import GraphStore
from aikg.queries.runner import run_saved
from tests.builders import entity, fact, source

TEXT = "Invented note: Ada Kestrel joined Norrow Labs in 2019 and left it in 2024."


@pytest.fixture
def timeline_store(store: GraphStore) -> GraphStore:
    src = source(TEXT, published="2024-03-02")
    ada, bo = entity("Person", "Ada Kestrel"), entity("Person", "Bo Lindqvist")
    norrow, quill = entity("Organization", "Norrow Labs"), entity("Organization", "Quillmark")
    facts = [
        fact(ada.id, "JOINED", norrow.id, src, "Ada Kestrel joined Norrow Labs", date="2019"),
        fact(ada.id, "DEPARTED", norrow.id, src, "left it in 2024", date="2024-02"),
        fact(bo.id, "BOARD_MEMBER_OF", norrow.id, src, "Bo Lindqvist sits on the board", date="2021-06"),
        fact(bo.id, "DEPARTED", norrow.id, src, "Bo Lindqvist stepped down as CFO", role="CFO", date="2023"),
        fact(norrow.id, "GRANTED_ACCESS", quill.id, src, "Norrow Labs opened its models", date="2020"),
        fact(norrow.id, "REVOKED_ACCESS", quill.id, src, "Norrow Labs cut Quillmark off", date="2023-05-04"),
    ]
    mentions = [(src.id, e.id) for e in (ada, bo, norrow, quill)]
    store.upsert(GraphBatch(sources=[src], entities=[ada, bo, norrow, quill], facts=facts, mentions=mentions))
    return store


def ties(store: GraphStore, day: str) -> list[tuple[str, str]]:
    result = run_saved(store, "as_of", {"organization": "Norrow Labs", "date": day})
    return [(row["tie"], row["name"]) for row in result.records()]


def test_a_person_who_joined_in_2019_and_left_in_2024_is_there_in_2022_not_2025(
    timeline_store: GraphStore,
) -> None:
    assert ("staff", "Ada Kestrel") in ties(timeline_store, "2022-07-01")
    assert ("staff", "Ada Kestrel") not in ties(timeline_store, "2025-01-01")
    assert ("staff", "Ada Kestrel") not in ties(timeline_store, "2018-12-31")


def test_a_departure_from_another_role_keeps_the_board_seat(timeline_store: GraphStore) -> None:
    assert ("board", "Bo Lindqvist") in ties(timeline_store, "2025-01-01")
    assert ("board", "Bo Lindqvist") not in ties(timeline_store, "2021-01-01")


def test_access_runs_from_grant_to_revocation(timeline_store: GraphStore) -> None:
    assert ("access", "Quillmark") in ties(timeline_store, "2023-05-03")
    assert ("access", "Quillmark") not in ties(timeline_store, "2023-05-04")


def test_timeline_is_in_date_order_and_filters_by_period(timeline_store: GraphStore) -> None:
    result = run_saved(timeline_store, "timeline", {"entity": "Norrow Labs"})
    dates = [row["date"] for row in result.records()]
    assert dates == sorted(dates)
    assert dates[0] == "2019" and len(dates) == 6
    period = {"entity": "Norrow Labs", "since": "2023", "until": "2023"}
    within = run_saved(timeline_store, "timeline", period)
    assert [row["predicate"] for row in within.records()] == ["DEPARTED", "REVOKED_ACCESS"]
