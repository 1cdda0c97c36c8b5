"""The audit trail: one append-only ``AuditRecord`` node per curation action, kept in the store.

A record says when (UTC, ISO 8601), who (``--user``, else ``AIKG_USER``, else the OS user), which
action, on which fact or entity ids, what the thing was before and after (JSON objects) and an
optional note. Records are only ever created, never changed or deleted, and they travel with the
data: ``aikg export --all`` writes them and ``aikg import`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import unicodedata
import uuid
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from aikg.graph.errors import InvalidInputError

AUDIT_LABEL = "AuditRecord"


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    CORRECT = "correct"
    ADD = "add"
    MERGE = "merge"
    SPLIT = "split"
    RENAME = "rename"
    RETYPE = "retype"


class AuditRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    at: str
    user: str = Field(min_length=1)
    action: Action
    targets: list[str] = Field(default_factory=list, description="fact or entity ids the action touched")
    before: dict[str, Any] = Field(default_factory=dict)
    after: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None

    @classmethod
    def new(
        cls,
        action: Action,
        targets: list[str],
        *,
        user: str | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> AuditRecord:
        check_text(note, "the note")
        check_text(user, "the user name")
        now = dt.datetime.now(dt.UTC)
        stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
        return cls(
            id=f"audit:{stamp}-{uuid.uuid4().hex[:8]}",
            at=now.isoformat(timespec="microseconds").replace("+00:00", "Z"),
            user=current_user(user),
            action=action,
            targets=list(dict.fromkeys(targets)),
            before=before or {},
            after=after or {},
            note=(note or "").strip() or None,
        )

    def node_properties(self) -> dict[str, Any]:
        """What the store holds: maps as JSON text (neither engine stores a map property)."""
        props: dict[str, Any] = {
            "at": self.at,
            "user": self.user,
            "action": self.action.value,
            "targets": list(self.targets),
            "before": json.dumps(self.before, sort_keys=True, ensure_ascii=False, default=str),
            "after": json.dumps(self.after, sort_keys=True, ensure_ascii=False, default=str),
        }
        if self.note is not None:
            props["note"] = self.note
        return props

    @classmethod
    def from_node(cls, node_id: str, props: dict[str, Any]) -> AuditRecord:
        return cls(
            id=node_id,
            at=str(props.get("at") or ""),
            user=str(props.get("user") or "unknown"),
            action=Action(str(props.get("action"))),
            targets=[str(t) for t in props.get("targets") or []],
            before=_json_map(props.get("before")),
            after=_json_map(props.get("after")),
            note=props.get("note"),
        )

    def as_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _json_map(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value:
        loaded = json.loads(value)
        return loaded if isinstance(loaded, dict) else {"value": loaded}
    return {}


def check_text(value: str | None, what: str) -> str | None:
    """User text as given, refused (one-line error naming it) when it holds a control character
    other than tab or newline: the engines' parameter encoding cannot carry them all."""
    if value is None:
        return None
    for char in value:
        if char not in "\t\n\r" and unicodedata.category(char) == "Cc":
            raise InvalidInputError(f"{what} holds a control character (U+{ord(char):04X})")
    return value


def current_user(explicit: str | None = None) -> str:
    """Who acts: the explicit name, else ``AIKG_USER``, else the OS user."""
    for candidate in (explicit, os.environ.get("AIKG_USER")):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"
