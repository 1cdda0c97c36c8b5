// The naive baseline the benchmark compares loading with: one query per fact, merging both
// entities, the source and the fact relationship (the predicate is filled in from the schema).
MERGE (s:Entity {id: $subject}) ON CREATE SET s.name = $subject_name
MERGE (o:Entity {id: $object}) ON CREATE SET o.name = $object_name
MERGE (src:Source {id: $source})
MERGE (s)-[r:{predicate} {fact_id: $fact_id}]->(o)
SET r.evidence = [$quote], r.sources = [$source], r.confidence = $confidence
