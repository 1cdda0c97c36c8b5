"""The column names of a Cypher query's final RETURN, read from its text without running it.

A row cap wraps a query as ``CALL { query } RETURN * LIMIT n`` so the engine stops early; ``RETURN
*`` orders the columns alphabetically, so the store puts them back in the order the query wrote
them. Only names are read here (aliases, or the expression's text when unaliased); when they do not
match what the engine returned, the engine's order is kept.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>[(\[{])
  | (?P<close>[)\]}])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ENDS = {"ORDER", "SKIP", "LIMIT", "UNION"}

Token = tuple[str, str, int, int]  # kind, text, start, end


def _tokens(cypher: str) -> list[Token]:
    out = []
    for match in _TOKEN.finditer(cypher):
        kind = str(match.lastgroup)
        if kind not in ("space", "comment"):
            out.append((kind, match.group(), match.start(), match.end()))
    return out


def _top_level(tokens: list[Token]) -> list[tuple[int, Token]]:
    """(depth, token) pairs; depth counts the brackets the token sits in."""
    depth, out = 0, []
    for token in tokens:
        if token[0] == "close":
            depth = max(0, depth - 1)
        out.append((depth, token))
        if token[0] == "open":
            depth += 1
    return out


def _after_dot(marked: list[tuple[int, Token]], i: int) -> bool:
    """A property named like a keyword (``n.return``) is not a clause."""
    return i > 0 and marked[i - 1][1][1] == "."


def return_columns(cypher: str) -> list[str] | None:
    """The names of the columns the final top-level RETURN projects, or None when unclear."""
    marked = _top_level(_tokens(cypher))
    starts = [
        i
        for i, (depth, (kind, text, _, _)) in enumerate(marked)
        if depth == 0
        and kind == "word"
        and text.upper() == "RETURN"
        and (i == 0 or marked[i - 1][1][1] != ".")
    ]
    if not starts:
        return None
    items: list[list[Token]] = [[]]
    for depth, token in marked[starts[-1] + 1 :]:
        kind, text = token[0], token[1]
        if depth == 0 and ((kind == "word" and text.upper() in _ENDS) or text == ";"):
            break
        if depth == 0 and text == ",":
            items.append([])
        else:
            items[-1].append(token)
    if items[0] and items[0][0][0] == "word" and items[0][0][1].upper() == "DISTINCT":
        items[0] = items[0][1:]
    names = []
    for item in items:
        if not item:
            return None
        if len(item) >= 3 and item[-2][0] == "word" and item[-2][1].upper() == "AS":
            alias = item[-1][1]
            names.append(alias[1:-1].replace("``", "`") if alias.startswith("`") else alias)
        else:
            names.append(cypher[item[0][2] : item[-1][3]])
    return names


def reorder(
    columns: list[str], rows: list[list[object]], cypher: str
) -> tuple[list[str], list[list[object]]]:
    """Put the engine's columns back in the order ``cypher`` wrote them, when the names match."""
    wanted = return_columns(cypher)
    if wanted is None or sorted(wanted) != sorted(columns) or len(set(columns)) != len(columns):
        return columns, rows
    index = [columns.index(name) for name in wanted]
    return wanted, [[row[i] for i in index] for row in rows]
