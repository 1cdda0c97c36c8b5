"""CSV files for ``neo4j-admin database import full``, written as one zip archive.

Why a zip: it is one file, so it can go to stdout like every other format, and it keeps the
files of one export together. Inside:

- ``nodes_<Label>.csv`` per primary label (Person, Organization, Model, Source), header
  ``id:ID,:LABEL,<property>[:<type>],...``; ``:LABEL`` holds every label, ``;``-separated;
- ``relationships_<TYPE>.csv`` per relationship type, header
  ``:START_ID,:END_ID,:TYPE,<property>[:<type>],...``;
- ``import.txt``: the ``neo4j-admin`` command line that loads them.

Ids are global (``person:…``, ``source:…``), so one ID space serves all files. Column types are
inferred from the values: ``long``, ``float``, ``boolean``, ``string`` and their arrays
(``aliases:string[]``), array items joined with the array delimiter ``;`` (or the ASCII unit
separator, octal ``\\037``, when some item contains ``;``: ``import.txt`` names the one used).
Missing values are empty fields; quoted fields may span lines (``--multiline-fields=true``).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from aikg.graph.errors import InvalidInputError
from aikg.graph.export.base import sorted_nodes, sorted_relationships
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph

ARRAY_DELIMITERS = (";", "\x1f")  # the ASCII unit separator when some item holds a ';'

LABEL_DELIMITER = ";"


def scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "float"
    return "string"


def column_type(values: Iterable[Any]) -> str:
    """The neo4j-admin type of a column: a scalar type, or ``<type>[]`` for lists."""
    kinds: set[str] = set()
    is_array = False
    for value in values:
        if isinstance(value, list | tuple):
            is_array = True
            kinds.update(scalar_type(v) for v in value)
        else:
            kinds.add(scalar_type(value))
    if kinds <= {"long"} and kinds:
        kind = "long"
    elif kinds <= {"long", "float"} and kinds:
        kind = "float"
    elif kinds == {"boolean"}:
        kind = "boolean"
    else:
        kind = "string"
    return kind + ("[]" if is_array else "")


def array_delimiter(subgraph: Subgraph) -> str:
    elements: list[NodeValue | RelationshipValue] = [*subgraph.nodes.values()]
    elements += subgraph.relationships.values()
    items = [
        str(item)
        for element in elements
        for value in element.properties.values()
        if isinstance(value, list | tuple)
        for item in value
    ]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in item for item in items):
            return delimiter
    raise InvalidInputError("every candidate array delimiter occurs inside some array item")


def cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return delimiter.join(cell(v, delimiter) for v in value if v is not None)
    return str(value)


def table(
    fixed: Sequence[str], fixed_rows: list[list[str]], props: list[dict[str, Any]], delimiter: str
) -> str:
    keys = sorted({k for p in props for k in p if p[k] is not None})
    header = list(fixed)
    for key in keys:
        kind = column_type(p[key] for p in props if p.get(key) is not None)
        header.append(key if kind == "string" else f"{key}:{kind}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row, prop in zip(fixed_rows, props, strict=True):
        writer.writerow([*row, *(cell(prop.get(k), delimiter) for k in keys)])
    return out.getvalue()


def ordered_labels(node: NodeValue) -> list[str]:
    return [node.label, *(x for x in node.labels if x != node.label)]


def csv_files(subgraph: Subgraph) -> dict[str, str]:
    """File name -> CSV text."""
    delimiter = array_delimiter(subgraph)
    files: dict[str, str] = {}
    by_label: dict[str, list[Any]] = defaultdict(list)
    for node in sorted_nodes(subgraph):
        by_label[node.label].append(node)
    for label, nodes in sorted(by_label.items()):
        rows = [[n.id, LABEL_DELIMITER.join(ordered_labels(n))] for n in nodes]
        props = [{k: v for k, v in n.properties.items() if k != "id"} for n in nodes]
        files[f"nodes_{label}.csv"] = table(["id:ID", ":LABEL"], rows, props, delimiter)
    by_type: dict[str, list[Any]] = defaultdict(list)
    for rel in sorted_relationships(subgraph):
        by_type[rel.type].append(rel)
    for rel_type, rels in sorted(by_type.items()):
        rows = [[r.start, r.end, r.type] for r in rels]
        props = [dict(r.properties) for r in rels]
        header = [":START_ID", ":END_ID", ":TYPE"]
        files[f"relationships_{rel_type}.csv"] = table(header, rows, props, delimiter)
    files["import.txt"] = import_command(files, delimiter)
    return files


def delimiter_option(delimiter: str) -> str:
    """How neo4j-admin is told the delimiter: the character, or its octal code when unprintable."""
    return delimiter if delimiter.isprintable() else f"\\{ord(delimiter):03o}"


def import_command(files: dict[str, str], delimiter: str) -> str:
    args = [f"--nodes={name}" for name in files if name.startswith("nodes_")]
    args += [f"--relationships={name}" for name in files if name.startswith("relationships_")]
    lines = [
        "neo4j-admin database import full",
        f"--array-delimiter='{delimiter_option(delimiter)}'",
        "--multiline-fields=true",
        *args,
        "neo4j",
    ]
    return "# Load these files into an empty Neo4j 5 database named neo4j:\n" + " \\\n  ".join(lines) + "\n"


class Neo4jAdminCSVExporter:
    name = "csv"
    extension = "zip"
    description = "zip of CSV files for neo4j-admin database import (one per label and per type)"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in csv_files(subgraph).items():
                archive.writestr(name, text.encode("utf-8"))
        stream.write(buffer.getvalue())
