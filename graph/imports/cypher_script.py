"""Run a Cypher script written by ``aikg export --format cypher``, statement by statement.

Only the statement shapes that exporter writes are accepted (MERGE of a node on ``id`` with
``SET n += {literals}``; MERGE of both endpoints and a relationship, on ``fact_id`` for facts,
with ``SET r += {literals}``); every line is checked before anything runs, and the first line
of another shape is reported with its number.
"""

from __future__ import annotations

import re
from pathlib import Path

from aikg.graph.errors import InvalidInputError
from aikg.graph.export.cypher_literals import tokenize
from aikg.graph.imports.base import ImportReport, read_text
from aikg.graph.stores.base import GraphStore

_KEYWORDS = {"MERGE", "SET"}
_VARIABLES = {"n", "a", "b", "r", "id", "fact_id"}
_LIT = r"(?:S|N|B)"
_VALUE = rf"(?:{_LIT}|\[ \]|\[ {_LIT}(?: , {_LIT})* \])"
_KEY = r"(?:I|n|a|b|r|id|fact_id)"
_MAP = rf"\{{ (?:{_KEY} : {_VALUE}(?: , {_KEY} : {_VALUE})* )?\}}"
NODE_SHAPE = re.compile(rf"MERGE \( n(?: : I)+ \{{ id : S \}} \)(?: SET n \+= {_MAP})? ;")
RELATIONSHIP_SHAPE = re.compile(
    r"MERGE \( a : I \{ id : S \} \) MERGE \( b : I \{ id : S \} \) "
    rf"MERGE \( a \) - \[ r : I(?: \{{ fact_id : S \}})? \] -> \( b \)(?: SET r \+= {_MAP})? ;"
)


def signature(line: str) -> str:
    """The line's token kinds: literals as S, N, B; names as I unless keyword or variable."""
    parts = []
    for kind, text in tokenize(line):
        if kind == "string":
            parts.append("S")
        elif kind == "number":
            parts.append("N")
        elif kind == "name":
            if text in _KEYWORDS or text in _VARIABLES:
                parts.append(text)
            elif text in ("true", "false"):
                parts.append("B")
            else:
                parts.append("I")
        else:
            parts.append(text)
    return " ".join(parts)


def parse_script(text: str, where: str) -> tuple[list[str], list[str]]:
    """(node statements, relationship statements); raise naming the first line of another shape."""
    nodes: list[str] = []
    rels: list[str] = []
    for number, raw in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 may sit in a string
        line = raw.strip(" \t\r")
        if not line or line.startswith("//"):
            continue
        try:
            shape = signature(line)
        except InvalidInputError as exc:
            shape = f"unreadable ({exc})"
        if NODE_SHAPE.fullmatch(shape):
            nodes.append(line)
        elif RELATIONSHIP_SHAPE.fullmatch(shape):
            rels.append(line)
        else:
            shown = line if len(line) <= 80 else line[:77] + "..."
            raise InvalidInputError(
                f"{where}:{number}: not a statement aikg export writes (only MERGE ... SET of one node "
                f"or one relationship with literal values): {shown}"
            )
    if not nodes and not rels:
        raise InvalidInputError(f"{where}: no statements")
    return nodes, rels


class CypherScriptImporter:
    name = "cypher"
    extensions = ("cypher", "cql")

    def load(self, store: GraphStore, path: Path) -> ImportReport:
        nodes, rels = parse_script(read_text(path), str(path))
        for statement in [*nodes, *rels]:
            store.run(statement.removesuffix(";"), write=True)
        return ImportReport(nodes=len(nodes), relationships=len(rels), statements=len(nodes) + len(rels))
