"""The LLM flags shared by `aikg extract`, `aikg ingest` and `aikg eval`, and the one place where
they (and their environment variables) become the extractor's configuration."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from aikg.ingest.extractors.config import ExtractorConfig

LLMBaseURLOption = Annotated[
    str | None,
    typer.Option(
        "--llm-base-url",
        envvar="AIKG_LLM_BASE_URL",
        help="OpenAI-compatible endpoint for --extractor llm, e.g. http://127.0.0.1:11434/v1 "
        "(env AIKG_LLM_BASE_URL).",
    ),
]
LLMModelOption = Annotated[
    str | None,
    typer.Option("--llm-model", envvar="AIKG_LLM_MODEL", help="Model name (env AIKG_LLM_MODEL)."),
]
LLMAPIKeyOption = Annotated[
    str | None,
    typer.Option(
        "--llm-api-key",
        envvar="AIKG_LLM_API_KEY",
        help="API key, if the endpoint wants one (env AIKG_LLM_API_KEY).",
        show_default=False,
    ),
]
LLMTimeoutOption = Annotated[
    float | None,
    typer.Option("--llm-timeout", min=0.001, help="Seconds to wait for one answer (default 600)."),
]
LLMConcurrencyOption = Annotated[
    int | None,
    typer.Option("--llm-concurrency", min=1, help="Chunks sent to the endpoint at once (default 2)."),
]
LLMNoCacheOption = Annotated[
    bool,
    typer.Option(
        "--llm-no-cache",
        help="Do not read or write the answer cache (<data dir>/llm-cache).",
    ),
]
ShowRejectedOption = Annotated[
    bool,
    typer.Option("--show-rejected", help="List each fact the LLM proposed and the checks rejected, and why."),
]


def extractor_config(
    name: str,
    *,
    base_url: str | None,
    model: str | None,
    api_key: str | None,
    timeout: float | None,
    concurrency: int | None,
    no_cache: bool,
    data_dir: Path | None,
) -> ExtractorConfig:
    """The ``ExtractorConfig`` for ``name``: environment options (``AIKG_EXTRACTOR_*``), then the
    flags; for an extractor that calls a model, the endpoint settings and the cache directory."""
    from aikg.ingest.extractors import ExtractorConfig

    if "llm" not in name.split("+"):
        return ExtractorConfig.from_env(name=name)
    cache_dir: str | None = ""
    if not no_cache:
        from aikg.graph.stores.falkordb_server import default_data_dir

        cache_dir = str((data_dir or default_data_dir()) / "llm-cache")
    return ExtractorConfig.from_env(
        name=name,
        base_url=base_url,
        model=model,
        api_key=api_key,
        timeout=timeout,
        concurrency=concurrency,
        cache_dir=cache_dir,
    )


def report_llm(extractor: object, show_rejected: bool) -> None:
    """After a run: the LLM summary line (and the rejected facts) on stderr."""
    if "llm" not in getattr(extractor, "name", "").split("+"):
        return
    from aikg.ingest.extractors.llm import extractor_summary

    summary, rejected = extractor_summary(extractor)
    if show_rejected:
        for line in rejected:
            sys.stderr.write(line + "\n")
    if summary:
        sys.stderr.write(summary + "\n")


__all__ = [
    "LLMAPIKeyOption",
    "LLMBaseURLOption",
    "LLMConcurrencyOption",
    "LLMModelOption",
    "LLMNoCacheOption",
    "LLMTimeoutOption",
    "ShowRejectedOption",
    "extractor_config",
    "report_llm",
]
