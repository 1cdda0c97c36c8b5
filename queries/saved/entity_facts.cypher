// name: entity_facts
// title: Everything known about an entity
// description: >
//   Every fact with the entity as subject or object, with the other end, date, role, reason and
//   sources, newest first. Includes reference facts unless include_reference is false.
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: Name, alias or id of the entity.
//   - name: include_reference
//     type: bool
//     default: true
//     description: Include facts known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (n:Entity {id: $entity})
MATCH (n)-[r]-(m:Entity)
WHERE ($include_reference OR any(x IN r.sources WHERE x <> 'source:reference-data'))
  AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
  AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only')
WITH n, r, m, startNode(r) = n AS outgoing
RETURN CASE WHEN outgoing THEN n.name ELSE m.name END AS subject, type(r) AS predicate,
       CASE WHEN outgoing THEN m.name ELSE n.name END AS object, coalesce(r.date, r.first_reported) AS date,
       r.role AS role, r.reason AS reason, r.sources AS sources
ORDER BY date IS NULL, date DESC, predicate, subject, object
