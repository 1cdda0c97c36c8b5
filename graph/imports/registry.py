"""Import formats by name, or guessed from the file's extension."""

from __future__ import annotations

from pathlib import Path

from aikg.graph.errors import InvalidInputError
from aikg.graph.imports.base import Importer
from aikg.graph.plugins import resolve

IMPORTERS: dict[str, str] = {
    "json": "aikg.graph.imports.nodelink:NodeLinkImporter",
    "cypher": "aikg.graph.imports.cypher_script:CypherScriptImporter",
}


def get_importer(name: str) -> Importer:
    return resolve(IMPORTERS, name, "import format")()


def importer_for(path: Path, name: str | None = None) -> Importer:
    if name is not None:
        return get_importer(name)
    suffix = path.suffix.lower().lstrip(".")
    for candidate in IMPORTERS:
        importer = get_importer(candidate)
        if suffix in importer.extensions:
            return importer
    valid = ", ".join(sorted(IMPORTERS))
    raise InvalidInputError(f"{path}: cannot tell the format from the extension; pass --format ({valid})")
