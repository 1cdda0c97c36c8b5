"""Lemmas of a template's words (simplemma, whose data ships in its wheel: nothing downloads), so a
rule can name "acquire" once for "acquires", "acquired", "acquiring", or "racheter" for "rachète"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    lemma: str


def tokens(text: str, language: str) -> list[Token]:
    return [Token(m.start(), m.end(), lemma(m.group(), language)) for m in WORD.finditer(text)]


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


def find_phrases(
    words: list[Token], phrases: frozenset[tuple[str, ...]], longest: int
) -> list[tuple[int, int]]:
    """(start, end) character spans of the lemma phrases, longest phrase first at each word."""
    found = []
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(w.lemma for w in words[i : i + n]) in phrases:
                found.append((words[i].start, words[i + n - 1].end))
                break
    return found
