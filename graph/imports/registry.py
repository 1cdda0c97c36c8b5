"""Import formats by name (the ``aikg.importers`` plugins), or guessed from the file's extension."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from aikg.graph import plugins
from aikg.graph.errors import InvalidInputError

if TYPE_CHECKING:
    from aikg.graph.imports.base import Importer


def importer_names() -> list[str]:
    return plugins.names(plugins.IMPORTERS)


def get_importer(name: str) -> Importer:
    importer: Importer = plugins.load(plugins.IMPORTERS, name, "import format")()
    return importer


def importer_for(path: Path, name: str | None = None) -> Importer:
    if name is not None:
        return get_importer(name)
    suffix = path.suffix.lower().lstrip(".")
    for candidate in importer_names():
        importer = get_importer(candidate)
        if suffix in importer.extensions:
            return importer
    valid = ", ".join(sorted(importer_names()))
    raise InvalidInputError(f"{path}: cannot tell the format from the extension; pass --format ({valid})")
