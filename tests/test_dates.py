"""Dates in article text: relative phrases resolved against the article date, never borrowed wrongly."""

from __future__ import annotations

import pytest

from aikg.ingest.dates import relative_date
from tests.helpers import extract


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("last month", "en", "2025-06"),
        ("last week", "en", "2025-07"),
        ("last May", "en", "2025-05"),
        ("in March 2023", "en", "2023-03"),
        ("le mois dernier", "fr", "2025-06"),
        ("en mai dernier", "fr", "2025-05"),
        ("la semaine dernière", "fr", "2025-07"),
    ],
)
def test_relative_dates_against_the_article_date(phrase: str, language: str, expected: str) -> None:
    assert relative_date(phrase, "2025-07-10", language) == expected


def test_relative_phrase_without_article_date_resolves_to_nothing() -> None:
    assert relative_date("last month", None, "en") is None


def _dates(text: str, published: str | None) -> dict[str, str | None]:
    result = extract(text, published=published)
    names = {e.id: e.name for e in result.entities}
    return {names[f.subject]: f.properties.date for f in result.facts if f.predicate.value == "JOINED"}


def test_a_sentence_with_its_own_date_never_takes_the_previous_one() -> None:
    text = "Noam Shazeer rejoined Google in August 2024. Lucas Beyer joined Meta last month."
    assert _dates(text, None) == {"Noam Shazeer": "2024-08", "Lucas Beyer": None}
    assert _dates(text, "2025-07-10") == {"Noam Shazeer": "2024-08", "Lucas Beyer": "2025-06"}
