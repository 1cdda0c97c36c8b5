"""One pass over the subscribed feeds: new entries only, each followed to its article page.

Per feed: the feed is fetched conditionally (an unchanged feed costs a 304 and nothing else); each
entry not yet stored is followed to its page and ingested (skipping known content hashes, folding
syndicated copies into their canonical source); an entry is marked as stored only after its
document is in the store, and the feed's validators only once all its entries are, so a poll
killed at any moment resumes where it stopped without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from aikg.graph.stores.base import GraphStore
from aikg.ingest.extractors.base import Extractor
from aikg.ingest.feeds.seen import SeenEntries
from aikg.ingest.feeds.subscriptions import Feed, Subscriptions
from aikg.ingest.fetch import Fetcher
from aikg.ingest.pipeline import IngestSummary, ingest_documents
from aikg.ingest.readers import UrlOptions
from aikg.ingest.state import State
from aikg.ingest.syndication import SyndicationIndex


@dataclass
class FeedReport:
    feed: Feed
    summary: IngestSummary = field(default_factory=IngestSummary)

    @property
    def feed_failed(self) -> bool:
        """The feed itself could not be read (as opposed to some of its entries)."""
        return any(e.startswith(f"{self.feed.url}: ") for e in self.summary.errors)

    @property
    def new(self) -> int:
        """Entries stored as new sources by this poll."""
        return self.summary.loaded.sources_new

    def row(self) -> dict[str, object]:
        s = self.summary
        return {
            "feed": self.feed.name,
            "status": "failed"
            if self.feed_failed
            else ("unchanged" if s.unchanged and not s.documents else "ok"),
            "new": self.new,
            "syndicated": s.syndicated,
            "skipped": s.skipped,
            "new_facts": s.loaded.facts_new,
            "corroborated": s.loaded.facts_corroborated,
            "errors": len(s.errors),
        }


def poll_feeds(
    feeds: list[Feed],
    store: GraphStore,
    extractor: Extractor,
    state: State,
    fetcher: Fetcher,
    *,
    on_document: Callable[[str], None] | None = None,
    on_feed: Callable[[Feed], None] | None = None,
) -> list[FeedReport]:
    web = UrlOptions(fetcher, follow=True, seen=SeenEntries(state), feeds_only=True)
    index = SyndicationIndex(state)
    subscriptions = Subscriptions(state)
    reports = []
    for feed in feeds:
        if on_feed is not None:
            on_feed(feed)
        summary = ingest_documents(
            [feed.url], store, extractor, on_document=on_document, web=web, syndication=index
        )
        report = FeedReport(feed, summary)
        subscriptions.record_poll(feed.url, report.new, summary.errors[0] if summary.errors else None)
        reports.append(report)
    return reports
