"""Load a Cypher script written by ``aikg export --format cypher``: parsed, never run.

Only the statement shapes that exporter writes are accepted (MERGE of a node on ``id`` with
``SET n += {literals}``; MERGE of both endpoints and a relationship, on ``fact_id`` for facts,
with ``SET r += {literals}``). Each line becomes a node or edge record and goes through the same
validation as the node-link JSON import (labels, relationship types and ids from the schema
only), then the whole file is written by the one atomic upsert: a bad line loads nothing, and
the error names the file and the line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from aikg.graph.errors import InvalidInputError
from aikg.graph.export.cypher_literals import tokenize, unquote_name, unquote_string
from aikg.graph.imports.base import ImportReport, read_text
from aikg.graph.imports.nodelink import Item, build_batch, load_batch
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


# keys a SET map may not hold: they are the record's structure, given by the MERGE only
_RESERVED = {"node": {"id", "labels"}, "edge": {"fact_id", "type", "source", "target", "key"}}


class _Tokens:
    """A cursor over one statement's tokens (its shape already checked)."""

    def __init__(self, line: str) -> None:
        self.items = tokenize(line)
        self.pos = 0

    def peek(self) -> str:
        return self.items[self.pos][1] if self.pos < len(self.items) else ""

    def take(self, *expected: str) -> tuple[str, str]:
        kind, text = self.items[self.pos]
        if expected and text not in expected:
            raise InvalidInputError(f"expected {' or '.join(expected)}, found {text!r}")
        self.pos += 1
        return kind, text

    def name(self) -> str:
        return unquote_name(self.take()[1])

    def value(self) -> Any:
        kind, text = self.take()
        if text == "[":
            values = []
            while self.peek() != "]":
                values.append(self.value())
                if self.peek() == ",":
                    self.take(",")
            self.take("]")
            return values
        if kind == "string":
            return unquote_string(text)
        if kind == "number":
            return float(text) if any(c in text for c in ".eE") else int(text)
        return text == "true"

    def mapping(self) -> dict[str, Any]:
        self.take("{")
        out: dict[str, Any] = {}
        while self.peek() != "}":
            key = self.name()
            self.take(":")
            if key in out:
                raise InvalidInputError(f"{key!r} is given twice")
            out[key] = self.value()
            if self.peek() == ",":
                self.take(",")
        self.take("}")
        return out

    def node_pattern(self) -> tuple[list[str], dict[str, Any]]:
        """``( var :Label... {map} )``: the labels and the map."""
        self.take("(")
        self.name()
        labels = []
        while self.peek() == ":":
            self.take(":")
            labels.append(self.name())
        props = self.mapping() if self.peek() == "{" else {}
        self.take(")")
        return labels, props

    def set_map(self, kind: str) -> dict[str, Any]:
        if self.peek() != "SET":
            return {}
        self.take("SET")
        self.name()
        self.take("+=")
        props = self.mapping()
        reserved = sorted(_RESERVED[kind] & set(props))
        if reserved:
            raise InvalidInputError(f"SET may not change {', '.join(reserved)} (only the MERGE gives it)")
        return props


def node_record(line: str) -> dict[str, Any]:
    tokens = _Tokens(line)
    tokens.take("MERGE")
    labels, key = tokens.node_pattern()
    return {**tokens.set_map("node"), "id": key["id"], "labels": labels}


def edge_record(line: str) -> dict[str, Any]:
    tokens = _Tokens(line)
    ends = []
    for _ in range(2):
        tokens.take("MERGE")
        ends.append(tokens.node_pattern()[1]["id"])
    tokens.take("MERGE")
    tokens.node_pattern()
    tokens.take("-")
    tokens.take("[")
    tokens.name()
    tokens.take(":")
    rel_type = tokens.name()
    key = tokens.mapping() if tokens.peek() == "{" else {}
    tokens.take("]")
    tokens.take("->")
    tokens.node_pattern()
    record = {**tokens.set_map("edge"), "source": ends[0], "target": ends[1], "type": rel_type}
    if "fact_id" in key:
        record["fact_id"] = key["fact_id"]
    return record


def parse_script(text: str, where: str) -> list[Item]:
    """Node and edge records, nodes first; raise naming the first line that is not an export
    statement."""
    nodes: list[Item] = []
    edges: list[Item] = []
    for number, raw in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 may sit in a string
        line = raw.strip(" \t\r")
        if not line or line.startswith("//"):
            continue
        at = f"{where}:{number}"
        try:
            shape = signature(line)
        except InvalidInputError as exc:
            shape = f"unreadable ({exc})"
        try:
            if NODE_SHAPE.fullmatch(shape):
                nodes.append(("node", at, node_record(line)))
                continue
            if RELATIONSHIP_SHAPE.fullmatch(shape):
                edges.append(("edge", at, edge_record(line)))
                continue
        except (InvalidInputError, IndexError, KeyError, ValueError) as exc:
            raise InvalidInputError(f"{at}: {exc}") from None
        shown = line if len(line) <= 80 else line[:77] + "..."
        raise InvalidInputError(
            f"{at}: not a statement aikg export writes (only MERGE ... SET of one node "
            f"or one relationship with literal values): {shown}"
        )
    if not nodes and not edges:
        raise InvalidInputError(f"{where}: no statements")
    return [*nodes, *edges]


class CypherScriptImporter:
    name = "cypher"
    extensions = ("cypher", "cql")

    def load(self, store: GraphStore, path: Path) -> ImportReport:
        items = parse_script(read_text(path), str(path))
        return load_batch(store, *build_batch(items), statements=len(items))
