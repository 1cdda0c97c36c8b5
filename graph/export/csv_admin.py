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

Written from one read of the subgraph, holding no file in memory: each node and relationship is
read once, its file's columns and types and the array delimiter updated, and its values kept as a
JSON line in a temporary file per CSV file; then each CSV file is written from its temporary file
(the header needs every row's columns first). One read means one consistent picture: a label, a
type or a column that appears while the export runs (a store written meanwhile) is in the file
like the rest, never missing from a header written before it was seen.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from aikg.graph.errors import InvalidInputError
from aikg.graph.export.base import sorted_nodes, sorted_relationships
from aikg.graph.stores.base import NodeValue
from aikg.graph.subgraph import GraphView

ARRAY_DELIMITERS = (";", "\x1f")  # the ASCII unit separator when some item holds a ';'

LABEL_DELIMITER = ";"
NODE_FIXED = ["id:ID", ":LABEL"]
RELATIONSHIP_FIXED = [":START_ID", ":END_ID", ":TYPE"]


def scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "float"
    return "string"


@dataclass
class Column:
    """What the values of one property seen so far say about its neo4j-admin type."""

    kinds: set[str] = field(default_factory=set)
    is_array: bool = False

    def see(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            self.is_array = True
            self.kinds.update(scalar_type(v) for v in value)
        else:
            self.kinds.add(scalar_type(value))

    def type(self) -> str:
        """The neo4j-admin type: a scalar type, or ``<type>[]`` for lists."""
        kinds = self.kinds
        if kinds <= {"long"} and kinds:
            kind = "long"
        elif kinds <= {"long", "float"} and kinds:
            kind = "float"
        elif kinds == {"boolean"}:
            kind = "boolean"
        else:
            kind = "string"
        return kind + ("[]" if self.is_array else "")


def column_type(values: Iterable[Any]) -> str:
    """The neo4j-admin type of a column: a scalar type, or ``<type>[]`` for lists."""
    column = Column()
    for value in values:
        column.see(value)
    return column.type()


@dataclass
class Layout:
    """The files of an export: each file's columns (property -> Column), and the array delimiter."""

    nodes: dict[str, dict[str, Column]] = field(default_factory=dict)
    relationships: dict[str, dict[str, Column]] = field(default_factory=dict)
    delimiters_inside: set[str] = field(default_factory=set)

    def see(self, columns: dict[str, Column], props: dict[str, Any]) -> None:
        for key, value in props.items():
            if value is None:
                continue
            columns.setdefault(key, Column()).see(value)
            if isinstance(value, list | tuple):
                for item in value:
                    text = str(item)
                    self.delimiters_inside.update(d for d in ARRAY_DELIMITERS if d in text)

    def delimiter(self) -> str:
        for delimiter in ARRAY_DELIMITERS:
            if delimiter not in self.delimiters_inside:
                return delimiter
        raise InvalidInputError("every candidate array delimiter occurs inside some array item")

    def file_names(self) -> list[str]:
        return [f"nodes_{label}.csv" for label in sorted(self.nodes)] + [
            f"relationships_{t}.csv" for t in sorted(self.relationships)
        ]


def node_props(node: NodeValue) -> dict[str, Any]:
    return {k: v for k, v in node.properties.items() if k != "id"}


def scan(subgraph: GraphView) -> Layout:
    """Files, columns, types and the array delimiter of a subgraph (without writing anything)."""
    layout = Layout()
    for node in sorted_nodes(subgraph):
        layout.see(layout.nodes.setdefault(node.label, {}), node_props(node))
    for rel in sorted_relationships(subgraph):
        layout.see(layout.relationships.setdefault(rel.type, {}), rel.properties)
    return layout


def cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return delimiter.join(cell(v, delimiter) for v in value if v is not None)
    return str(value)


def header(fixed: list[str], columns: dict[str, Column]) -> list[str]:
    out = list(fixed)
    for key in sorted(columns):
        kind = columns[key].type()
        out.append(key if kind == "string" else f"{key}:{kind}")
    return out


def row(fixed: list[str], props: dict[str, Any], keys: list[str], delimiter: str) -> list[str]:
    return [*fixed, *(cell(props.get(k), delimiter) for k in keys)]


def ordered_labels(node: NodeValue) -> list[str]:
    return [node.label, *(x for x in node.labels if x != node.label)]


def delimiter_option(delimiter: str) -> str:
    """How neo4j-admin is told the delimiter: the character, or its octal code when unprintable."""
    return delimiter if delimiter.isprintable() else f"\\{ord(delimiter):03o}"


def import_command(files: Iterable[str], delimiter: str) -> str:
    names = list(files)
    args = [f"--nodes={name}" for name in names if name.startswith("nodes_")]
    args += [f"--relationships={name}" for name in names if name.startswith("relationships_")]
    lines = [
        "neo4j-admin database import full",
        f"--array-delimiter='{delimiter_option(delimiter)}'",
        "--multiline-fields=true",
        *args,
        "neo4j",
    ]
    return "# Load these files into an empty Neo4j 5 database named neo4j:\n" + " \\\n  ".join(lines) + "\n"


def _text(binary: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(binary, encoding="utf-8", newline="")


class _Spools:
    """One temporary file of JSON lines per CSV file, in a temporary directory."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        self.files: dict[str, IO[str]] = {}

    def add(self, name: str, values: list[Any]) -> None:
        spool = self.files.get(name)
        if spool is None:
            path = f"{self.directory}/{len(self.files)}.jsonl"
            spool = self.files[name] = open(path, "w+", encoding="utf-8")  # noqa: SIM115
        spool.write(json.dumps(values, ensure_ascii=False, default=str) + "\n")

    def rows(self, name: str) -> Iterator[list[Any]]:
        spool = self.files[name]
        spool.flush()
        spool.seek(0)
        return (json.loads(line) for line in spool)

    def close(self) -> None:
        for spool in self.files.values():
            spool.close()


def write_archive(subgraph: GraphView, stream: BinaryIO) -> None:
    """The zip of CSV files, file by file and row by row, from one read of the subgraph."""
    layout = Layout()
    with tempfile.TemporaryDirectory(prefix="aikg-csv-") as tmp:
        spools = _Spools(tmp)
        try:
            for node in sorted_nodes(subgraph):
                props = node_props(node)
                layout.see(layout.nodes.setdefault(node.label, {}), props)
                fixed = [node.id, LABEL_DELIMITER.join(ordered_labels(node))]
                spools.add(f"nodes_{node.label}.csv", [fixed, props])
            for rel in sorted_relationships(subgraph):
                layout.see(layout.relationships.setdefault(rel.type, {}), rel.properties)
                spools.add(f"relationships_{rel.type}.csv", [[rel.start, rel.end, rel.type], rel.properties])
            delimiter = layout.delimiter()
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                files = [(f"nodes_{n}.csv", NODE_FIXED, layout.nodes[n]) for n in sorted(layout.nodes)]
                files += [
                    (f"relationships_{t}.csv", RELATIONSHIP_FIXED, layout.relationships[t])
                    for t in sorted(layout.relationships)
                ]
                for name, fixed, columns in files:
                    keys = sorted(columns)
                    with archive.open(name, "w") as entry, _text(entry) as text:
                        writer = csv.writer(text, lineterminator="\n")
                        writer.writerow(header(fixed, columns))
                        for fixed_values, props in spools.rows(name):
                            writer.writerow(row(fixed_values, props, keys, delimiter))
                archive.writestr("import.txt", import_command(layout.file_names(), delimiter).encode("utf-8"))
        finally:
            spools.close()


def csv_files(subgraph: GraphView) -> dict[str, str]:
    """File name -> CSV text (the archive's files, in memory: for small subgraphs and tests)."""
    buffer = io.BytesIO()
    write_archive(subgraph, buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


class Neo4jAdminCSVExporter:
    streams = True
    name = "csv"
    extension = "zip"
    description = "zip of CSV files for neo4j-admin database import (one per label and per type)"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_archive(subgraph, stream)
