"""The shape of the model's answer, generated from the graph schema, and its lenient parsing.

The answer is ``{"entities": [...], "facts": [...]}``. Each entity has its canonical English
``name``, its ``type`` (the graph's entity types) and the ``mentions`` the text uses for it. Each
fact is one of sixteen variants, one per predicate of :data:`PREDICATES`: the predicate as a
constant, ``subject_type`` / ``object_type`` limited to the predicate's endpoint types, and only
the properties that predicate takes (:data:`PREDICATE_PROPERTIES`), each a string or null. The
JSON schema sent to the server (:func:`answer_schema`) is pydantic's schema of these models with
every ``$ref`` inlined, so servers that turn schemas into grammars (llama.cpp) need no
reference support; every object is closed and lists all its properties as required, as
OpenAI's strict mode wants.

The answer read back is parsed leniently (:func:`parse_answer`): a server may ignore the schema,
so each entity and fact is checked on its own later, and one bad fact never loses the others.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from aikg.graph.schema import PREDICATES, EntityType, FactProperties, Predicate

_DATE = ("date",)
PREDICATE_PROPERTIES: dict[Predicate, tuple[str, ...]] = {
    Predicate.WORKS_AT: ("role",),
    Predicate.DEPARTED: ("date", "role"),
    Predicate.JOINED: ("date", "role"),
    Predicate.FOUNDED: _DATE,
    Predicate.BOARD_MEMBER_OF: (),
    Predicate.VOTED_TO_REMOVE: ("date", "organization"),
    Predicate.DEVELOPED: _DATE,
    Predicate.GRANTED_ACCESS: ("date", "model"),
    Predicate.REVOKED_ACCESS: ("date", "model", "reason"),
    Predicate.COLLABORATED_WITH: (),
    Predicate.COMPETES_WITH: (),
    Predicate.CRITICIZED: (),
    Predicate.DELAYED: ("date", "reason"),
    Predicate.INVESTED_IN: _DATE,
    Predicate.ACQUIRED: _DATE,
    Predicate.PARTNERED_WITH: _DATE,
}
"""The fact properties (fields of :class:`FactProperties`) the model is asked for, per predicate."""

PROPERTY_HELP = {
    "date": "when it happened: YYYY, YYYY-MM or YYYY-MM-DD; null if the text does not say",
    "role": "the job title, a few English words; null if not stated",
    "reason": "why, a few English words; null if not stated",
    "model": "name of the model the access concerns; null if not stated",
    "organization": "the organization whose board voted; null if not stated",
}


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AnswerEntity(_Closed):
    name: str = Field(description="canonical full name, in English where one exists")
    type: EntityType
    mentions: list[str] = Field(description="the forms the text uses for it, copied exactly")


def _names(types: frozenset[EntityType]) -> Any:
    return Literal[tuple(sorted(t.value for t in types))]


def _fact_model(predicate: Predicate) -> type[BaseModel]:
    spec = PREDICATES[predicate]
    fields: dict[str, Any] = {
        "predicate": (Literal[predicate.value], ...),
        "quote": (str, Field(description="the sentence of the text that states the fact, copied exactly")),
        "subject": (str, Field(description="entity name")),
        "subject_type": (_names(spec.subjects), ...),
        "object": (str, Field(description="entity name")),
        "object_type": (_names(spec.objects), ...),
    }
    for prop in PREDICATE_PROPERTIES[predicate]:
        fields[prop] = (str | None, Field(description=PROPERTY_HELP[prop]))
    name = "".join(part.title() for part in predicate.value.split("_")) + "Fact"
    return create_model(name, __base__=_Closed, **fields)


FACT_MODELS: dict[Predicate, type[BaseModel]] = {p: _fact_model(p) for p in Predicate}

_ANY_FACT: Any = Union.__getitem__(tuple(FACT_MODELS.values()))  # one of the sixteen variants
_FACT_LIST: Any = list.__class_getitem__(_ANY_FACT)

Answer = create_model(
    "Answer",
    __base__=_Closed,
    entities=(list[AnswerEntity], ...),
    facts=(_FACT_LIST, ...),
)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = defs[node["$ref"].rsplit("/", 1)[-1]]
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return _inline(merged, defs)
        return {k: _inline(v, defs) for k, v in node.items() if k not in ("$defs", "title")}
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


def answer_schema() -> dict[str, Any]:
    """The JSON schema of the answer, self-contained (no ``$ref``)."""
    schema = Answer.model_json_schema()
    inlined: dict[str, Any] = _inline(schema, schema.get("$defs", {}))
    return inlined


class RawEntity(BaseModel):
    """An entity as the model wrote it, before any check."""

    name: str
    type: str
    mentions: list[str] = Field(default_factory=list)


class RawFact(BaseModel):
    """A fact as the model wrote it, before any check (missing fields are empty)."""

    predicate: str = ""
    quote: str = ""
    subject: str = ""
    subject_type: str = ""
    object: str = ""
    object_type: str = ""
    date: str | None = None
    role: str | None = None
    reason: str | None = None
    model: str | None = None
    organization: str | None = None

    def properties(self) -> dict[str, str]:
        """The set properties among those its predicate takes (blank or "null" count as unset)."""
        try:
            wanted = PREDICATE_PROPERTIES[Predicate(self.predicate)]
        except ValueError:
            wanted = ()
        out = {}
        for name in wanted:
            value = getattr(self, name)
            if value is not None and value.strip() and value.strip().lower() not in ("null", "none", "n/a"):
                out[name] = value.strip()
        return out


class ParsedAnswer(BaseModel):
    entities: list[RawEntity] = Field(default_factory=list)
    facts: list[RawFact] = Field(default_factory=list)
    malformed: list[str] = Field(default_factory=list, description="items that were not entities or facts")


_Item = TypeVar("_Item", RawEntity, RawFact)


class AnswerError(ValueError):
    """The answer is not a JSON object with entities and facts."""


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


def _json_object(content: str) -> dict[str, Any]:
    text = _FENCE.sub("", content.strip())
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise AnswerError("the answer holds no JSON object") from None
        try:
            data = json.loads(text[start : end + 1])
        except json.JSONDecodeError as exc:
            raise AnswerError(f"the answer is not valid JSON ({exc.msg} at character {exc.pos})") from None
    if not isinstance(data, dict):
        raise AnswerError("the answer is JSON but not an object")
    return data


def parse_answer(content: str) -> ParsedAnswer:
    """Entities and facts of an answer, each item kept or reported on its own."""
    data = _json_object(content)
    malformed: list[str] = []
    return ParsedAnswer(
        entities=_items(data, "entities", RawEntity, malformed),
        facts=_items(data, "facts", RawFact, malformed),
        malformed=malformed,
    )


def _items(data: dict[str, Any], key: str, model: type[_Item], malformed: list[str]) -> list[_Item]:
    """The items of ``data[key]`` that validate as ``model``; the others described in ``malformed``."""
    items = data.get(key) or []
    if not isinstance(items, list):
        malformed.append(f"{key} is not a list")
        return []
    out: list[_Item] = []
    for item in items:
        if not isinstance(item, dict):
            malformed.append(f"{key} item is not an object: {json.dumps(item)[:80]}")
            continue
        known = {k: v for k, v in item.items() if k in model.model_fields}
        known = {k: (v if isinstance(v, str | list) or v is None else str(v)) for k, v in known.items()}
        try:
            out.append(model.model_validate(known))
        except ValueError:
            malformed.append(f"{key} item is malformed: {json.dumps(item)[:80]}")
    return out


def _check_properties_known() -> None:
    unknown = {p for props in PREDICATE_PROPERTIES.values() for p in props} - set(FactProperties.model_fields)
    if unknown:
        raise RuntimeError(f"PREDICATE_PROPERTIES names unknown fact properties: {sorted(unknown)}")


_check_properties_known()

__all__ = [
    "FACT_MODELS",
    "PREDICATE_PROPERTIES",
    "Answer",
    "AnswerEntity",
    "AnswerError",
    "ParsedAnswer",
    "RawEntity",
    "RawFact",
    "answer_schema",
    "parse_answer",
]
