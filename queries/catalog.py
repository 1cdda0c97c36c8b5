"""The saved queries: ``queries/saved/*.cypher`` files, each with a YAML header in leading ``//`` lines."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml
from pydantic import ValidationError

from aikg.graph.errors import InvalidInputError
from aikg.queries.model import SavedQuery
from aikg.queries.params import coerce

SAVED_DIR = Path(__file__).parent / "saved"
COMMENT = "//"


def split_header(text: str) -> tuple[str, str]:
    """(header YAML, Cypher body): the header is every leading line that starts with ``//``."""
    lines = text.splitlines()
    header: list[str] = []
    for line in lines:
        stripped = line.lstrip()
        if not stripped.startswith(COMMENT):
            break
        content = stripped[len(COMMENT) :]
        header.append(content[1:] if content.startswith(" ") else content)
    return "\n".join(header), "\n".join(lines[len(header) :]).strip()


def parse_query(text: str, path: Path) -> SavedQuery:
    """A saved query from its file text; any problem is an InvalidInputError naming the file."""
    header_text, cypher = split_header(text)
    try:
        header = yaml.safe_load(header_text) if header_text.strip() else None
    except yaml.YAMLError as exc:
        raise InvalidInputError(f"{path}: header is not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(header, dict):
        raise InvalidInputError(
            f"{path}: needs a YAML header in leading '//' comment lines (name, title, ...)"
        )
    try:
        query = SavedQuery.model_validate({**header, "cypher": cypher, "path": path})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'header'}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise InvalidInputError(f"{path}: invalid saved query header: {problems}") from None
    if query.name != path.stem:
        raise InvalidInputError(f"{path}: header name {query.name!r} must match the file name {path.stem!r}")
    for spec in query.params:
        try:
            coerce(spec, spec.default)
        except InvalidInputError as exc:
            raise InvalidInputError(f"{path}: bad default: {exc}") from None
    return query


_Signature = tuple[tuple[str, int, int], ...]
_CACHE: dict[Path, tuple[_Signature, dict[str, SavedQuery]]] = {}


def load_catalog(directory: Path = SAVED_DIR) -> dict[str, SavedQuery]:
    """Every saved query in the directory, by name.

    The headers are parsed once per process and parsed again only when a file is added, removed
    or changed (its size or modification time)."""
    paths = sorted(directory.glob("*.cypher"))
    signature = tuple((p.name, *_stamp(p)) for p in paths)
    cached = _CACHE.get(directory)
    if cached is None or cached[0] != signature:
        catalog = {q.name: q for q in (parse_query(p.read_text(encoding="utf-8"), p) for p in paths)}
        cached = _CACHE[directory] = (signature, catalog)
    return dict(cached[1])


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


def get_query(name: str, directory: Path = SAVED_DIR) -> SavedQuery:
    catalog = load_catalog(directory)
    try:
        return catalog[name]
    except KeyError:
        close = difflib.get_close_matches(name, list(catalog), n=3, cutoff=0.5)
        hint = f"did you mean {', '.join(close)}?" if close else "see `aikg query list`"
        raise InvalidInputError(f"no saved query named {name!r}: {hint}") from None
