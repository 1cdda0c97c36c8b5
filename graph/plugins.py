"""Plugins: stores, extractors, exporters and importers, found through package entry points.

A distribution adds one without editing aikg, by declaring it in its own metadata, e.g.::

    [project.entry-points."aikg.exporters"]
    dot = "mypkg.dot:DotExporter"

aikg's built-ins are declared the same way in its ``pyproject.toml``; :data:`BUILTINS` repeats
them so a checkout whose installed metadata predates a group still finds them (a test checks the
two agree). An entry is ``module:attribute`` and is imported only when asked for by name.

The object each group expects: ``aikg.stores`` a class with ``from_config(StoreConfig)`` giving a
``GraphStore``; ``aikg.extractors`` a class (or factory) giving an ``Extractor``, optionally with
``from_config(ExtractorConfig)``; ``aikg.exporters`` an ``Exporter`` class; ``aikg.importers``
an ``Importer`` class.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from aikg.graph.errors import InvalidInputError

STORES = "aikg.stores"
EXTRACTORS = "aikg.extractors"
EXPORTERS = "aikg.exporters"
IMPORTERS = "aikg.importers"

BUILTINS: dict[str, dict[str, str]] = {
    STORES: {
        "embedded": "aikg.graph.stores.falkordb_store:FalkorDBStore",
        "neo4j": "aikg.graph.stores.neo4j_store:Neo4jStore",
    },
    EXTRACTORS: {
        "rules": "aikg.ingest.extractors.rules:RulesExtractor",
        "llm": "aikg.ingest.extractors.llm:LLMExtractor",
        "rules+llm": "aikg.ingest.extractors.llm:RulesAndLLM",
    },
    EXPORTERS: {
        "graphml": "aikg.graph.export.graphml:GraphMLExporter",
        "gexf": "aikg.graph.export.gexf:GEXFExporter",
        "json": "aikg.graph.export.nodelink:NodeLinkExporter",
        "csv": "aikg.graph.export.csv_admin:Neo4jAdminCSVExporter",
        "cypher": "aikg.graph.export.cypher_script:CypherScriptExporter",
        "turtle": "aikg.graph.export.turtle:TurtleExporter",
        "jsonld": "aikg.graph.export.jsonld:JSONLDExporter",
        "nt": "aikg.graph.export.ntriples:NTriplesExporter",
    },
    IMPORTERS: {
        "json": "aikg.graph.imports.nodelink:NodeLinkImporter",
        "cypher": "aikg.graph.imports.cypher_script:CypherScriptImporter",
    },
}


@cache
def registry(group: str) -> dict[str, str]:
    """Name -> ``module:attribute`` of every plugin of a group: built-ins first, then the others
    in the order the environment lists them (a later entry of the same name wins)."""
    found = dict(BUILTINS.get(group, {}))
    for entry in entry_points(group=group):
        found[entry.name] = entry.value
    return found


def refresh() -> None:
    """Forget the entry points read so far (after installing a plugin in a running process)."""
    registry.cache_clear()


def names(group: str) -> list[str]:
    return list(registry(group))


def load(group: str, name: str, what: str) -> Any:
    """The object registered under ``name``; an unknown name is an error listing the valid ones."""
    plugins = registry(group)
    try:
        target = plugins[name]
    except KeyError:
        valid = ", ".join(sorted(plugins))
        raise InvalidInputError(f"unknown {what} {name!r}: choose one of {valid}") from None
    module, _, attr = target.partition(":")
    obj: Any = import_module(module)
    for part in attr.split(".") if attr else []:
        obj = getattr(obj, part)
    return obj


__all__ = [
    "BUILTINS",
    "EXPORTERS",
    "EXTRACTORS",
    "IMPORTERS",
    "STORES",
    "load",
    "names",
    "refresh",
    "registry",
]
