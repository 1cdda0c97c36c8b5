"""Which store the explorer opens: from the environment, like the CLI (AIKG_STORE, AIKG_DATA_DIR, NEO4J_*)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class StoreSettings:
    store: str
    data_dir: str | None
    neo4j_uri: str | None

    @property
    def where(self) -> str:
        if self.store == "neo4j":
            return self.neo4j_uri or "NEO4J_URI not set"
        return self.data_dir or "the default data dir"


def from_env(env: Mapping[str, str] | None = None) -> StoreSettings:
    env = os.environ if env is None else env
    return StoreSettings(
        store=env.get("AIKG_STORE", "embedded") or "embedded",
        data_dir=env.get("AIKG_DATA_DIR") or None,
        neo4j_uri=env.get("NEO4J_URI") or None,
    )
