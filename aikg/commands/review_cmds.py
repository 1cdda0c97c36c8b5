"""Curation commands: `aikg review list|accept|reject|correct|add`, `aikg entity merge|rename|split|retype`
and `aikg audit`. Every change is one atomic write with its audit record in the store."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from aikg.graph.errors import InvalidInputError
from aikg.options import DataDirOption, StoreOption, opened_graph

if TYPE_CHECKING:
    from aikg.graph.audit import AuditRecord

review_app = typer.Typer(
    help="Review extracted facts: list the queue, accept, reject, correct, add by hand.", no_args_is_help=True
)
entity_app = typer.Typer(
    help="Curate entities: merge duplicates, split an alias, rename, retype.", no_args_is_help=True
)


QUOTE_WIDTH = 80


class ListFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


UserOption = Annotated[
    str | None,
    typer.Option("--user", help="Who acts, for the audit trail (default: env AIKG_USER, else the OS user)."),
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why: kept in the audit trail.")]
FactArg = Annotated[str, typer.Argument(metavar="FACT_ID", help="A fact id (see `aikg review list`).")]
EntityArg = Annotated[str, typer.Argument(metavar="ENTITY", help="An entity id, name or alias.")]
FormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]


def _done(record: AuditRecord | None, what: str, unchanged: str) -> None:
    if record is None:
        print(f"{unchanged}: nothing changed")
    else:
        print(f"{what} (audit {record.id})")


@review_app.command("list")
def list_facts(
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            help="Facts in this review state (repeat): unreviewed (the default), accepted, rejected, "
            "corrected.",
        ),
    ] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only facts of this entity.")] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Only facts at least this confident (0..1).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Show at most this many.")] = None,
    fmt: FormatOption = ListFormat.TABLE,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """List facts to review (unreviewed unless --status says otherwise), lowest confidence first,
    then single-source facts."""
    from aikg.graph import curation
    from aikg.graph.review import parse_state

    states = {parse_state(s) for s in status or ["unreviewed"]}
    with opened_graph(store, data_dir) as kg:
        graph_store = kg.store
        items = curation.review_items(
            graph_store, states=states, entity=entity, min_confidence=min_confidence
        )
    items = items[:limit] if limit else items
    if fmt is ListFormat.JSON:
        print(json.dumps([i.as_dict() for i in items], indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(items)} facts")
    table.add_column("fact id", no_wrap=True, min_width=21)
    for column in ("review", "subject", "predicate", "object", "properties", "conf.", "src", "quote"):
        table.add_column(column, overflow="fold")
    for item in items:
        quote = item.quotes[0][0] if item.quotes else ""
        quote = quote if len(quote) <= QUOTE_WIDTH else quote[: QUOTE_WIDTH - 1] + "…"
        table.add_row(
            item.fact_id,
            item.review,
            item.subject_name,
            item.predicate,
            item.object_name,
            ", ".join(f"{k}={v}" for k, v in item.properties.items()),
            "" if item.confidence is None else f"{item.confidence:.2f}",
            str(len(item.sources)),
            quote,
        )
    Console(highlight=False).print(table, markup=False)


@review_app.command("accept")
def accept(
    fact_id: FactArg,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Accept a fact."""
    from aikg.graph import curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = curation.accept(graph_store, fact_id, user=user, note=note)
    _done(record, f"accepted {fact_id}", f"{fact_id} is already accepted")


