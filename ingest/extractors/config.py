"""Which extractor to use and its settings, decided once at the edge and passed down.

Environment: ``AIKG_EXTRACTOR`` (the name) and ``AIKG_EXTRACTOR_<OPTION>`` (one option each,
e.g. ``AIKG_EXTRACTOR_MODEL``); explicit values beat the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ENV_NAME = "AIKG_EXTRACTOR"
ENV_OPTION_PREFIX = "AIKG_EXTRACTOR_"


@dataclass(frozen=True)
class ExtractorConfig:
    """An extractor's registered name and the keyword options its factory takes."""

    name: str = "rules"
    options: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, name: str | None = None, **options: Any
    ) -> ExtractorConfig:
        env = os.environ if env is None else env
        found = {
            key[len(ENV_OPTION_PREFIX) :].lower(): value
            for key, value in env.items()
            if key.startswith(ENV_OPTION_PREFIX) and len(key) > len(ENV_OPTION_PREFIX)
        }
        found.update({k: v for k, v in options.items() if v is not None})
        return cls(name=name or env.get(ENV_NAME) or "rules", options=found)


__all__ = ["ExtractorConfig"]
