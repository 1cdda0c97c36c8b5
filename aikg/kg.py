"""The library entry point: one object over one store, used by notebooks, scripts, the CLI and the
explorer alike.

>>> import aikg
>>> with aikg.open(store="embedded", data_dir="/tmp/kg") as kg:      # doctest: +SKIP
...     kg.ingest(["corpus/articles"])
...     answer = kg.query("talent_flow", organization="OpenAI")
...     answer.rows, answer.graph                                     # rows, a networkx graph
...     kg.export(Ego("OpenAI", hops=2), "graphml", "openai.graphml")

Heavy libraries (the readers, the extractor, networkx, rdflib) load only in the methods that
need them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from aikg.graph.config import StoreConfig
from aikg.graph.errors import InvalidInputError
from aikg.graph.stores.base import GraphStats, GraphStore, QueryResult, UpsertReport
from aikg.queries.limits import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S
from aikg.selections import CypherResult, Ego, Everything, SavedQueryResult, Selection

if TYPE_CHECKING:
    import networkx as nx

    from aikg.graph.imports.base import ImportReport
    from aikg.graph.review import ReviewFilter
    from aikg.graph.schema import GraphBatch
    from aikg.graph.subgraph import GraphView, Subgraph
    from aikg.ingest.extractors.base import Extractor
    from aikg.ingest.extractors.config import ExtractorConfig
    from aikg.ingest.pipeline import IngestSummary
    from aikg.ingest.readers import UrlOptions
    from aikg.ingest.syndication import SyndicationIndex


@dataclass
class QueryAnswer:
    """A query's result: ``columns`` and ``rows`` (plain values, nodes, relationships, paths),
    ``records()`` as dicts, and ``graph``: the nodes and relationships it returned, closed over
    their endpoints, as a networkx MultiDiGraph."""

    result: QueryResult
    store: GraphStore

    @property
    def columns(self) -> list[str]:
        return self.result.columns

    @property
    def rows(self) -> list[list[Any]]:
        return self.result.rows

    @property
    def truncated(self) -> bool:
        return self.result.truncated

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]

    def subgraph(self, with_sources: bool = False) -> Subgraph:
        from aikg.graph import selection

        return selection.from_result(self.store, self.result, with_sources=with_sources)

    @property
    def graph(self) -> nx.MultiDiGraph:
        return self.subgraph().to_networkx()


class KnowledgeGraph:
    """A store opened from a :class:`StoreConfig` (schema in place) and what one does with it."""

    def __init__(self, config: StoreConfig | None = None, *, store: GraphStore | None = None) -> None:
        from aikg.graph.stores.registry import open_store

        self.config = config or StoreConfig()
        self.store: GraphStore = store if store is not None else open_store(self.config)
        try:
            self.store.ensure_schema()
        except BaseException:
            self.store.close()
            raise

    # lifecycle
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def status(self) -> GraphStats:
        """Backend, location, node counts by label, relationship counts by type."""
        return self.store.stats()

    # loading
    def load(self, data: GraphBatch | str | Path, *, bulk: bool = False) -> UpsertReport:
        """Upsert a batch, or a JSON Lines file validated whole first (a bad line loads nothing).

        With ``bulk``, into an EMPTY embedded store through FalkorDB's bulk import (same checks,
        same resulting graph and report, much faster for a large file)."""
        from aikg.graph.jsonl import read_batch
        from aikg.graph.schema import GraphBatch

        batch = data if isinstance(data, GraphBatch) else read_batch(Path(data))
        if not bulk:
            return self.store.upsert(batch)
        bulk_load = getattr(self.store, "bulk_load", None)
        if bulk_load is None:
            raise InvalidInputError(f"bulk loading is for the embedded store only, not {self.store.name}")
        return bulk_load(batch)

    def load_reference(self) -> UpsertReport:
        """The reference data of AI-industry actors, as background knowledge."""
        from aikg.ingest.reference import load_reference

        return self.store.upsert(load_reference().to_batch())

    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        extractor: str | ExtractorConfig | Extractor = "rules",
        *,
        force: bool = False,
        max_bytes: int | None = None,
        on_document: Callable[[str], None] | None = None,
        web: UrlOptions | None = None,
        syndication: SyndicationIndex | None = None,
    ) -> IngestSummary:
        """Read, extract, resolve and load documents (files, directories, URLs), one atomic batch
        each, skipping documents already ingested unless ``force``. ``web`` is how URLs are fetched
        (the polite client, feed following); ``syndication`` folds near-duplicate copies."""
        from aikg.ingest.limits import DEFAULT_MAX_BYTES
        from aikg.ingest.pipeline import ingest_documents

        inputs = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
        return ingest_documents(
            inputs,
            self.store,
            resolve_extractor(extractor),
            force=force,
            max_bytes=max_bytes or DEFAULT_MAX_BYTES,
            on_document=on_document,
            web=web,
            syndication=syndication,
        )

    def import_file(self, path: str | Path, fmt: str | None = None) -> ImportReport:
        """Load a node-link JSON or Cypher script export."""
        from aikg.graph.imports.registry import importer_for

        return importer_for(Path(path), fmt).load(self.store, Path(path))

    # reading
    def query(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT_S,
        max_rows: int | None = DEFAULT_MAX_ROWS,
        **keyword_params: Any,
    ) -> QueryAnswer:
        """Run a saved query by name, read-only: ``kg.query("talent_flow", organization="OpenAI")``."""
        from aikg.queries.runner import prepare_saved, run_prepared

        prepared = prepare_saved(name, {**(params or {}), **keyword_params})
        result = run_prepared(self.store, prepared, timeout=timeout, max_rows=max_rows)
        return QueryAnswer(result, self.store)

    def cypher(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = DEFAULT_TIMEOUT_S,
        max_rows: int | None = DEFAULT_MAX_ROWS,
    ) -> QueryAnswer:
        """Run ad-hoc Cypher, read-only unless ``write`` (the engine enforces it)."""
        from aikg.queries.runner import run_adhoc

        result = run_adhoc(self.store, text, params, write=write, timeout=timeout, max_rows=max_rows)
        return QueryAnswer(result, self.store)

    def select(self, selection: Selection | Subgraph | str) -> Subgraph:
        """The subgraph a selection names (``"all"`` is :class:`Everything`; another string is an
        entity's two-hop ego network)."""
        from aikg.graph import selection as sel
        from aikg.graph.subgraph import Subgraph

        if isinstance(selection, Subgraph):
            return selection
        if isinstance(selection, str):
            selection = Everything() if selection == "all" else Ego(selection)
        if isinstance(selection, Everything):
            return sel.whole(self.store)
        if isinstance(selection, Ego):
            types = list(selection.types) if selection.types else None
            return sel.ego(
                self.store,
                selection.entity,
                selection.hops,
                types=types,
                facts=selection.facts,
                with_sources=selection.with_sources,
            )
        if isinstance(selection, SavedQueryResult):
            answer = self.query(selection.name, selection.params, timeout=selection.timeout, max_rows=None)
            what = f"saved query {selection.name!r}"
        elif isinstance(selection, CypherResult):
            answer = self.cypher(selection.cypher, selection.params, timeout=selection.timeout, max_rows=None)
            what = "the query"
        else:
            raise InvalidInputError(f"not a selection: {selection!r}")
        subgraph = answer.subgraph(with_sources=selection.with_sources)
        if not subgraph.nodes and answer.rows:
            raise InvalidInputError(
                f"{what} returns no nodes or relationships (a table): return nodes, relationships or paths"
            )
        return subgraph

    def view(self, selection: Selection | Subgraph | str, review: ReviewFilter | None = None) -> GraphView:
        """What an export of a selection writes, without the facts ``review`` hides (default: none
        hidden). :class:`Everything` is read from the store in pages while it is written (keep the
        graph open until then); another selection is held in memory."""
        from aikg.graph.review import ReviewFilter, filter_subgraph
        from aikg.graph.selection import StoredGraph

        review = review or ReviewFilter.ALL
        if isinstance(selection, Everything) or selection == "all":
            return StoredGraph(self.store, review)
        return filter_subgraph(self.select(selection), review)

    def export(
        self, selection: Selection | Subgraph | str, fmt: str, path: str | Path | BinaryIO
    ) -> Subgraph:
        """Write a selection in an export format to a file (atomically: a failed export leaves no
        file) or a binary stream; returns what was written."""
        subgraph = self.select(selection)
        write_export(subgraph, fmt, path)
        return subgraph


def resolve_extractor(extractor: str | ExtractorConfig | Extractor) -> Extractor:
    """An extractor object from a name, a config, or an extractor itself."""
    from aikg.ingest.extractors import get_extractor
    from aikg.ingest.extractors.config import ExtractorConfig

    if isinstance(extractor, str | ExtractorConfig):
        return get_extractor(extractor)
    return extractor


def write_export(subgraph: GraphView, fmt: str, target: str | Path | BinaryIO) -> None:
    """Write a subgraph or a view in one format; an exporter that does not stream (``streams``
    unset: a plugin written for held subgraphs) gets the view held in memory."""
    from aikg.graph.export.registry import get_exporter
    from aikg.graph.subgraph import Subgraph

    exporter = get_exporter(fmt)
    if not getattr(exporter, "streams", False):
        subgraph = Subgraph.from_view(subgraph)
    if not isinstance(target, str | Path):
        exporter.write(subgraph, target)
        return
    path = Path(target)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as stream:
            exporter.write(subgraph, stream)
        partial.replace(path)
    except OSError as exc:
        raise InvalidInputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def open(
    store: str | None = None,
    data_dir: str | Path | None = None,
    *,
    config: StoreConfig | None = None,
    env: Mapping[str, str] | None = None,
    **settings: Any,
) -> KnowledgeGraph:
    """Open a knowledge graph. Explicit arguments beat the environment (``AIKG_STORE``,
    ``AIKG_DATA_DIR``, ``NEO4J_*``); pass ``env={}`` to ignore it, or a ready ``config``."""
    if config is None:
        config = StoreConfig.from_env(env, store=store, data_dir=data_dir, **settings)
    return KnowledgeGraph(config)


__all__ = ["KnowledgeGraph", "QueryAnswer", "open"]
