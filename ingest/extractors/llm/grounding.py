"""Grounding: find a model's quote in the document and return the offsets of the real text.

A model is asked to copy its evidence sentence verbatim, but it may retype quotes and dashes,
reflow whitespace or change a word. The quote is located in three steps, and the first that
succeeds wins:

1. ``exact``: the quote (trimmed) occurs as it is;
2. ``normalized``: it occurs once both sides have typographic quotes (‘’‚‛ “”„‟ « »), dashes
   (‐‑‒–—― and minus) and runs of whitespace (NBSP, thin spaces, line breaks) made plain;
3. ``fuzzy``: rapidfuzz's best partial alignment of the normalised, lower-cased quote in the
   normalised, lower-cased text scores at least :data:`FUZZY_THRESHOLD` (0-100), for quotes of
   at least :data:`MIN_FUZZY_CHARS` characters; the matched region is widened to whole words.

The offsets returned always point into the original text, and the evidence stored is the text at
those offsets, never the model's version of it. A quote found by none of the steps is
ungrounded, and the fact that carries it is rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 90.0
"""Minimum rapidfuzz ``partial_ratio`` (0-100) of a fuzzy match: about one wrong character in ten."""
MIN_FUZZY_CHARS = 24
"""Shorter quotes must match exactly or after normalisation: a few words match too much by chance."""

Method = Literal["exact", "normalized", "fuzzy"]

PLAIN = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    }
)  # fmt: skip
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Grounding:
    """Where a quote was found: ``text[start:end]`` is the evidence to store."""

    start: int
    end: int
    method: Method
    score: float


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The plain form of ``text`` (typographic quotes and dashes made plain, each run of whitespace
    one space) and, for each of its characters, the index of the original character it came from."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                out.append(" ")
                where.append(index)
            in_space = True
            continue
        in_space = False
        out.append(char.translate(PLAIN))
        where.append(index)
    return "".join(out), where


def _lower_same_length(text: str) -> str:
    """Lower case without changing the length (a character whose lower case is longer is kept)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def _find(haystack: str, needle: str, window: tuple[int, int] | None) -> int:
    """The first occurrence inside the window (a chunk's span), else anywhere, else -1."""
    if window is not None:
        found = haystack.find(needle, window[0], window[1])
        if found >= 0:
            return found
    return haystack.find(needle)


def ground(quote: str, text: str, window: tuple[int, int] | None = None) -> Grounding | None:
    """Locate ``quote`` in ``text``; prefer a match inside ``window`` (original-text offsets).

    Returns None when the quote is empty or cannot be found by any of the three steps.
    """
    wanted = quote.strip()
    if not wanted or not text:
        return None
    found = _find(text, wanted, window)
    if found >= 0:
        return Grounding(found, found + len(wanted), "exact", 100.0)

    plain_text, where = normalize_with_map(text)
    plain_quote = normalize_with_map(wanted)[0].strip()
    if not plain_quote:
        return None
    plain_window = None
    if window is not None:
        from bisect import bisect_left

        plain_window = (bisect_left(where, window[0]), bisect_left(where, window[1]))
    found = _find(plain_text, plain_quote, plain_window)
    if found >= 0:
        return Grounding(where[found], where[found + len(plain_quote) - 1] + 1, "normalized", 100.0)

    if len(plain_quote) < MIN_FUZZY_CHARS or len(plain_quote) > len(plain_text):
        return None
    alignment = fuzz.partial_ratio_alignment(
        _lower_same_length(plain_quote), _lower_same_length(plain_text), score_cutoff=FUZZY_THRESHOLD
    )
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start = where[alignment.dest_start]
    end = where[alignment.dest_end - 1] + 1
    start, end = _widen_to_words(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Grounding(start, end, "fuzzy", round(alignment.score, 1))


__all__ = ["FUZZY_THRESHOLD", "MIN_FUZZY_CHARS", "PLAIN", "Grounding", "ground", "normalize_with_map"]
