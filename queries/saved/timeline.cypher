// name: timeline
// title: An entity's timeline
// description: >
//   The dated events of an entity (every fact it takes part in, either way), oldest first, within
//   an optional period; facts with no stated date are listed last with no date. Partial dates match
//   by overlap like departures_by_period. Reported events only unless include_reference.
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: The person, organization or model (name, alias or id).
//   - name: since
//     type: date
//     description: First day of the period (YYYY, YYYY-MM or YYYY-MM-DD); open when left out.
//   - name: until
//     type: date
//     description: Last day of the period (YYYY, YYYY-MM or YYYY-MM-DD); open when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list facts known only from the reference data.
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
  AND ($since IS NULL OR r.date + '~' >= $since)
  AND ($until IS NULL OR r.date <= $until + '~')
WITH n, r, m, startNode(r) = n AS outgoing
RETURN r.date AS date, CASE WHEN outgoing THEN n.name ELSE m.name END AS subject, type(r) AS predicate,
       CASE WHEN outgoing THEN m.name ELSE n.name END AS object, r.role AS role, r.reason AS reason,
       size(r.sources) AS sources
ORDER BY date IS NULL, date, predicate, subject, object
