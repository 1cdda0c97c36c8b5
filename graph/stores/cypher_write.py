"""Every Cypher statement that writes the aikg model, in the subset Neo4j 5 and FalkorDB share.

Statements are batched with ``UNWIND $rows``; values always travel as parameters. Labels and
relationship types cannot be parameters, so they are filled in from the schema's enums only.

A fact is one relationship, merged on ``fact_id``. Its evidence is held in parallel lists
(``evidence``, ``evidence_sources``, ``evidence_starts``, ``evidence_ends``, keyed by
``evidence_keys``); a new source asserting the fact appends its evidence and source id. Unknown
offsets are stored as -1 because lists cannot hold nulls. ``fact_codec`` is the one reader and
writer of this layout; a fact id arriving again is merged by the rules of ``merge.py`` (lists
unioned, each extractor's best confidence kept and combined by noisy-or, the first value of each
property kept, headline-only only while every assertion is, a review decision never reset).
"""

from __future__ import annotations

from aikg.graph.vocabulary import EntityType, Predicate

ENTITY_LABEL = "Entity"
SOURCE_LABEL = "Source"
MENTIONS = "MENTIONS"

MERGE_SOURCES = """
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
"""

_MERGE_ENTITIES = """
UNWIND $rows AS row
MERGE (n:{label}:Entity {{id: row.id}})
WITH n, row, coalesce(n.aliases, []) AS known
SET n += row.props,
    n.aliases = known + [a IN row.aliases WHERE NOT a IN known]
"""

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[:MENTIONS]->(e)
"""

_MERGE_FACTS = """
UNWIND $rows AS row
MATCH (s:Entity {{id: row.subject}})
MATCH (o:Entity {{id: row.object}})
MERGE (s)-[r:{predicate} {{fact_id: row.fact_id}}]->(o)
WITH r, row,
     coalesce(r.sources, []) AS sources,
     coalesce(r.evidence_keys, []) AS keys,
     coalesce(r.extractors, []) AS extractors,
     coalesce(r.rules, []) AS rules,
     r.first_reported AS first_reported,
     r.last_reported AS last_reported
WITH r, row, sources, keys, extractors, rules, first_reported, last_reported,
     coalesce(r.extractor_confidences, [x IN extractors | coalesce(r.confidence, 0.0)]) AS scores,
     [i IN range(0, size(row.evidence_keys) - 1) WHERE NOT row.evidence_keys[i] IN keys] AS fresh,
     [j IN range(0, size(row.extractors) - 1) WHERE NOT row.extractors[j] IN extractors] AS newcomers
WITH r, row, sources, keys, extractors, rules, first_reported, last_reported, fresh, newcomers,
     [i IN range(0, size(extractors) - 1) |
        reduce(best = scores[i], j IN range(0, size(row.extractors) - 1) |
               CASE WHEN row.extractors[j] = extractors[i] AND row.extractor_confidences[j] > best
                    THEN row.extractor_confidences[j] ELSE best END)]
     + [j IN newcomers | row.extractor_confidences[j]] AS merged_scores
