"""Gold annotation files (format of shared/eval/README.md), validated against the schema."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import PREDICATES, EntityType, FactProperties, Predicate


class GoldEntity(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    type: EntityType
    aliases: list[str] = Field(default_factory=list)


class GoldRelation(FactProperties):
    """A gold relation: endpoints by name, and the fact properties the article states."""

    subject: str
    predicate: Predicate
    object: str

    def attributes(self) -> dict[str, str]:
        return self.present()


class GoldTrap(BaseModel):
    """A relation a careful reader must NOT extract (denied, failed, rumoured, misattributed); its
    endpoints need not be gold entities. An extracted trap counts as a false positive."""

    model_config = ConfigDict(extra="forbid")
    subject: str = Field(min_length=1)
    predicate: Predicate
    object: str = Field(min_length=1)
    why: str = ""


class GoldFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entities: list[GoldEntity]
    relations: list[GoldRelation]
    traps: list[GoldTrap] = Field(default_factory=list)

    @model_validator(mode="after")
    def _endpoints(self) -> GoldFile:
        types = {e.name: e.type for e in self.entities}
        for rel in self.relations:
            spec = PREDICATES[rel.predicate]
            for role, name, allowed in (
                ("subject", rel.subject, spec.subjects),
                ("object", rel.object, spec.objects),
            ):
                if name not in types:
                    raise ValueError(f"relation {rel.predicate.value}: {role} {name!r} is not a gold entity")
                if types[name] not in allowed:
                    raise ValueError(
                        f"relation {rel.predicate.value}: {role} {name!r} is a {types[name].value}"
                    )
        return self


def load_gold(path: Path) -> GoldFile:
    try:
        return GoldFile.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidInputError(f"{path}: cannot read gold file: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "file"
        raise InvalidInputError(f"{path}: {where}: {err['msg']}") from exc
