"""A header check mirroring the rules of `neo4j-admin database import` for CSV files."""

from __future__ import annotations

import csv
import io
import re

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
         "date", "localtime", "time", "localdatetime", "datetime", "duration"}  # fmt: skip
NODE_SPECIAL = {"ID", "LABEL", "IGNORE"}
REL_SPECIAL = {"START_ID", "END_ID", "TYPE", "IGNORE"}


def column(header: str) -> tuple[str, str | None]:
    """(name, type or special field); a ``:ID(group)`` suffix keeps only ``ID``."""
    name, _, kind = header.partition(":")
    kind = re.sub(r"\(.*\)$", "", kind) if kind else None
    return name, kind or None


def check_header(headers: list[str], special: set[str], required: set[str]) -> list[str]:
    errors = []
    seen = []
    for header in headers:
        name, kind = column(header)
        if kind is None:
            if not name:
                errors.append(f"empty column name in {header!r}")
            continue
        base = kind.removesuffix("[]")
        if kind in special:
            seen.append(kind)
            if kind in {"LABEL", "TYPE", "START_ID", "END_ID"} and name:
                errors.append(f"{header!r}: {kind} takes no property name")
        elif base.lower() not in TYPES:
            errors.append(f"{header!r}: unknown type {kind!r}")
        elif not name:
            errors.append(f"{header!r}: a typed property needs a name")
    for needed in required:
        if seen.count(needed) != 1:
            errors.append(f"needs exactly one :{needed} column, has {seen.count(needed)}")
    names = [column(h)[0] for h in headers if column(h)[0]]
    if len(names) != len(set(names)):
        errors.append("duplicate property names")
    return errors


def check_files(files: dict[str, str], array_delimiter: str) -> list[str]:
    """Every rule broken by a set of node files (``nodes_*``) and relationship files (``relationships_*``)."""
    errors: list[str] = []
    ids: set[str] = set()
    ends: list[tuple[str, str]] = []
    for name, text in sorted(files.items()):
        if not name.endswith(".csv"):
            continue
        rows = list(csv.reader(io.StringIO(text)))
        headers = rows[0]
        is_node = name.startswith("nodes_")
        required = {"ID"} if is_node else {"START_ID", "END_ID", "TYPE"}
        errors += [
            f"{name}: {e}" for e in check_header(headers, NODE_SPECIAL if is_node else REL_SPECIAL, required)
        ]
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != len(headers):
                errors.append(f"{name}:{number}: {len(row)} fields for {len(headers)} columns")
                continue
            for header, value in zip(headers, row, strict=True):
                _, kind = column(header)
                if kind and kind.endswith("[]") and value:
                    base = kind[:-2]
                    for item in value.split(array_delimiter):
                        if base in {"long", "int"} and not re.fullmatch(r"-?\d+", item):
                            errors.append(f"{name}:{number}: {item!r} is not a {base}")
                elif kind in {"long", "int"} and value and not re.fullmatch(r"-?\d+", value):
                    errors.append(f"{name}:{number}: {value!r} is not a {kind}")
                elif kind in {"float", "double"} and value:
                    try:
                        float(value)
                    except ValueError:
                        errors.append(f"{name}:{number}: {value!r} is not a {kind}")
                elif kind == "boolean" and value not in {"", "true", "false"}:
                    errors.append(f"{name}:{number}: {value!r} is not a boolean")
            record = dict(zip(headers, row, strict=True))
            if is_node:
                ids.add(next(v for h, v in record.items() if column(h)[1] == "ID"))
            else:
                ends.append((record[":START_ID"], record[":END_ID"]))
    errors += [
        f"relationship end {end!r} is in no node file" for pair in ends for end in pair if end not in ids
    ]
    return errors
