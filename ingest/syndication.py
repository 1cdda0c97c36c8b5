"""Syndicated copies: near-duplicate article bodies found by MinHash / LSH (``datasketch``).

A body is reduced to its set of word 5-grams (case-folded, punctuation dropped) and a 128-value
MinHash. Two bodies are copies of one story when the estimated Jaccard similarity of their 5-gram
sets is at least :data:`JACCARD_THRESHOLD` (0.5). Measured on the invented pairs of
``tests/test_syndication.py``: a 130-word story republished with another footer scores about 0.8,
with another byline and footer 0.79, with byline, footer and a "related articles" box swapped
0.70; a separately written article about the same event scores 0.0, and a 45-word excerpt of the
story (a teaser) 0.29, so neither matches. Bodies shorter than :data:`MIN_WORDS` words are never
matched (too short to judge). The LSH index proposes candidates above :data:`LSH_THRESHOLD`; each
is then checked against the threshold.

The first copy stored is the canonical source; the signatures of stored bodies live in the data
dir's state file (table ``bodies``), written after the document is stored.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from aikg.ingest.state import State

JACCARD_THRESHOLD = 0.5
LSH_THRESHOLD = 0.3  # candidates from the LSH bands, then checked against JACCARD_THRESHOLD
SHINGLE_WORDS = 5
MIN_WORDS = 40
NUM_PERM = 128
SEED = 20240517
SCHEME = "affine64"
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    span = SHINGLE_WORDS
    return {" ".join(words[i : i + span]).encode("utf-8") for i in range(max(1, len(words) - span + 1))}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text)))
    return minhash


def similarity(first: str, second: str) -> float:
    """Estimated Jaccard similarity of two bodies' 5-gram sets."""
    return float(signature(first).jaccard(signature(second)))


def long_enough(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


class SyndicationIndex:
    """The bodies already stored, searchable for near-duplicates."""

    def __init__(self, state: State, threshold: float = JACCARD_THRESHOLD) -> None:
        self._db = state.db
        self.threshold = threshold
        self._lsh: MinHashLSH | None = None
        self._signatures: dict[str, LeanMinHash] = {}
        self._order: dict[str, float] = {}

    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
            for source_id, blob, at in self._db.execute("SELECT source_id, signature, at FROM bodies"):
                values = np.frombuffer(blob, dtype=np.uint64)
                self._insert(source_id, LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME), at)
        return self._lsh

    def _insert(self, source_id: str, minhash: LeanMinHash, at: float) -> None:
        assert self._lsh is not None
        if source_id not in self._signatures:
            self._lsh.insert(source_id, minhash)
            self._signatures[source_id] = minhash
            self._order[source_id] = at

    def matches(self, text: str, exclude: str | None = None) -> list[str]:
        """Source ids whose body is a copy of ``text``, the first stored first."""
        if not long_enough(text):
            return []
        minhash = signature(text)
        found = [
            sid
            for sid in self._index().query(minhash)
            if sid != exclude and self._signatures[sid].jaccard(minhash) >= self.threshold
        ]
        return sorted(found, key=lambda sid: (self._order[sid], sid))

    def add(self, source_id: str, url: str | None, text: str) -> None:
        """Remember a stored body (idempotent)."""
        if not long_enough(text):
            return
        self._index()
        if source_id in self._signatures:
            return
        minhash = LeanMinHash(signature(text))
        at = time.time()
        self._db.execute(
            "INSERT OR IGNORE INTO bodies (source_id, url, signature, at) VALUES (?, ?, ?, ?)",
            (source_id, url, np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes(), at),
        )
        self._insert(source_id, minhash, at)

    def forget(self, source_ids: Iterable[str]) -> None:
        """Drop bodies whose source is no longer in the store."""
        for source_id in source_ids:
            self._db.execute("DELETE FROM bodies WHERE source_id = ?", (source_id,))
        self._lsh = None
        self._signatures.clear()
        self._order.clear()
