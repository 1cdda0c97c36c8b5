"""The interface of an import format and what an import reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from aikg.graph.stores.base import GraphStore


@dataclass
class ImportReport:
    nodes: int = 0
    relationships: int = 0
    statements: int = 0
    ignored_properties: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.nodes} nodes, {self.relationships} relationships"
        if self.statements:
            text += f" in {self.statements} statements"
        if self.ignored_properties:
            text += f"; properties outside the schema ignored: {', '.join(self.ignored_properties)}"
        return text


class Importer(Protocol):
    name: str
    extensions: tuple[str, ...]

    def load(self, store: GraphStore, path: Path) -> ImportReport:
        """Validate the whole file, then write it into the store."""


def read_text(path: Path) -> str:
    from aikg.graph.errors import InvalidInputError

    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
