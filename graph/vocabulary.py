"""The vocabulary of the graph: entity types, organization kinds and the sixteen predicates.

Plain enums, importing nothing heavy: the store layer and the CLI read them without building the
schema's models (pydantic, about 0.1 s of CPU per process). :mod:`aikg.graph.schema` re-exports them.
"""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    MODEL = "Model"

    @property
    def prefix(self) -> str:
        return self.value.lower()

    @classmethod
    def of_id(cls, entity_id_: str) -> EntityType:
        prefix = entity_id_.split(":", 1)[0]
        for member in cls:
            if member.prefix == prefix:
                return member
        raise ValueError(f"entity id {entity_id_!r} has no known type prefix")


class OrgKind(StrEnum):
    LAB = "lab"
    BIG_TECH = "big_tech"
    STARTUP = "startup"
    CHIPMAKER = "chipmaker"
    INVESTOR = "investor"
    MEDIA = "media"
    REGULATOR = "regulator"
    SAFETY_INSTITUTE = "safety_institute"
    UNIVERSITY = "university"
    NONPROFIT = "nonprofit"
    BOARD = "board"
    OTHER = "other"


class Predicate(StrEnum):
    WORKS_AT = "WORKS_AT"
    DEPARTED = "DEPARTED"
    JOINED = "JOINED"
    FOUNDED = "FOUNDED"
    BOARD_MEMBER_OF = "BOARD_MEMBER_OF"
    VOTED_TO_REMOVE = "VOTED_TO_REMOVE"
    DEVELOPED = "DEVELOPED"
    GRANTED_ACCESS = "GRANTED_ACCESS"
    REVOKED_ACCESS = "REVOKED_ACCESS"
    COLLABORATED_WITH = "COLLABORATED_WITH"
    COMPETES_WITH = "COMPETES_WITH"
    CRITICIZED = "CRITICIZED"
    DELAYED = "DELAYED"
    INVESTED_IN = "INVESTED_IN"
    ACQUIRED = "ACQUIRED"
    PARTNERED_WITH = "PARTNERED_WITH"
