"""Curation in a real browser: reject a fact on the Review page (Chromium driven by Playwright) and see
it disappear from the entity page. Skipped like tests/test_dashboard_browser.py without Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aikg.graph.curation import audit_records
from aikg.graph.review import ReviewState
from aikg.graph.stored_facts import facts_of, get_fact
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.test_dashboard_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    QUOTE,
    serve_explorer,
    sync_playwright,
)

if sync_playwright is not None:
    from playwright.sync_api import expect

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sync_playwright is None, reason="the playwright Python package is not installed"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture
def writable_explorer(scratch_store: FalkorDBStore, tmp_path: Path) -> Iterator[str]:
    with serve_explorer(scratch_store.data_dir, tmp_path, {"AIKG_USER": "browser-test"}) as url:
        yield url


def test_reject_on_the_review_page_hides_the_fact_on_the_entity_page(
    writable_explorer: str, scratch_store: FalkorDBStore
) -> None:
    assert sync_playwright is not None
    fact_id = next(
        f.fact_id for f in facts_of(scratch_store, "person:helen-toner") if f.predicate == "CRITICIZED"
    )
    key = fact_id.replace(":", "-")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2200})
            page.goto(f"{writable_explorer}/?entity=person:helen-toner")
            expect(page.get_by_role("heading", name="Helen Toner")).to_be_visible(timeout=30_000)
            expect(page.get_by_text(QUOTE, exact=True).first).to_be_visible(timeout=30_000)

            page.goto(f"{writable_explorer}/review")
            expect(page.get_by_role("heading", name="Review")).to_be_visible(timeout=30_000)
            card = page.locator(f".st-key-review-{key}")
            expect(card.get_by_text(QUOTE, exact=True)).to_be_visible(timeout=30_000)
            card.get_by_label("Note (optional, kept in the audit trail)").fill("an opinion piece")
            card.get_by_label("Note (optional, kept in the audit trail)").press("Tab")
            page.locator(f".st-key-reject-{key} button").click()
            expect(page.get_by_text("Rejected: Helen Toner CRITICIZED Sam Altman")).to_be_visible(
                timeout=30_000
            )
            expect(page.locator(f".st-key-review-{key}")).to_have_count(0, timeout=30_000)

            page.goto(f"{writable_explorer}/?entity=person:helen-toner")
            expect(page.get_by_role("heading", name="Helen Toner")).to_be_visible(timeout=30_000)
            expect(page.get_by_text("Facts (1)")).to_be_visible(timeout=30_000)
            expect(page.get_by_text(QUOTE, exact=True)).to_have_count(0, timeout=30_000)
        finally:
            browser.close()
    stored = get_fact(scratch_store, fact_id)
    assert stored.review is ReviewState.REJECTED
    [record] = audit_records(scratch_store)
    assert (record.action.value, record.user, record.note) == ("reject", "browser-test", "an opinion piece")
