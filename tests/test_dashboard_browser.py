"""The explorer in a real browser: `streamlit run` against the sample graph, driven by Playwright + Chromium.

Needs the `playwright` package and Debian's chromium at /usr/bin/chromium (Playwright never downloads
a browser here); skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = Path("/tmp/aikg-explorer.png")
QUOTE = "he withheld information from the board"
SELECT_NODE = "id => { document.getElementById('cy')._cyreg.cy.getElementById(id).select(); }"

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sync_playwright is None, reason="the playwright Python package is not installed"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"streamlit exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=2).text.strip() == "ok":
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"streamlit did not answer on {url} within {seconds}s")


@contextmanager
def serve_explorer(data_dir: Path, home: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """`streamlit run` of the explorer on the embedded store in ``data_dir``, on a free local port;
    its URL until the block ends, then the server is stopped. ``home`` holds streamlit's own files
    and its log."""
    port = free_port()
    env = {
        **os.environ,
        "AIKG_STORE": "embedded",
        "AIKG_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),  # streamlit writes its credentials file there
        **(extra_env or {}),
    }
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    log = (home / "streamlit.log").open("wb")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def explorer_url(sample_store: FalkorDBStore, tmp_path: Path) -> Iterator[str]:
    with serve_explorer(sample_store.data_dir, tmp_path) as url:
        yield url


def test_explorer_in_chromium_shows_evidence_graph_and_expands(explorer_url: str) -> None:
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2200})
            page.goto(explorer_url)
            search = page.get_by_label("Search an entity")
            search.fill("Helen Toner")
            search.press("Enter")
            expect(page.get_by_role("heading", name="Helen Toner")).to_be_visible(timeout=30_000)
            expect(page.get_by_text(QUOTE, exact=True).first).to_be_visible(timeout=30_000)
            expect(page.get_by_role("link", name="Toner speaks out").first).to_be_visible(timeout=30_000)
            graph = page.frame_locator("iframe[title*='st_link_analysis']")
            expect(graph.locator("canvas").first).to_be_visible(timeout=30_000)
            page.wait_for_timeout(3000)  # the cose layout animates before it settles
            page.screenshot(path=str(SCREENSHOT), full_page=True)
            expect(page.get_by_text("2 nodes · 2 facts")).to_be_visible(timeout=30_000)
            # click-to-expand: select Sam Altman in the graph, press the expand button
            frame = page.frame(url=lambda url: "st_link_analysis" in url)
            assert frame is not None
            frame.evaluate(SELECT_NODE, "person:sam-altman")
            frame.locator("#nodeActionsExpand").click()
            expect(page.get_by_text("3 nodes · 3 facts")).to_be_visible(timeout=30_000)
        finally:
            browser.close()
    assert SCREENSHOT.stat().st_size > 10_000


ARTIFACTS = Path(os.environ.get("AIKG_TEST_ARTIFACTS", ROOT / "tests" / "artifacts"))


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


def keep_screenshot(page: Any, name: str) -> None:
    """Screenshots stay in tests/artifacts (or $AIKG_TEST_ARTIFACTS), which CI keeps."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_suggestions_as_you_type_open_nothing_until_chosen(explorer_url: str) -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            page.goto(explorer_url)
            box = page.get_by_role("combobox", name="Suggestions as you type")
            box.click()
            box.type("Antropic")
            option = page.get_by_role("option").filter(has_text="Anthropic · Organization")
            expect(option.first).to_be_visible(timeout=30_000)
            keep_screenshot(page, "explorer-suggestions")
            expect(page.get_by_role("heading", name="Anthropic")).to_have_count(0)
            option.first.click()
            expect(page.get_by_role("heading", name="Anthropic")).to_be_visible(timeout=30_000)
            page.get_by_label("Search an entity").fill("Jean Dupont")
            page.get_by_label("Search an entity").press("Enter")
            expect(page.get_by_text("No entity matches 'Jean Dupont'")).to_be_visible(timeout=30_000)
            expect(page.get_by_role("heading", name="Anthropic")).to_have_count(0)
        finally:
            browser.close()


def test_a_date_range_link_filters_table_and_network_and_shows_the_legend(explorer_url: str) -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2600})
            page.goto(f"{explorer_url}/?entity=person:jan-leike&since=2024-05-20&until=2024-12-31")
            expect(page.get_by_role("heading", name="Jan Leike")).to_be_visible(timeout=30_000)
            expect(page.get_by_role("heading", name="Facts (1)")).to_be_visible(timeout=30_000)
            expect(page.get_by_text("2 nodes · 1 facts")).to_be_visible(timeout=30_000)
            expect(page.get_by_text("Legend").first).to_be_visible(timeout=30_000)
            page.wait_for_timeout(2000)
            keep_screenshot(page, "explorer-date-range")
        finally:
            browser.close()


def test_the_back_button_steps_between_entities(explorer_url: str) -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            page.goto(f"{explorer_url}/?entity=person:jan-leike")
            expect(page.get_by_role("heading", name="Jan Leike")).to_be_visible(timeout=30_000)
            search = page.get_by_label("Search an entity")
            search.fill("Anthropic")
            search.press("Enter")
            expect(page.get_by_role("heading", name="Anthropic")).to_be_visible(timeout=30_000)
            page.wait_for_timeout(1500)
            assert "anthropic" in page.url
            page.go_back()
            expect(page.get_by_role("heading", name="Jan Leike")).to_be_visible(timeout=30_000)
        finally:
            browser.close()
