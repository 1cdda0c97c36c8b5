"""`aikg extract`, `aikg ingest` and `aikg eval`: thin commands over ingest.*"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from aikg.commands.fetch_options import (
    DEFAULT_DELAY_SECONDS,
    DEFAULT_TOTAL_SECONDS,
    DelayOption,
    TimeoutOption,
    opened_fetcher,
    opened_state,
)
from aikg.commands.llm_options import (
    LLMAPIKeyOption,
    LLMBaseURLOption,
    LLMConcurrencyOption,
    LLMModelOption,
    LLMNoCacheOption,
    LLMTimeoutOption,
    ShowRejectedOption,
    extractor_config,
    report_llm,
)
from aikg.ingest.limits import DEFAULT_MAX_BYTES
from aikg.options import DataDirOption, StoreOption

if TYPE_CHECKING:
    from aikg.ingest.evaluate import EvalReport, Score

ExtractorOption = Annotated[
    str,
    typer.Option(
        "--extractor",
        help="Extractor name: rules (offline, default), llm (an OpenAI-compatible model, see --llm-*) "
        "or rules+llm (both, facts merged).",
    ),
]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Documents larger than this are refused.")
]
FormatOption = Annotated[str, typer.Option("--format", help="Output format: json or table.")]
FORMATS = ("json", "table")


def _check_format(value: str) -> None:
    if value not in FORMATS:
        from aikg.graph.errors import InvalidInputError

        raise InvalidInputError(f"unknown format {value!r}; valid formats: {', '.join(FORMATS)}")


def _error_line(_: Console, message: str) -> None:
    """One line per failed document, never wrapped."""
    sys.stderr.write(f"aikg: error: {' '.join(message.split())}\n")


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or http(s) URLs.")],
    output: FormatOption = "json",
    extractor: ExtractorOption = "rules",
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    data_dir: DataDirOption = None,
    llm_base_url: LLMBaseURLOption = None,
    llm_model: LLMModelOption = None,
    llm_api_key: LLMAPIKeyOption = None,
    llm_timeout: LLMTimeoutOption = None,
    llm_concurrency: LLMConcurrencyOption = None,
    llm_no_cache: LLMNoCacheOption = False,
    show_rejected: ShowRejectedOption = False,
) -> None:
    """Extract entities and relations with evidence; print them, touching no store (an LLM's
    answers are cached in <data dir>/llm-cache)."""
    from aikg.ingest.document import Document
    from aikg.ingest.extractors import get_extractor
    from aikg.ingest.output import extraction_record
    from aikg.ingest.readers import DocumentError, read_documents
    from aikg.ingest.reference import load_reference
    from aikg.ingest.resolve import EntityResolver

    _check_format(output)
    chosen = get_extractor(extractor_config(
        extractor,
        base_url=llm_base_url,
        model=llm_model,
        api_key=llm_api_key,
        timeout=llm_timeout,
        concurrency=llm_concurrency,
        no_cache=llm_no_cache,
        data_dir=data_dir,
    ))
    resolver = EntityResolver(load_reference().entities)
    err = Console(stderr=True)
    records, failed = [], 0
    for item in read_documents(paths, max_bytes):
        if isinstance(item, DocumentError):
            _error_line(err, str(item))
            failed += 1
            continue
        if not isinstance(item, Document):  # a 304 Not Modified: nothing new to extract
            continue
        records.append(extraction_record(item, resolver.apply(chosen.extract(item))))
    if output == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_tables(records)
    report_llm(chosen, show_rejected)
    if failed:
        raise typer.Exit(1)


def _print_tables(records: list[dict[str, object]]) -> None:
    console = Console()
    for record in records:
        table = Table(title=f"{record['source']} ({record['language']}, {record['published']})")
        for column in ("subject", "predicate", "object", "properties", "confidence", "evidence"):
            table.add_column(column, overflow="fold")
        for rel in record["relations"]:  # type: ignore[attr-defined]
            props = ", ".join(f"{k}={v}" for k, v in rel["properties"].items())
            table.add_row(
                rel["subject"],
                rel["predicate"],
                rel["object"],
                props,
                f"{rel['confidence']:.2f}",
                rel["evidence"],
            )
        console.print(table)
        names = ", ".join(f"{e['name']} ({e['type']})" for e in record["entities"])  # type: ignore[attr-defined]
        console.print(f"entities: {names}", highlight=False)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or http(s) URLs.")],
    force: Annotated[
        bool, typer.Option("--force", help="Re-ingest documents already in the store (no conditional GET).")
    ] = False,
    follow: Annotated[
        bool | None,
        typer.Option(
            "--follow/--no-follow",
            help="Follow each feed entry to its article page (default: on for subscribed feeds).",
        ),
    ] = None,
    syndication: Annotated[
        bool,
        typer.Option(
            "--syndication/--no-syndication",
            help="Fold near-duplicate bodies into the first stored source as its syndicated copies.",
        ),
    ] = True,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
    extractor: ExtractorOption = "rules",
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    delay: DelayOption = DEFAULT_DELAY_SECONDS,
    timeout: TimeoutOption = DEFAULT_TOTAL_SECONDS,
    llm_base_url: LLMBaseURLOption = None,
    llm_model: LLMModelOption = None,
    llm_api_key: LLMAPIKeyOption = None,
    llm_timeout: LLMTimeoutOption = None,
    llm_concurrency: LLMConcurrencyOption = None,
    llm_no_cache: LLMNoCacheOption = False,
    show_rejected: ShowRejectedOption = False,
) -> None:
    """Extract and load documents into the graph (skipping documents already ingested).

    URLs are fetched politely (robots.txt, a per-host delay, a byte cap and a total time limit)
    and conditionally: a URL unchanged since it was stored costs a 304 and is counted unchanged.
    """
    from rich.progress import BarColumn, Progress, TextColumn

    from aikg.ingest.extractors import get_extractor
    from aikg.ingest.feeds.seen import SeenEntries
    from aikg.ingest.feeds.subscriptions import Subscriptions
    from aikg.ingest.readers import UrlOptions
    from aikg.ingest.syndication import SyndicationIndex
    from aikg.options import opened_graph

    chosen = get_extractor(extractor_config(
        extractor,
        base_url=llm_base_url,
        model=llm_model,
        api_key=llm_api_key,
        timeout=llm_timeout,
        concurrency=llm_concurrency,
        no_cache=llm_no_cache,
        data_dir=data_dir,
    ))
    err = Console(stderr=True)
    with (
        opened_graph(store, data_dir, write=True) as kg,
        opened_state(data_dir) as state,
        opened_fetcher(
            state, delay=delay, timeout=timeout, max_bytes=max_bytes, conditional=not force
        ) as fetcher,
        Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} docs"),
            console=err,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None)

        def advance(name: str) -> None:
            progress.update(task, advance=1, description=f"ingesting {Path(name).name[:40]}")

        subscribed = {f.url for f in Subscriptions(state).all()}
        web = UrlOptions(
            fetcher,
            follow=bool(follow),
            seen=None if force else SeenEntries(state),
            follow_feeds=frozenset(subscribed if follow is None else ()),
        )
        summary = kg.ingest(
            paths,
            chosen,
            force=force,
            max_bytes=max_bytes,
            on_document=advance,
            web=web,
            syndication=SyndicationIndex(state) if syndication else None,
        )
    for message in summary.errors:
        _error_line(err, message)
    report_llm(chosen, show_rejected)
    table = Table(title="ingest summary")
    table.add_column("documents")
    table.add_column("skipped")
    table.add_column("new entities")
    table.add_column("new facts")
    table.add_column("corroborated facts")
    table.add_column("asserted again, rejected by review")
    table.add_column("errors")
    table.add_row(*(str(v) for v in summary.as_dict().values()))
    Console().print(table)
    if summary.syndicated or summary.unchanged:
        Console().print(
            f"syndicated copies: {summary.syndicated}   unchanged since last fetch (HTTP 304): "
            f"{summary.unchanged}",
            highlight=False,
        )
    if summary.errors:
        raise typer.Exit(1)


def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Directory of gold JSON files.")],
    docs: Annotated[Path, typer.Option("--docs", help="Directory of the documents (same stems).")],
    output: Annotated[str, typer.Option("--format", help="Output format: table or json.")] = "table",
    extractor: ExtractorOption = "rules",
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Also print precision and hits per extraction rule id.")
    ] = False,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Score only the gold files whose stem matches this glob (repeatable), "
            "e.g. --only 'en-0[1-8]-*' for one half of a set.",
        ),
    ] = None,
    data_dir: DataDirOption = None,
    llm_base_url: LLMBaseURLOption = None,
    llm_model: LLMModelOption = None,
    llm_api_key: LLMAPIKeyOption = None,
    llm_timeout: LLMTimeoutOption = None,
    llm_concurrency: LLMConcurrencyOption = None,
    llm_no_cache: LLMNoCacheOption = False,
    show_rejected: ShowRejectedOption = False,
) -> None:
    """Score the extractor against gold annotations (precision, recall, F1); an extracted trap (the
    gold's `traps` list) is a false positive and is counted apart."""
    from aikg.ingest.evaluate import evaluate as run_evaluation
    from aikg.ingest.extractors import get_extractor

    _check_format(output)
    chosen = get_extractor(extractor_config(
        extractor,
        base_url=llm_base_url,
        model=llm_model,
        api_key=llm_api_key,
        timeout=llm_timeout,
        concurrency=llm_concurrency,
        no_cache=llm_no_cache,
        data_dir=data_dir,
    ))
    report = run_evaluation(gold, docs, chosen, only=only or ())
    if output == "json":
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_report(report)
        if by_rule:
            _print_rules(report)
    err = Console(stderr=True)
    for message in report.errors:
        _error_line(err, message)
    report_llm(chosen, show_rejected)
    if report.errors:
        raise typer.Exit(1)


def _print_report(report: EvalReport) -> None:
    console = Console()

    def new_table(title: str, first: str) -> Table:
        table = Table(title=f"{title} (ent = entities, rel = relations)")
        table.add_column(first, overflow="fold", min_width=20)  # long names wrap; the figures never do
        for column in ("ent P", "ent R", "ent F1", "rel P", "rel R", "rel F1"):
            table.add_column(column, justify="right", no_wrap=True)
        return table

    def cells(score: Score) -> list[str]:
        return [f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]

    articles = new_table("per article", "article")
    for article in report.articles:
        articles.add_row(article.name, *cells(article.entities), *cells(article.relations))
    articles.add_row(
        "MICRO", *cells(report.micro("entities")), *cells(report.micro("relations")), style="bold"
    )
    console.print(articles)
    predicates = Table(title="relations per predicate")
    for column in ("predicate", "tp", "fp", "fn", "precision", "recall", "F1"):
        predicates.add_column(column, no_wrap=True)
    for name, score in report.per_predicate().items():
        predicates.add_row(name, str(score.tp), str(score.fp), str(score.fn), *cells(score))
    console.print(predicates)
    languages = new_table("per language", "language")
    entities_by_language = report.micro_by_language("entities")
    for language, relations in report.micro_by_language("relations").items():
        languages.add_row(language, *cells(entities_by_language[language]), *cells(relations))
    console.print(languages)
    extracted, traps = report.traps()
    if traps:
        console.print(f"traps extracted (each also a false positive): {extracted} of {traps}")
    attributes = Table(title="attribute accuracy on matched relations")
    for column in ("attribute", "correct", "total", "accuracy"):
        attributes.add_column(column)
    for name, acc in report.attribute_accuracy().items():
        attributes.add_row(name, str(acc.correct), str(acc.total), f"{acc.value:.3f}")
    console.print(attributes)


def _print_rules(report: EvalReport) -> None:
    table = Table(title="facts per rule id (a fact found by two rules counts for both)")
    for column in ("rule", "hits", "correct", "precision"):
        table.add_column(column, no_wrap=column != "rule")
    for rule, score in report.per_rule().items():
        table.add_row(rule, str(score.tp + score.fp), str(score.tp), f"{score.precision:.3f}")
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("ingest")(ingest)
    app.command("eval")(evaluate)
