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
//   - name: limit
//     type: int
//     default: 1000
//     min: 1
//     max: 100000
//     description: At most this many events, oldest first (undated last).
// result: table
MATCH (n:Entity {id: $entity})
CALL {
  WITH n
  MATCH (n)-[r:WORKS_AT]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:WORKS_AT]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DEPARTED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DEPARTED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:JOINED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:JOINED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:FOUNDED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:FOUNDED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:BOARD_MEMBER_OF]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:BOARD_MEMBER_OF]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:VOTED_TO_REMOVE]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:VOTED_TO_REMOVE]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DEVELOPED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DEVELOPED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:GRANTED_ACCESS]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:GRANTED_ACCESS]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:REVOKED_ACCESS]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:REVOKED_ACCESS]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:COLLABORATED_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:COLLABORATED_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:COMPETES_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:COMPETES_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:CRITICIZED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:CRITICIZED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DELAYED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DELAYED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:INVESTED_IN]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:INVESTED_IN]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:ACQUIRED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:ACQUIRED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:PARTNERED_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:PARTNERED_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
}
WITH n, r, m, outgoing
WHERE ($include_reference OR any(x IN r.sources WHERE x <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  AND ($since IS NULL OR r.date + '~' >= $since)
  AND ($until IS NULL OR r.date <= $until + '~')
RETURN r.date AS date, CASE WHEN outgoing THEN n.name ELSE m.name END AS subject, type(r) AS predicate,
       CASE WHEN outgoing THEN m.name ELSE n.name END AS object, r.role AS role, r.reason AS reason,
       size(r.sources) AS sources
ORDER BY date IS NULL, date, predicate, subject, object
LIMIT $limit