@review_app.command("reject")
def reject(
    fact_id: FactArg,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Reject a fact (kept with its evidence, hidden by default, still rejected when asserted again)."""
    from aikg.graph import curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = curation.reject(graph_store, fact_id, user=user, note=note)
    _done(record, f"rejected {fact_id}", f"{fact_id} is already rejected")


SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        help="KEY=VALUE, KEY one of predicate, subject, object, date, role, reason, model, organization "
        "(repeat; an empty value clears).",
    ),
]


@review_app.command("correct")
def correct(
    fact_id: FactArg,
    changes: SetOption = None,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Correct a fact, e.g. `--set predicate=JOINED --set date=2024-06`.

    Changing only properties keeps the fact id. Changing the predicate, subject or object makes a
    new fact (id printed) carrying the original evidence; the old one stays, rejected, pointing to it."""
    from aikg.graph import curation

    parsed = curation.parse_changes(changes or [])
    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = curation.correct(graph_store, fact_id, parsed, user=user, note=note)
    new_id = record.after.get("fact_id")
    print(f"corrected {fact_id} -> {new_id} (audit {record.id})")


@review_app.command("add")
def add(
    subject: Annotated[str, typer.Option("--subject", help="Subject entity (id, name or alias).")],
    predicate: Annotated[str, typer.Option("--predicate", help="Predicate, e.g. JOINED.")],
    obj: Annotated[str, typer.Option("--object", help="Object entity (id, name or alias).")],
    quote: Annotated[str, typer.Option("--quote", help="The sentence of the source that states the fact.")],
    source: Annotated[
        str | None, typer.Option("--source", help="Id of a source already in the store.")
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="URL of a new source (instead of --source).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title of the new source.")] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date of the new source.")
    ] = None,
    props: SetOption = None,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Add a fact by hand with its quote and source; validated like any fact, it starts accepted."""
    from aikg.graph import curation
    from aikg.graph.schema import Source

    if (source is None) == (url is None):
        raise InvalidInputError("give the fact's source: either --source ID or --url URL")
    properties = {k: v for k, v in curation.parse_changes(props).items() if v is not None} if props else {}
    if set(properties) & {"predicate", "subject", "object"}:
        raise InvalidInputError("--set takes only date, role, reason, model or organization here")
    chosen: Source | str
    if url is not None:
        try:
            chosen = Source(
                content_hash=Source.hash_content(url),
                url=url,
                title=title,
                published=published,
                kind="manual",
            )
        except ValueError as exc:
            raise InvalidInputError(f"new source: {str(exc).splitlines()[-1].strip()}") from None
    else:
        chosen = str(source)
    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = curation.add_fact(
            graph_store,
            subject,
            predicate,
            obj,
            quote=quote,
            source=chosen,
            properties=properties,
            user=user,
            note=note,
        )
    print(f"added {record.after['fact_id']} (audit {record.id})")


@entity_app.command("merge")
def merge(
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The entity that stays (id, name or alias).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The duplicate merged into KEEP.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would move; change nothing.")] = False,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Merge OTHER into KEEP: facts, mentions and aliases move; articles naming OTHER then resolve to KEEP."""
    from aikg.graph import entity_curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        if dry_run:
            print(
                json.dumps(
                    entity_curation.merge_preview(graph_store, keep, other), indent=2, ensure_ascii=False
                )
            )
            return
        record = entity_curation.merge(graph_store, keep, other, user=user, note=note)
    if record is None:
        print(f"{other} is already {keep}: nothing changed")
    else:
        moved = len(record.after.get("facts", []))
        print(f"merged {record.targets[1]} into {record.targets[0]}: {moved} facts moved (audit {record.id})")


@entity_app.command("rename")
def rename(
    entity: EntityArg,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The new name.")],
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Rename an entity: its id stays, the old name becomes an alias."""
    from aikg.graph import entity_curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = entity_curation.rename(graph_store, entity, name, user=user, note=note)
    _done(record, f"renamed {entity} to {name}", f"{entity} is already named {name}")


@entity_app.command("split")
def split(
    entity: EntityArg,
    alias: Annotated[str, typer.Argument(metavar="ALIAS", help="The alias that is really another entity.")],
    entity_type: Annotated[str | None, typer.Option("--type", help="Its type (default: the same).")] = None,
    facts: Annotated[
        list[str] | None, typer.Option("--fact", help="A fact id that belongs to it (repeat).")
    ] = None,
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Split a wrongly merged alias back out into an entity of its own, with the facts named."""
    from aikg.graph import entity_curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = entity_curation.split(
            graph_store, entity, alias, type_name=entity_type, facts=facts, user=user, note=note
        )
    print(f"split {record.after['id']} out of {record.targets[0]} (audit {record.id})")


@entity_app.command("retype")
def retype(
    entity: EntityArg,
    new_type: Annotated[str, typer.Argument(metavar="TYPE", help="Person, Organization or Model.")],
    note: NoteOption = None,
    user: UserOption = None,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Change an entity's type: it gets a new id, the old one redirects to it."""
    from aikg.graph import entity_curation

    with opened_graph(store, data_dir, write=True) as kg:
        graph_store = kg.store
        record = entity_curation.retype(graph_store, entity, new_type, user=user, note=note)
    if record is None:
        print(f"{entity} is already a {new_type}: nothing changed")
    else:
        print(f"retyped {record.targets[0]} -> {record.targets[1]} (audit {record.id})")


def audit(
    since: Annotated[
        str | None, typer.Option("--since", help="Only records on or after this date (YYYY[-MM[-DD]]).")
    ] = None,
    fmt: FormatOption = ListFormat.TABLE,
    store: StoreOption = "embedded",
    data_dir: DataDirOption = None,
) -> None:
    """Show the audit trail of curation actions, oldest first."""
    from aikg.graph import curation

    with opened_graph(store, data_dir) as kg:
        graph_store = kg.store
        records = curation.audit_records(graph_store, since)
    if fmt is ListFormat.JSON:
        print(json.dumps([r.as_dict() for r in records], indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(records)} audit records")
    for column in ("when", "who", "action", "ids", "change", "note"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            record.at,
            record.user,
            record.action.value,
            ", ".join(record.targets),
            _change(record),
            record.note or "",
        )
    Console(highlight=False).print(table, markup=False)


def _change(record: AuditRecord) -> str:
    changed = record.after.get("changed")
    if isinstance(changed, dict):
        return ", ".join(f"{k}={v}" for k, v in changed.items())
    if record.action.value == "add":
        return f"new fact {record.after.get('fact_id')}"
    if "review" in record.after:
        return f"{record.before.get('review')} -> {record.after['review']}"
    if "name" in record.after and "name" in record.before:
        return f"{record.before['name']} -> {record.after['name']}"
    return ""


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
    app.add_typer(entity_app, name="entity")
    app.command("audit")(audit)
