"""The LLM extractor's settings: one frozen object, built once at the edge (CLI flags, the
environment read by the CLI, or a library caller) and passed to the extractor's constructor.

Options (``ExtractorConfig.options`` keys; the CLI flag or variable that sets each):

======================  =====================================================  ==========
option                  meaning                                                default
======================  =====================================================  ==========
``base_url``            OpenAI-compatible endpoint, up to ``/v1``              (required)
                        (``--llm-base-url``, ``AIKG_LLM_BASE_URL``)
``model``               model name the endpoint serves                         (required)
                        (``--llm-model``, ``AIKG_LLM_MODEL``)
``api_key``             bearer token, if the endpoint wants one                none
                        (``--llm-api-key``, ``AIKG_LLM_API_KEY``)
``timeout``             seconds to wait for one answer (``--llm-timeout``)    600
``max_retries``         new tries after a connect timeout, 429 or 5xx          2
``backoff``             seconds before the first retry, doubled each time      1.0
``concurrency``         chunks sent at once (``--llm-concurrency``)            2
``chunk_chars``         longest chunk of text sent in one request              4000
``chunk_overlap``       sentences repeated between consecutive chunks          1
``max_tokens``          longest answer                                         2048
``temperature``         sampling temperature                                   0
``response_format``     ``auto`` (json_schema, then json_object with a         auto
                        schema, then plain text), or one of those three
``cache_dir``           directory of the response cache; empty: no cache       none
                        (the CLI uses ``<data dir>/llm-cache``; ``--llm-no-cache``)
======================  =====================================================  ==========

Values may be strings (from ``AIKG_EXTRACTOR_<OPTION>`` variables); each is checked and a bad
one is an :class:`InvalidInputError` naming the option.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from aikg.graph.errors import InvalidInputError

ResponseFormat = Literal["auto", "json_schema", "json_object", "text"]
RESPONSE_FORMATS: tuple[str, ...] = ("auto", "json_schema", "json_object", "text")


@dataclass(frozen=True)
class LLMConfig:
    base_url: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 600.0
    max_retries: int = 2
    backoff: float = 1.0
    concurrency: int = 2
    chunk_chars: int = 4000
    chunk_overlap: int = 1
    max_tokens: int = 2048
    temperature: float = 0.0
    response_format: ResponseFormat = "auto"
    cache_dir: Path | None = None

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise InvalidInputError(f"llm base_url {self.base_url!r} must start with http:// or https://")
        if not self.model.strip():
            raise InvalidInputError("llm model must not be empty")
        for name, low in (("timeout", 0.001), ("concurrency", 1), ("chunk_chars", 200), ("max_tokens", 16)):
            if getattr(self, name) < low:
                raise InvalidInputError(f"llm {name} must be at least {low}, not {getattr(self, name)}")
        for name in ("max_retries", "chunk_overlap", "backoff", "temperature"):
            if getattr(self, name) < 0:
                raise InvalidInputError(f"llm {name} must not be negative, not {getattr(self, name)}")
        if self.response_format not in RESPONSE_FORMATS:
            raise InvalidInputError(
                f"llm response_format {self.response_format!r}: choose one of {', '.join(RESPONSE_FORMATS)}"
            )

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> LLMConfig:
        """Build from extractor options (strings allowed); unknown or missing ones are errors."""
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise InvalidInputError(
                f"unknown llm option(s) {', '.join(unknown)}; valid options: {', '.join(known)}"
            )
        for required, flag, env in (
            ("base_url", "--llm-base-url", "AIKG_LLM_BASE_URL"),
            ("model", "--llm-model", "AIKG_LLM_MODEL"),
        ):
            if not options.get(required):
                raise InvalidInputError(
                    f"the llm extractor needs its {required.replace('_', ' ')}: pass {flag} or set {env}"
                    f" (option {required!r} in the library; for a local Ollama, for example,"
                    " http://127.0.0.1:11434/v1 and one of its model names)"
                )
        values: dict[str, Any] = {}
        for name, value in options.items():
            values[name] = _convert(name, known[name].type, value)
        return cls(**values)


ENV_VARIABLES = {"base_url": "AIKG_LLM_BASE_URL", "model": "AIKG_LLM_MODEL", "api_key": "AIKG_LLM_API_KEY"}


def options_from_env(env: Mapping[str, str]) -> dict[str, str]:
    """The endpoint options a mapping of environment variables sets (``AIKG_LLM_BASE_URL``,
    ``AIKG_LLM_MODEL``, ``AIKG_LLM_API_KEY``): for a library caller that wants the CLI's variables,
    ``LLMConfig.from_options({**options_from_env(os.environ), ...})``."""
    return {name: env[var] for name, var in ENV_VARIABLES.items() if env.get(var)}


def _convert(name: str, kind: object, value: Any) -> Any:
    """Turn a string option into the field's type; other values pass through."""
    if value is None or not isinstance(value, str):
        return Path(value) if name == "cache_dir" and value is not None else value
    text = value.strip()
    try:
        if name == "cache_dir":
            return Path(text) if text else None
        if kind in ("int", int):
            return int(text)
        if kind in ("float", float):
            return float(text)
    except ValueError:
        raise InvalidInputError(f"llm option {name}: {value!r} is not a number") from None
    if name == "api_key":
        return text or None
    return text


__all__ = ["ENV_VARIABLES", "RESPONSE_FORMATS", "LLMConfig", "ResponseFormat", "options_from_env"]
