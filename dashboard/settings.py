"""Which store the explorer opens: the same :class:`StoreConfig` the CLI builds, from the
environment it was started with (``aikg explore`` passes its settings that way)."""

from __future__ import annotations

from collections.abc import Mapping

from aikg.graph.config import StoreConfig


def from_env(env: Mapping[str, str] | None = None) -> StoreConfig:
    return StoreConfig.from_env(env)


__all__ = ["StoreConfig", "from_env"]
