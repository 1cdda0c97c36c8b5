"""A cheap test before running a rule's regex: the literal words every match must begin with.

``anchors(regex)`` gives the lowercase literal prefixes (three characters or more) that any match of
the regex starts with, or None when some branch can start with anything (a slot, a class, a
wildcard); a template whose lowercase text contains none of the anchors cannot match."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aikg.ingest.extractors.rules.gazetteer import trie_pattern

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


def anchor_words(regex: str) -> frozenset[str] | None:
    """The lowercase literal words any match of ``regex`` starts with (None: no prefilter)."""
    try:
        found = _prefixes(list(sre_parse.parse(regex, re.IGNORECASE)))
    except (re.error, RecursionError, TypeError):
        return None
    if not found or any(len(p.strip()) < MIN for p in found):
        return None
    return frozenset(p.lower() for p in found)


def _either(words: frozenset[str] | None) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(p) for p in sorted(words))) if words else None


def anchors(regex: str) -> re.Pattern[str] | None:
    """A regex over the lowercased text that finds any of the anchors (None: no prefilter)."""
    return _either(anchor_words(regex))


def _best(choices: list[set[str]]) -> set[str] | None:
    """Of several literal sets a match must each hit, the most selective one (longest shortest word)."""
    if not choices:
        return None
    return max(choices, key=lambda s: (min(len(w.strip()) for w in s), -len(s)))


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Literals one of which every match of a parsed sequence contains somewhere (None: none known)."""
    choices: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if len(run.strip()) >= MIN:
            choices.append({run})
        run = ""
        sub: set[str] | None = None
        if op is C.SUBPATTERN:
            sub = _required(list(av[-1]))
        elif op is C.BRANCH:
            branches = [_required(list(branch)) for branch in av[1]]
            if all(b is not None for b in branches):
                sub = set().union(*(b for b in branches if b is not None))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _required(list(av[2]))
        if sub and all(len(w.strip()) >= MIN for w in sub):
            choices.append(sub)
    if len(run.strip()) >= MIN:
        choices.append({run})
    return _best(choices)


def required_words(regex: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """The lowercase literal words one of which every match of ``regex`` contains, wherever they
    stand in it (None: no such words known). Weaker than ``anchor_words`` when both exist, but it
    also covers patterns that start with a slot or a class."""
    try:
        found = _required(list(sre_parse.parse(regex, flags)))
    except (re.error, RecursionError, TypeError):
        return None
    return frozenset(p.lower() for p in found) if found else None


def required(regex: str, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """A regex over the lowercased text that finds one of ``required_words``."""
    return _either(required_words(regex, flags))


class Prefilter:
    """Which of many rules may match a text, from one scan for all their literal words at once
    (a trie-shaped regex tried at every position) instead of one search per rule."""

    def __init__(self, words: Sequence[frozenset[str] | None]) -> None:
        self.size = len(words)
        self.always = frozenset(i for i, w in enumerate(words) if w is None)
        every = sorted({w for ws in words if ws for w in ws})
        self.scan = re.compile(f"(?=({trie_pattern(every)}))") if every else None
        owners: dict[str, set[int]] = {}
        for index, ws in enumerate(words):
            for w in ws or ():
                owners.setdefault(w, set()).add(index)
        # at each position the scan gives the longest word starting there; the shorter words starting
        # there are its prefixes: a word found stands for itself and for the words it begins with
        self.rules_of: dict[str, frozenset[int]] = {
            w: frozenset(i for k in range(1, len(w) + 1) for i in owners.get(w[:k], ())) for w in every
        }

    def passing(self, lowered: str) -> frozenset[int]:
        """The indexes of the rules that may match ``lowered`` (a lowercased text)."""
        if self.scan is None:
            return self.always
        out = set(self.always)
        for word in set(self.scan.findall(lowered)):
            out |= self.rules_of[word]
        return frozenset(out)
