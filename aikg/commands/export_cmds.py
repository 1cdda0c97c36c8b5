"""`aikg export` (a subgraph in one of the export formats) and `aikg import` (JSON or Cypher back)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aikg.graph.errors import InvalidInputError
from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.imports.registry import importer_for, importer_names
from aikg.graph.limits import MAX_HOPS
from aikg.options import DataDirOption, StoreOption, opened_graph
from aikg.selections import CypherResult, Ego, Everything, SavedQueryResult, Selection

if TYPE_CHECKING:
    from aikg.graph.selection import FactFilter
    from aikg.graph.subgraph import GraphView

STDOUT = "-"
FORMAT_HELP = (
    f"Export format: {', '.join(exporter_names())} (default: from the output's extension, else json)."
)


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
        for candidate in exporter_names():
            if get_exporter(candidate).extension == suffix or candidate == suffix:
                return candidate
    return "json"


def build_selection(
    *,
    entity: str | None,
    query: str | None,
    cypher: str | None,
    everything: bool,
    hops: int,
    types: list[str],
    facts: FactFilter,
    params: dict[str, str],
    with_sources: bool,
    timeout: float | None,
) -> Selection:
    """The selection the flags describe (exactly one of entity, query, cypher, everything)."""
    if sum([entity is not None, query is not None, cypher is not None, everything]) != 1:
        raise InvalidInputError("give exactly one of --entity, --query, --cypher or --all")
    if entity is not None:
        return Ego(entity, hops, tuple(types) or None, facts, with_sources)
    if query is not None:
        return SavedQueryResult(query, params, timeout, with_sources)
    if cypher is not None:
        return CypherResult(cypher, {}, timeout, with_sources)
    return Everything()


def write_output(subgraph: GraphView, fmt: str, output: str) -> None:
    from aikg.kg import write_export

    if output == STDOUT:
        write_export(subgraph, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_export(subgraph, fmt, Path(output))


def export(
    entity: Annotated[
        str | None, typer.Option("--entity", help="Ego network of this entity (name, alias or id).")
    ] = None,
    query: Annotated[str | None, typer.Option("--query", help="Result of this saved query.")] = None,
    cypher: Annotated[
        str | None, typer.Option("--cypher", help="Result of this read-only Cypher query.")
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="The whole graph.")] = False,
    hops: Annotated[int, typer.Option("--hops", min=1, max=MAX_HOPS, help="Ego network radius.")] = 2,
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
    """Export a subgraph: an entity's ego network, a saved or ad-hoc query's result, or everything
    (read from the store in pages while it is written)."""
    from aikg.graph.review import parse_filter
    from aikg.graph.selection import FactFilter

    review_filter = parse_filter(review or ("all" if everything else None))
    fact_filter = FactFilter(
        review=review_filter,
        predicates=tuple(predicate) if predicate else None,
        since=since,
        until=until,
        min_confidence=min_confidence,
        min_sources=min_sources,
    )
    name = choose_format(fmt, output)
    chosen = build_selection(
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
    with opened_graph(store, data_dir) as kg:
        view = kg.view(chosen, review_filter)
        write_output(view, name, output)
        nodes, relationships = view.size()
    where = "stdout" if output == STDOUT else output
    counts = f"{nodes} nodes and {relationships} relationships"
    print(f"exported {counts} as {name} to {where}", file=sys.stderr)


def import_file(
    file: Annotated[Path, typer.Argument(help="A node-link JSON file or a Cypher script from aikg export.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=f"{' or '.join(importer_names())} (default: from the extension)."
        ),
    ] = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Load an exported subgraph (node-link JSON or Cypher script) into the store."""
    importer = importer_for(file, fmt)
    with opened_graph(store, data_dir, write=True) as kg:
        report = kg.import_file(file, importer.name)
    print(f"imported {file}: {report.summary()}")


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command("import")(import_file)
