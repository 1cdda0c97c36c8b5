// name: most_connected
// title: Most connected actors
// description: >
//   Entities with the most facts (any predicate, either direction; article mentions are not facts),
//   with their number of distinct neighbours. Reported facts only unless include_reference.
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
MATCH (n:Entity)-[r]-(m:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
  AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only')
WITH n, count(DISTINCT r) AS facts, count(DISTINCT m) AS neighbours
RETURN n.name AS entity, n.id AS id, facts, neighbours
ORDER BY facts DESC, neighbours DESC, entity
LIMIT $limit
