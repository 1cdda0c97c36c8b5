"""What an LLM extraction run did: calls, tokens, cache hits, time, and every rejected fact."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class Reason(StrEnum):
    """Why a fact the model proposed was not kept."""

    MALFORMED = "malformed"  # not an object with the fields of a fact
    UNKNOWN_PREDICATE = "unknown predicate"
    MISTYPED = "mistyped"  # endpoint types do not fit the predicate, or contradict the entity's type
    UNNAMED_ENDPOINT = "unnamed endpoint"  # subject or object not named in the text
    SAME_ENTITY = "same entity"  # subject and object are one entity
    UNGROUNDED = "ungrounded"  # quote not found in the text
    BAD_DATE = "bad date"  # not YYYY, YYYY-MM or a real YYYY-MM-DD
    BAD_ANSWER = "bad answer"  # a whole chunk's answer could not be read (every fact in it lost)


@dataclass(frozen=True)
class Rejection:
    document: str
    reason: Reason
    detail: str
    subject: str = ""
    predicate: str = ""
    object: str = ""
    quote: str = ""

    def line(self) -> str:
        """One line for ``--show-rejected``."""
        fact = f"{self.subject} {self.predicate} {self.object}".strip()
        quote = " ".join(self.quote.split())
        quote = f' quote "{quote[:120]}"' if quote else ""
        return f"rejected ({self.reason.value}): {self.document}: {fact or '-'}: {self.detail}{quote}"


@dataclass
class LLMReport:
    """Counters for a whole run (several documents); safe to update from worker threads.
    ``proposed`` facts are either ``kept`` or ``rejected`` (by reason); a chunk whose answer could
    not be read at all counts as a bad answer instead (its facts were never proposed)."""

    documents: int = 0
    chunks: int = 0
    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_reported: bool = False
    seconds: float = 0.0
    proposed: int = 0
    kept: int = 0
    bad_answers: int = 0
    rejected: Counter[Reason] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def answer(self, cached: bool, prompt_tokens: int | None, completion_tokens: int | None) -> None:
        with self._lock:
            self.chunks += 1
            if cached:
                self.cache_hits += 1
            else:
                self.calls += 1
            if prompt_tokens is not None or completion_tokens is not None:
                self.tokens_reported = True
                self.prompt_tokens += prompt_tokens or 0
                self.completion_tokens += completion_tokens or 0

    def reject(self, rejection: Rejection) -> None:
        with self._lock:
            if rejection.reason is Reason.BAD_ANSWER:
                self.bad_answers += 1
            else:
                self.rejected[rejection.reason] += 1
            self.rejections.append(rejection)

    def summary(self, model: str, prompt_version: str) -> str:
        """One line: what the run cost and what became of the proposed facts."""
        tokens = (
            f"{self.prompt_tokens} prompt + {self.completion_tokens} completion tokens"
            if self.tokens_reported
            else "tokens not reported"
        )
        why = ", ".join(f"{reason.value} {count}" for reason, count in self.rejected.most_common())
        return (
            f"llm {model} (prompt {prompt_version}): {self.documents} documents, {self.chunks} chunks, "
            f"{self.calls} calls, {self.cache_hits} cache hits, {tokens}, {self.seconds:.1f} s; "
            f"facts: {self.proposed} proposed, {self.kept} kept, {sum(self.rejected.values())} rejected"
            + (f" ({why})" if why else "")
            + (f"; {self.bad_answers} unreadable answers" if self.bad_answers else "")
        )


__all__ = ["LLMReport", "Reason", "Rejection"]
