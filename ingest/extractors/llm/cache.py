"""An on-disk cache of model answers, so re-extracting, re-ingesting or re-evaluating the same text
with the same model and prompt costs nothing.

The key is the SHA-256 of (model, prompt version, the chunk's user message: its text plus the
publication date, language and title the prompt gives). One JSON file per answer,
``<dir>/<key[:2]>/<key>.json``, written to a temporary file and renamed, so a crash never leaves a
half-written entry. Answers cut short by the token limit are not cached. An unreadable entry is
treated as a miss and overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedAnswer:
    content: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


def cache_key(model: str, prompt_version: str, message: str) -> str:
    payload = json.dumps([model, prompt_version, message], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResponseCache:
    """Answers by key under ``directory``; with ``directory=None`` nothing is kept."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedAnswer | None:
        if self.directory is None:
            return None
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return CachedAnswer(
                content=str(data["content"]),
                prompt_tokens=data.get("prompt_tokens"),
                completion_tokens=data.get("completion_tokens"),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, answer: CachedAnswer, model: str, prompt_version: str) -> None:
        if self.directory is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {
            "model": model,
            "prompt_version": prompt_version,
            "content": answer.content,
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": answer.completion_tokens,
        }
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record, handle, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


__all__ = ["CachedAnswer", "ResponseCache", "cache_key"]
