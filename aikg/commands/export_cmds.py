"""`aikg export` (a subgraph in one of the export formats) and `aikg import` (JSON or Cypher back)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from aikg.graph import selection
from aikg.graph.errors import InvalidInputError
from aikg.graph.export.registry import EXPORTERS, get_exporter
from aikg.graph.imports.registry import IMPORTERS, importer_for
from aikg.graph.review import filter_subgraph, parse_filter
from aikg.graph.stores.base import GraphStore, QueryResult
from aikg.graph.subgraph import Subgraph
from aikg.options import DataDirOption, StoreOption, opened_store

STDOUT = "-"
FORMAT_HELP = f"Export format: {', '.join(EXPORTERS)} (default: from the output's extension, else json)."


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InvalidInputError(f"parameter {pair!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params


def choose_format(name: str | None, output: str) -> str:
    if name is not None:
        get_exporter(name)  # unknown names fail here, listing the valid ones
        return name
    if output != STDOUT:
        suffix = Path(output).suffix.lower().lstrip(".")
        for candidate in EXPORTERS:
            if get_exporter(candidate).extension == suffix or candidate == suffix:
                return candidate
    return "json"


def saved_query_result(
    store: GraphStore, name: str, params: dict[str, str], timeout: float | None
) -> QueryResult:
    try:
        from aikg.queries.runner import run_saved
    except ImportError as exc:
        raise InvalidInputError("saved queries are not available (the queries package is missing)") from exc
    return run_saved(store, name, params, timeout=timeout, max_rows=None)


def adhoc_result(store: GraphStore, cypher: str, timeout: float | None) -> QueryResult:
    try:
        from aikg.queries.runner import run_adhoc
    except ImportError:
        return store.run(cypher, {}, write=False, timeout=timeout)
    return run_adhoc(store, cypher, {}, write=False, timeout=timeout, max_rows=None)


def select(
    store: GraphStore,
    *,
    entity: str | None,
    query: str | None,
    cypher: str | None,
    everything: bool,
    hops: int,
    types: list[str],
    facts: selection.FactFilter,
    params: dict[str, str],
    with_sources: bool,
    timeout: float | None,
) -> Subgraph:
    if entity is not None:
        return selection.ego(store, entity, hops, types=types or None, facts=facts, with_sources=with_sources)
    if query is not None or cypher is not None:
        if query is not None:
            result = saved_query_result(store, query, params, timeout)
        else:
            result = adhoc_result(store, str(cypher), timeout)
        subgraph = selection.from_result(store, result, with_sources=with_sources)
        if not subgraph.nodes and result.rows:
            what = f"saved query {query!r}" if query else "the query"
            raise InvalidInputError(
                f"{what} returns no nodes or relationships (a table): return nodes, relationships or paths"
            )
        return subgraph
    if everything:
        return selection.whole(store)
    raise InvalidInputError("say what to export: --entity NAME, --query NAME, --cypher TEXT or --all")


def write_output(subgraph: Subgraph, fmt: str, output: str) -> None:
    exporter = get_exporter(fmt)
    if output == STDOUT:
        exporter.write(subgraph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    path = Path(output)
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


def export(
    entity: Annotated[
        str | None, typer.Option("--entity", help="Ego network of this entity (name, alias or id).")
    ] = None,
    query: Annotated[str | None, typer.Option("--query", help="Result of this saved query.")] = None,
    cypher: Annotated[
        str | None, typer.Option("--cypher", help="Result of this read-only Cypher query.")
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="The whole graph.")] = False,
    hops: Annotated[
        int, typer.Option("--hops", min=1, max=selection.MAX_HOPS, help="Ego network radius.")
    ] = 2,
    predicate: Annotated[
        list[str] | None, typer.Option("--predicate", help="Follow only these facts.")
    ] = None,
    entity_type: Annotated[
        list[str] | None, typer.Option("--type", help="Reach only these entity types (Person, ...).")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Facts dated on or after (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Facts dated on or before (YYYY[-MM[-DD]]).")
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Minimum fact confidence.")
    ] = None,
    min_sources: Annotated[
        int | None, typer.Option("--min-sources", help="Minimum sources per fact.")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Saved query parameter KEY=VALUE.")
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = STDOUT,
    no_sources: Annotated[
        bool,
        typer.Option(
            "--no-sources",
            help="Leave Source nodes out (a JSON export then imports only where the sources are).",
        ),
    ] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Query time limit in seconds.")] = None,
    review: Annotated[
        str | None,
        typer.Option(
            "--review",
            help="Which facts by review state: accepted-only, not-rejected or all "
            "(default: not-rejected; all with --all, so a full export keeps every decision).",
        ),
    ] = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Export a subgraph: an entity's ego network, a saved or ad-hoc query's result, or everything."""
    chosen = [entity is not None, query is not None, cypher is not None, everything]
    if sum(chosen) != 1:
        raise InvalidInputError("give exactly one of --entity, --query, --cypher or --all")
    review_filter = parse_filter(review or ("all" if everything else None))
    fact_filter = selection.FactFilter(
        review=review_filter,
        predicates=tuple(predicate) if predicate else None,
        since=since,
        until=until,
        min_confidence=min_confidence,
        min_sources=min_sources,
    )
    name = choose_format(fmt, output)
    with opened_store(store, data_dir) as graph_store:
        subgraph = select(
            graph_store,
            entity=entity,
            query=query,
            cypher=cypher,
            everything=everything,
            hops=hops,
            types=list(entity_type or []),
            facts=fact_filter,
            params=parse_params(param or []),
            with_sources=not no_sources,
            timeout=timeout,
        )
    subgraph = filter_subgraph(subgraph, review_filter)
    write_output(subgraph, name, output)
    where = "stdout" if output == STDOUT else output
    counts = f"{len(subgraph.nodes)} nodes and {len(subgraph.relationships)} relationships"
    print(f"exported {counts} as {name} to {where}", file=sys.stderr)


def import_file(
    file: Annotated[Path, typer.Argument(help="A node-link JSON file or a Cypher script from aikg export.")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help=f"{' or '.join(IMPORTERS)} (default: from the extension)."),
    ] = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Load an exported subgraph (node-link JSON or Cypher script) into the store."""
    importer = importer_for(file, fmt)
    with opened_store(store, data_dir) as graph_store:
        report = importer.load(graph_store, file)
    print(f"imported {file}: {report.summary()}")


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command("import")(import_file)
