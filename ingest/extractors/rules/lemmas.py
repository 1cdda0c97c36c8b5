"""Lemmas of a template's words (simplemma, whose data ships in its wheel: nothing downloads), so a
rule can name "acquire" once for "acquires", "acquired", "acquiring", or "racheter" for "rachète"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import simplemma

WORD = re.compile(r"[^\W\d_][\w-]*|⟦[POM]\d+⟧")


@lru_cache(maxsize=100_000)
def lemma(word: str, language: str) -> str:
    if word.startswith("⟦"):
        return word[1]  # a slot: P, O or M
    lowered = word.lower()
    try:
        return simplemma.lemmatize(lowered, lang=language).lower()
    except ValueError:  # a language simplemma does not know
        return lowered


class Token(NamedTuple):
    """A word of a template (a tuple: many are made per sentence)."""

    start: int
    end: int
    lemma: str


def tokens(text: str, language: str) -> list[Token]:
    return [Token(*m.span(), lemma(m.group(), language)) for m in WORD.finditer(text)]


class LemmaMatch:
    """Where a lemma phrase (and the regex that may follow it) matched: the part of ``re.Match``
    the rule machinery uses."""

    def __init__(self, start: int, end: int, groups: dict[str, str | None] | None = None) -> None:
        self._start, self._end, self._groups = start, end, groups or {}

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def groupdict(self) -> dict[str, str | None]:
        return self._groups


class Lemmas:
    """A template's words with an index from lemma to positions, built once per template and language."""

    def __init__(self, text: str, language: str) -> None:
        self.words = tokens(text, language)
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word.lemma, []).append(i)

    def find(self, phrases: frozenset[tuple[str, ...]], firsts: frozenset[str]) -> list[tuple[int, int]]:
        """(start, end) character spans of the lemma phrases, longest phrase first at each word."""
        words, found = self.words, []
        starts = sorted(i for first in firsts & self.at.keys() for i in self.at[first])
        for i in starts:
            for phrase in sorted((p for p in phrases if p[0] == words[i].lemma), key=len, reverse=True):
                if tuple(w.lemma for w in words[i : i + len(phrase)]) == phrase:
                    found.append((words[i].start, words[i + len(phrase) - 1].end))
                    break
        return found


def warm(*languages: str) -> None:
    """Load the lemmatiser's dictionaries now rather than inside the first document."""
    for language in languages:
        lemma("warm", language)
