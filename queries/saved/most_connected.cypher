// name: most_connected
// title: Most connected actors
// description: >
//   Entities with the most facts (any predicate, either direction; article mentions are not facts),
//   with their number of distinct neighbours. Reported facts only unless include_reference. Each fact
//   is read once, along its direction, and counted for both its ends (this reads every fact: slow on
//   a large graph).
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
MATCH (a:Entity)-[r:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH]->(b:Entity)
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
UNWIND [[a, b], [b, a]] AS ends
WITH ends[0] AS n, ends[1] AS m, r
WHERE $label IS NULL OR $label IN labels(n)
WITH n, count(DISTINCT r) AS facts, count(DISTINCT m) AS neighbours
RETURN n.name AS entity, n.id AS id, facts, neighbours
ORDER BY facts DESC, neighbours DESC, entity
LIMIT $limit
