"""Which store to open, decided once: :class:`StoreConfig` is built from flags and the environment
at the edge (CLI, explorer, library call) and passed down; nothing below reads or writes
``os.environ``.

Environment: ``AIKG_STORE`` (``embedded`` or ``neo4j``), ``AIKG_DATA_DIR``, ``NEO4J_URI``,
``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``. An explicit value (a flag, an argument)
beats the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from aikg.graph.errors import InvalidInputError

ENVIRONMENT = {
    "store": "AIKG_STORE",
    "data_dir": "AIKG_DATA_DIR",
    "neo4j_uri": "NEO4J_URI",
    "neo4j_user": "NEO4J_USER",
    "neo4j_password": "NEO4J_PASSWORD",
    "neo4j_database": "NEO4J_DATABASE",
}


@dataclass(frozen=True)
class StoreConfig:
    """Everything needed to open a store. ``data_dir`` None means the per-user data dir."""

    store: str = "embedded"
    data_dir: Path | None = None
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str | None = None

    def __post_init__(self) -> None:
        if not self.store:
            raise InvalidInputError("the store name is empty")
        if self.data_dir is not None and not isinstance(self.data_dir, Path):
            object.__setattr__(self, "data_dir", Path(self.data_dir))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **explicit: Any) -> StoreConfig:
        """The environment's settings, overridden by every explicit value that is not None."""
        env = os.environ if env is None else env
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(explicit) - names)
        if unknown:
            raise InvalidInputError(f"unknown store setting {', '.join(unknown)}")
        values: dict[str, Any] = {k: env[v] for k, v in ENVIRONMENT.items() if env.get(v)}
        values.update({k: v for k, v in explicit.items() if v is not None})
        if "data_dir" in values:
            values["data_dir"] = Path(values["data_dir"]).expanduser()
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment that makes a child process (the explorer) build this same config."""
        out: dict[str, str] = {}
        for name, variable in ENVIRONMENT.items():
            value = getattr(self, name)
            if value is not None:
                out[variable] = str(Path(value).resolve()) if name == "data_dir" else str(value)
        return out

    @property
    def where(self) -> str:
        """Where the store lives, for messages."""
        if self.store == "embedded":
            return str(self.data_dir) if self.data_dir else "the default data dir"
        return self.neo4j_uri or f"{self.store} (no URI set)"


__all__ = ["ENVIRONMENT", "StoreConfig"]
