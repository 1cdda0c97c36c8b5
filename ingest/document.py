"""The document every reader produces and every extractor consumes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from aikg.graph.schema import Source


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None
    language: str | None = None
    content_hash: str

    @property
    def name(self) -> str:
        """How messages and outputs refer to the document: its URL, else its path."""
        return self.url or self.path or self.content_hash[:16]

    def to_source(self) -> Source:
        return Source(
            url=self.url,
            path=self.path,
            title=self.title,
            published=self.published,
            language=self.language,
            content_hash=self.content_hash,
        )
