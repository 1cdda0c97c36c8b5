"""Entity search through Neo4j's full-text index on names and aliases.

What a user typed never reaches Lucene's query syntax as such: it is cut into words (letters and
digits), and each word becomes a prefix term and, from four letters on, a typo-tolerant term.
The index only narrows the candidates; the caller ranks them (``aikg.dashboard.search``).
"""

from __future__ import annotations

import re

INDEX_NAME = "entity_search"
CREATE_INDEX = f"CREATE FULLTEXT INDEX {INDEX_NAME} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]"
AWAIT_INDEX = f"CALL db.awaitIndex('{INDEX_NAME}', 300)"
SEARCH = f"""
CALL db.index.fulltext.queryNodes('{INDEX_NAME}', $query, {{limit: $limit}}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.aliases AS aliases
ORDER BY score DESC, id
"""
BY_ID = "MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases"

MAX_TERMS = 16  # far below Lucene's clause limit, far above any name
FUZZY_FROM = 4  # shorter words match too much with one typo allowed
_WORD = re.compile(r"[^\W_]+")


def lucene_query(text: str) -> str | None:
    """A Lucene query matching names and aliases that contain the words of ``text`` (as prefixes,
    or with a typo); None when the text has no word to look for."""
    words = list(dict.fromkeys(word.lower() for word in _WORD.findall(text)))[:MAX_TERMS]
    terms = []
    for word in words:
        terms.append(f"{word}*")
        terms.append(f"{word}~" if len(word) >= FUZZY_FROM else word)
    return " ".join(terms) or None
