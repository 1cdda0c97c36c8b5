// name: most_connected
// title: Most connected actors
// description: >
//   Entities with the most facts (any predicate, either direction; article mentions are not facts),
//   with their number of distinct neighbours. Reported facts only unless include_reference. Each fact
//   is read once, along its direction (one branch per fact type: a multi-type pattern first
//   combines whole relation matrices), and counted for both its ends, once when they are the same
//   entity (this reads every fact: seconds on a graph of a million facts).
// params:
//   - name: label
//     type: str
//     choices: [Person, Organization, Model]
//     description: Only this kind of entity (Person, Organization or Model); all when left out.
//   - name: limit
//     type: int
//     default: 20
//     min: 1
//     max: 10000
//     description: How many entities to list.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also count facts known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
CALL {
  MATCH (a)-[r:WORKS_AT]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:DEPARTED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:JOINED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:FOUNDED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:BOARD_MEMBER_OF]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:VOTED_TO_REMOVE]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:DEVELOPED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:GRANTED_ACCESS]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:REVOKED_ACCESS]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:COLLABORATED_WITH]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:COMPETES_WITH]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CRITICIZED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:DELAYED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:INVESTED_IN]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ACQUIRED]->(b)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PARTNERED_WITH]->(b)
  RETURN a, r, b
}
WITH a, r, b
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
UNWIND CASE WHEN a = b THEN [[a, b]] ELSE [[a, b], [b, a]] END AS ends
WITH ends[0] AS n, ends[1] AS m
WHERE $label IS NULL OR $label IN labels(n)
WITH n, count(*) AS facts, count(DISTINCT m) AS neighbours
RETURN n.name AS entity, n.id AS id, facts, neighbours
ORDER BY facts DESC, neighbours DESC, entity
LIMIT $limit
