"""What a saved query is: its header (name, title, description, typed parameters, result kind) and Cypher."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
QUERY_NAME = r"^[a-z][a-z0-9_]*$"
_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class ParamType(StrEnum):
    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    ENTITY = "entity"
    LIST_STR = "list[str]"


class ParamSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=IDENTIFIER)
    type: ParamType
    description: str = Field(min_length=1)
    default: Any = None
    required: bool = False
    min: float | None = None
    max: float | None = None
    choices: list[str] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ParamSpec:
        if self.required and self.default is not None:
            raise ValueError(f"parameter {self.name!r} is required, so it cannot have a default")
        numeric = self.type in (ParamType.INT, ParamType.FLOAT)
        if (self.min is not None or self.max is not None) and not numeric:
            raise ValueError(f"parameter {self.name!r}: min/max apply to int and float only")
        if self.choices is not None and self.type not in (ParamType.STR, ParamType.LIST_STR):
            raise ValueError(f"parameter {self.name!r}: choices apply to str and list[str] only")
        return self


class SavedQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=QUERY_NAME)
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    params: list[ParamSpec] = Field(default_factory=list)
    result: Literal["table", "graph"] = "table"
    cypher: str = Field(min_length=1)
    path: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _params_match_cypher(self) -> SavedQuery:
        declared = [p.name for p in self.params]
        twice = sorted({n for n in declared if declared.count(n) > 1})
        if twice:
            raise ValueError(f"parameters declared twice: {', '.join(twice)}")
        used = set(_PARAM_REF.findall(self.cypher))
        undeclared = sorted(used - set(declared))
        if undeclared:
            raise ValueError(f"the Cypher uses undeclared parameters: {', '.join(undeclared)}")
        unused = sorted(set(declared) - used)
        if unused:
            raise ValueError(f"declared parameters the Cypher never uses: {', '.join(unused)}")
        return self

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)

    def header(self) -> dict[str, Any]:
        """The header as plain data (for `query list --format json` and the dashboard)."""
        return self.model_dump(mode="json", exclude={"cypher"}, exclude_none=False)
