"""Why one document could not be read; the batch goes on without it."""

from __future__ import annotations

from aikg.graph.errors import InvalidInputError


class DocumentError(InvalidInputError):
    def __init__(self, document: str, reason: str) -> None:
        super().__init__(f"{document}: {reason}")
        self.document = document
        self.reason = reason
