"""The indexes the readers need (entity lookup, saved queries), next to the loader's own ones.

The loader's indexes (node ids and names, each predicate's ``fact_id``) are in ``cypher_write``;
these serve reads only:

- FalkorDB: a full-text index of entity names (case-insensitive words, no stop words), and range
  indexes on the ``aliases`` and ``merged_ids`` lists of entities (a list property's index answers
  ``value IN n.list``), for ``aikg.graph.lookup``; each predicate's ``sources`` list, for the facts of
  one article (``facts_from_source``); the ``organization`` of ``VOTED_TO_REMOVE`` facts (``board_votes``
  for one board).
- Neo4j: the full-text index of names and aliases is ``fulltext.CREATE_INDEX`` (the explorer's
  search uses it too); nothing else here, as its range indexes do not answer list membership.
"""

from __future__ import annotations

from aikg.graph.vocabulary import Predicate

ENTITY_LABEL = "Entity"
FULLTEXT_PROPERTY = "name"
FALKORDB_FULLTEXT = (
    f"CALL db.idx.fulltext.createNodeIndex({{label: '{ENTITY_LABEL}', stopwords: []}}, '{FULLTEXT_PROPERTY}')"
)


def falkordb_range_indexes() -> list[tuple[str, str, str]]:
    """(kind, label or type, property) of the range indexes the readers use on FalkorDB."""
    nodes = [("NODE", ENTITY_LABEL, "aliases"), ("NODE", ENTITY_LABEL, "merged_ids")]
    facts = [("RELATIONSHIP", p.value, "sources") for p in Predicate]
    return nodes + facts + [("RELATIONSHIP", Predicate.VOTED_TO_REMOVE.value, "organization")]
