"""The one small interface every export format implements, and helpers they share."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, Protocol, runtime_checkable

from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import GraphView

SOURCE_LABEL = "Source"
MENTIONS = "MENTIONS"


@runtime_checkable
class Exporter(Protocol):
    """An export format. ``write`` gets a :class:`~aikg.graph.subgraph.GraphView`: a held
    :class:`~aikg.graph.subgraph.Subgraph`, or, when the exporter class sets ``streams = True``, a
    view that may read the store page by page each time it is iterated (so write item by item and
    iterate as few times as you can). An exporter without ``streams`` always gets a ``Subgraph``."""

    name: str
    extension: str
    description: str

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        """Write the whole subgraph to a binary stream."""


class TextBuffer:
    """UTF-8 text written to a binary stream in chunks of about 64 KiB (exporters that stream)."""

    LIMIT = 1 << 16

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.stream.write("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0


def edge_key(rel: RelationshipValue) -> str:
    """A key that survives a move between stores: the fact id, or the endpoints for a mention."""
    if rel.id and not rel.id.startswith("#"):
        return rel.id
    return f"{rel.type}:{rel.start}->{rel.end}"


def display_name(node: NodeValue) -> str:
    props = node.properties
    return str(props.get("name") or props.get("title") or node.id)


def sorted_nodes(subgraph: GraphView) -> Iterator[NodeValue]:
    return subgraph.ordered_nodes()


def sorted_relationships(subgraph: GraphView) -> Iterator[RelationshipValue]:
    return subgraph.ordered_relationships()