SET r.date = coalesce(r.date, row.date),
    r.role = coalesce(r.role, row.role),
    r.reason = coalesce(r.reason, row.reason),
    r.model = coalesce(r.model, row.model),
    r.organization = coalesce(r.organization, row.organization),
    r.sources = sources + [x IN row.sources WHERE NOT x IN sources],
    r.extractors = extractors + [j IN newcomers | row.extractors[j]],
    r.extractor_confidences = merged_scores,
    r.confidence = CASE WHEN size(merged_scores) = 1 THEN merged_scores[0]
                        ELSE 1.0 - reduce(miss = 1.0, c IN merged_scores | miss * (1.0 - c)) END,
    r.rules = rules + [x IN row.rules WHERE NOT x IN rules],
    r.llm_model = coalesce(r.llm_model, row.llm_model),
    r.prompt_version = coalesce(r.prompt_version, row.prompt_version),
    r.headline_only = CASE WHEN size(keys) = 0 THEN row.headline_only
                           ELSE coalesce(r.headline_only, false) AND row.headline_only END,
    r.review = CASE WHEN coalesce(r.review, 'unreviewed') = 'unreviewed'
                    THEN row.review ELSE r.review END,
    r.evidence_keys = keys + [i IN fresh | row.evidence_keys[i]],
    r.evidence = coalesce(r.evidence, []) + [i IN fresh | row.evidence[i]],
    r.evidence_sources = coalesce(r.evidence_sources, []) + [i IN fresh | row.evidence_sources[i]],
    r.evidence_starts = coalesce(r.evidence_starts, []) + [i IN fresh | row.evidence_starts[i]],
    r.evidence_ends = coalesce(r.evidence_ends, []) + [i IN fresh | row.evidence_ends[i]],
    r.first_reported = CASE WHEN first_reported IS NULL OR row.reported < first_reported
                            THEN row.reported ELSE first_reported END,
    r.last_reported = CASE WHEN last_reported IS NULL OR row.reported > last_reported
                           THEN row.reported ELSE last_reported END
"""


# A fact the store does not hold yet (the plan read it before writing): its relationship is created
# with every property at once (``fact_codec.encode_new``), which is what the merge above gives for a
# relationship that has no property yet. MERGE, not CREATE, so a fact written meanwhile is not doubled.
_CREATE_FACTS = """
UNWIND $rows AS row
MATCH (s:Entity {{id: row.subject}})
MATCH (o:Entity {{id: row.object}})
MERGE (s)-[r:{predicate} {{fact_id: row.fact_id}}]->(o)
ON CREATE SET r += row.props
"""


def merge_entities(label: EntityType) -> str:
    return _MERGE_ENTITIES.format(label=EntityType(label).value)


def merge_facts(predicate: Predicate) -> str:
    return _MERGE_FACTS.format(predicate=Predicate(predicate).value)


def create_facts(predicate: Predicate) -> str:
    return _CREATE_FACTS.format(predicate=Predicate(predicate).value)


def neo4j_schema() -> list[str]:
    return [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
        *(f"CREATE INDEX {t.prefix}_id IF NOT EXISTS FOR (n:{t.value}) ON (n.id)" for t in EntityType),
        *(f"CREATE INDEX {t.prefix}_name IF NOT EXISTS FOR (n:{t.value}) ON (n.name)" for t in EntityType),
        *(neo4j_fact_constraint(p) for p in Predicate),
    ]


def neo4j_fact_constraint(predicate: Predicate) -> str:
    """A fact id is unique per predicate (relationship uniqueness constraints: Neo4j 5.7+, Community too)."""
    name = Predicate(predicate).value
    return (
        f"CREATE CONSTRAINT fact_id_{name.lower()} IF NOT EXISTS "
        f"FOR ()-[r:{name}]-() REQUIRE r.fact_id IS UNIQUE"
    )


def falkordb_schema() -> list[tuple[str, str]]:
    """(label or relationship type, property) pairs to index on FalkorDB (it has no uniqueness
    constraint): node ids and names, the former ids of merged entities (``merged_ids``, a list:
    each upsert looks its entity ids up there), and the ``fact_id`` every fact relationship is
    merged on."""
    labels = [ENTITY_LABEL, SOURCE_LABEL, *(t.value for t in EntityType)]
    nodes = [(label, "id") for label in labels] + [(t.value, "name") for t in EntityType]
    nodes.append((ENTITY_LABEL, "merged_ids"))
    return nodes + [(p.value, "fact_id") for p in Predicate]


def falkordb_index(label: str, prop: str) -> str:
    if label in Predicate.__members__:
        return f"CREATE INDEX FOR ()-[r:{label}]-() ON (r.{prop})"
    return f"CREATE INDEX FOR (n:{label}) ON (n.{prop})"
