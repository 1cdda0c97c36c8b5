"""The endpoint client's failure modes on real sockets (nothing here answers like a model), the
settings object and the answer cache."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from aikg.graph.errors import InvalidInputError
from aikg.ingest.extractors.base import ExtractorUnavailableError
from aikg.ingest.extractors.llm.cache import CachedAnswer, ResponseCache, cache_key
from aikg.ingest.extractors.llm.client import ChatClient, LLMEndpointError
from aikg.ingest.extractors.llm.config import LLMConfig
from aikg.ingest.extractors.llm.prompt import system_prompt


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[tuple[int, list[int]]]:
    """A port that accepts connections and never answers; the list counts the connections."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[int] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            accepted.append(1)
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1]), accepted
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


@pytest.fixture
def busy_server() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server that answers every request 503 (Retry-After: 0); the list logs the paths."""
    paths: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _busy(self) -> None:
            paths.append(self.path)
            body = b'{"error": "overloaded"}'
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _busy

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1]), paths
    server.shutdown()
    server.server_close()


def _config(port: int, **options: object) -> LLMConfig:
    return LLMConfig.from_options({"base_url": f"http://127.0.0.1:{port}/v1", "model": "m", **options})


def test_unreachable_endpoint_is_one_line_naming_it() -> None:
    port = free_port()
    client = ChatClient(_config(port))
    with pytest.raises(LLMEndpointError) as caught:
        client.check_model()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"cannot reach the LLM endpoint http://127.0.0.1:{port}/v1")
    assert isinstance(caught.value, ExtractorUnavailableError)


def test_silence_is_a_timeout_asked_only_once(silent_port: tuple[int, list[int]]) -> None:
    port, accepted = silent_port
    client = ChatClient(_config(port, timeout="0.3", max_retries="2", backoff="0"))
    with pytest.raises(LLMEndpointError) as caught:
        client.complete(system_prompt, "Excerpt: nothing", {"type": "object"})
    message = str(caught.value)
    assert "\n" not in message
    assert message.endswith("did not answer within 0.3 s; raise --llm-timeout or use a faster model")
    assert len(accepted) == 1  # the server has the request: asking again would queue it twice


def test_overloaded_server_is_retried_then_reported(busy_server: tuple[int, list[str]]) -> None:
    port, paths = busy_server
    client = ChatClient(_config(port, max_retries=2, backoff=0))
    with pytest.raises(LLMEndpointError) as caught:
        client.complete(system_prompt, "Excerpt: nothing", {"type": "object"})
    assert paths == ["/v1/chat/completions"] * 3
    assert "answered HTTP 503" in str(caught.value)


def test_settings_need_an_endpoint_and_a_model() -> None:
    with pytest.raises(InvalidInputError, match="--llm-base-url or set AIKG_LLM_BASE_URL"):
        LLMConfig.from_options({"model": "m"})
    with pytest.raises(InvalidInputError, match="--llm-model or set AIKG_LLM_MODEL"):
        LLMConfig.from_options({"base_url": "http://127.0.0.1:1/v1"})


def test_settings_from_strings_are_converted_and_checked(tmp_path: Path) -> None:
    config = LLMConfig.from_options(
        {"base_url": "http://h:1/v1", "model": "m", "timeout": "12.5", "concurrency": "3",
         "cache_dir": str(tmp_path), "api_key": "secret-value"}
    )  # fmt: skip
    assert (config.timeout, config.concurrency, config.cache_dir) == (12.5, 3, tmp_path)
    assert "secret-value" not in repr(config)
    for bad, message in (
        ({"timeout": "soon"}, "not a number"),
        ({"concurrency": 0}, "concurrency must be at least 1"),
        ({"response_format": "xml"}, "choose one of auto"),
        ({"colour": "blue"}, "unknown llm option"),
        ({"base_url": "ftp://h/v1"}, "must start with http"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            LLMConfig.from_options({"base_url": "http://h:1/v1", "model": "m", **bad})


def test_cache_returns_what_was_put_under_the_same_key_only(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache")
    key = cache_key("model-a", "prompt-1", "Excerpt: one")
    assert cache.get(key) is None
    cache.put(key, CachedAnswer('{"facts": []}', 10, 3), "model-a", "prompt-1")
    assert cache.get(key) == CachedAnswer('{"facts": []}', 10, 3)
    others = {
        cache_key("model-b", "prompt-1", "Excerpt: one"),
        cache_key("model-a", "prompt-2", "Excerpt: one"),
        cache_key("model-a", "prompt-1", "Excerpt: two"),
    }
    assert key not in others and len(others) == 3
    assert all(cache.get(k) is None for k in others)
    assert not list((tmp_path / "cache").rglob(".tmp-*"))


def test_an_unreadable_cache_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = cache_key("m", "p", "x")
    cache.put(key, CachedAnswer("{}"), "m", "p")
    next(tmp_path.rglob(f"{key}.json")).write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None


def test_no_cache_dir_keeps_nothing(tmp_path: Path) -> None:
    cache = ResponseCache(None)
    cache.put("k" * 64, CachedAnswer("{}"), "m", "p")
    assert cache.get("k" * 64) is None


def test_the_cli_variables_give_the_endpoint_options() -> None:
    from aikg.ingest.extractors.llm.config import options_from_env

    env = {"AIKG_LLM_BASE_URL": "http://127.0.0.1:9/v1", "AIKG_LLM_MODEL": "m", "AIKG_LLM_API_KEY": ""}
    assert options_from_env(env) == {"base_url": "http://127.0.0.1:9/v1", "model": "m"}
    assert LLMConfig.from_options(options_from_env(env)).model == "m"
