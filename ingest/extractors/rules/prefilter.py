"""A cheap test before running a rule's regex: the literal words every match must begin with.

``anchors(regex)`` gives the lowercase literal prefixes (three characters or more) that any match of
the regex starts with, or None when some branch can start with anything (a slot, a class, a
wildcard); a template whose lowercase text contains none of the anchors cannot match."""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    import re._constants as sre_constants  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MIN = 3
C = sre_constants


def _prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Literal prefixes of a sequence of parsed items (None: unbounded)."""
    out: set[str] = set()
    prefix = ""
    for index, (op, av) in enumerate(items):
        if op is C.LITERAL:
            prefix += chr(av)
            continue
        if op in (C.AT, C.ASSERT_NOT) and not prefix:  # (?<!\w), ^: no character consumed
            continue
        if op is C.ASSERT and not prefix:
            continue
        if prefix:
            out.add(prefix)
            return out
        rest = list(items[index + 1 :])
        if op is C.SUBPATTERN:
            return _prefixes(list(av[-1]) + rest)
        if op is C.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                sub = _prefixes(list(branch) + rest)
                if sub is None:
                    return None
                found |= sub
            return found
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
            optional = _prefixes(list(av[2]) + rest)
            skipped = _prefixes(rest)
            if optional is None or skipped is None:
                return None
            return optional | skipped
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return _prefixes(list(av[2]) + rest)
        return None
    return {prefix} if prefix else None


def anchors(regex: str) -> re.Pattern[str] | None:
    """A regex over the lowercased text that finds any of the anchors (None: no prefilter)."""
    try:
        found = _prefixes(list(sre_parse.parse(regex, re.IGNORECASE)))
    except (re.error, RecursionError, TypeError):
        return None
    if not found or any(len(p.strip()) < MIN for p in found):
        return None
    return re.compile("|".join(re.escape(p.lower()) for p in sorted(found)))
