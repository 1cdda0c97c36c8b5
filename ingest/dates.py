"""Partial ISO dates from metadata strings and from article text (dateparser)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import dateparser

PUBLISHED_CUE = re.compile(
    r"(?:publié|published|posted|mis en ligne|mis à jour|updated)\s*(?:le|on)?\s*:?\s*"
    r"(?P<date>[^\n]{6,40}?)(?=\s+(?:à|at)\s+\d|\s*\n|\s*$|\s*[|,])",
    re.IGNORECASE,
)
ISO_STAMP = re.compile(r"^\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$", re.M)
MONTH_FILLERS = re.compile(
    r"^\s*(?:en|in|au mois de|début|fin|mi-)\s+|\s+derni(?:er|ère)\b|^\s*last\s+(?=[A-Za-z]{3,}$)", re.I
)
SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}


def to_partial_date(value: object, languages: list[str] | None = None) -> str | None:
    """'2024-05-21T10:00', 'May 2024', a date or struct_time -> '2024-05-21' / '2024-05'; else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    parsed = dateparser.parse(text, languages=languages, settings=SETTINGS)
    if parsed is None:
        return None
    has_day = bool(re.search(r"\b\d{1,2}\b(?!:)", re.sub(r"\d{4}", "", text)))
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def date_in_text(text: str, languages: list[str] | None = None) -> str | None:
    """The publication date stated by the page itself ('Publié le 19 July 2025', a lone timestamp)."""
    for match in PUBLISHED_CUE.finditer(text[:3000]):
        found = to_partial_date(match.group("date"), sorted({*(languages or []), "en", "fr"}))
        if found:
            return found
    stamp = ISO_STAMP.search(text)
    return stamp.group("date") if stamp else None


@lru_cache(maxsize=4096)
def relative_date(phrase: str, published: str | None, language: str | None) -> str | None:
    """Resolve 'last week', 'en mai dernier', 'in March 2023' against the article date."""
    base = None
    if published:
        parts = [int(p) for p in published.split("-")] + [1, 1]
        base = dt.datetime(parts[0], parts[1], parts[2])
    settings: dict[str, Any] = dict(SETTINGS)
    settings.pop("REQUIRE_PARTS")
    settings["PREFER_DATES_FROM"] = "past"
    if base is not None:
        settings["RELATIVE_BASE"] = base
    elif not re.search(r"\d{4}", phrase):
        return None
    languages = [language] if language else None
    cleaned = MONTH_FILLERS.sub(" ", phrase).strip() or phrase
    parsed = dateparser.parse(cleaned, languages=languages, settings=settings)
    if parsed is None and cleaned != phrase:  # 'last month', 'le mois dernier': the fillers belong
        parsed = dateparser.parse(phrase, languages=languages, settings=settings)
    if parsed is None:
        return None
    granular_day = re.search(
        r"\b\d{1,2}(?:er)?\s+[^\W\d_]{3,}|\b[^\W\d_]{3,}\s+\d{1,2}\b(?!\d)|yesterday|hier", phrase, re.I
    )
    if re.fullmatch(r"\s*(?:en\s+|in\s+)?\d{4}\s*", phrase):
        return parsed.strftime("%Y")
    return parsed.strftime("%Y-%m-%d" if granular_day else "%Y-%m")
