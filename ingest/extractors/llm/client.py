"""A small client for OpenAI-compatible chat endpoints (OpenAI, Ollama, vLLM, llama.cpp,
llama-cpp-python...), over httpx.

- Structured output: ``auto`` sends the answer's JSON schema as ``response_format`` type
  ``json_schema`` (OpenAI, Ollama, vLLM, llama.cpp's server); if the server refuses that request
  (HTTP 400 or 422, or an error naming ``response_format``), as ``json_object`` with a ``schema``
  (llama-cpp-python's server); if that is refused too, as plain text with the schema in the
  prompt. The first format accepted is kept for the client's life.
- Retries: a connect or write timeout, a dropped connection, 429 or 5xx is tried again up to
  ``max_retries`` times, waiting ``backoff`` seconds doubled each time (or the server's
  ``Retry-After``, at most 60 s). A read timeout is not: the server has the request and is still
  working on it (a local server goes on after the client gives up), so asking again would only
  queue the same work; the run stops with one line instead.
- Errors: an unreachable endpoint, a model the endpoint does not serve, a refused API key or
  repeated timeouts raise :class:`LLMEndpointError` with one line that says what to fix.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from aikg.ingest.extractors.base import ExtractorUnavailableError
from aikg.ingest.extractors.llm.config import LLMConfig

MODES = ("json_schema", "json_object", "text")
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_WAIT = 60.0


class LLMEndpointError(ExtractorUnavailableError):
    """The endpoint cannot be used at all: unreachable, unknown model, refused key, no answer."""


@dataclass(frozen=True)
class Completion:
    content: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None


def _short(text: str, limit: int = 200) -> str:
    return " ".join(text.split())[:limit]


class ChatClient:
    def __init__(
        self,
        config: LLMConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
        self._http = httpx.Client(
            base_url=config.base_url.rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(config.timeout, connect=min(config.timeout, 10.0)),
            transport=transport,
        )
        self._sleep = sleep
        self._mode: str | None = None if config.response_format == "auto" else config.response_format
        self._lock = threading.Lock()
        self._checked = False

    @property
    def mode(self) -> str | None:
        """The response format in use (None until the first answer in ``auto``)."""
        return self._mode

    def close(self) -> None:
        self._http.close()

    # -- requests ---------------------------------------------------------------------------

    def _request(self, method: str, path: str, payload: dict[str, Any] | None = None) -> httpx.Response:
        """One request, tried again after a connect or write timeout, a dropped connection, 429 or 5xx
        (not after a read timeout: the server is still busy with it); failures become one line."""
        base = self.config.base_url
        tries = self.config.max_retries + 1
        for attempt in range(tries):
            try:
                response = self._http.request(method, path, json=payload)
            except httpx.ConnectError as exc:
                raise LLMEndpointError(
                    f"cannot reach the LLM endpoint {base} ({_short(str(exc), 80)}); start the server or fix "
                    "--llm-base-url / AIKG_LLM_BASE_URL"
                ) from None
            except httpx.ReadTimeout:
                # the server took the request and is still at it: asking again only queues the same
                # work behind it (a local server does not stop on a disconnect)
                raise LLMEndpointError(
                    f"the LLM endpoint {base} did not answer within {self.config.timeout:g} s; "
                    "raise --llm-timeout or use a faster model"
                ) from None
            except httpx.TimeoutException:  # connecting or sending timed out: worth another try
                if attempt + 1 < tries:
                    self._sleep(self._wait(attempt, None))
                    continue
                raise LLMEndpointError(
                    f"the LLM endpoint {base} did not take the request within {self.config.timeout:g} s "
                    f"({tries} {'try' if tries == 1 else 'tries'})"
                ) from None
            except httpx.TransportError as exc:
                if attempt + 1 < tries:
                    self._sleep(self._wait(attempt, None))
                    continue
                raise LLMEndpointError(f"the LLM endpoint {base} failed: {_short(str(exc), 120)}") from None
            if (
                response.status_code in RETRY_STATUSES
                and attempt + 1 < tries
                and not _refuses_format(response)
            ):
                self._sleep(self._wait(attempt, response.headers.get("retry-after")))
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(MAX_WAIT, max(0.0, float(retry_after)))
            except ValueError:
                pass
        return min(MAX_WAIT, self.config.backoff * (2**attempt))

    def _fail(self, response: httpx.Response) -> LLMEndpointError:
        base, model = self.config.base_url, self.config.model
        body = _short(response.text)
        if response.status_code in (401, 403):
            return LLMEndpointError(
                f"the LLM endpoint {base} refused the API key (HTTP {response.status_code}); "
                "set --llm-api-key / AIKG_LLM_API_KEY"
            )
        if response.status_code == 404 and "model" in body.lower():
            return LLMEndpointError(f"the LLM endpoint {base} does not serve model {model!r}: {body}")
        if response.status_code == 404:
            return LLMEndpointError(
                f"{base} has no chat completions endpoint (HTTP 404); the base URL usually ends in /v1"
            )
        return LLMEndpointError(f"the LLM endpoint {base} answered HTTP {response.status_code}: {body}")

    def check_model(self) -> None:
        """Once per client: the endpoint answers and lists the model (when it lists models at all)."""
        with self._lock:
            if self._checked:
                return
            response = self._request("GET", "models")
            if response.status_code in (401, 403):
                raise self._fail(response)
            if response.status_code == 200:
                served = _model_ids(response)
                if served and self.config.model not in served:
                    listed = ", ".join(sorted(served)[:10])
                    raise LLMEndpointError(
                        f"the LLM endpoint {self.config.base_url} does not serve model "
                        f"{self.config.model!r}; it serves: {listed}"
                    )
            self._checked = True

    def complete(
        self, system: Callable[[dict[str, Any] | None], str], user: str, schema: dict[str, Any]
    ) -> Completion:
        """One chat completion of the instructions followed by ``user``; ``system(schema_or_None)``
        gives the instructions for the format in use (the schema goes into them only in text mode)."""
        if self._mode is not None:
            return self._complete(self._mode, system, user, schema)
        with self._lock:  # the first answer settles the format; the other threads wait for it
            if self._mode is not None:
                return self._complete(self._mode, system, user, schema)
            for mode in MODES:
                try:
                    completion = self._complete(mode, system, user, schema, negotiating=mode != MODES[-1])
                except _FormatRefused:
                    continue
                self._mode = mode
                return completion
        raise AssertionError("unreachable")  # pragma: no cover

    def _complete(
        self,
        mode: str,
        system: Callable[[dict[str, Any] | None], str],
        user: str,
        schema: dict[str, Any],
        negotiating: bool = False,
    ) -> Completion:
        payload: dict[str, Any] = {
            "model": self.config.model,
            # One user message: some chat formats silently drop system messages (llama-cpp-python's
            # "gemma"); the instructions come first, so servers that reuse a cached prompt prefix
            # evaluate them once.
            "messages": [
                {"role": "user", "content": f"{system(schema if mode == 'text' else None)}\n\n{user}"}
            ],
            "temperature": self.config.temperature,
            "max_tokens": self.config.max_tokens,
            "stream": False,
        }
        if mode == "json_schema":
            payload["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "aikg_extraction", "strict": True, "schema": schema},
            }
        elif mode == "json_object":
            payload["response_format"] = {"type": "json_object", "schema": schema}
        response = self._request("POST", "chat/completions", payload)
        if response.status_code != 200:
            if negotiating and _refuses_format(response):
                raise _FormatRefused
            raise self._fail(response)
        return _completion(response, self.config.base_url)


class _FormatRefused(Exception):
    pass


def _refuses_format(response: httpx.Response) -> bool:
    """A refusal of the request's response_format rather than of the request."""
    if response.status_code in (400, 422):
        return "model" not in response.text.lower() or "response_format" in response.text.lower()
    return response.status_code >= 500 and "response_format" in response.text.lower()


def _model_ids(response: httpx.Response) -> set[str]:
    try:
        data = response.json()
        return {str(item["id"]) for item in data.get("data", []) if isinstance(item, dict) and "id" in item}
    except (ValueError, AttributeError, TypeError):
        return set()


def _completion(response: httpx.Response, base: str) -> Completion:
    try:
        data = response.json()
        choice = data["choices"][0]
        content = choice["message"].get("content") or ""
        usage = data.get("usage") or {}
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise LLMEndpointError(
            f"the LLM endpoint {base} answered something that is not a chat completion: "
            f"{_short(response.text)}"
        ) from None
    return Completion(
        content=str(content),
        finish_reason=choice.get("finish_reason"),
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
    )


__all__ = ["MODES", "ChatClient", "Completion", "LLMEndpointError"]
