"""Sentence splitting with character offsets, and the quoted stretches inside a text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.ingest.extractors.rules.names import is_first_name

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "ltd",
    "co",
    "vs",
    "etc",
    "m",
    "mme",
    "mlle",
    "me",
    "no",
    "fig",
    "approx",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "gen",
    "sen",
    "rep",
}
# (a bold run-in heading ends as a sentence too: "**Cohere.** The Toronto company ...")
BOUNDARY = re.compile(r"(?<=[.!?…])[\"”»’)]*(?:\*\*)?\s+(?=[\"“«(‘]?\s?[A-ZÀ-Ý0-9])|\n+")
MAX_SENTENCE = 1500
QUOTES = re.compile(r"“[^”\n]*”|«[^»\n]*»|\"[^\"\n]*\"")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip().rstrip(".").split()
    if not words:
        return False
    last = words[-1].lower().lstrip("(")
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())


# before a name: "Dr. Ana Ruiz", "M. Dupont", "Sam H. Altman" (a full stop, yet no sentence end)
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "m", "mme", "mlle", "me"})
INITIAL = re.compile(r"(?<![\w.])[A-ZÀ-Ý]\.$")


def _ends_with_initial_or_title(chunk: str) -> bool:
    """Whether the chunk ends on a first name's initial ("Sam J.") or a title written before names
    ("Dr.", "M.")."""
    words = chunk.split()
    if not words:
        return False
    if words[-1].rstrip(".").lower() in NAME_TITLES:
        return True
    return bool(INITIAL.search(words[-1])) and len(words) > 1 and is_first_name(words[-2])


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        if match.group().strip() and _ends_with_abbreviation(text[start : match.start()]):
            continue
        if "\n" not in match.group() and _ends_with_initial_or_title(text[start : match.start()]):
            continue
        _add(sentences, text, start, match.start())
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    real_start = start + (len(chunk) - len(chunk.lstrip()))
    real_end = real_start + len(stripped)
    while real_end - real_start > MAX_SENTENCE:
        # not a sentence (a list, a table, text without punctuation): cut at a space
        cut = text.rfind(" ", real_start + MAX_SENTENCE // 2, real_start + MAX_SENTENCE)
        cut = cut if cut > real_start else real_start + MAX_SENTENCE
        _add(sentences, text, real_start, cut)
        real_start = cut + (len(text[cut:real_end]) - len(text[cut:real_end].lstrip()))
    sentences.append(Sentence(len(sentences), real_start, real_end, text[real_start:real_end]))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech: what people say is not what the article states."""
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]
