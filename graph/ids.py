"""Stable identifiers: slugs for entities."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug: 'Société Générale' -> 'societe-generale', 'GPT-4o' -> 'gpt-4o'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", folded.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make an id from {text!r}: no letters or digits")
    return slug


def entity_id(type_name: str, name: str) -> str:
    return f"{type_name.lower()}:{slugify(name)}"
