"""Read a JSON Lines file of sources, entities, facts and mentions into one validated GraphBatch.

Each line is an object with a ``record``: ``source``, ``entity``, ``fact`` or ``mention``
(``{"record": "mention", "source": ID, "entity": ID}``); the other keys are the fields of the
schema model. Every line is validated before anything is written, so one bad line loads nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import Entity, Fact, GraphBatch, Source
from aikg.graph.text_lines import json_lines, nul_offset


class Mention(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    entity: str


RECORDS: dict[str, type[BaseModel]] = {
    "source": Source,
    "entity": Entity,
    "fact": Fact,
    "mention": Mention,
}


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    message = err["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def parse_line(text: str, where: str) -> BaseModel:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"{where}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise InvalidInputError(f"{where}: expected a JSON object")
    record = data.pop("record", None)
    model = RECORDS.get(record) if isinstance(record, str) else None
    if model is None:
        valid = ", ".join(RECORDS)
        raise InvalidInputError(f"{where}: 'record' must be one of {valid}, not {record!r}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInputError(f"{where}: {record}: {_describe(exc)}") from exc


def read_batch(path: Path) -> GraphBatch:
    """Parse and validate the whole file; raise on the first bad line, naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    batch = GraphBatch()
    for number, offset, line in json_lines(text):  # "\n" only: U+2028 may sit inside a string
        if not line.strip():
            continue
        nul = nul_offset(line)
        if nul is not None:
            raise InvalidInputError(f"{path}:{number}: NUL character at byte offset {offset + nul}")
        record = parse_line(line, f"{path}:{number}")
        if isinstance(record, Source):
            batch.sources.append(record)
        elif isinstance(record, Entity):
            batch.entities.append(record)
        elif isinstance(record, Fact):
            batch.facts.append(record)
        elif isinstance(record, Mention):
            batch.mentions.append((record.source, record.entity))
    if batch.is_empty():
        raise InvalidInputError(f"{path}: no records")
    return batch


def write_batch(batch: GraphBatch, path: Path) -> None:
    """The inverse of :func:`read_batch`."""
    with path.open("w", encoding="utf-8") as out:
        groups = (("source", batch.sources), ("entity", batch.entities), ("fact", batch.facts))
        for name, items in groups:
            for item in items:
                data = item.model_dump(mode="json", exclude_none=True)
                out.write(json.dumps({"record": name, **data}, ensure_ascii=False) + "\n")
        for source, entity in batch.mentions:
            out.write(json.dumps({"record": "mention", "source": source, "entity": entity}) + "\n")
